#pragma once

// Comma-separated rows as the parameter files write them: '#' comment lines, one header line, then
// rows whose fields may be "quoted" (a quote inside doubled: ""). CRLF and LF line ends. A field never
// spans lines. Errors name file:line.

#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/result.h"

namespace walkaway::tax {

struct CsvRow {
  int line = 0;
  std::vector<std::string> fields{};
};

struct CsvTable {
  std::string file{};
  std::vector<std::string> header{};
  std::vector<CsvRow> rows{};
  // The index of a header column, or -1.
  int Column(std::string_view name) const;
};

// Every row must have as many fields as the header.
core::Result<CsvTable> ParseCsv(std::string_view text, std::string_view file_name);

// The named columns, or an error naming the first one missing.
core::Result<std::vector<int>> RequireColumns(const CsvTable& table, const std::vector<std::string_view>& names);

}  // namespace walkaway::tax
