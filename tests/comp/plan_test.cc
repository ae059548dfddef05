// The deterministic plan of a job: clawback timing, raises and promotion, benefits, commute,
// equity units per year, currencies and the cost-of-living factor.

#include "comp/job_plan.h"

#include <gtest/gtest.h>

#include <algorithm>

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

// Issue #12, class 11: a 6-month contract's hoped-for extension was in the guaranteed floor and
// in the 3-year outlook. Nothing after a written term is paid, vested or guaranteed.
TEST(PlanTest, AFixedTermContractPaysVestsAndGuaranteesNothingAfterItsTerm) {
  core::Case c = OneOffer();
  core::Equity e;
  e.kind = core::EquityKind::kRsu;
  e.grant = Money::FromUnits(40'000);  // 4 years, 1-year cliff
  c.offers[0].equity = e;
  c.offers[0].work.commute_cost_per_trip = Money::FromUnits(5);
  JobPlan open_ended = Plan(c);
  c.offers[0].term_months = 6;
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].base[0], 45'000);
  EXPECT_DOUBLE_EQ(p.years[0].floor, open_ended.years[0].floor / 2);
  EXPECT_DOUBLE_EQ(p.years[0].commute_cost, open_ended.years[0].commute_cost / 2);
  EXPECT_DOUBLE_EQ(p.years[0].equity_units, 0) << "the cliff falls after the term";
  for (size_t y = 1; y < p.years.size(); ++y) {
    EXPECT_DOUBLE_EQ(p.years[y].base[0], 0) << y;
    EXPECT_DOUBLE_EQ(p.years[y].floor, 0) << y;
    EXPECT_DOUBLE_EQ(p.years[y].equity_units, 0) << y;
  }
  EXPECT_TRUE(std::any_of(p.notes.begin(), p.notes.end(), [](const std::string& n) {
    return n.find("a fixed-term contract of 6 months: nothing after it is counted") != std::string::npos;
  }));
  c.offers[0].term_months = 18;  // a year and a half: the second year is half paid
  const JobPlan longer = Plan(c);
  EXPECT_NEAR(longer.years[1].base[0], open_ended.years[1].base[0] / 2, 1e-6);
  EXPECT_DOUBLE_EQ(longer.years[0].equity_units, 10'000);
  EXPECT_DOUBLE_EQ(longer.years[1].equity_units, 5'000) << "monthly vests after the cliff stop at month 18";
}

core::Claim Said(std::string topic, std::string value, bool written = false) {
  core::Claim claim;
  claim.topic = std::move(topic);
  claim.value = std::move(value);
  claim.source = written ? "offer letter" : "recruiter";
  claim.written = written;
  return claim;
}

bool HasNote(const JobPlan& p, std::string_view part) {
  return std::any_of(p.notes.begin(), p.notes.end(),
                     [&](const std::string& n) { return n.find(part) != std::string::npos; });
}

// Issue #12, class 11: verbal parts of the pay were inside the guaranteed floor.
TEST(PlanTest, ABonusGuaranteedOnlyInWordsIsNotInTheFloor) {
  core::Case c = OneOffer();
  c.offers[0].bonus = core::Bonus{.target_pct = 10, .guaranteed = true};
  EXPECT_DOUBLE_EQ(Plan(c).years[0].floor, 90'000 + 9'000);
  c.offers[0].claims = {Said("bonus", "a guaranteed 10% bonus every year")};
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].floor, 90'000);
  EXPECT_FALSE(p.bonus_guaranteed) << "paid as a discretionary bonus on the paths";
  EXPECT_TRUE(HasNote(p, "the bonus is guaranteed only by what was said"));
  c.offers[0].claims.push_back(Said("bonus", "a guaranteed 10% bonus every year", true));  // the letter repeats it
  EXPECT_DOUBLE_EQ(Plan(c).years[0].floor, 90'000 + 9'000);
}

TEST(PlanTest, ASignOnPromisedOnlyInWordsIsAtRiskNotFloor) {
  core::Case c = OneOffer();
  c.offers[0].sign_on = core::SignOn{Money::FromUnits(10'000), 0, false};
  c.offers[0].claims = {Said("sign_on", "a 10k signing bonus")};
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].sign_on, 10'000) << "still paid on the paths";
  EXPECT_DOUBLE_EQ(p.years[0].floor, 90'000);
  EXPECT_TRUE(HasNote(p, "a payment of 10,000 was promised only in words"));
}

TEST(PlanTest, AWrittenBaseBelowTheCasesIsTheOnlyBaseInTheFloor) {
  core::Case c = OneOffer();
  core::Claim letter = Said("base", "an annual salary of 85,000", true);
  letter.amount = Money::FromUnits(85'000);
  letter.origin = core::ClaimOrigin{};  // read from the offer letter
  c.offers[0].claims = {letter};
  const JobPlan p = Plan(c);
  EXPECT_DOUBLE_EQ(p.years[0].floor, 85'000);
  EXPECT_DOUBLE_EQ(p.years[0].base[0], 90'000) << "the paths keep the base the person expects";
  EXPECT_TRUE(HasNote(p, "the letter states a base of 85,000"));
  c.offers[0].claims[0].source = "job post";  // a posting's range is not the offer
  EXPECT_DOUBLE_EQ(Plan(c).years[0].floor, 90'000);
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
