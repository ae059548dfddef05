#include "walkaway/core/alternatives.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/builders.h"
#include "walkaway/core/facts.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;

constexpr double kTol = 1e-6;
constexpr Date kToday{2026, 11, 21};

// Gamma(k = 2) CDF written out by hand: 1 - exp(-t/theta)(1 + t/theta), theta = mean / 2.
double Gamma2(double t, double mean) {
  const double x = t / (mean / 2);
  return 1 - std::exp(-x) * (1 + x);
}

PipelineItem Item(std::string stage, std::optional<Date> updated = {}) {
  return PipelineItem{"Other", std::move(stage), updated};
}

Case WithDeadlineInDays(int days) {
  Case c = AlignedCase();
  c.as_of = kToday;
  c.offers[0].deadline = kToday.AddDays(days);
  c.candidate.situation.pipeline_given = true;
  return c;
}

TEST(FunnelTest, DefaultsMatchTheDocumentedFigures) {
  const Funnel f = DefaultFunnel();
  EXPECT_DOUBLE_EQ(f[0].advance, 0.04);  // applied: Ashby 2025/26, 3.6-4.7%
  double from_interviews = 1, days = 0;
  for (size_t i = 2; i < f.size(); ++i) from_interviews *= f[i].advance;
  for (const StageParams& s : f) days += s.days;
  EXPECT_NEAR(from_interviews, 0.288, kTol);  // Jobvite 2018: 28% of interviewed get an offer
  EXPECT_DOUBLE_EQ(days, 24);                 // Glassdoor: 23.8 days
}

TEST(FunnelTest, UnknownOrEmptyStageCountsAsApplied) {
  EXPECT_EQ(StageIndex(""), 0u);
  EXPECT_EQ(StageIndex("onsite"), 3u);
  EXPECT_EQ(StageIndex("offer"), kFunnelStages.size());
}

TEST(FunnelTest, CaseOverridesReplaceDefaults) {
  Case c = AlignedCase();
  c.model.funnel["final"] = FunnelStage{50.0, 10.0};
  const Funnel f = FunnelFor(c);
  EXPECT_DOUBLE_EQ(f[4].advance, 0.5);
  EXPECT_DOUBLE_EQ(f[4].days, 10);
  EXPECT_EQ(f[4].source, RateSource::kCase);
  EXPECT_EQ(f[3].source, RateSource::kDefault);
}

TEST(FunnelTest, HistoryBlendsWithTwoPseudoProcessesOfTheDefault) {
  Case c = AlignedCase();
  c.candidate.situation.history["onsite"] = StageHistory{3, 1};
  const Funnel f = FunnelFor(c);
  // (3 + 2 * 0.6) / (4 + 2) = 0.7
  EXPECT_NEAR(f[3].advance, 0.7, kTol);
  EXPECT_EQ(f[3].source, RateSource::kHistory);
  EXPECT_EQ(f[3].history_processes, 4);
}

TEST(FunnelTest, ManyPastProcessesAlmostReplaceTheDefault) {
  Case c = AlignedCase();
  c.candidate.situation.history["applied"] = StageHistory{10, 190};
  // (10 + 2 * 0.04) / 202 = 0.0499
  EXPECT_NEAR(FunnelFor(c)[0].advance, 10.08 / 202, kTol);
}

TEST(FunnelTest, HistoryWithNoProcessesKeepsTheRate) {
  Case c = AlignedCase();
  c.candidate.situation.history["screen"] = StageHistory{0, 0};
  EXPECT_EQ(FunnelFor(c)[1].source, RateSource::kDefault);
}

TEST(OddsTest, GammaCdfMatchesTheClosedForm) {
  EXPECT_NEAR(TimeToOfferCdf(7, 7), 1 - std::exp(-2.0) * 3, kTol);  // 0.593994
  EXPECT_NEAR(TimeToOfferCdf(7, 7), 0.593994, 1e-6);
  EXPECT_EQ(TimeToOfferCdf(0, 7), 0);
  EXPECT_EQ(TimeToOfferCdf(-3, 7), 0);
  EXPECT_EQ(TimeToOfferCdf(3, 0), 1);
}

TEST(OddsTest, OneProcessAtOnsite) {
  const ProcessOdds p = OddsFor(Item("onsite"), DefaultFunnel(), kToday);
  EXPECT_NEAR(p.p_offer, 0.6 * 0.8, kTol);
  EXPECT_DOUBLE_EQ(p.mean_days, 7);
  // 0.48 * (1 - e^-2 * 3) = 0.285117
  EXPECT_NEAR(OfferWithin(p, 7), 0.285117, 1e-6);
  EXPECT_NEAR(AnyOfferWithin({p}, 7), 0.285117, 1e-6);
}

TEST(OddsTest, TwoProcessesCombineAsIndependent) {
  const Funnel f = DefaultFunnel();
  const std::vector<ProcessOdds> ps = {OddsFor(Item("onsite"), f, kToday), OddsFor(Item("screen"), f, kToday)};
  const double q1 = 0.48 * Gamma2(7, 7);
  const double q2 = 0.4 * 0.6 * 0.6 * 0.8 * Gamma2(7, 20);
  EXPECT_NEAR(AnyOfferWithin(ps, 7), 1 - (1 - q1) * (1 - q2), kTol);
  EXPECT_NEAR(AnyOfferWithin(ps, 7), 0.297948, 1e-6);
}

TEST(OddsTest, ZeroPipelineHasNoOdds) {
  EXPECT_EQ(AnyOfferWithin({}, 30), 0);
}

