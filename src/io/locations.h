#pragma once

// Field paths ("offers[1].equity.vesting.cliff_months") and where each value is written.

#include <map>
#include <string>
#include <string_view>

#include "io/value_tree.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// The type of LoadedCase::locations, so the map moves into the result without a copy.
using LocationMap = std::map<std::string, core::SourceLocation>;

// parent + ".key" (just "key" at the top). Keys that are not [A-Za-z0-9_-]+ are written ["key"].
void AppendKey(std::string& path, std::string_view key);
std::string JoinKey(std::string_view parent, std::string_view key);
std::string JoinIndex(std::string_view parent, size_t index);

// Every value in the tree under its field path, with `file`. Values at unknown positions are left out.
LocationMap CollectLocations(const Node& root, std::string_view file);

// The location of `path`, else of its nearest ancestor in the map ("offers[0].equity.vesting" for
// "offers[0].equity.vesting.cliff_months" when the cliff was not written), else just the file.
core::SourceLocation NearestLocation(const LocationMap& locations, std::string_view path,
                                     std::string_view file);

}  // namespace walkaway::io
