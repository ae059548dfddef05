#pragma once

// One case as a line of JSON, for `walkaway evaluate --jsonl` (docs/scale.md): the JSON case-file
// structure on one line, plus an optional top-level "id" (a string or an integer) that the output
// record repeats so a batch can be joined back to its inputs.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "walkaway/core/result.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {

// The record's "id" as written: none, a string or an integer.
using RecordId = std::variant<std::monostate, std::string, int64_t>;

struct CaseRecord {
  RecordId id{};
  // The case, or what is wrong with the line. Errors say where as the input does: the file is
  // `name` and the line is `line_number` (a case on one line has only columns of its own).
  core::Result<LoadedCase> loaded = core::Error::Internal("not parsed");
};

// Parses one line. Documents must be inline (`text`): a record has no folder to resolve a path
// against. The id is read even when the case is wrong, whenever the line is a JSON object.
// Never throws.
CaseRecord ParseCaseRecord(std::string_view line, std::string_view name, size_t line_number);

}  // namespace walkaway::io
