#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/extract.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

std::vector<GateResult> Gates(const Case& c) {
  const Offer o = AugmentOffer(c, 0);
  const OfferMetrics m = ComputeMetrics(c.candidate, o);
  return EvaluateGates(c, o, 0, m, DeriveFacts(c, o, m, c.as_of.value()));
}

// The gate with this name; fails the test when absent.
GateResult Gate(const Case& c, std::string_view name) {
  for (const GateResult& g : Gates(c)) {
    if (g.name == name) return g;
  }
  ADD_FAILURE() << "no gate " << name;
  return GateResult{};
}

Claim Verbal(std::string topic, std::string value) {
  Claim claim;
  claim.topic = std::move(topic);
  claim.value = std::move(value);
  claim.source = "hiring manager";
  claim.stage = "onsite";
  return claim;
}

TEST(EvalNonnegTest, AlignedOfferPassesEveryGate) {
  const Case c = AlignedCase();
  for (const GateResult& g : Gates(c)) EXPECT_EQ(g.status, GateStatus::kPass) << g.name << ": " << g.detail;
  const auto findings = RunRule(RunEvalNonneg, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "nonneg.all_pass");
  EXPECT_EQ(findings[0].severity, Severity::kPositive);
}

TEST(EvalNonnegTest, BaseGapWithinTenPercentIsNegotiable) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(80'000);  // 5.9% under 85k
  const GateResult g = Gate(c, "base_min");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  EXPECT_FALSE(g.close_call);
  EXPECT_EQ(walkaway::core::FieldPath(g.field), "offers[0].base");
  const Finding f = FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail_negotiable");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kPay);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a base salary of at least 85,000 EUR");
}

TEST(EvalNonnegTest, BaseGapBetweenTenAndFifteenPercentIsACloseCall) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(74'000);  // 12.9% under
  const GateResult g = Gate(c, "base_min");
  EXPECT_TRUE(g.negotiable);
  EXPECT_TRUE(g.close_call);
  const Finding f = FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail_close_call");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_NE(f.message.find("close call"), std::string::npos);
  EXPECT_TRUE(f.ask);
}

TEST(EvalNonnegTest, BaseGapBeyondFifteenPercentIsABlocker) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(70'000);  // 17.6% under
  EXPECT_FALSE(Gate(c, "base_min").negotiable);
  const Finding f = FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail");
  EXPECT_EQ(f.severity, Severity::kBlocker);
  EXPECT_FALSE(f.ask);
  EXPECT_NE(f.message.find("17.6%"), std::string::npos);
}

TEST(EvalNonnegTest, RefusedNegotiationMakesEvenASmallGapFinal) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(82'000);
  c.offers[0].negotiation.status = NegotiationStatus::kRefused;
  const GateResult g = Gate(c, "base_min");
  EXPECT_FALSE(g.negotiable);
  EXPECT_NE(g.detail.find("refused"), std::string::npos);
  EXPECT_EQ(FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail").severity, Severity::kBlocker);
}

TEST(EvalNonnegTest, MissingBaseIsUnknownNeverAPass) {
  Case c = AlignedCase();
  c.offers[0].base.reset();
  EXPECT_EQ(Gate(c, "base_min").status, GateStatus::kUnknown);
  const Finding f = FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.unknown");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.question, "What is the base salary, in writing?");
}

TEST(EvalNonnegTest, ForeignCurrencyWithoutRateIsUnknown) {
  Case c = AlignedCase();
  c.offers[0].currency = "USD";
  const GateResult g = Gate(c, "base_min");
  EXPECT_EQ(g.status, GateStatus::kUnknown);
  EXPECT_NE(g.detail.find("exchange_rate"), std::string::npos);
}

TEST(EvalNonnegTest, TotalFloorComparesFirstYearTotal) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.total_min = Money::FromUnits(120'000);  // offer: 90 + 9 + 10 = 109k
  const GateResult g = Gate(c, "total_min");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  EXPECT_EQ(walkaway::core::FieldPath(g.field), "offers[0]");
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::testing::AskText(*g.ask), "a first-year total of at least 120,000 EUR");
}

