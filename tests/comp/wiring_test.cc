// The pay model wired into the verdict: SIGN-PAY reads the projected floor and median and the
// typical negotiation gain, BIAS-TITLE the projected hourly pay, through Evaluate's EvaluationInputs.

#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/comp/projection.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::comp {
namespace {

using core::Money;
using testing::HasCode;
using testing::RunRule;

const core::Date kToday{2026, 11, 21};

const core::OfferEvaluation& Only(const core::Evaluation& e) { return e.offers.front(); }

core::EvaluationInputs Inputs(const core::Case& c) {
  core::EvaluationInputs pay;
  pay.offers = ProjectOffers(c, kToday);
  Projector p(c);
  if (auto current = p.Current(kToday)) pay.current = *current;
  return pay;
}

TEST(WiringTest, SmallSalaryGapWithinTheTypicalGainIsNegotiable) {
  // 4,500 short of a 40,000 floor is 11%: over the 10% band, but within the typical 5,000 gain.
  core::Case c = testing::AlignedCase();
  c.candidate.non_negotiables.base_min = Money::FromUnits(40'000);
  c.offers[0].base = Money::FromUnits(35'500);
  c.candidate.situation.current.base.reset();
  const auto without = RunRule(core::RunSignPay, c);
  EXPECT_TRUE(HasCode(without, "pay.below_floor_close_call"));
  const core::Evaluation e = core::Evaluate(c, kToday, {}, Inputs(c));
  bool negotiable = false;
  for (const core::Finding& f : Only(e).findings) negotiable = negotiable || walkaway::core::ToString(f.code) == "pay.below_floor_negotiable";
  EXPECT_TRUE(negotiable);
}

TEST(WiringTest, FloorAtRiskUsesTheProjectedFloor) {
  // A 40k sign-on repayable for two years lifts the median over total_min but not the floor.
  core::Case c = testing::AlignedCase();
  c.offers[0].equity.reset();
  c.offers[0].bonus.reset();
  c.offers[0].sign_on = core::SignOn{Money::FromUnits(40'000), 24, false};
  c.candidate.non_negotiables.total_min = Money::FromUnits(120'000);
  const core::Evaluation e = core::Evaluate(c, kToday, {}, Inputs(c));
  const core::OfferMetrics& m = Only(e).metrics;
  ASSERT_TRUE(m.year1_floor && m.year1_p50);
  EXPECT_EQ(*m.year1_floor, Money::FromUnits(90'000));
  EXPECT_EQ(*m.year1_p50, Money::FromUnits(130'000));
  bool at_risk = false;
  for (const core::Finding& f : Only(e).findings) {
    if (walkaway::core::ToString(f.code) == "pay.floor_at_risk") {
      at_risk = true;
      EXPECT_NE(f.message.find("90,000 EUR"), std::string::npos) << f.message;
      EXPECT_NE(f.advice.find("30,000 EUR"), std::string::npos) << f.advice;  // 120k floor - 90k sure
    }
  }
  EXPECT_TRUE(at_risk);
}

TEST(WiringTest, HourlyPayComesFromBothProjectionsWhenGiven) {
  core::Case c = testing::AlignedCase();
  const core::EvaluationInputs pay = Inputs(c);
  ASSERT_TRUE(pay.current);
  const core::Evaluation e = core::Evaluate(c, kToday, {}, pay);
  const core::OfferMetrics& m = Only(e).metrics;
  EXPECT_DOUBLE_EQ(*m.hourly_pay, *pay.offers[0].years[0].hourly_p50);
  EXPECT_DOUBLE_EQ(*m.current_hourly_pay, *pay.current->years[0].hourly_p50);
}

TEST(WiringTest, WithoutProjectionsTheSimpleFiguresStay) {
  const core::Case c = testing::AlignedCase();
  EXPECT_EQ(core::Evaluate(c, kToday).offers.front().metrics.year1_p50, std::nullopt);
}

}  // namespace
}  // namespace walkaway::comp
