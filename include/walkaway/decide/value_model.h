#pragma once

// The additive value model's criteria (docs/compare.md "Value functions"): each criterion of an
// offer scored on 0..1 from the case's facts, with a band for what is uncertain or unknown.
// Anchors are fixed by the person (floor, current pay, limits), never by the other offers, so
// adding or removing an offer cannot reorder the rest (REFERENCES §1.2, "Value scaling").

#include <array>
#include <optional>
#include <span>

#include "walkaway/core/case.h"
#include "walkaway/core/metrics.h"
#include "walkaway/core/pay_projection.h"
#include "walkaway/decide/compare.h"

namespace walkaway::decide {

// A job's yearly pay over the pay model's horizon: the horizon's P10/P50/P90 divided by its years,
// in the person's cost of living when the projection has the adjustment for every year. After tax: the
// horizon's take-home P10/P50/P90 the same way; empty when the projection has none.
struct YearlyPay {
  double p10 = 0;
  double p50 = 0;
  double p90 = 0;
  bool col_adjusted = false;
};
std::optional<YearlyPay> YearlyPayOf(const core::PayProjection& projection, bool after_tax = false);

// Whether a comparison of these projections (the offers', and the current job's when given) is after
// tax: each has take-home figures, and rubric.pay_after_tax, or by default more than one tax place.
bool CompareAfterTax(const core::Case& c, std::span<const core::PayProjection> offers,
                     const core::PayProjection* current);

// Money anchors: reference R = the current job's yearly P50, else total_min, else base_min, else
// the median of the offers' P50 (the one case where the anchors depend on the offers); worst =
// 0.8 R, ideal = 1.5 R. `offer_p50` are the offers' yearly P50s (may be empty).
// After tax (`after_tax`), the floors are skipped: they are gross pay and the figures are not.
PayAnchors ResolvePayAnchors(const core::Case& c, const std::optional<YearlyPay>& current,
                             std::span<const double> offer_p50, bool after_tax = false);

// Log utility between the anchors: ln(x / worst) / ln(ideal / worst), clamped to [0, 1].
double PayValue(double yearly, const PayAnchors& anchors);

// Hours per week (with on-call and commute) to value: 1 at `ideal_hours`, 0 at `worst_hours`,
// linear between (docs/compare.md); worst = max_weekly_hours * (1 + hours_structural_pct / 100)
// when the person set a limit, else 60; ideal = min(35, 0.75 * worst).
double WorkloadValue(double weekly_hours, double ideal_hours, double worst_hours);

// Every criterion of offers[index], judged as `judged` (its metrics and facts). `projection` is
// the offer's from the pay model (null: the first-year figure from the metrics, without a band).
std::array<CriterionScore, kCriterionCount> ScoreOffer(const core::Case& c, size_t index,
                                                       const core::OfferEvaluation& judged,
                                                       const core::PayProjection* projection,
                                                       const PayAnchors& anchors);

}  // namespace walkaway::decide
