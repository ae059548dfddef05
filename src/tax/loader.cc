// The one file of walkaway_tax that touches the file system: it reads the year's files from the folder
// it is given and hands their text to the pure parsers (parse_*.cc).

#include "walkaway/tax/loader.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>

#include "walkaway/tax/parse.h"

namespace walkaway::tax {
namespace {

constexpr uintmax_t kMaxFileBytes = 1024 * 1024;  // the largest shipped file is ~92 KB

// The file's text, nullopt when it does not exist.
core::Result<std::optional<std::string>> ReadIfPresent(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (ec) return core::Error::Io("cannot check " + path.string() + ": " + ec.message());
    return std::optional<std::string>();
  }
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return core::Error::Io("cannot read " + path.string() + ": " + ec.message());
  if (size > kMaxFileBytes) return core::Error::TooLarge(path.string() + " is larger than 1 MB");
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error::Io("cannot open " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) return core::Error::Io("cannot read " + path.string());
  return std::optional<std::string>(std::move(buffer).str());
}

struct Pair {
  std::optional<std::string> first, second;
};

// Both files or neither; one alone is an error naming the other.
core::Result<Pair> ReadPair(const std::filesystem::path& a, const std::filesystem::path& b) {
  core::Result<std::optional<std::string>> first = ReadIfPresent(a);
  if (!first) return first.error();
  core::Result<std::optional<std::string>> second = ReadIfPresent(b);
  if (!second) return second.error();
  if (first->has_value() != second->has_value()) {
    return core::Error::NotFound((first->has_value() ? b : a).string() + " is missing; it goes with " +
                                 (first->has_value() ? a : b).string());
  }
  return Pair{std::move(*first), std::move(*second)};
}

// Reads one file if it is there and stores what `parse` makes of it.
template <typename T, typename Parse>
core::Status ReadOptional(const std::filesystem::path& path, std::optional<T>& out, Parse parse) {
  core::Result<std::optional<std::string>> text = ReadIfPresent(path);
  if (!text) return text.error();
  if (!*text) return core::Ok{};
  // The file's name, not its path: the name is what flags and caveats quote, so a report does not
  // depend on where the data folder lives (an error's hint names the folder).
  core::Result<T> parsed = parse(**text, path.filename().string());
  if (!parsed) return parsed.error();
  out = std::move(*parsed);
  return core::Ok{};
}

// Reads a pair of files (both or neither) and stores what `parse` makes of them.
template <typename T, typename Parse>
core::Status ReadOptionalPair(const std::filesystem::path& first, const std::filesystem::path& second,
                              std::optional<T>& out, Parse parse) {
  core::Result<Pair> pair = ReadPair(first, second);
  if (!pair) return pair.error();
  if (!pair->first) return core::Ok{};
  core::Result<T> parsed = parse(*pair->first, first.filename().string(), *pair->second, second.filename().string());
  if (!parsed) return parsed.error();
  out = std::move(*parsed);
  return core::Ok{};
}

}  // namespace

core::Result<TaxTables> LoadTaxTables(const std::string& tax_dir, int year) {
  if (year < 1900 || year > 2999) return core::Error::InvalidInput("the tax year must be four digits", "year");
  const std::filesystem::path dir(tax_dir);
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return core::Error::NotFound("the tax data folder " + tax_dir + " does not exist");
  }
  const std::string y = std::to_string(year);
  // The UK tax year that starts in April of `year`: uk-2026-27.toml.
  const int yy = (year + 1) % 100;
  const std::string next_year = std::string(1, static_cast<char>('0' + yy / 10)) + static_cast<char>('0' + yy % 10);
  TaxTables t;
  t.year = year;
  std::optional<std::map<std::string, UsStateTable>> states;
  const core::Status statuses[] = {
      ReadOptional<UsFederalTable>(dir / ("us-federal-" + y + ".toml"), t.us_federal,
                                   [year](std::string_view text, const std::string& file) {
                                     return ParseUsFederal(text, file, year);
                                   }),
      ReadOptionalPair<std::map<std::string, UsStateTable>>(
          dir / ("us-states-" + y + ".csv"), dir / ("us-state-rules-" + y + ".csv"), states,
          [](std::string_view a, const std::string& fa, std::string_view b, const std::string& fb) {
            return ParseUsStates(a, fa, b, fb);
          }),
      ReadOptional<UsLocalTable>(dir / ("us-nyc-" + y + ".csv"), t.nyc,
                                 [](std::string_view text, const std::string& file) {
                                   return ParseUsLocal(text, file, "NYC");
                                 }),
      ReadOptional<UkTable>(dir / ("uk-" + y + "-" + next_year + ".toml"), t.uk,
                            [year](std::string_view text, const std::string& file) { return ParseUk(text, file, year); }),
      ReadOptionalPair<DeTable>(dir / ("de-" + y + ".toml"), dir / ("de-" + y + "-pap.toml"), t.de,
                                [year](std::string_view a, const std::string& fa, std::string_view b,
                                       const std::string& fb) { return ParseDe(a, fa, b, fb, year); }),
      ReadOptionalPair<CaTable>(dir / ("ca-" + y + ".toml"), dir / ("ca-" + y + "-credits.toml"), t.ca,
                                [year](std::string_view a, const std::string& fa, std::string_view b,
                                       const std::string& fb) { return ParseCa(a, fa, b, fb, year); }),
  };
  for (const core::Status& s : statuses) {
    if (!s) return s.error();
  }
  if (states) t.us_states = std::move(*states);
  return t;
}

core::Result<PlaceRules> LoadPlaceRules(const std::string& tax_dir, const Place& place, int year,
                                        const TaxProfile& profile, FlaggedValues flagged) {
  core::Result<TaxTables> tables = LoadTaxTables(tax_dir, year);
  if (!tables) return tables.error();
  return BuildPlaceRules(*tables, place, profile, flagged);
}

}  // namespace walkaway::tax