TEST(EvalNonnegTest, OnsiteFailsAHybridMinimumWithoutRemedy) {
  Case c = AlignedCase();
  c.offers[0].work.mode = WorkMode::kOnsite;
  c.offers[0].work.office_days.reset();
  const GateResult g = Gate(c, "work_mode");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_FALSE(g.negotiable);
  EXPECT_EQ(FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail").severity, Severity::kBlocker);
}

TEST(EvalNonnegTest, VerbalClaimTurnsFailedWorkModeIntoAWritingAsk) {
  Case c = AlignedCase();
  c.offers[0].work.mode = WorkMode::kOnsite;
  c.offers[0].claims.push_back(Verbal("work_mode", "fully remote"));
  const GateResult g = Gate(c, "work_mode");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::core::KindOf(*g.ask), AskKind::kWriting);
  EXPECT_EQ(walkaway::testing::AskText(*g.ask), "'fully remote' (hiring manager) written into the offer letter");
  EXPECT_NE(g.detail.find("hiring manager said \"fully remote\""), std::string::npos);
}

TEST(EvalNonnegTest, VerbalClaimCannotRescueWhenNoTimeIsLeft) {
  Case c = AlignedCase();
  c.offers[0].work.mode = WorkMode::kOnsite;
  c.offers[0].deadline = c.as_of;  // due today: no time to get it written
  c.offers[0].claims.push_back(Verbal("work_mode", "fully remote"));
  const GateResult g = Gate(c, "work_mode");
  EXPECT_FALSE(g.negotiable);
  EXPECT_FALSE(g.ask);
  EXPECT_NE(g.detail.find("no time"), std::string::npos);
}

TEST(EvalNonnegTest, MissingWorkModeIsUnknown) {
  Case c = AlignedCase();
  c.offers[0].work.mode.reset();
  EXPECT_EQ(Gate(c, "work_mode").status, GateStatus::kUnknown);
  EXPECT_FALSE(FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.unknown").question.empty());
}

TEST(EvalNonnegTest, OneOfficeDayOverIsNegotiable) {
  Case c = AlignedCase();
  c.offers[0].work.office_days = 3;
  const GateResult g = Gate(c, "max_office_days");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::core::KindOf(*g.ask), AskKind::kOfficeDays);
}

TEST(EvalNonnegTest, TwoOfficeDaysOverIsNotNegotiable) {
  Case c = AlignedCase();
  c.offers[0].work.office_days = 4;
  EXPECT_FALSE(Gate(c, "max_office_days").negotiable);
}

TEST(EvalNonnegTest, VerbalOfficeDaysClaimRescuesTheOfficeDaysGate) {
  Case c = AlignedCase();
  c.offers[0].work.office_days = 4;
  c.offers[0].claims.push_back(Verbal("office_days", "two days in the office"));
  const GateResult g = Gate(c, "max_office_days");
  EXPECT_TRUE(g.negotiable);
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::core::KindOf(*g.ask), AskKind::kWriting);
}

TEST(EvalNonnegTest, SecondRescuingClaimDoesNotReplaceTheFirst) {
  Case c = AlignedCase();
  c.offers[0].work.office_days = 4;
  c.offers[0].claims.push_back(Verbal("office_days", "two days in the office"));
  c.offers[0].claims.push_back(Verbal("work_mode", "fully remote"));
  const GateResult g = Gate(c, "max_office_days");
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::testing::AskText(*g.ask), "'two days in the office' (hiring manager) written into the offer letter");
  EXPECT_EQ(g.detail.find("fully remote"), std::string::npos);
}

TEST(EvalNonnegTest, OfficeDaysUnknownForHybridWithoutDays) {
  Case c = AlignedCase();
  c.offers[0].work.office_days.reset();
  EXPECT_EQ(Gate(c, "max_office_days").status, GateStatus::kUnknown);
}

TEST(EvalNonnegTest, RemoteOfferHasNoOfficeDaysAndPassesLocation) {
  Case c = AlignedCase();
  c.offers[0].work.mode = WorkMode::kRemote;
  c.offers[0].work.office_days.reset();
  c.offers[0].location = "Lisbon";
  EXPECT_EQ(Gate(c, "max_office_days").status, GateStatus::kPass);
  EXPECT_EQ(Gate(c, "locations").status, GateStatus::kPass);
}

