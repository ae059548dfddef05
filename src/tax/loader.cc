// The one file of walkaway_tax that touches the file system: it reads the year's files from the folder
// it is given and hands their text to the pure parsers (parse_*.cc).

#include "walkaway/tax/loader.h"

#include <filesystem>
#include <fstream>
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

}  // namespace

core::Result<TaxTables> LoadTaxTables(const std::string& tax_dir, int year) {
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

  const std::filesystem::path federal_path = dir / ("us-federal-" + y + ".toml");
  core::Result<std::optional<std::string>> federal = ReadIfPresent(federal_path);
  if (!federal) return federal.error();
  if (*federal) {
    core::Result<UsFederalTable> parsed = ParseUsFederal(**federal, federal_path.string(), year);
    if (!parsed) return parsed.error();
    t.us_federal = std::move(*parsed);
  }
  const std::filesystem::path states_path = dir / ("us-states-" + y + ".csv");
  const std::filesystem::path rules_path = dir / ("us-state-rules-" + y + ".csv");
  core::Result<Pair> states = ReadPair(states_path, rules_path);
  if (!states) return states.error();
  if (states->first) {
    auto parsed = ParseUsStates(*states->first, states_path.string(), *states->second, rules_path.string());
    if (!parsed) return parsed.error();
    t.us_states = std::move(*parsed);
  }
  const std::filesystem::path nyc_path = dir / ("us-nyc-" + y + ".csv");
  core::Result<std::optional<std::string>> nyc = ReadIfPresent(nyc_path);
  if (!nyc) return nyc.error();
  if (*nyc) {
    core::Result<UsLocalTable> parsed = ParseUsLocal(**nyc, nyc_path.string(), "NYC");
    if (!parsed) return parsed.error();
    t.nyc = std::move(*parsed);
  }
  const std::filesystem::path uk_path = dir / ("uk-" + y + "-" + next_year + ".toml");
  core::Result<std::optional<std::string>> uk = ReadIfPresent(uk_path);
  if (!uk) return uk.error();
  if (*uk) {
    core::Result<UkTable> parsed = ParseUk(**uk, uk_path.string(), year);
    if (!parsed) return parsed.error();
    t.uk = std::move(*parsed);
  }
  const std::filesystem::path de_path = dir / ("de-" + y + ".toml");
  const std::filesystem::path pap_path = dir / ("de-" + y + "-pap.toml");
  core::Result<Pair> de = ReadPair(de_path, pap_path);
  if (!de) return de.error();
  if (de->first) {
    core::Result<DeTable> parsed = ParseDe(*de->first, de_path.string(), *de->second, pap_path.string(), year);
    if (!parsed) return parsed.error();
    t.de = std::move(*parsed);
  }
  const std::filesystem::path ca_path = dir / ("ca-" + y + ".toml");
  const std::filesystem::path credits_path = dir / ("ca-" + y + "-credits.toml");
  core::Result<Pair> ca = ReadPair(ca_path, credits_path);
  if (!ca) return ca.error();
  if (ca->first) {
    core::Result<CaTable> parsed = ParseCa(*ca->first, ca_path.string(), *ca->second, credits_path.string(), year);
    if (!parsed) return parsed.error();
    t.ca = std::move(*parsed);
  }
  return t;
}

core::Result<PlaceRules> LoadPlaceRules(const std::string& tax_dir, const Place& place, int year,
                                        const TaxProfile& profile, FlaggedValues flagged) {
  core::Result<TaxTables> tables = LoadTaxTables(tax_dir, year);
  if (!tables) return tables.error();
  return BuildPlaceRules(*tables, place, profile, flagged);
}

}  // namespace walkaway::tax
