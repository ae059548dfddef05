#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

// SIGN-PAY run on its own, with no gates: the floor findings then carry their full weight.
std::vector<Finding> RunWithoutGates(const Case& c) {
  const Offer& o = c.offers[0];
  const OfferMetrics m = ComputeMetrics(c.candidate, o);
  const OfferFacts facts = DeriveFacts(c, o, m, c.as_of.value());
  const RuleContext ctx{c, o, 0, m, facts, c.as_of.value(), {}, {}};
  return RunSignPay(ctx);
}

Case WithBase(int64_t units) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(units);
  c.candidate.situation.current.base = Money::FromUnits(60'000);  // keep the current job out of it
  return c;
}

TEST(SignPayTest, AlignedCaseHasNoNegativeFindingAndIsClearlyAbove) {
  const auto findings = RunRule(RunSignPay, AlignedCase());  // 99k vs 83k today
  for (const Finding& f : findings) EXPECT_EQ(f.severity, Severity::kPositive) << f.code;
  EXPECT_EQ(FindingWithCode(findings, "pay.clearly_above").channel, Channel::kTerms);
}

// Issue #12, class 11: "pays more" is a rate; a short fixed term says for how long, so the good
// finding does not contradict the outlook's "pay is lower over 3 years".
TEST(SignPayTest, ClearlyAboveSaysForHowLongWhenTheTermIsShorterThanAYear) {
  Case c = AlignedCase();
  c.offers[0].term_months = 6;
  EXPECT_EQ(FindingWithCode(RunRule(RunSignPay, c), "pay.clearly_above").message,
            "The offer pays at least 10% more than your current job and meets your pay floor, for the 6 months "
            "of its fixed term.");
  c.offers[0].term_months = 24;
  EXPECT_EQ(FindingWithCode(RunRule(RunSignPay, c), "pay.clearly_above").message.find("fixed term"), std::string::npos);
}

TEST(SignPayTest, GapWithinTenPercentIsNegotiable) {
  const Finding f = FindingWithCode(RunWithoutGates(WithBase(80'000)), "pay.below_floor_negotiable");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kTerms);
  EXPECT_EQ(f.message,
            "Base of 80,000 EUR is 5.9% (5,000 EUR) below your floor of 85,000 EUR; a gap this size is "
            "often closed by asking.");
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kPay);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a base salary of at least 85,000 EUR");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].base");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "candidate.non_negotiables.base_min");
}