TEST(EvalNonnegTest, OfficeElsewhereFailsLocation) {
  Case c = AlignedCase();
  c.offers[0].location = "Munich";
  EXPECT_EQ(Gate(c, "locations").status, GateStatus::kFail);
  EXPECT_EQ(FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail").severity, Severity::kBlocker);
}

TEST(EvalNonnegTest, LocationMatchesInsideALongerPlaceName) {
  Case c = AlignedCase();
  c.offers[0].location = "Berlin, Germany";
  EXPECT_EQ(Gate(c, "locations").status, GateStatus::kPass);
}

TEST(EvalNonnegTest, APlaceNotYetFixedCannotBeCheckedYet) {
  Case c = AlignedCase();
  c.offers[0].location = "Berlin or Munich";
  const GateResult g = Gate(c, "locations");
  EXPECT_EQ(g.status, GateStatus::kUnknown);
  EXPECT_NE(g.detail.find("does not fix where"), std::string::npos) << g.detail;
}

// Issue #12, class 4: a spoken promise of remote work answers the place line as it answers the
// work-mode line: a NEGOTIATE ask to get it written, not a WALK AWAY.
TEST(EvalNonnegTest, ASpokenRemotePromiseTurnsAFailedPlaceIntoAWritingAsk) {
  Case c = AlignedCase();
  c.offers[0].location = "Munich";
  c.offers[0].claims.push_back(Verbal("work_mode", "fully remote"));
  const GateResult g = Gate(c, "locations");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::core::KindOf(*g.ask), AskKind::kWriting);
  EXPECT_EQ(FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail_negotiable").severity, Severity::kMajor);
}

TEST(EvalNonnegTest, ASpokenPlaceOfYoursTurnsAFailedPlaceIntoAWritingAsk) {
  Case c = AlignedCase();  // places: Berlin
  c.offers[0].location = "Munich";
  c.offers[0].claims.push_back(Verbal("location", "you can be based in our Berlin office"));
  const GateResult g = Gate(c, "locations");
  EXPECT_TRUE(g.negotiable);
  EXPECT_NE(g.detail.find("not in writing"), std::string::npos) << g.detail;
}

TEST(EvalNonnegTest, MissingLocationIsUnknown) {
  Case c = AlignedCase();
  c.offers[0].location.clear();
  EXPECT_EQ(Gate(c, "locations").status, GateStatus::kUnknown);
}

TEST(EvalNonnegTest, HoursSlightlyOverTheLimitAreNegotiable) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours = 50;  // 52 with commute: 15.6% over 45
  const GateResult g = Gate(c, "max_weekly_hours");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::core::KindOf(*g.ask), AskKind::kHours);
}

TEST(EvalNonnegTest, HoursFarOverTheLimitAreStructural) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours = 55;
  c.offers[0].work.on_call = true;  // 55 + 5 + 2 = 62: 38% over
  EXPECT_FALSE(Gate(c, "max_weekly_hours").negotiable);
}

TEST(EvalNonnegTest, MissingHoursAreUnknown) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours.reset();
  EXPECT_EQ(Gate(c, "max_weekly_hours").status, GateStatus::kUnknown);
}

TEST(EvalNonnegTest, CommuteGatePassesFailsAndIsUnknown) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.max_commute_minutes = 45;
  EXPECT_EQ(Gate(c, "max_commute_minutes").status, GateStatus::kPass);
  c.offers[0].work.commute_minutes = 60;
  EXPECT_EQ(Gate(c, "max_commute_minutes").status, GateStatus::kFail);
  c.offers[0].work.commute_minutes.reset();
  EXPECT_EQ(Gate(c, "max_commute_minutes").status, GateStatus::kUnknown);
  c.offers[0].work.mode = WorkMode::kRemote;
  EXPECT_EQ(Gate(c, "max_commute_minutes").status, GateStatus::kPass);
}

TEST(EvalNonnegTest, MissingMustHaveFails) {
  Case c = AlignedCase();
  c.offers[0].benefits = {"pension"};
  EXPECT_EQ(Gate(c, "must_have:parental_leave").status, GateStatus::kFail);
}

TEST(EvalNonnegTest, NoBenefitsListedLeavesMustHaveUnknown) {
  Case c = AlignedCase();
  c.offers[0].benefits.clear();
  EXPECT_EQ(Gate(c, "must_have:parental_leave").status, GateStatus::kUnknown);
  EXPECT_EQ(FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.unknown").question,
            "Can you confirm parental_leave in writing?");
}

