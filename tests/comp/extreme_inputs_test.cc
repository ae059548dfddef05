// The pay model at the edges of its inputs (docs/hardening.md, "Arithmetic"): its doubles enter
// Money through the saturating conversion, so equity that grows past Money's range reads as the
// limit, and a grant priced at 0 counts nothing instead of turning every path into NaN. Under the
// sanitizer build any overflow aborts.

#include <gtest/gtest.h>

#include <algorithm>

#include "support/builders.h"
#include "walkaway/comp/projection.h"
#include "walkaway/core/validate.h"

namespace walkaway::comp {
namespace {

using core::Money;

const core::Date kToday{2026, 12, 1};

core::PayProjection Project(const core::Case& c) {
  EXPECT_TRUE(core::ValidateCase(c)) << core::ValidateCase(c).error().ToString();
  Projector p(c);
  core::Result<core::PayProjection> r = p.Offer(0, kToday);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().ToString());
  return r ? *r : core::PayProjection{};
}

bool Has(const std::vector<std::string>& notes, std::string_view note) {
  return std::find(notes.begin(), notes.end(), note) != notes.end();
}

TEST(ExtremeInputsTest, AGrantPricedAtZeroCountsNothingInsteadOfNaN) {
  core::Case c = testing::AlignedCase();
  c.model.paths = 1'000;
  c.offers[0].bonus = core::Bonus{20, false};  // a discretionary bonus spreads the paths
  core::Equity& e = *c.offers[0].equity;
  e.kind = core::EquityKind::kOptions;
  e.fmv = 0;
  e.company = core::PrivateCompany{.stage = "seed"};
  e.refresher = Money::FromUnits(10'000);
  e.refreshers_written = true;
  const core::PayProjection p = Project(c);
  ASSERT_FALSE(p.years.empty());
  EXPECT_TRUE(Has(p.notes, "the grant's price is 0, so it is counted at 0"));
  for (const core::YearFigures& y : p.years) {
    SCOPED_TRACE(y.year);
    EXPECT_EQ(y.parts.equity, Money{});
    // Had one part been NaN, every path's total would be NaN and every percentile the floor.
    EXPECT_LT(y.p10, y.p90);
    EXPECT_GE(y.p50, y.parts.base);
  }
}

TEST(ExtremeInputsTest, EquityGrowingPastTheRangeSaturatesAtTheLimit) {
  // A grant and yearly refreshers at the largest amount a case may state, in a stock that doubles
  // and more every year (drift 100%, no volatility) for ten years: the last years' equity is about
  // 2 x 10^19 cents, past Money's range.
  core::Case c = testing::AlignedCase();
  c.model.paths = 100;
  c.model.horizon_years = 10;
  core::Equity& e = *c.offers[0].equity;
  e.grant = Money::FromUnits(core::kMaxAmountUnits);
  e.refresher = Money::FromUnits(core::kMaxAmountUnits);
  e.refreshers_written = true;
  e.public_stock = core::PublicStock{.price = 1, .volatility_pct = 0, .drift_pct = 100};
  const core::PayProjection p = Project(c);
  ASSERT_EQ(p.years.size(), 10u);
  const core::YearFigures& first = p.years.front();
  EXPECT_LT(first.p50, Money::Max());
  EXPECT_GT(first.parts.equity, Money{});
  const core::YearFigures& last = p.years.back();
  EXPECT_EQ(last.parts.equity, Money::Max());
  EXPECT_EQ(last.p10, Money::Max());
  EXPECT_EQ(last.p50, Money::Max());
  EXPECT_EQ(last.p90, Money::Max());
  EXPECT_EQ(last.mean, Money::Max());  // the sum of the parts saturates too
  EXPECT_EQ(p.total_p50, Money::Max());
  EXPECT_EQ(p.total_mean, Money::Max());
}

TEST(ExtremeInputsTest, CashAtTheLimitStaysInsideTheRangeOverTenYears) {
  // The largest cash a case can describe: base at the limit, a 200% bonus paying 1000% of target
  // every year, a 100% promotion from day one and 50% raises a year: 10^13 x 2 x 21 x (1.5^10 - 1)
  // / 0.5 = 4.76 x 10^16 units (4.76 x 10^18 cents) over ten years, inside the range
  // (docs/hardening.md), so nothing saturates.
  core::Case c = testing::AlignedCase();
  c.model.paths = 100;
  c.model.horizon_years = 10;
  core::Offer& o = c.offers[0];
  o.equity.reset();
  o.base = Money::FromUnits(core::kMaxAmountUnits);
  o.bonus = core::Bonus{.target_pct = 200, .payout_low_pct = 1000, .payout_high_pct = 1000};
  o.merit_raise_pct = 50;
  o.promotion = core::Promotion{.probability_pct = 100, .after_months = 0, .raise_pct = 100};
  const core::PayProjection p = Project(c);
  ASSERT_EQ(p.years.size(), 10u);
  EXPECT_LT(p.total_p90, Money::Max());
  EXPECT_GT(p.total_p50, Money::FromUnits(47'000'000'000'000'000));
  EXPECT_LT(p.years.back().p90, Money::Max());
}

}  // namespace
}  // namespace walkaway::comp
