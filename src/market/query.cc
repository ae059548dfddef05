// The market look-up as a person asks it (`walkaway market`, GET /api/v1/market): the pay and the
// rate read and checked, Locate's answer, and its JSON. Pure: the caller loads the index.

#include "walkaway/market/query.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace walkaway::market {
namespace {

// "EUR/USD=1.08" -> {EUR, USD, 1.08}.
core::Result<ExchangeRate> ParseRate(const std::string& text, const std::string& name) {
  const size_t slash = text.find('/');
  const size_t equals = text.find('=');
  core::Error bad = core::Error::InvalidInput(
      "the rate must look like EUR/USD=1.08 (1 EUR is 1.08 USD), not \"" + text + "\"", name);
  if (slash != 3 || equals != 7) return bad;
  ExchangeRate rate{text.substr(0, 3), text.substr(4, 3), 0.0};
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

std::string BoundName(PercentileBound bound) {
  switch (bound) {
    case PercentileBound::kWithin:
      return "within";
    case PercentileBound::kBelowLowest:
      return "below_lowest";
    case PercentileBound::kAboveHighest:
      return "above_highest";
  }
  return "within";
}

}  // namespace

std::string MarketAnswerToJson(const MarketAnswer& answer, const MarketQuery& o) {
  const MarketPosition& p = answer.position;
  const double amount = answer.pay.units();
  const std::string& cur = answer.currency;
  const bool found = p.status == MarketStatus::kFound;
  std::string j = "{\n  \"status\": " + JsonString(found ? "found" : "no_comparable_data");
  j += ",\n  \"reason\": " + JsonString(p.reason);
  j += ",\n  \"summary\": " + JsonString(DescribePosition(p));
  j += ",\n  \"input\": {\"title\": " + JsonString(o.title) + ", \"country\": " + JsonString(o.country) +
       ", \"amount\": " + JsonNumber(amount) + ", \"currency\": " + JsonString(cur) + "}";
  j += ",\n  \"title\": {\"family\": " + JsonString(p.title.family) +
       ", \"level\": " + JsonString(LevelName(p.title.level)) +
       ", \"score\": " + JsonNumber(p.title.score) +
       ", \"matched_phrase\": " + JsonString(p.title.matched_phrase) + "}";
  if (found) {
    const bool aijobs = p.source == MarketSource::kAiJobs;
    j += ",\n  \"source\": {\"id\": " + JsonString(aijobs ? "aijobs" : "bls_oews") +
         ", \"name\": " + JsonString(p.source_name) + ", \"as_of\": " + JsonString(p.as_of) + "}";
    j += ",\n  \"group\": {\"family\": " + JsonString(p.family) +
         ", \"level\": " + JsonString(LevelName(p.level)) +
         ", \"country\": " + JsonString(p.country) + ", \"year\": " + std::to_string(p.year) +
         ", \"currency\": " + JsonString(p.currency) + ", \"occupation\": " + JsonString(p.occupation) +
         ", \"sample_size\": " + std::to_string(p.sample_size) +
         ", \"employment\": " + std::to_string(p.employment) + "}";
    j += ",\n  \"quantiles\": {";
    for (size_t i = 0; i < kQuantiles.size(); ++i) {
      j += (i == 0 ? "\"p" : ", \"p") + std::to_string(kQuantiles[i]) + "\": ";
      j += p.quantiles[i] ? std::to_string(*p.quantiles[i]) : "null";
    }
    j += "}";
    j += ",\n  \"compared_amount\": " + JsonNumber(p.amount_units);
    j += ",\n  \"percentile\": {\"value\": " + JsonNumber(p.percentile.value) +
         ", \"bound\": " + JsonString(BoundName(p.percentile.bound)) + "}";
  }
  return j + "\n}\n";
}


core::Result<CheckedQuery> CheckQuery(const MarketQuery& query, const QueryNames& names) {
  core::Result<core::MoneyText> pay = core::ParseMoney(query.pay);
  if (!pay) {
    core::Error e = pay.error();
    e.field_path = names.pay;
    return e;
  }
  std::string currency = query.currency.value_or(pay->currency);
  if (query.currency && !pay->currency.empty() && *query.currency != pay->currency) {
    return core::Error::InvalidInput(names.pay + " says " + pay->currency + " but " + names.currency + " says " +
                                         *query.currency,
                                     names.currency);
  }
  if (currency.empty()) {
    if (query.country != "US" && query.country != "us") {
      return core::Error::InvalidInput("say which currency the pay is in, e.g. " + names.currency_example +
                                           " (only US pay defaults to USD)",
                                       names.currency);
    }
    currency = "USD";
  }
  if (!core::IsKnownCurrency(currency)) {
    return core::Error::InvalidInput("unknown currency code \"" + currency + "\"", names.currency);
  }
  CheckedQuery out{pay->amount, currency, {}};
  if (query.rate) {
    core::Result<ExchangeRate> rate = ParseRate(*query.rate, names.rate);
    if (!rate) return rate.error();
    out.options.rate = *rate;
  }
  return out;
}

MarketAnswer AnswerQuery(const MarketIndex& index, const MarketQuery& query, const CheckedQuery& checked) {
  return MarketAnswer{Locate(index, query.title, query.country, checked.pay, checked.currency, checked.options),
                      checked.pay, checked.currency};
}

}  // namespace walkaway::market
