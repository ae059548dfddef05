#include "tax/csv.h"

#include "tax/toml_subset.h"

namespace walkaway::tax {
namespace {

core::Result<std::vector<std::string>> SplitFields(std::string_view line, std::string_view file, int line_no) {
  std::vector<std::string> fields;
  std::string field;
  size_t i = 0;
  while (true) {
    field.clear();
    if (i < line.size() && line[i] == '"') {
      ++i;
      while (true) {
        if (i >= line.size()) return DataError(file, line_no, "unterminated quoted field");
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += line[i++];
      }
      if (i < line.size() && line[i] != ',') return DataError(file, line_no, "text after a closing quote");
    } else {
      while (i < line.size() && line[i] != ',') {
        if (line[i] == '"') return DataError(file, line_no, "a quote inside an unquoted field");
        field += line[i++];
      }
    }
    fields.push_back(field);
    if (i >= line.size()) break;
    ++i;  // the comma
  }
  return fields;
}

}  // namespace

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

core::Result<CsvTable> ParseCsv(std::string_view text, std::string_view file_name) {
  CsvTable table;
  table.file = std::string(file_name);
  int line_no = 0;
  size_t pos = 0;
  bool have_header = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    core::Result<std::vector<std::string>> fields = SplitFields(line, file_name, line_no);
    if (!fields) return fields.error();
    if (!have_header) {
      table.header = std::move(*fields);
      have_header = true;
      continue;
    }
    if (fields->size() != table.header.size()) {
      return DataError(file_name, line_no,
                       "expected " + std::to_string(table.header.size()) + " fields, found " +
                           std::to_string(fields->size()));
    }
    table.rows.push_back(CsvRow{line_no, std::move(*fields)});
  }
  if (!have_header) return DataError(file_name, 0, "no header line");
  return table;
}

core::Result<std::vector<int>> RequireColumns(const CsvTable& table, const std::vector<std::string_view>& names) {
  std::vector<int> out;
  for (std::string_view name : names) {
    const int c = table.Column(name);
    if (c < 0) return DataError(table.file, 0, "missing column '" + std::string(name) + "'");
    out.push_back(c);
  }
  return out;
}

}  // namespace walkaway::tax
