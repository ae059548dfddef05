#pragma once

#include <string_view>

#include "io/value_tree.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// TOML text (already checked to be UTF-8 without NUL) -> value tree. Syntax errors carry toml++'s
// line and column; nesting deeper than kMaxNestingDepth and more than kMaxValues values are
// kTooLarge errors. Never throws.
core::Result<Node> ReadToml(std::string_view text, std::string_view file);

}  // namespace walkaway::io
