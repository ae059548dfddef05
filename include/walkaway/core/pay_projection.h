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

// One line of a year's taxes (income tax of a level, or a contribution), for the year's expected pay.
struct TaxLineFigure {
  std::string name{};  // "US federal income tax", "Social Security", "National Insurance", ...
  bool contribution = false;
  Money amount{};
  friend bool operator==(const TaxLineFigure&, const TaxLineFigure&) = default;
};

// Take-home pay of one year (docs/tax.md): salary, bonus, sign-on and equity after income taxes, the
// employee's social contributions and the person's own pre-tax pension saving. What the employer
// adds in kind (retirement match, health premiums) and commute costs are not in it.
struct TakeHomeFigures {
  Money p10{};
  Money p50{};
  Money p90{};
  Money gross{};           // taxable pay of the year's expected amounts (the parts' mean, benefits aside)
  Money take_home{};       // what is left of `gross`
  Money taxes{};           // income taxes and contributions on `gross` (pension saving is not a tax)
  double effective_rate = 0;  // taxes / gross of the expected amounts
  std::vector<TaxLineFigure> lines{};
  // The year's expected base and bonus alone, after tax, and the marginal rate on one more unit of
  // salary there: what SIGN-PAY compares with the current job (one-off payments and equity aside, as
  // its comparison before tax does) and prices its ask with.
  Money base_bonus_take_home{};
  double base_bonus_marginal_rate = 0;
  friend bool operator==(const TakeHomeFigures&, const TakeHomeFigures&) = default;
};

// Where and by which tables a projection's take-home is computed; every report that shows a take-home
// figure shows these with it.
struct TaxBasis {
  std::string place{};        // "Texas, United States"
  std::string tables_year{};  // "2026", or the UK's "2026-27"
  std::string disclaimer{};   // "estimate, not tax advice"
  std::vector<std::string> caveats{};  // what is not modelled, flagged figures used, assumptions
  std::vector<std::string> sources{};  // the data files
  friend bool operator==(const TaxBasis&, const TaxBasis&) = default;
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
  std::optional<TakeHomeFigures> take_home{};  // when PayProjection::tax is set
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
  // Take-home pay: the basis when every year has a take-home figure, else why there is none ("no tax
  // data for 'Remote' ..."); both empty when take-home was not asked for.
  std::optional<TaxBasis> tax{};
  std::string tax_unavailable{};
  std::optional<Money> total_take_home_p10{};  // quantiles of the path sums over the horizon
  std::optional<Money> total_take_home_p50{};
  std::optional<Money> total_take_home_p90{};
  friend bool operator==(const PayProjection&, const PayProjection&) = default;
};

}  // namespace walkaway::core
