#pragma once

// Simple per-offer figures that several rules share, computed once per offer. All money is
// converted into the candidate's currency; when the offer is in another currency with no
// exchange rate, `comparable` is false and money rules report "unknown" instead of guessing.
// The pay-model issue (#3) replaces the first-year figures with a year-by-year projection.

#include <optional>

#include "walkaway/core/case.h"
#include "walkaway/core/market_position.h"
#include "walkaway/core/pay_projection.h"

namespace walkaway::core {

struct OfferMetrics {
  bool comparable = true;                    // money can be compared with the candidate's figures
  std::optional<Money> base{};               // per year, candidate currency
  std::optional<Money> guaranteed_annual{};  // base + guaranteed bonus
  std::optional<Money> expected_bonus{};     // target bonus per year (guaranteed or not)
  std::optional<Money> sign_on{};
  std::optional<Money> equity_first_year{};  // share of the quoted grant that vests in year one
  std::optional<Money> first_year_total{};   // base + expected bonus + sign-on + equity year one
  std::optional<double> weekly_hours{};      // expected + on-call + commute; unknown without hours
  std::optional<double> hourly_pay{};        // (base + expected bonus) / (weekly_hours * 52)
  std::optional<double> current_weekly_hours{};
  std::optional<double> current_hourly_pay{};
  // From the pay model's projection (include/walkaway/core/pay_projection.h), when Evaluate was
  // given one: year one's floor (guaranteed, written money) and P50 (which then also replaces
  // first_year_total), and what a typical negotiation gains. With a projection of the current job too, hourly_pay and current_hourly_pay
  // above are the projections' year-one P50 per hour, so the two are compared like for like.
  std::optional<Money> year1_floor{};
  std::optional<Money> year1_p50{};
  std::optional<Money> negotiation_typical{};
  // After tax (docs/tax.md): year one's take-home P50 of the offer, where it is taxed and the tables'
  // year, whenever the projection has them. The current job's are set only when pay is compared after
  // tax (rubric.pay_after_tax; by default when the two are taxed in different places): then SIGN-PAY
  // compares the two instead of base and bonus, and says so. hourly_pay and current_hourly_pay stay
  // before tax: the tax difference is counted once, by SIGN-PAY.
  std::optional<Money> take_home_p50{};
  std::string take_home_place{};
  std::string take_home_tables{};
  std::optional<Money> current_take_home_p50{};
  std::string current_take_home_place{};
  // What SIGN-PAY compares after tax (set with current_take_home_p50): year one's expected base and
  // bonus after tax, of the offer and of the current job, as its comparison before tax uses base and
  // bonus; and the offer's marginal rate there, which prices the ask.
  std::optional<Money> base_bonus_take_home{};
  std::optional<Money> current_base_bonus_take_home{};
  double base_bonus_marginal_rate = 0;
  // Where the base sits in the market, when the caller located it (Evaluate's EvaluationInputs).
  std::optional<MarketPosition> market{};
};

// Hours counted for on-call when the offer says on_call = true but gives no figure: a week on call
// in four, with about a fifth of that week's evening and night hours worked, is ~5 hours a week.
inline constexpr int kDefaultOnCallHoursPerWeek = 5;

OfferMetrics ComputeMetrics(const Candidate& candidate, const Offer& offer);

// Takes the pay model's figures into `m` (see the fields above). `current` may be null; `after_tax` is
// rubric.pay_after_tax.
void ApplyProjection(const PayProjection& offer, const PayProjection* current, std::optional<bool> after_tax,
                     OfferMetrics& m);

// Converts an amount in the offer's currency to the candidate's; empty when no rate is known.
std::optional<Money> ToCandidateCurrency(const Candidate& candidate, const Offer& offer, Money money);

}  // namespace walkaway::core
