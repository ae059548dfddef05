#pragma once

// Market position: where an annual salary sits against open salary data (docs/market.md).
// Everything here is pure (std only, no I/O): the index is filled by LoadMarketIndex (loader.h) or
// by hand in tests, and Locate answers from it or says "no comparable data" with the reason.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "walkaway/core/money.h"

namespace walkaway::market {

// A result with fewer survey salaries than this is "no comparable data" (docs/market.md).
inline constexpr int kMinSampleSize = 20;
// A title whose words are explained less than this much by a known phrase is a weak match.
inline constexpr double kMinMatchScore = 0.6;
// The stored quantiles, in percent.
inline constexpr std::array<int, 5> kQuantiles = {10, 25, 50, 75, 90};

// kAll: the title named no level; compared against every level together.
enum class Level { kAll, kEntry, kMid, kSenior, kExecutive };
std::string_view LevelName(Level level);  // "all", "entry", "mid", "senior", "executive"
std::optional<Level> LevelFromName(std::string_view name);

// The synonym table of data/market/titles.csv.
struct TitlePhrase {
  std::vector<std::string> words;  // sorted, unique: word order does not matter
  std::string family;
  std::string text;  // as written in the table
};
struct TitleTable {
  std::unordered_map<std::string, std::vector<std::string>> abbreviations;  // "sr" -> {"senior"}
  std::unordered_map<std::string, Level> levels;                            // "staff" -> kSenior
  std::unordered_set<std::string> fillers;                                  // "of", "remote"
  std::vector<TitlePhrase> phrases;
  std::unordered_map<std::string, std::string> soc_codes;  // family -> "15-1252"
};

struct NormalizedTitle {
  std::string family{};  // empty when no phrase matched well enough
  Level level = Level::kAll;
  double score = 0.0;            // share of the title's words that the matched phrase explains
  std::string matched_phrase{};  // the table phrase, or the best weak candidate
  std::string reason{};          // why family is empty
};

// Lower case, punctuation to spaces, abbreviations expanded, level words taken out (the highest wins),
// fillers dropped; then the phrase whose words are all present and explain the largest share of the
// title's words. A tie between two families is ambiguous and gives no family.
NormalizedTitle NormalizeTitle(const TitleTable& table, std::string_view title,
                               double min_score = kMinMatchScore);

// Quantile values in whole currency units; nullopt when the source has none (BLS top-coding).
using Quantiles = std::array<std::optional<int64_t>, kQuantiles.size()>;

enum class PercentileBound { kWithin, kBelowLowest, kAboveHighest };
struct Percentile {
  double value = 0.0;  // 0..100; for a bound, the lowest or highest known quantile
  PercentileBound bound = PercentileBound::kWithin;
};
// Piecewise-linear interpolation between the known quantiles; outside them, a bound (never an
// extrapolation). nullopt when no quantile is known.
std::optional<Percentile> PercentileOf(const Quantiles& quantiles, double amount_units);

struct SalaryGroup {  // one row of aijobs_index.csv
  std::string family{};
  Level level = Level::kAll;
  std::string country{};  // ISO 3166-1 alpha-2, the respondent's residence
  int year = 0;
  std::string currency{};
  int64_t n = 0;
  Quantiles quantiles{};
};
struct Occupation {  // one row of bls_oews_index.csv
  std::string soc_code{};
  std::string title{};
  int64_t employment = 0;
  Quantiles quantiles{};
};
struct SourceInfo {
  std::string name{};
  std::string as_of{};
};
struct MarketIndex {
  TitleTable titles{};
  std::vector<SalaryGroup> groups{};      // sorted by SortIndex
  std::vector<Occupation> occupations{};  // sorted by SortIndex
  SourceInfo aijobs{};
  SourceInfo bls{};
};
// Orders groups and occupations for the binary searches in Locate; the loader calls it.
void SortIndex(MarketIndex& index);

// 1 `from` = `rate` `to`, e.g. {"EUR", "USD", 1.08}. Used only when the data is in `to`.
struct ExchangeRate {
  std::string from{};
  std::string to{};
  double rate = 0.0;
};
struct LocateOptions {
  std::optional<ExchangeRate> rate{};
  int min_sample_size = kMinSampleSize;
  double min_match_score = kMinMatchScore;
};

enum class MarketStatus { kFound, kNoComparableData };
enum class MarketSource { kNone, kAiJobs, kBlsOews };

struct MarketPosition {
  MarketStatus status = MarketStatus::kNoComparableData;
  std::string reason{};  // why there is no comparable data; empty when found
  NormalizedTitle title{};
  MarketSource source = MarketSource::kNone;
  std::string source_name{};
  std::string as_of{};
  // The comparable group.
  std::string family{};
  Level level = Level::kAll;
  std::string country{};
  int year = 0;
  std::string currency{};    // the data's currency
  std::string occupation{};  // BLS only: "15-1252 Software Developers"
  int64_t sample_size = 0;   // survey salaries in the group (aijobs); 0 for BLS
  int64_t employment = 0;    // BLS employment estimate; 0 for aijobs
  Quantiles quantiles{};
  double amount_units = 0.0;  // the amount compared, in the data's currency
  Percentile percentile{};
};

// Where `annual` (gross base, `currency`) sits for `title` in `country` (ISO alpha-2; "UK" = "GB").
// aijobs first (the title's level, else all levels when the title names none; the latest year with
// enough salaries), then BLS OEWS for US titles with an occupation code. Never converts currency
// without options.rate.
MarketPosition Locate(const MarketIndex& index, std::string_view title, std::string_view country,
                      core::Money annual, std::string_view currency, const LocateOptions& options = {});

// One plain-English line for reports, e.g. "62nd percentile of 412 senior data_scientist salaries in
// US, 2024 (median 160,000 USD; aijobs.net salary survey, as of 2025-08-03)" or "no comparable data: ...".
std::string DescribePosition(const MarketPosition& position);

}  // namespace walkaway::market
