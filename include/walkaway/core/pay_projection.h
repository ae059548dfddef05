#pragma once

// The pay projection of one job (an offer or the current job), year by year: plain values that the
// pay model (walkaway_comp, include/walkaway/comp/) fills and the core's rules read. The core never
// computes them, so it stays free of randomness; Evaluate takes them as an optional input.
// All money is in the candidate's currency.

#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/date.h"
#include "walkaway/core/money.h"

namespace walkaway::core {

// Expected money per part of the package in one year (the mean over the simulated paths; the
// deterministic parts are exact). The parts add up to YearFigures::mean.
struct PayParts {
  Money base{};
  Money bonus{};
  Money sign_on{};      // sign-on and relocation, counted in the year they are paid
  Money equity{};
  Money benefits{};     // retirement match and health premium difference
  Money commute_cost{}; // subtracted: a cost, shown as a positive amount
  friend bool operator==(const PayParts&, const PayParts&) = default;
};

struct YearFigures {
  int year = 1;  // 1 = the first twelve months from the start date
  Date start{};  // first day of the year
  Date end{};    // first day of the next year (exclusive)
  Money floor{};  // only guaranteed, written money (see docs/pay-model.md)
  Money p10{};
  Money p50{};
  Money p90{};
  Money mean{};
  Money guaranteed{};  // equal to floor; kept separate so the split reads as one pair
  Money at_risk{};     // mean - guaranteed: what depends on bonus, equity, raises and staying
  PayParts parts{};
  std::optional<double> hourly_p50{};      // (P50 minus one-off payments) per hour really worked
  std::optional<Money> col_adjusted_p50{}; // P50 in the person's current cost of living
  friend bool operator==(const YearFigures&, const YearFigures&) = default;
};

struct PayProjection {
  std::string job_id{};  // the offer id, or "current"
  std::string currency{};
  int paths = 0;
  unsigned long long seed = 0;
  std::vector<YearFigures> years{};
  // The whole horizon: floor and mean are sums of the years; the percentiles are of the path sums.
  Money total_floor{};
  Money total_p10{};
  Money total_p50{};
  Money total_p90{};
  Money total_mean{};
  std::optional<double> prob_equity_zero{};  // share of paths where the equity is worth nothing
  Money negotiation_typical{};  // what a typical negotiation gains, per year (docs/pay-model.md)
  std::optional<double> weekly_hours{};  // expected + on-call + commute
  std::vector<std::string> notes{};      // assumptions worth showing (e.g. a short exercise window)
  friend bool operator==(const PayProjection&, const PayProjection&) = default;
};

}  // namespace walkaway::core
