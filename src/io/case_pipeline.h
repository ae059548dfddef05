#pragma once

// The stages of reading a case that more than one entry point shares: case_file.cc (a file or bytes),
// case_json.cc (the workspace's JSON form) and case_record.cc (one JSON line of `evaluate --jsonl`,
// whose "id" is taken off the tree first).

#include <filesystem>
#include <string_view>

#include "io/value_tree.h"
#include "walkaway/core/result.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {

// The checks on the raw bytes before parsing: the size cap, not empty, not only blanks, UTF-8
// without NUL. Errors name `name`.
core::Status CheckCaseText(std::string_view bytes, std::string_view name);

// CheckCaseText, then the bytes (TOML or JSON, as `format` or else the name or the first character
// says) -> the located value tree. Used by ParseCase and CaseTextToJson.
core::Result<Node> ReadCaseTree(std::string_view bytes, std::string_view name, Format format);

// A parsed tree -> a decoded, validated case with its documents loaded (against base_dir) and the
// place of every field.
core::Result<LoadedCase> CaseFromTree(const Node& tree, std::string_view name, const std::filesystem::path& base_dir);

}  // namespace walkaway::io
