#pragma once

// A case as JSON text of the case-file structure (docs/case-file.md), the form the workspace keeps
// (docs/server.md): one text per case whatever it was written in, which a field-by-field edit can
// change in place and ParseCase reads back as the same case.

#include <filesystem>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {

// TOML or JSON case text -> the same structure as compact JSON: members in the order written,
// dates as "YYYY-MM-DD" strings (which the decoder reads as dates). The checks every case file gets
// come first (size, UTF-8, syntax, nesting); the case is neither decoded nor validated here:
// ParseCase does that. `name` is the file name in errors.
//
// With a base_dir, the case is also read as ParseCase reads it (so an invalid case is an error here)
// and every document named by path is read from there and written inline (`{"text": ...}`): the
// JSON then stands alone, as a workspace must, where the file's folder is not at hand.
core::Result<std::string> CaseTextToJson(std::string_view bytes, std::string_view name, Format format = Format::kAuto,
                                         const std::filesystem::path& base_dir = {});

// `case_json` with the value at `field_path` replaced by `value_json` (any JSON value). A path is
// keys and indexes as errors and reports name fields: "offers[0].base",
// "candidate.non_negotiables.work_mode", "priorities.weights.growth". Tables on the way are made
// when missing; an index may be the array's length, which appends; a null value removes the key
// (or the item). Errors (kInvalidInput, with the path): a malformed path, a step through a value
// that is not a table or an array, an index past the end, a value that is not JSON.
core::Result<std::string> SetCaseField(std::string_view case_json, std::string_view field_path,
                                       std::string_view value_json);

}  // namespace walkaway::io