TEST(SignPayTest, GapBetweenTenAndFifteenPercentIsACloseCall) {
  const Finding f = FindingWithCode(RunWithoutGates(WithBase(74'000)), "pay.below_floor_close_call");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_NE(f.message.find("close call"), std::string::npos);
  EXPECT_NE(f.message.find("rarely closes more than about 10%"), std::string::npos);
  EXPECT_TRUE(f.ask);
}

TEST(SignPayTest, GapBeyondFifteenPercentIsABlocker) {
  const Finding f = FindingWithCode(RunWithoutGates(WithBase(70'000)), "pay.below_floor_walk");
  EXPECT_EQ(f.severity, Severity::kBlocker);
  EXPECT_NE(f.message.find("unlikely to close a gap of 17.6%"), std::string::npos);
  EXPECT_FALSE(f.ask);
}

TEST(SignPayTest, RefusedNegotiationBelowTheFloorIsABlocker) {
  Case c = WithBase(83'000);
  c.offers[0].negotiation.status = NegotiationStatus::kRefused;
  const Finding f = FindingWithCode(RunWithoutGates(c), "pay.below_floor_refused");
  EXPECT_EQ(f.severity, Severity::kBlocker);
  EXPECT_NE(f.message.find("already refused"), std::string::npos);
}

TEST(SignPayTest, BaseFloorGateCarriesTheWeightSoThePayViewIsMinor) {
  const auto findings = RunRule(RunSignPay, WithBase(70'000));  // the base_min gate exists
  const Finding f = FindingWithCode(findings, "pay.below_floor_walk");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.ask);
  EXPECT_NE(f.message.find("17.6%"), std::string::npos);
}

TEST(SignPayTest, TotalBelowFloorWithoutGateHasFullWeight) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.base_min.reset();
  c.candidate.non_negotiables.total_min = Money::FromUnits(115'000);  // offer: 109k
  const Finding f = FindingWithCode(RunWithoutGates(c), "pay.total_below_floor_negotiable");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a first-year total of at least 115,000 EUR");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0]");
}

TEST(SignPayTest, FloorMetOnlyWithAtRiskPayIsMinorAndSizesTheUncoveredPart) {
  // The total_min gate passes: a passing gate raises no major on the same floor, and no ask for
  // the whole floor in guaranteed pay (issue #12, class 3). The uncovered part is named.
  Case c = AlignedCase();
  c.candidate.non_negotiables.total_min = Money::FromUnits(95'000);  // 109k total, 90k guaranteed
  const Finding f = FindingWithCode(RunRule(RunSignPay, c), "pay.floor_at_risk");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.ask);
  EXPECT_NE(f.message.find("90,000 EUR"), std::string::npos);
  EXPECT_NE(f.message.find("5,000 EUR of it"), std::string::npos) << f.message;
}

TEST(SignPayTest, ASmallCutAgainstTheCurrentJobIsMinor) {
  // 0.2% less than today is worth knowing, not a flag (rubric.pay_cut_major_pct, default 5).
  Case c = AlignedCase();
  c.candidate.situation.current.base = Money::FromUnits(94'200);  // 99.2k with bonus vs 99k offered
  const Finding f = FindingWithCode(RunRule(RunSignPay, c), "pay.cut_vs_current");
  EXPECT_EQ(f.severity, Severity::kMinor);
  c.rubric.pay_cut_major_pct = 0;
  EXPECT_EQ(FindingWithCode(RunRule(RunSignPay, c), "pay.cut_vs_current").severity, Severity::kMajor);
}

TEST(SignPayTest, GuaranteedBonusMeetsTheFloorWithoutRisk) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.total_min = Money::FromUnits(95'000);
  c.offers[0].bonus->guaranteed = true;  // 99k guaranteed
  EXPECT_FALSE(HasCode(RunRule(RunSignPay, c), "pay.floor_at_risk"));
}

TEST(SignPayTest, PayCutFromTheCurrentJobIsMajorWhenEmployed) {
  Case c = AlignedCase();
  c.candidate.situation.current.base = Money::FromUnits(100'000);  // 105k with bonus vs 99k offered
  const Finding f = FindingWithCode(RunRule(RunSignPay, c), "pay.cut_vs_current");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "base and expected bonus of at least 105,000 EUR, matching your current pay");
  EXPECT_NE(f.message.find("99,000 EUR"), std::string::npos);
  EXPECT_FALSE(HasCode(RunRule(RunSignPay, c), "pay.clearly_above"));
}

TEST(SignPayTest, PayCutIsMinorWhenNotEmployed) {
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.current.base = Money::FromUnits(100'000);
  const Finding f = FindingWithCode(RunRule(RunSignPay, c), "pay.cut_vs_current");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.ask);
}

TEST(SignPayTest, UnknownCurrentPayWhileEmployedIsAsked) {
  Case c = AlignedCase();
  c.candidate.situation.current.base.reset();
  const Finding f = FindingWithCode(RunRule(RunSignPay, c), "pay.current_unknown");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.question.empty());
}

TEST(SignPayTest, NoCurrentPayWhileUnemployedIsNormal) {
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.current = CurrentJob{};
  c.offers[0].base = Money::FromUnits(95'000);  // 11.8% over the floor
  const auto findings = RunRule(RunSignPay, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "pay.clearly_above");
  EXPECT_EQ(findings[0].message, "The offer clears your pay floor by at least 10%.");
}

TEST(SignPayTest, ForeignCurrencyWithoutRateAsksForOne) {
  Case c = AlignedCase();
  c.offers[0].currency = "USD";
  const auto findings = RunRule(RunSignPay, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "pay.no_exchange_rate");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_EQ(findings[0].question, "What exchange rate should be used?");
}

TEST(SignPayTest, ForeignCurrencyWithRateIsConverted) {
  Case c = AlignedCase();
  c.offers[0].currency = "USD";
  c.offers[0].exchange_rate = 0.8;
  c.offers[0].base = Money::FromUnits(100'000);  // 80k EUR: 5.9% under 85k
  const Finding f = FindingWithCode(RunWithoutGates(c), "pay.below_floor_negotiable");
  EXPECT_NE(f.message.find("80,000 EUR"), std::string::npos);
}

TEST(SignPayTest, MissingBaseIsMajorWithAQuestion) {
  Case c = AlignedCase();
  c.offers[0].base.reset();
  const auto findings = RunRule(RunSignPay, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "pay.no_base");
  EXPECT_EQ(findings[0].severity, Severity::kMajor);
  EXPECT_EQ(findings[0].question, "What is the base salary?");
}

TEST(SignPayTest, SmallMarginOverCurrentPayIsNotClearlyAbove) {
  Case c = AlignedCase();
  c.candidate.situation.current.base = Money::FromUnits(90'000);  // 95k today vs 99k offered
  const auto findings = RunRule(RunSignPay, c);
  EXPECT_TRUE(findings.empty());
}

}  // namespace
}  // namespace walkaway::core
