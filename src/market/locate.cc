// Locate: pick the comparable group for a title, country and currency, then place the amount in it.
// Rules and thresholds: docs/market.md.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <tuple>

#include "walkaway/market/market.h"

namespace walkaway::market {
namespace {

constexpr size_t kMedian = 2;  // kQuantiles[2] == 50

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsAlphaCode(std::string_view code, size_t length) {
  return code.size() == length &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

auto GroupKey(const SalaryGroup& g) { return std::tie(g.family, g.country, g.level); }

std::string Pretty(std::string_view family) {
  std::string out(family);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// The amount in `data_currency`, or nullopt when the currencies differ and no rate bridges them.
std::optional<double> AmountIn(const std::string& data_currency, const std::string& currency, double amount,
                               const LocateOptions& options) {
  if (data_currency == currency) return amount;
  if (options.rate && options.rate->from == currency && options.rate->to == data_currency &&
      options.rate->rate > 0) {
    return amount * options.rate->rate;
  }
  return std::nullopt;
}

std::string Ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

bool FindAiJobs(const MarketIndex& index, const std::string& country, const std::string& currency,
                double amount, const LocateOptions& options, MarketPosition& pos, std::string& reason) {
  SalaryGroup probe;
  probe.family = pos.title.family;
  probe.country = country;
  probe.level = pos.title.level;
  const auto [first, last] =
      std::equal_range(index.groups.begin(), index.groups.end(), probe,
                       [](const SalaryGroup& a, const SalaryGroup& b) { return GroupKey(a) < GroupKey(b); });
  const SalaryGroup* best = nullptr;
  const SalaryGroup* small = nullptr;
  const SalaryGroup* other_currency = nullptr;
  double best_amount = 0.0;
  for (auto it = first; it != last; ++it) {
    const std::optional<double> converted = AmountIn(it->currency, currency, amount, options);
    if (!converted) {
      if (other_currency == nullptr || it->n > other_currency->n) other_currency = &*it;
    } else if (it->n < options.min_sample_size) {
      if (small == nullptr || it->n > small->n) small = &*it;
    } else if (best == nullptr || std::tie(it->year, it->n) > std::tie(best->year, best->n)) {
      best = &*it;
      best_amount = *converted;
    }
  }
  const std::string what =
      Pretty(pos.title.family) + " (" + std::string(LevelName(pos.title.level)) + ") in " + country;
  if (best == nullptr) {
    if (small != nullptr) {
      reason = "only " + std::to_string(small->n) + " survey salaries for " + what + " in " +
               std::to_string(small->year) + "; at least " + std::to_string(options.min_sample_size) +
               " are needed";
    } else if (other_currency != nullptr) {
      reason = "the survey salaries for " + what + " are in " + other_currency->currency + ", not " +
               currency + "; give an exchange rate to compare";
    } else {
      reason = "no survey salaries for " + what;
    }
    return false;
  }
  pos.source = MarketSource::kAiJobs;
  pos.source_name = index.aijobs.name;
  pos.as_of = index.aijobs.as_of;
  pos.family = best->family;
  pos.level = best->level;
  pos.country = best->country;
  pos.year = best->year;
  pos.currency = best->currency;
  pos.sample_size = best->n;
  pos.quantiles = best->quantiles;
  pos.amount_units = best_amount;
  return true;
}

bool FindBls(const MarketIndex& index, const std::string& currency, double amount,
             const LocateOptions& options, MarketPosition& pos, std::string& reason) {
  const auto soc = index.titles.soc_codes.find(pos.title.family);
  if (soc == index.titles.soc_codes.end()) {
    reason += "; no BLS occupation is mapped to " + Pretty(pos.title.family);
    return false;
  }
  const auto it =
      std::lower_bound(index.occupations.begin(), index.occupations.end(), soc->second,
                       [](const Occupation& o, const std::string& code) { return o.soc_code < code; });
  if (it == index.occupations.end() || it->soc_code != soc->second) {
    reason += "; BLS occupation " + soc->second + " is not in the index";
    return false;
  }
  const std::optional<double> converted = AmountIn("USD", currency, amount, options);
  if (!converted) {
    reason += "; BLS wages are in USD, not " + currency + ", and no exchange rate was given";
    return false;
  }
  pos.source = MarketSource::kBlsOews;
  pos.source_name = index.bls.name;
  pos.as_of = index.bls.as_of;
  pos.family = pos.title.family;
  pos.level = Level::kAll;  // OEWS wages cover every experience level of an occupation
  pos.country = "US";
  pos.year = 2023;
  pos.currency = "USD";
  pos.occupation = it->soc_code + " " + it->title;
  pos.employment = it->employment;
  pos.quantiles = it->quantiles;
  pos.amount_units = *converted;
  return true;
}

}  // namespace

void SortIndex(MarketIndex& index) {
  std::sort(index.groups.begin(), index.groups.end(), [](const SalaryGroup& a, const SalaryGroup& b) {
    return std::tie(a.family, a.country, a.level, a.currency, a.year) <
           std::tie(b.family, b.country, b.level, b.currency, b.year);
  });
  std::sort(index.occupations.begin(), index.occupations.end(),
            [](const Occupation& a, const Occupation& b) { return a.soc_code < b.soc_code; });
}

MarketPosition Locate(const MarketIndex& index, std::string_view title, std::string_view country,
                      core::Money annual, std::string_view currency, const LocateOptions& options) {
  MarketPosition pos;
  pos.title = NormalizeTitle(index.titles, title, options.min_match_score);
  if (pos.title.family.empty()) {
    pos.reason = "\"" + std::string(title) + "\" is not a title we can compare: " + pos.title.reason;
    return pos;
  }
  std::string code = Upper(country);
  if (code == "UK") code = "GB";
  const std::string cur = Upper(currency);
  if (!IsAlphaCode(code, 2)) {
    pos.reason =
        "the country must be a two-letter ISO code such as US or DE, not \"" + std::string(country) + "\"";
    return pos;
  }
  if (!IsAlphaCode(cur, 3)) {
    pos.reason =
        "the currency must be a three-letter ISO code such as USD, not \"" + std::string(currency) + "\"";
    return pos;
  }
  const double amount = annual.units();
  std::string reason;
  const bool found = FindAiJobs(index, code, cur, amount, options, pos, reason) ||
                     (code == "US" && FindBls(index, cur, amount, options, pos, reason));
  if (!found) {
    pos.reason = reason;
    return pos;
  }
  const std::optional<Percentile> percentile = PercentileOf(pos.quantiles, pos.amount_units);
  if (!percentile) {
    pos.reason = "the source publishes no percentiles for this group";
    return pos;
  }
  pos.percentile = *percentile;
  pos.status = MarketStatus::kFound;
  return pos;
}

std::string DescribePosition(const MarketPosition& pos) {
  if (pos.status != MarketStatus::kFound) return "no comparable data: " + pos.reason;
  std::string line;
  const int pct = static_cast<int>(std::lround(pos.percentile.value));
  switch (pos.percentile.bound) {
    case PercentileBound::kWithin:
      line = Ordinal(pct) + " percentile";
      break;
    case PercentileBound::kBelowLowest:
      line = "below the " + Ordinal(pct) + " percentile";
      break;
    case PercentileBound::kAboveHighest:
      line = "above the " + Ordinal(pct) + " percentile";
      break;
  }
  if (pos.source == MarketSource::kAiJobs) {
    const std::string level =
        pos.level == Level::kAll ? " (all levels)" : " (" + std::string(LevelName(pos.level)) + " level)";
    line += " of " + core::FormatMoney(core::Money::FromUnits(pos.sample_size)) + " " + Pretty(pos.family) +
            " salaries" + level + " in " + pos.country + ", " + std::to_string(pos.year);
  } else {
    line += " for " + pos.occupation + " in the US, all levels, " + std::to_string(pos.year);
  }
  line += " (";
  if (pos.quantiles[kMedian]) {
    line +=
        "median " + core::FormatMoney(core::Money::FromUnits(*pos.quantiles[kMedian]), pos.currency) + "; ";
  }
  return line + pos.source_name + ", as of " + pos.as_of + ")";
}

}  // namespace walkaway::market
