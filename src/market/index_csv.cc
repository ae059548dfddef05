// Parsers for the shipped market files (data/market/*.csv): text in, index parts out. Pure; the
// file reading is in loader.cc. Every error names the file and line.

#include <algorithm>
#include <charconv>

#include "walkaway/market/loader.h"

namespace walkaway::market {
namespace {

core::Status At(std::string_view file, int line, std::string message) {
  core::Error e = core::Error::InvalidInput(std::move(message));
  e.location = core::SourceLocation{std::string(file), line, 0};
  return e;
}

// One CSV record (RFC 4180 quoting, no newlines inside fields: our files have none).
std::vector<std::string> SplitCsv(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back().push_back('"');
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t space = std::min(text.find(' ', start), text.size());
    if (space > start) words.push_back(text.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

bool ParseInt(std::string_view text, int64_t& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

// Walks the records of `text`, skipping comments (and reading "# key=value" ones into `source`) and
// checking the header; calls `row(fields, line)` for each data record.
template <typename RowFn>
core::Status ForEachRow(std::string_view text, std::string_view file, std::string_view header,
                        SourceInfo* source, RowFn row) {
  int line_number = 0;
  bool seen_header = false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() == '#') {
      if (source == nullptr) continue;
      if (line.rfind("# source=", 0) == 0) source->name = std::string(line.substr(9));
      if (line.rfind("# as_of=", 0) == 0) source->as_of = std::string(line.substr(8));
      continue;
    }
    if (!seen_header) {
      if (line != header) return At(file, line_number, "expected the header \"" + std::string(header) + "\"");
      seen_header = true;
      continue;
    }
    core::Status status = row(SplitCsv(line), line_number);
    if (!status) return status;
  }
  if (!seen_header) return At(file, line_number, "the file has no header line");
  if (source != nullptr && (source->name.empty() || source->as_of.empty())) {
    return At(file, 1, "the file must name its source and as-of date in '# source=' and '# as_of=' comments");
  }
  return core::Ok{};
}

core::Status ReadQuantiles(const std::vector<std::string>& fields, size_t first, std::string_view file,
                           int line, Quantiles& out) {
  std::optional<int64_t> previous;
  for (size_t i = 0; i < kQuantiles.size(); ++i) {
    const std::string& cell = fields[first + i];
    if (cell.empty() || cell == "#") continue;  // not published, or top-coded by BLS
    int64_t value = 0;
    if (!ParseInt(cell, value) || value < 0) {
      return At(file, line,
                "p" + std::to_string(kQuantiles[i]) + " must be a whole amount, not \"" + cell + "\"");
    }
    if (previous && value < *previous) {
      return At(file, line, "the percentiles must not decrease (p" + std::to_string(kQuantiles[i]) + ")");
    }
    out[i] = value;
    previous = value;
  }
  return core::Ok{};
}

core::Status WrongFieldCount(std::string_view file, int line, size_t want, size_t got) {
  return At(file, line, "expected " + std::to_string(want) + " fields, found " + std::to_string(got));
}

}  // namespace

core::Status ParseTitleTable(std::string_view text, std::string_view file, TitleTable& table) {
  return ForEachRow(
      text, file, "kind,key,value", nullptr,
      [&](const std::vector<std::string>& f, int line) -> core::Status {
        if (f.size() != 3) return WrongFieldCount(file, line, 3, f.size());
        const std::string& kind = f[0];
        if (f[1].empty()) return At(file, line, "the key is empty");
        if (kind == "abbrev") {
          std::vector<std::string> words = SplitWords(f[2]);
          if (words.empty()) return At(file, line, "the abbreviation \"" + f[1] + "\" expands to nothing");
          table.abbreviations[f[1]] = std::move(words);
        } else if (kind == "level") {
          const std::optional<Level> level = LevelFromName(f[2]);
          if (!level || *level == Level::kAll) {
            return At(file, line, "unknown level \"" + f[2] + "\" (entry, mid, senior or executive)");
          }
          table.levels[f[1]] = *level;
        } else if (kind == "filler") {
          table.fillers.insert(f[1]);
        } else if (kind == "family") {
          if (f[2].empty()) return At(file, line, "the phrase \"" + f[1] + "\" names no family");
          TitlePhrase phrase{SplitWords(f[1]), f[2], f[1]};
          std::sort(phrase.words.begin(), phrase.words.end());
          phrase.words.erase(std::unique(phrase.words.begin(), phrase.words.end()), phrase.words.end());
          table.phrases.push_back(std::move(phrase));
        } else if (kind == "soc") {
          table.soc_codes[f[1]] = f[2];
        } else {
          return At(file, line, "unknown kind \"" + kind + "\" (abbrev, level, filler, family or soc)");
        }
        return core::Ok{};
      });
}

core::Status ParseSalaryGroups(std::string_view text, std::string_view file, std::vector<SalaryGroup>& groups,
                               SourceInfo& source) {
  constexpr std::string_view kHeader = "family,level,country,year,currency,n,p10,p25,p50,p75,p90";
  return ForEachRow(
      text, file, kHeader, &source, [&](const std::vector<std::string>& f, int line) -> core::Status {
        if (f.size() != 11) return WrongFieldCount(file, line, 11, f.size());
        SalaryGroup g;
        g.family = f[0];
        const std::optional<Level> level = LevelFromName(f[1]);
        if (!level) return At(file, line, "unknown level \"" + f[1] + "\"");
        g.level = *level;
        g.country = f[2];
        int64_t year = 0;
        if (!ParseInt(f[3], year) || year < 2000 || year > 2100)
          return At(file, line, "bad year \"" + f[3] + "\"");
        g.year = static_cast<int>(year);
        g.currency = f[4];
        if (g.family.empty() || g.country.size() != 2 || g.currency.size() != 3) {
          return At(file, line, "family, a two-letter country and a three-letter currency are required");
        }
        if (!ParseInt(f[5], g.n) || g.n <= 0) return At(file, line, "bad sample size \"" + f[5] + "\"");
        core::Status q = ReadQuantiles(f, 6, file, line, g.quantiles);
        if (!q) return q;
        groups.push_back(std::move(g));
        return core::Ok{};
      });
}

core::Status ParseOccupations(std::string_view text, std::string_view file,
                              std::vector<Occupation>& occupations, SourceInfo& source) {
  constexpr std::string_view kHeader = "soc_code,title,employment,p10,p25,p50,p75,p90";
  return ForEachRow(text, file, kHeader, &source,
                    [&](const std::vector<std::string>& f, int line) -> core::Status {
                      if (f.size() != 8) return WrongFieldCount(file, line, 8, f.size());
                      Occupation o;
                      o.soc_code = f[0];
                      o.title = f[1];
                      if (o.soc_code.size() != 7 || o.soc_code[2] != '-')
                        return At(file, line, "bad SOC code \"" + f[0] + "\"");
                      if (!f[2].empty() && (!ParseInt(f[2], o.employment) || o.employment < 0)) {
                        return At(file, line, "bad employment \"" + f[2] + "\"");
                      }
                      core::Status q = ReadQuantiles(f, 3, file, line, o.quantiles);
                      if (!q) return q;
                      occupations.push_back(std::move(o));
                      return core::Ok{};
                    });
}

}  // namespace walkaway::market
