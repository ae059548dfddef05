// Properties over random offers: floor <= P10 <= P50 <= P90 every year and over the horizon, and
// the horizon total (and each year's expected figure) equals the sum of its parts.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "support/builders.h"
#include "walkaway/comp/projection.h"

namespace walkaway::comp {
namespace {

using core::Money;

core::Case RandomCase() {
  core::Case c = testing::AlignedCase();
  core::Offer& o = c.offers[0];
  o.base = Money::FromUnits(*rc::gen::inRange<int64_t>(20'000, 400'000));
  o.bonus = core::Bonus{static_cast<double>(*rc::gen::inRange(0, 40)), *rc::gen::arbitrary<bool>()};
  if (*rc::gen::arbitrary<bool>()) {
    o.sign_on = core::SignOn{Money::FromUnits(*rc::gen::inRange<int64_t>(0, 50'000)), *rc::gen::inRange(0, 36),
                             *rc::gen::arbitrary<bool>()};
  }
  // Issue #12, class 11: a fixed term, and pay parts resting on spoken words, in every law below.
  if (*rc::gen::inRange(0, 4) == 0) o.term_months = *rc::gen::inRange(1, 121);
  if (*rc::gen::inRange(0, 4) == 0) {
    core::Claim spoken;
    spoken.topic = *rc::gen::element<std::string>("bonus", "sign_on", "base");
    spoken.value = "promised on the phone";
    spoken.source = "recruiter";
    o.claims.push_back(spoken);
  }
  o.merit_raise_pct = *rc::gen::inRange(0, 10);
  if (*rc::gen::arbitrary<bool>()) o.promotion = core::Promotion{*rc::gen::inRange(0, 100) * 1.0, 12, 10};
  o.benefit_terms.retirement_match_pct = *rc::gen::inRange(0, 8);
  o.work.commute_cost_per_trip = Money::FromUnits(*rc::gen::inRange<int64_t>(0, 20));
  core::Equity e;
  const int kind = *rc::gen::inRange(0, 4);
  e.kind = kind == 2 ? core::EquityKind::kOptions : core::EquityKind::kRsu;
  e.grant = Money::FromUnits(*rc::gen::inRange<int64_t>(0, 200'000));
  e.vesting = *rc::gen::element(core::Vesting{4, 12, 1, {}}, core::Vesting{4, 0, 3, {33, 33, 22, 12}},
                                core::Vesting{4, 12, 12, {5, 15, 40, 40}});
  if (kind == 1) e.public_stock = core::PublicStock{50, *rc::gen::inRange(0, 80) * 1.0, {}};
  if (kind == 2) {
    e.shares = *rc::gen::inRange(1'000, 100'000);
    e.strike = 0.5;
    e.fmv = 0.5;
    e.company = core::PrivateCompany{*rc::gen::element<std::string>("seed", "series_a", "series_c"), {}, {}, {},
                                     {}, {}, {}};
  }
  if (kind != 3) o.equity = e;
  c.model.paths = 500;
  c.model.horizon_years = *rc::gen::inRange(1, 11);
  return c;
}

RC_GTEST_PROP(CompPropertyTest, FloorBelowP10BelowP50BelowP90, ()) {
  const core::Case c = RandomCase();
  Projector projector(c);
  core::Result<core::PayProjection> p = projector.Offer(0, core::Date{2026, 1, 31});
  RC_ASSERT(p.has_value());
  RC_ASSERT(static_cast<int>(p->years.size()) == c.model.horizon_years);
  for (const core::YearFigures& y : p->years) {
    RC_ASSERT(y.floor <= y.p10);
    RC_ASSERT(y.p10 <= y.p50);
    RC_ASSERT(y.p50 <= y.p90);
  }
  RC_ASSERT(p->total_floor <= p->total_p10);
  RC_ASSERT(p->total_p10 <= p->total_p50);
  RC_ASSERT(p->total_p50 <= p->total_p90);
}

RC_GTEST_PROP(CompPropertyTest, HorizonTotalEqualsTheSumOfItsParts, ()) {
  const core::Case c = RandomCase();
  Projector projector(c);
  core::Result<core::PayProjection> p = projector.Offer(0, core::Date{2026, 1, 31});
  RC_ASSERT(p.has_value());
  Money floor, mean;
  for (const core::YearFigures& y : p->years) {
    const core::PayParts& parts = y.parts;
    RC_ASSERT(y.mean == parts.base + parts.bonus + parts.sign_on + parts.equity + parts.benefits - parts.commute_cost);
    RC_ASSERT(y.guaranteed + y.at_risk == y.mean);
    floor += y.floor;
    mean += y.mean;
  }
  RC_ASSERT(p->total_floor == floor);
  RC_ASSERT(p->total_mean == mean);
}

}  // namespace
}  // namespace walkaway::comp
