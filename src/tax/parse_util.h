#pragma once

// Helpers shared by the parsers: amounts and rates from text, bracket checks, the year check.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tax/toml_subset.h"
#include "walkaway/core/result.h"
#include "walkaway/tax/tables.h"

namespace walkaway::tax {

// "12400" or "4230.45" (currency units) -> cents; nullopt if not a number or finer than a cent.
std::optional<int64_t> ParseCents(std::string_view text);
// "0.0127448" -> 127'448; nullopt if not a number, finer than 1e-7, or outside [0, 1].
std::optional<int64_t> ParseRate(std::string_view text);

// Floors ascending from 0, rates in [0, 1]; the error names `what` and file:line.
core::Status CheckBrackets(const std::vector<Bracket>& brackets, std::string_view what, std::string_view file,
                           int line);
// floors (cents) and rates side by side -> brackets.
core::Result<std::vector<Bracket>> ZipBrackets(const TomlDoc& doc, const std::string& floors_key,
                                               const std::string& rates_key);

// The file's tax_year (a number, or "2026-27" style) must name `year`.
core::Status CheckTaxYear(const TomlDoc& doc, int year);

// "12,400" style for messages.
std::string Units(int64_t cents);
// "2%", "5.05%" for messages.
std::string Percent(int64_t rate);

}  // namespace walkaway::tax

namespace walkaway::tax {
// The MISSING/CAUTION/DISCREPANCY markers of one table as flags.
std::vector<Flag> FlagsFromMarkers(const TomlDoc& doc, std::string_view table);
// A caution flag for a value whose inline comment says it has a single source.
Flag SingleSourceFlag(const TomlDoc& doc, const std::string& key);
// Reads each key into its field; stops at the first error.
struct ScaledField {
  const char* key;
  int scale;
  int64_t* out;
};
core::Status ReadFields(const TomlDoc& doc, std::initializer_list<ScaledField> fields);
}  // namespace walkaway::tax
