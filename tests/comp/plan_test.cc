// The deterministic plan of a job: clawback timing, raises and promotion, benefits, commute,
// equity units per year, currencies and the cost-of-living factor.

#include "comp/job_plan.h"

#include <gtest/gtest.h>

#include "support/builders.h"

namespace walkaway::comp {
namespace {

using core::Money;

core::Case OneOffer() {
  core::Case c = testing::AlignedCase();
  c.offers[0].equity.reset();
  c.offers[0].bonus.reset();
  return c;
}

JobPlan Plan(const core::Case& c) {
  core::Result<JobPlan> p = PlanOffer(c, 0, core::Date{2026, 12, 1}, ResolveDefaults(c.model));
  EXPECT_TRUE(p.has_value()) << (p ? "" : p.error().ToString());
  return p ? *p : JobPlan{};
}

TEST(PlanTest, SignOnWithTwelveMonthClawbackIsInTheFirstYearsFloor) {
  core::Case c = OneOffer();
  c.offers[0].sign_on = core::SignOn{Money::FromUnits(10'000), 12, false};
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].sign_on, 10'000);
  EXPECT_DOUBLE_EQ(p.years[0].floor, 90'000 + 10'000);
  EXPECT_DOUBLE_EQ(p.years[1].sign_on, 0);
}

TEST(PlanTest, SignOnStillRepayableAtYearEndIsAtRiskNotFloor) {
  core::Case c = OneOffer();
  c.offers[0].sign_on = core::SignOn{Money::FromUnits(10'000), 24, false};
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].sign_on, 10'000);
  EXPECT_DOUBLE_EQ(p.years[0].floor, 90'000);
}

TEST(PlanTest, ProratedClawbackReleasesItsShareOfTheFirstYear) {
  core::Case c = OneOffer();
  c.offers[0].relocation = core::SignOn{Money::FromUnits(12'000), 24, true};
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].floor, 90'000 + 6'000);
  EXPECT_DOUBLE_EQ(p.years[0].one_off, 12'000);
}

TEST(PlanTest, MeritRaiseOnEachAnniversaryAndPromotionFromItsMonth) {
  core::Case c = OneOffer();
  c.offers[0].merit_raise_pct = 10;
  c.offers[0].promotion = core::Promotion{50, 6, 20};
  const JobPlan p = Plan(c);
  EXPECT_NEAR(p.years[0].base[0], 90'000, 1e-6);
  EXPECT_NEAR(p.years[1].base[0], 99'000, 1e-6);
  EXPECT_NEAR(p.years[0].base[1], 90'000 * (0.5 + 0.5 * 1.2), 1e-6);
  EXPECT_DOUBLE_EQ(p.promotion_probability, 0.5);
  EXPECT_DOUBLE_EQ(p.years[1].floor, 90'000);  // raises are not written money
}

TEST(PlanTest, RetirementMatchIsCappedByItsLimit) {
  core::Case c = OneOffer();
  c.offers[0].benefit_terms.retirement_match_pct = 6;
  c.offers[0].benefit_terms.retirement_match_limit = Money::FromUnits(5'000);
  c.offers[0].benefit_terms.health_premium_diff = 1'200;
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].benefits[0], 5'000 - 1'200);
  EXPECT_DOUBLE_EQ(p.years[0].floor, 90'000 + 5'000 - 1'200);
}

TEST(PlanTest, CommuteCostCountsTwoTripsPerOfficeDay) {
  core::Case c = OneOffer();
  c.offers[0].work.commute_cost_per_trip = Money::FromUnits(5);
  c.offers[0].pto_days = 25;
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].commute_cost, 2 * 2 * (52 - 5) * 5.0);  // 2 office days, 47 weeks
}

TEST(PlanTest, RefreshersCountOnlyWhenWritten) {
  core::Case c = OneOffer();
  core::Equity e;
  e.kind = core::EquityKind::kRsu;
  e.grant = Money::FromUnits(40'000);
  e.refresher = Money::FromUnits(10'000);
  c.offers[0].equity = e;
  JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[1].equity_units, 10'000);
  c.offers[0].equity->refreshers_written = true;
  p = Plan(c);
  // Year two: the grant's 10k plus the first refresher's cliff (2.5k on its anniversary, month 24).
  EXPECT_DOUBLE_EQ(p.years[1].equity_units, 12'500);
}

TEST(PlanTest, OptionsCountSharesAndExerciseCost) {
  core::Case c = OneOffer();
  core::Equity e;
  e.kind = core::EquityKind::kOptions;
  e.shares = 4'800;
  e.strike = 2;
  e.fmv = 5;
  e.exercise_window_days = 90;
  c.offers[0].equity = e;
  const JobPlan p = Plan(c);
  EXPECT_EQ(p.equity, EquityModel::kFixed);
  EXPECT_DOUBLE_EQ(p.years[0].equity_units, 1'200);
  EXPECT_DOUBLE_EQ(p.years[0].exercise_cost, 2'400);
  EXPECT_DOUBLE_EQ(p.price0, 5);
}

TEST(PlanTest, ForeignCurrencyWithoutRateIsAnError) {
  core::Case c = OneOffer();
  c.offers[0].currency = "USD";
  core::Result<JobPlan> p = PlanOffer(c, 0, core::Date{2026, 12, 1}, ResolveDefaults(c.model));
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().field_path, "offers[0].exchange_rate");
  c.offers[0].exchange_rate = 0.5;
  const JobPlan q = Plan(c);
  EXPECT_DOUBLE_EQ(q.years[0].floor, 45'000);
}

TEST(PlanTest, CostOfLivingFactorFromTheShippedIndex) {
  core::Case c = OneOffer();
  c.candidate.col_area = "boston";
  c.offers[0].col_area = "san_francisco";
  EXPECT_NEAR(Plan(c).col_factor, 110.39 / 117.55, 1e-12);
  c.offers[0].col_area = "atlantis";
  core::Result<JobPlan> p = PlanOffer(c, 0, core::Date{2026, 12, 1}, ResolveDefaults(c.model));
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(p.error().field_path, "offers[0].col_area");
}

}  // namespace
}  // namespace walkaway::comp
