#include "tax/toml_subset.h"

#include <utility>

#include "tax/decimal.h"

namespace walkaway::tax {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool IsBareKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool IsBareKey(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsBareKeyChar(c)) return false;
  }
  return true;
}

// Reads one value from the front of `s`, leaving the rest (after spaces) in `s`.
core::Result<TomlValue> ReadValue(std::string_view& s, std::string_view file, int line) {
  TomlValue v;
  v.line = line;
  if (s.empty()) return DataError(file, line, "a value is missing after '='");
  if (s.front() == '"') {
    v.kind = TomlValue::Kind::kString;
    size_t i = 1;
    for (; i < s.size() && s[i] != '"'; ++i) {
      if (s[i] == '\\') return DataError(file, line, "escapes in strings are not supported in tax data files");
      v.text += s[i];
    }
    if (i == s.size()) return DataError(file, line, "unterminated string");
    s = Trim(s.substr(i + 1));
    return v;
  }
  if (s.front() == '[') {
    v.kind = TomlValue::Kind::kArray;
    s = Trim(s.substr(1));
    while (true) {
      if (s.empty()) return DataError(file, line, "unterminated array (arrays must fit on one line)");
      if (s.front() == ']') break;
      core::Result<TomlValue> item = ReadValue(s, file, line);
      if (!item) return item.error();
      if (item->kind == TomlValue::Kind::kArray) return DataError(file, line, "nested arrays are not supported");
      v.items.push_back(std::move(*item));
      if (!s.empty() && s.front() == ',') s = Trim(s.substr(1));
    }
    s = Trim(s.substr(1));
    return v;
  }
  size_t end = 0;
  while (end < s.size() && s[end] != ',' && s[end] != ']' && s[end] != ' ' && s[end] != '\t' && s[end] != '#') {
    ++end;
  }
  const std::string_view token = s.substr(0, end);
  s = Trim(s.substr(end));
  if (token == "true" || token == "false") {
    v.kind = TomlValue::Kind::kBool;
    v.text = std::string(token);
    return v;
  }
  if (!ParseDecimal(token)) {
    return DataError(file, line, "expected a number, a \"string\", true/false or an array, found '" +
                                     std::string(token) + "'");
  }
  v.kind = TomlValue::Kind::kNumber;
  v.text = std::string(token);
  return v;
}

const char* MarkerKind(std::string_view comment) {
  for (const char* kind : {"MISSING", "CAUTION", "DISCREPANCY"}) {
    const std::string_view k(kind);
    if (comment.substr(0, k.size()) == k && comment.size() > k.size() && comment[k.size()] == ':') return kind;
  }
  return nullptr;
}

// "[a.b]" (after its '['), checked: bare-key parts, nothing after but a comment.
core::Result<std::string> ReadTableHeader(std::string_view s, std::string_view file, int line) {
  if (s.size() > 1 && s[1] == '[') return DataError(file, line, "arrays of tables are not supported in tax data files");
  const size_t close = s.find(']');
  if (close == std::string_view::npos) return DataError(file, line, "unterminated table header");
  const std::string_view name = Trim(s.substr(1, close - 1));
  const std::string_view rest = Trim(s.substr(close + 1));
  if (!rest.empty() && rest.front() != '#') return DataError(file, line, "text after a table header");
  size_t start = 0;
  while (start <= name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string_view::npos) dot = name.size();
    if (!IsBareKey(name.substr(start, dot - start))) {
      return DataError(file, line, "bad table name '" + std::string(name) + "'");
    }
    start = dot + 1;
  }
  return std::string(name);
}

// "key = value  # comment" into doc.values under the table.
core::Status ReadKeyValue(std::string_view s, std::string_view file, int line, const std::string& table, TomlDoc& doc) {
  const size_t eq = s.find('=');
  if (eq == std::string_view::npos) return DataError(file, line, "expected key = value");
  const std::string_view key = Trim(s.substr(0, eq));
  if (!IsBareKey(key)) return DataError(file, line, "bad key '" + std::string(key) + "' (bare keys only)");
  std::string_view rest = Trim(s.substr(eq + 1));
  core::Result<TomlValue> value = ReadValue(rest, file, line);
  if (!value) return value.error();
  if (!rest.empty()) {
    if (rest.front() != '#') return DataError(file, line, "unexpected text after the value");
    value->comment = std::string(Trim(rest.substr(1)));
  }
  const std::string full = table.empty() ? std::string(key) : table + "." + std::string(key);
  if (!doc.values.emplace(full, std::move(*value)).second) {
    return DataError(file, line, "duplicate key '" + full + "'");
  }
  return core::Ok{};
}

}  // namespace

