#pragma once

// Where each field of a case file sits: field path -> file:line:column. Filled by the io layer,
// read by every report that points evidence back at the file.

#include <map>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::core {

using SourceMap = std::map<std::string, SourceLocation>;

// The location of `field_path`, else of its nearest located parent ("offers[0].interviews[1].notes"
// -> "offers[0].interviews[1]" -> "offers[0]"), which still points the reader at the right block;
// null when none is known.
const SourceLocation* FindLocation(const SourceMap& locations, std::string_view field_path);

}  // namespace walkaway::core
