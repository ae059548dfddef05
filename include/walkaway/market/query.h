#pragma once

// The market look-up as a person asks it: a title, a country and a pay in words ("82k EUR"), with
// an optional currency and exchange rate. `walkaway market` and the server's GET /api/v1/market
// share it, so both read the same inputs, give the same errors (each naming the caller's own name
// for the input) and write the same JSON (docs/market.md). Pure: the caller loads the index.

#include <optional>
#include <string>

#include "walkaway/core/money.h"
#include "walkaway/core/result.h"
#include "walkaway/market/market.h"

namespace walkaway::market {

struct MarketQuery {
  std::string title{};
  std::string country{};
  std::string pay{};  // money text: "150000", "150k", "82k EUR", "$150,000"
  std::optional<std::string> currency{};
  std::optional<std::string> rate{};  // "EUR/USD=1.08": 1 EUR is 1.08 USD
};

// How the caller names the inputs in errors: the command line's options, or the API's parameters.
struct QueryNames {
  std::string pay = "--pay";
  std::string currency = "--currency";
  std::string rate = "--rate";
  std::string currency_example = "--currency EUR or --pay \"82k EUR\"";
};

struct CheckedQuery {
  core::Money pay{};
  std::string currency{};
  LocateOptions options{};
};

// The pay, the currency and the rate read and checked, before any index is needed.
core::Result<CheckedQuery> CheckQuery(const MarketQuery& query, const QueryNames& names = {});

struct MarketAnswer {
  MarketPosition position{};
  core::Money pay{};
  std::string currency{};
};

MarketAnswer AnswerQuery(const MarketIndex& index, const MarketQuery& query, const CheckedQuery& checked);

// The JSON `walkaway market --format json` writes (docs/market.md), with its final newline.
std::string MarketAnswerToJson(const MarketAnswer& answer, const MarketQuery& query);

}  // namespace walkaway::market