core::Error DataError(std::string_view file, int line, std::string message) {
  core::Error e = core::Error::InvalidInput(std::move(message));
  e.location = core::SourceLocation{std::string(file), line, 0};
  return e;
}

core::Result<TomlDoc> ParseTomlSubset(std::string_view text, std::string_view file_name) {
  TomlDoc doc;
  doc.file = std::string(file_name);
  std::string table;
  int line_no = 0;
  size_t open_marker = 0;  // 1 + index of a marker whose continuation lines may follow; 0 = none
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    std::string_view s = Trim(raw);
    if (s.empty()) {
      open_marker = 0;
      continue;
    }
    if (s.front() == '#') {
      const std::string_view comment = Trim(s.substr(1));
      if (const char* kind = MarkerKind(comment)) {
        doc.markers.push_back(TomlMarker{kind, std::string(comment), table, line_no});
        open_marker = doc.markers.size();
      } else if (open_marker != 0) {
        doc.markers[open_marker - 1].text += " " + std::string(comment);
      }
      continue;
    }
    open_marker = 0;
    for (char c : s.substr(0, s.find_first_of("\"#"))) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        return DataError(file_name, line_no, "non-ASCII character outside a string or comment");
      }
    }
    if (s.front() == '[') {
      core::Result<std::string> name = ReadTableHeader(s, file_name, line_no);
      if (!name) return name.error();
      table = std::move(*name);
      continue;
    }
    core::Status ok = ReadKeyValue(s, file_name, line_no, table, doc);
    if (!ok) return ok.error();
  }
  return doc;
}

core::Result<const TomlValue*> Find(const TomlDoc& doc, const std::string& key) {
  auto it = doc.values.find(key);
  if (it == doc.values.end()) return DataError(doc.file, 0, "missing key '" + key + "'");
  return &it->second;
}

core::Result<int64_t> GetScaled(const TomlDoc& doc, const std::string& key, int scale) {
  core::Result<const TomlValue*> v = Find(doc, key);
  if (!v) return v.error();
  if ((*v)->kind != TomlValue::Kind::kNumber) return DataError(doc.file, (*v)->line, key + ": expected a number");
  const std::optional<Decimal> d = ParseDecimal((*v)->text);
  const std::optional<int64_t> scaled = d ? ToScaled(*d, scale) : std::nullopt;
  if (!scaled) {
    return DataError(doc.file, (*v)->line,
                     key + ": " + (*v)->text + " has more than " + std::to_string(scale) + " decimals");
  }
  return *scaled;
}

core::Result<std::vector<int64_t>> GetScaledArray(const TomlDoc& doc, const std::string& key, int scale) {
  core::Result<const TomlValue*> v = Find(doc, key);
  if (!v) return v.error();
  if ((*v)->kind != TomlValue::Kind::kArray) return DataError(doc.file, (*v)->line, key + ": expected an array");
  std::vector<int64_t> out;
  for (const TomlValue& item : (*v)->items) {
    const std::optional<Decimal> d = item.kind == TomlValue::Kind::kNumber ? ParseDecimal(item.text) : std::nullopt;
    const std::optional<int64_t> scaled = d ? ToScaled(*d, scale) : std::nullopt;
    if (!scaled) {
      return DataError(doc.file, (*v)->line,
                       key + ": '" + item.text + "' is not a number with at most " + std::to_string(scale) +
                           " decimals");
    }
    out.push_back(*scaled);
  }
  return out;
}

core::Result<std::string> GetString(const TomlDoc& doc, const std::string& key) {
  core::Result<const TomlValue*> v = Find(doc, key);
  if (!v) return v.error();
  if ((*v)->kind != TomlValue::Kind::kString) return DataError(doc.file, (*v)->line, key + ": expected a string");
  return (*v)->text;
}

core::Result<bool> GetBool(const TomlDoc& doc, const std::string& key) {
  core::Result<const TomlValue*> v = Find(doc, key);
  if (!v) return v.error();
  if ((*v)->kind != TomlValue::Kind::kBool) return DataError(doc.file, (*v)->line, key + ": expected true or false");
  return (*v)->text == "true";
}

std::vector<TomlMarker> MarkersIn(const TomlDoc& doc, std::string_view table) {
  std::vector<TomlMarker> out;
  for (const TomlMarker& m : doc.markers) {
    if (m.table == table) out.push_back(m);
  }
  return out;
}

}  // namespace walkaway::tax