TEST(EvalNonnegTest, MustHaveMatchesWordsAndKeysAlike) {
  Case c = AlignedCase();
  c.offers[0].benefits = {"Parental leave"};
  EXPECT_EQ(Gate(c, "must_have:parental_leave").status, GateStatus::kPass);
}

TEST(EvalNonnegTest, VerbalBenefitClaimInWordsRescuesTheMustHave) {
  Case c = AlignedCase();
  c.offers[0].benefits = {"pension"};
  c.offers[0].claims.push_back(Verbal("benefits", "six months of parental leave"));
  const GateResult g = Gate(c, "must_have:parental_leave");
  EXPECT_TRUE(g.negotiable);
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(walkaway::core::KindOf(*g.ask), AskKind::kWriting);
}

TEST(EvalNonnegTest, DealBreakerIndustryFails) {
  Case c = AlignedCase();
  c.offers[0].industry = "Defense contracting";
  EXPECT_EQ(Gate(c, "deal_breakers").status, GateStatus::kFail);
  c.offers[0].industry.clear();
  EXPECT_EQ(Gate(c, "deal_breakers").status, GateStatus::kUnknown);
}

TEST(EvalNonnegTest, GrowthGatesPassFailAndUnknown) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.growth = {"ladder_shared", "regular_reviews", "mentorship"};
  c.offers[0].progression.ladder_shared = false;
  c.offers[0].progression.review_cycle_months = 18;
  c.offers[0].progression.mentorship.reset();
  const GateResult ladder = Gate(c, "growth:ladder_shared");
  EXPECT_EQ(ladder.status, GateStatus::kFail);
  EXPECT_TRUE(ladder.negotiable);
  ASSERT_TRUE(ladder.ask);
  EXPECT_EQ(walkaway::core::KindOf(*ladder.ask), AskKind::kProgression);
  EXPECT_EQ(Gate(c, "growth:regular_reviews").status, GateStatus::kFail);
  EXPECT_EQ(Gate(c, "growth:mentorship").status, GateStatus::kUnknown);
  c.offers[0].progression.review_cycle_months = 12;
  EXPECT_EQ(Gate(c, "growth:regular_reviews").status, GateStatus::kPass);
}

TEST(EvalNonnegTest, AMissingLearningBudgetIsANegotiableGateWithItsAsk) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.growth = {"learning_budget"};
  c.offers[0].progression.learning_budget = false;
  const GateResult g = Gate(c, "growth:learning_budget");
  EXPECT_EQ(g.status, GateStatus::kFail);
  EXPECT_TRUE(g.negotiable);
  EXPECT_EQ(walkaway::core::FieldPath(g.field), "offers[0].progression.learning_budget");
  ASSERT_TRUE(g.ask);
  EXPECT_EQ(*g.ask, Ask{GrowthInWriting{{GrowthItem::kLearningBudget}}});
  const Finding f = FindingWithCode(RunRule(RunEvalNonneg, c), "nonneg.fail_negotiable");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.ask, g.ask);
  c.offers[0].progression.learning_budget = true;
  EXPECT_EQ(Gate(c, "growth:learning_budget").status, GateStatus::kPass);
  c.offers[0].progression.learning_budget.reset();
  EXPECT_EQ(Gate(c, "growth:learning_budget").status, GateStatus::kUnknown);
}

TEST(EvalNonnegTest, UnknownGrowthItemIsNeverSilentlyPassed) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.growth = {"conference_budget"};
  EXPECT_EQ(Gate(c, "growth:conference_budget").status, GateStatus::kUnknown);
}

TEST(EvalNonnegTest, NoNonNegotiablesAsksTheQuestion) {
  Case c = AlignedCase();
  c.candidate.non_negotiables = NonNegotiables{};
  EXPECT_TRUE(Gates(c).empty());
  const auto findings = RunRule(RunEvalNonneg, c);
  const Finding f = FindingWithCode(findings, "nonneg.none_set");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kSelf);
  EXPECT_FALSE(f.question.empty());
  EXPECT_FALSE(HasCode(findings, "nonneg.all_pass"));
}

TEST(EvalNonnegTest, OneFailingGateWithholdsAllPass) {
  Case c = AlignedCase();
  c.offers[0].location = "Munich";
  EXPECT_FALSE(HasCode(RunRule(RunEvalNonneg, c), "nonneg.all_pass"));
}

}  // namespace
}  // namespace walkaway::core
