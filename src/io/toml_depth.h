#pragma once

// A quick pass over TOML text that measures nesting before toml++ builds anything: toml++ 3.3
// recurses once per level of a dotted key or header and overflows the stack on a few tens of
// thousands of them (`[a.a.a...]`), long before our own depth check could run.

#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::io {

// Fails with kTooLarge at the first table, array or key part deeper than max_depth. Counts levels
// the way the value tree does: each header or key part, each array and inline table is one level.
// Never fails on nesting within the limit, whatever else is wrong with the text (toml++ reports that).
core::Status CheckTomlDepth(std::string_view text, std::string_view file, int max_depth);

}  // namespace walkaway::io
