#pragma once

#include <string_view>

#include "io/value_tree.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// JSON text (already checked to be UTF-8 without NUL) -> value tree, each value with its line and
// column. Nesting is capped while parsing (nlohmann-json 3.11.2 builds 100,000 levels, then
// overflows the stack copying them), so no deeper tree ever exists. Duplicate keys are errors.
// Never throws.
core::Result<Node> ReadJson(std::string_view text, std::string_view file);

}  // namespace walkaway::io
