// `walkaway market`: parses the pay and the rate, loads the index and prints Locate's answer.
// "No comparable data" is an answer, not an error: exit code 0 with the reason.

#include "cli/market_command.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"

namespace walkaway::cli {
namespace {

// "EUR/USD=1.08" -> {EUR, USD, 1.08}.
core::Result<market::ExchangeRate> ParseRate(const std::string& text) {
  const size_t slash = text.find('/');
  const size_t equals = text.find('=');
  core::Error bad = core::Error::InvalidInput(
      "the rate must look like EUR/USD=1.08 (1 EUR is 1.08 USD), not \"" + text + "\"", "--rate");
  if (slash != 3 || equals != 7) return bad;
  market::ExchangeRate rate{text.substr(0, 3), text.substr(4, 3), 0.0};
  const char* begin = text.data() + 8;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(begin, end, rate.rate);
  if (ec != std::errc() || ptr != end || !(rate.rate > 0) || !std::isfinite(rate.rate)) return bad;
  if (!core::IsKnownCurrency(rate.from) || !core::IsKnownCurrency(rate.to)) return bad;
  return rate;
}

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string JsonNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string BoundName(market::PercentileBound bound) {
  switch (bound) {
    case market::PercentileBound::kWithin:
      return "within";
    case market::PercentileBound::kBelowLowest:
      return "below_lowest";
    case market::PercentileBound::kAboveHighest:
      return "above_highest";
  }
  return "within";
}

std::string ToJson(const market::MarketPosition& p, const MarketOptions& o, double amount,
                   const std::string& cur) {
  const bool found = p.status == market::MarketStatus::kFound;
  std::string j = "{\n  \"status\": " + JsonString(found ? "found" : "no_comparable_data");
  j += ",\n  \"reason\": " + JsonString(p.reason);
  j += ",\n  \"summary\": " + JsonString(market::DescribePosition(p));
  j += ",\n  \"input\": {\"title\": " + JsonString(o.title) + ", \"country\": " + JsonString(o.country) +
       ", \"amount\": " + JsonNumber(amount) + ", \"currency\": " + JsonString(cur) + "}";
  j += ",\n  \"title\": {\"family\": " + JsonString(p.title.family) +
       ", \"level\": " + JsonString(market::LevelName(p.title.level)) +
       ", \"score\": " + JsonNumber(p.title.score) +
       ", \"matched_phrase\": " + JsonString(p.title.matched_phrase) + "}";
  if (found) {
    const bool aijobs = p.source == market::MarketSource::kAiJobs;
    j += ",\n  \"source\": {\"id\": " + JsonString(aijobs ? "aijobs" : "bls_oews") +
         ", \"name\": " + JsonString(p.source_name) + ", \"as_of\": " + JsonString(p.as_of) + "}";
    j += ",\n  \"group\": {\"family\": " + JsonString(p.family) +
         ", \"level\": " + JsonString(market::LevelName(p.level)) +
         ", \"country\": " + JsonString(p.country) + ", \"year\": " + std::to_string(p.year) +
         ", \"currency\": " + JsonString(p.currency) + ", \"occupation\": " + JsonString(p.occupation) +
         ", \"sample_size\": " + std::to_string(p.sample_size) +
         ", \"employment\": " + std::to_string(p.employment) + "}";
    j += ",\n  \"quantiles\": {";
    for (size_t i = 0; i < market::kQuantiles.size(); ++i) {
      j += (i == 0 ? "\"p" : ", \"p") + std::to_string(market::kQuantiles[i]) + "\": ";
      j += p.quantiles[i] ? std::to_string(*p.quantiles[i]) : "null";
    }
    j += "}";
    j += ",\n  \"compared_amount\": " + JsonNumber(p.amount_units);
    j += ",\n  \"percentile\": {\"value\": " + JsonNumber(p.percentile.value) +
         ", \"bound\": " + JsonString(BoundName(p.percentile.bound)) + "}";
  }
  return j + "\n}\n";
}

std::string ToText(const market::MarketPosition& p, const MarketOptions& o, core::Money pay,
                   const std::string& cur) {
  std::string t =
      "Market position of " + core::FormatMoney(pay, cur) + " for \"" + o.title + "\" in " + o.country + "\n";
  if (!p.title.family.empty()) {
    t += "  Title:  " + p.title.family + ", level " + std::string(market::LevelName(p.title.level)) +
         ", matched \"" + p.title.matched_phrase + "\" (score " + JsonNumber(p.title.score) + ")\n";
  }
  if (p.status != market::MarketStatus::kFound) return t + "  No comparable data: " + p.reason + "\n";
  t += "  Result: " + market::DescribePosition(p) + "\n";
  t += "  Group:  ";
  t += p.source == market::MarketSource::kAiJobs
           ? p.family + " / " + std::string(market::LevelName(p.level)) + " / " + p.country + " / " +
                 std::to_string(p.year) + ", n = " + std::to_string(p.sample_size) + " survey salaries\n"
           : p.occupation + " (all levels, US), employment " + std::to_string(p.employment) + "\n";
  t += "  Percentiles (" + p.currency + "):";
  for (size_t i = 0; i < market::kQuantiles.size(); ++i) {
    t += " P" + std::to_string(market::kQuantiles[i]) + " " +
         (p.quantiles[i] ? core::FormatMoney(core::Money::FromUnits(*p.quantiles[i])) : std::string("n/a"));
  }
  return t + "\n  Source: " + p.source_name + ", as of " + p.as_of + " (see data/market/SOURCE.md)\n";
}

}  // namespace

int RunMarket(const MarketOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  const OutputFormat format =
      options.format == OutputFormat::kJson ? OutputFormat::kJson : OutputFormat::kText;
  core::Result<core::MoneyText> pay = core::ParseMoney(options.pay);
  if (!pay) {
    core::Error e = pay.error();
    e.field_path = "--pay";
    return ReportError(e, format, out, err);
  }
  std::string currency = options.currency.value_or(pay->currency);
  if (options.currency && !pay->currency.empty() && *options.currency != pay->currency) {
    return ReportError(
        core::Error::InvalidInput("--pay says " + pay->currency + " but --currency says " + *options.currency,
                                  "--currency"),
        format, out, err);
  }
  if (currency.empty()) {
    if (options.country != "US" && options.country != "us") {
      return ReportError(core::Error::InvalidInput("say which currency the pay is in, e.g. --currency EUR or "
                                                   "--pay \"82k EUR\" (only US pay defaults to USD)",
                                                   "--currency"),
                         format, out, err);
    }
    currency = "USD";
  }
  if (!core::IsKnownCurrency(currency)) {
    return ReportError(core::Error::InvalidInput("unknown currency code \"" + currency + "\"", "--currency"),
                       format, out, err);
  }
  market::LocateOptions locate_options;
  if (options.rate) {
    core::Result<market::ExchangeRate> rate = ParseRate(*options.rate);
    if (!rate) return ReportError(rate.error(), format, out, err);
    locate_options.rate = *rate;
  }
  const std::string dir = options.data_dir ? *options.data_dir + "/market" : (DataDir(env) / "market").string();
  core::Result<market::MarketIndex> index = market::LoadMarketIndex(dir);
  if (!index) {
    core::Error e = index.error();
    e.hint = "point --data-dir or WALKAWAY_DATA_DIR at the folder that holds market/; " + e.hint;
    return ReportError(e, format, out, err);
  }

  const market::MarketPosition position =
      market::Locate(*index, options.title, options.country, pay->amount, currency, locate_options);
  const std::string text = format == OutputFormat::kJson
                               ? ToJson(position, options, pay->amount.units(), currency)
                               : ToText(position, options, pay->amount, currency);
  return Emit(text, {.json = format == OutputFormat::kJson}, out, err, env);
}

}  // namespace walkaway::cli