TEST(OddsTest, OfferInHandIsCertain) {
  const ProcessOdds p = OddsFor(Item("offer"), DefaultFunnel(), kToday);
  EXPECT_TRUE(p.offer_in_hand);
  EXPECT_EQ(AnyOfferWithin({p, OddsFor(Item("applied"), DefaultFunnel(), kToday)}, 1), 1);
}

TEST(OddsTest, TimeAlreadyWaitedConditionsOnNoOfferYet) {
  const ProcessOdds p = OddsFor(Item("onsite", kToday.AddDays(-7)), DefaultFunnel(), kToday);
  EXPECT_EQ(p.waited_days, 7);
  // 0.48 (F(14) - F(7)) / (1 - 0.48 F(7))
  const double expected = 0.48 * (Gamma2(14, 7) - Gamma2(7, 7)) / (1 - 0.48 * Gamma2(7, 7));
  EXPECT_NEAR(OfferWithin(p, 7), expected, kTol);
  EXPECT_NEAR(OfferWithin(p, 7), 0.211119, 1e-6);
  // Long silence leaves little: the process has probably ended.
  const ProcessOdds silent = OddsFor(Item("onsite", kToday.AddDays(-60)), DefaultFunnel(), kToday);
  EXPECT_LT(OfferWithin(silent, 3650), 0.001);
}

TEST(OddsTest, UpdateInTheFutureCountsAsNoWait) {
  const ProcessOdds p = OddsFor(Item("onsite", kToday.AddDays(5)), DefaultFunnel(), kToday);
  EXPECT_EQ(p.waited_days, 0);
}

TEST(OddsTest, HistoryOverridesDefaultsInTheOdds) {
  Case c = AlignedCase();
  c.candidate.situation.history["onsite"] = StageHistory{3, 1};
  const ProcessOdds p = OddsFor(Item("onsite"), FunnelFor(c), kToday);
  EXPECT_NEAR(p.p_offer, 0.7 * 0.8, kTol);
  EXPECT_NEAR(OfferWithin(p, 7), 0.56 * Gamma2(7, 7), kTol);
}

TEST(OddsTest, EventuallyIsTheProductOfConversions) {
  const ProcessOdds p = OddsFor(Item("screen"), DefaultFunnel(), kToday);
  EXPECT_NEAR(OfferWithin(p, 3650), 0.1152, 1e-6);
}

TEST(AssessTest, DeadlineExtensionAndRunway) {
  Case c = WithDeadlineInDays(14);
  c.candidate.situation.pipeline = {Item("onsite")};
  c.candidate.situation.runway_months = 6;
  const AlternativesFacts f = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, kToday);
  EXPECT_TRUE(f.pipeline_known);
  EXPECT_EQ(f.days_to_decide, 14);
  EXPECT_NEAR(f.p_by_deadline, 0.48 * Gamma2(14, 7), kTol);
  EXPECT_TRUE(f.can_ask_extension);
  EXPECT_NEAR(f.p_with_extension, 0.48 * Gamma2(21, 7), kTol);
  ASSERT_TRUE(f.runway_days);
  EXPECT_EQ(*f.runway_days, 182);  // 6 * 30.4375, rounded down
  EXPECT_NEAR(*f.p_within_runway, 0.48 * Gamma2(182, 7), kTol);
}

TEST(AssessTest, RunwayShorterThanDeadlineGivesLowerOdds) {
  Case c = WithDeadlineInDays(13);
  c.candidate.situation.pipeline = {Item("onsite")};
  c.candidate.situation.runway_months = 0.1;  // 3 days
  const AlternativesFacts f = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, kToday);
  EXPECT_EQ(*f.runway_days, 3);
  EXPECT_NEAR(*f.p_within_runway, 0.48 * Gamma2(3, 7), kTol);
  EXPECT_LT(*f.p_within_runway, f.p_by_deadline);
}

TEST(AssessTest, GrantedExtensionIsTheDecisionDate) {
  Case c = WithDeadlineInDays(3);
  c.offers[0].extension = ExtensionStatus::kGranted;
  c.offers[0].extended_to = kToday.AddDays(10);
  // The decision date is the offer's due date as its facts derive it.
  const OfferFacts facts = DeriveFacts(c, c.offers[0], ComputeMetrics(c.candidate, c.offers[0]), kToday);
  const AlternativesFacts f = AssessAlternatives(c, c.offers[0], facts.due, kToday);
  EXPECT_EQ(f.days_to_decide, 10);
  EXPECT_FALSE(f.can_ask_extension);
}

TEST(AssessTest, NoDeadlineUsesFourWeeks) {
  Case c = WithDeadlineInDays(3);
  c.offers[0].deadline.reset();
  const AlternativesFacts f = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, kToday);
  EXPECT_FALSE(f.deadline_known);
  EXPECT_EQ(f.days_to_decide, kDefaultWindowDays);
  EXPECT_FALSE(f.can_ask_extension);
}

TEST(AssessTest, PastDeadlineLeavesNoDays) {
  Case c = WithDeadlineInDays(-2);
  c.candidate.situation.pipeline = {Item("final")};
  const AlternativesFacts f = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, kToday);
  EXPECT_EQ(f.days_to_decide, 0);
  EXPECT_EQ(f.p_by_deadline, 0);
}

TEST(FormatOddsTest, NeverShowsAFalseZeroOrHundred) {
  EXPECT_EQ(FormatOdds(0.454), "45%");
  EXPECT_EQ(FormatOdds(0.004), "under 1%");
  EXPECT_EQ(FormatOdds(0), "0%");
  EXPECT_EQ(FormatOdds(0.996), "over 99%");
  EXPECT_EQ(FormatOdds(1), "100%");
}

}  // namespace
}  // namespace walkaway::core
