#pragma once

// The small part of TOML that the parameter files use, parsed without a third-party library so the
// tax library stays pure and numbers stay exact decimals (docs/tax.md, "Reading the files"):
//   # comments, [table] and [table.sub] headers, key = value, with values that are numbers, "strings",
//   true/false, or one-line arrays of numbers or strings; an inline # comment after a value.
// Anything else is refused with file:line, never skipped. Non-ASCII bytes are allowed only inside
// comments and strings (TOML 1.0 forbids them elsewhere).

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/result.h"

namespace walkaway::tax {

struct TomlValue {
  enum class Kind { kNumber, kString, kBool, kArray };
  Kind kind = Kind::kNumber;
  std::string text{};              // the number as written, the string's contents, "true"/"false"
  std::vector<TomlValue> items{};  // for kArray
  int line = 0;
  std::string comment{};  // the inline comment after the value, without '#'
};

// A comment that starts with MISSING:, CAUTION: or DISCREPANCY:, with its continuation lines.
struct TomlMarker {
  std::string kind{};   // "MISSING", "CAUTION" or "DISCREPANCY"
  std::string text{};   // the whole comment, continuation lines joined with spaces
  std::string table{};  // the table it sits in ("" before the first header)
  int line = 0;
};

struct TomlDoc {
  std::string file{};
  std::map<std::string, TomlValue> values{};  // "table.sub.key" -> value
  std::vector<TomlMarker> markers{};
};

core::Result<TomlDoc> ParseTomlSubset(std::string_view text, std::string_view file_name);

// Typed look-ups; errors name the file, the line and the key.
core::Result<const TomlValue*> Find(const TomlDoc& doc, const std::string& key);
core::Result<int64_t> GetScaled(const TomlDoc& doc, const std::string& key, int scale);  // 2: cents, 7: rate
core::Result<std::vector<int64_t>> GetScaledArray(const TomlDoc& doc, const std::string& key, int scale);
core::Result<std::string> GetString(const TomlDoc& doc, const std::string& key);
core::Result<bool> GetBool(const TomlDoc& doc, const std::string& key);
// The markers of one table (exactly that table, not its sub-tables).
std::vector<TomlMarker> MarkersIn(const TomlDoc& doc, std::string_view table);

// An error at file:line.
core::Error DataError(std::string_view file, int line, std::string message);

}  // namespace walkaway::tax
