#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/alternatives.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The aligned case (as of 2026-11-21, deadline 2026-12-04: 13 days) with a pipeline.
Case WithPipeline(std::vector<std::string> stages) {
  Case c = AlignedCase();
  c.candidate.situation.pipeline_given = true;
  for (std::string& stage : stages) c.candidate.situation.pipeline.push_back({"Other", std::move(stage), {}});
  return c;
}

double ByDeadline(const Case& c) { return AssessAlternatives(c, c.offers[0], c.offers[0].deadline, *c.as_of).p_by_deadline; }

TEST(EvalFearTest, AbsentPipelineIsAQuestionNotAPass) {
  const auto findings = RunRule(RunEvalFear, AlignedCase());
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = FindingWithCode(findings, "fear.no_pipeline");
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "EVAL-FEAR");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kSelf);
  EXPECT_FALSE(f.question.empty());
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "candidate.situation.pipeline");
}

TEST(EvalFearTest, EmptyListedPipelineSaysNoOtherOfferCanCome) {
  const Finding f = FindingWithCode(RunRule(RunEvalFear, WithPipeline({})), "fear.odds");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(Contains(f.message, "no other process in progress"));
  EXPECT_TRUE(Contains(f.advice, "buys thinking time, not odds"));
  EXPECT_TRUE(f.question.empty());
}

TEST(EvalFearTest, OddsStateTheDeadlineAndRunwayInPlainWords) {
  const Case c = WithPipeline({"onsite", "screen"});
  const Finding f = FindingWithCode(RunRule(RunEvalFear, c), "fear.odds");
  EXPECT_TRUE(Contains(f.message, "Counting only the 2 processes you are in, there is about " +
                                      FormatOdds(ByDeadline(c)) + " chance of another offer by the deadline "
                                      "(2026-12-04, 13 days away)."))
      << f.message;
  EXPECT_TRUE(Contains(f.message, "Your savings cover 6 months, and within that time the odds are"));
  EXPECT_TRUE(Contains(f.advice, "Accept now:"));
  EXPECT_TRUE(Contains(f.advice, "Ask for more time: one more week moves the odds from"));
  EXPECT_TRUE(Contains(f.advice, "Stay in your current job: you keep your pay"));
  EXPECT_TRUE(Contains(f.advice, "Keep searching:"));
  ASSERT_EQ(f.evidence.size(), 3u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].deadline");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[2].field), "candidate.situation.runway_months");
}

TEST(EvalFearTest, RefusedExtensionIsNotAnOption) {
  Case c = WithPipeline({"onsite"});
  c.offers[0].extension = ExtensionStatus::kRefused;
  EXPECT_TRUE(Contains(FindingWithCode(RunRule(RunEvalFear, c), "fear.odds").advice,
                       "the employer has already refused an extension"));
}

TEST(EvalFearTest, AWeekThatChangesNothingIsSaidPlainly) {
  // One fresh application: under 1% by the deadline and a week later.
  const Finding f = FindingWithCode(RunRule(RunEvalFear, WithPipeline({"applied"})), "fear.odds");
  EXPECT_TRUE(Contains(f.advice, "one more week barely changes the odds (under 1%)")) << f.advice;
  EXPECT_TRUE(Contains(f.message, "there is under 1% chance")) << f.message;
}

TEST(EvalFearTest, GrantedExtensionIsTheDateTheOddsUse) {
  Case c = WithPipeline({"onsite"});
  c.offers[0].extension = ExtensionStatus::kGranted;
  c.offers[0].extended_to = Date{2026, 12, 11};
  const Finding f = FindingWithCode(RunRule(RunEvalFear, c), "fear.odds");
  EXPECT_TRUE(Contains(f.message, "(2026-12-11, 20 days away)"));
  EXPECT_TRUE(Contains(f.advice, "you already have until 2026-12-11"));
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].extended_to");
}

TEST(EvalFearTest, NoDeadlineUsesFourWeeksAndAsksForOne) {
  Case c = WithPipeline({"onsite"});
  c.offers[0].deadline.reset();
  const Finding f = FindingWithCode(RunRule(RunEvalFear, c), "fear.odds");
  EXPECT_TRUE(Contains(f.message, "within 28 days (the offer gives no deadline)"));
  EXPECT_TRUE(Contains(f.advice, "first ask for the deadline in writing"));
}

TEST(EvalFearTest, OfferInHandIsNamed) {
  Case c = AlignedCase();
  c.candidate.situation.pipeline = {{"Globex", "offer", {}}};
  const Finding f = FindingWithCode(RunRule(RunEvalFear, c), "fear.odds");
  EXPECT_TRUE(Contains(f.message, "You already hold another offer (Globex)"));
}

TEST(EvalFearTest, NotEmployedCannotStay) {
  Case c = WithPipeline({"onsite"});
  c.candidate.situation.employed = false;
  EXPECT_TRUE(Contains(FindingWithCode(RunRule(RunEvalFear, c), "fear.odds").advice,
                       "not an option, as you are not employed"));
}

TEST(EvalFearTest, UnknownEmploymentIsSaid) {
  Case c = WithPipeline({"onsite"});
  c.candidate.situation.employed.reset();
  EXPECT_TRUE(Contains(FindingWithCode(RunRule(RunEvalFear, c), "fear.odds").advice,
                       "the case does not say whether you have one"));
}

TEST(EvalFearTest, NotEmployedWithoutRunwayAsksHowLongSavingsLast) {
  Case c = WithPipeline({"onsite"});
  c.candidate.situation.employed = false;
  c.candidate.situation.runway_months.reset();
  const auto findings = RunRule(RunEvalFear, c);
  const Finding f = FindingWithCode(findings, "fear.runway_unknown");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(Contains(f.message, "You are not employed"));
  EXPECT_TRUE(Contains(f.question, "savings"));
  EXPECT_TRUE(Contains(FindingWithCode(findings, "fear.odds").advice, "how long you can wait depends on your savings"));
}

TEST(EvalFearTest, UnknownEmploymentWithoutRunwayAsksToo) {
  Case c = WithPipeline({"onsite"});
  c.candidate.situation.employed.reset();
  c.candidate.situation.runway_months.reset();
  EXPECT_TRUE(Contains(FindingWithCode(RunRule(RunEvalFear, c), "fear.runway_unknown").message,
                       "neither whether you have a job"));
}

TEST(EvalFearTest, EmployedWithoutRunwayIsNoQuestion) {
  Case c = WithPipeline({"onsite"});
  c.candidate.situation.runway_months.reset();
  EXPECT_FALSE(HasCode(RunRule(RunEvalFear, c), "fear.runway_unknown"));
}

TEST(EvalFearTest, RunwayShorterThanTheDeadlineShowsLowerRunwayOdds) {
  Case c = WithPipeline({"onsite"});
  c.candidate.situation.runway_months = 0.1;
  const AlternativesFacts facts = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, *c.as_of);
  const Finding f = FindingWithCode(RunRule(RunEvalFear, c), "fear.odds");
  EXPECT_TRUE(Contains(f.message, "Your savings cover 0.1 months, and within that time the odds are " +
                                      FormatOdds(*facts.p_within_runway)));
}

TEST(EvalFearTest, NeverAFlag) {
  Case c = WithPipeline({"applied"});
  c.candidate.situation.employed = false;
  c.candidate.situation.runway_months.reset();
  for (const Finding& f : RunRule(RunEvalFear, c)) EXPECT_EQ(f.severity, Severity::kMinor) << f.code;
}

TEST(EvalFearTest, ScarcityQuotesTheSameOdds) {
  Case c = WithPipeline({"onsite", "screen"});
  c.candidate.situation.runway_months.reset();
  c.reflection->gut = 2;
  const Finding f = FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.gut_vs_lean");
  EXPECT_TRUE(Contains(f.message, "By our estimate the chance of another offer by the deadline is " +
                                      FormatOdds(ByDeadline(c)) + "."))
      << f.message;
}

TEST(EvalFearTest, AnotherOfferInTheCaseIsAnOfferInHand) {
  // "About 1% chance of another offer" while a second offer sits in the same case was wrong
  // (issue #12, class 12).
  Case c = WithPipeline({"applied"});
  Offer other = c.offers[0];
  other.id = "second";
  other.company = "Second Co";
  c.offers.push_back(other);
  const Finding f = FindingWithCode(RunRule(RunEvalFear, c), "fear.odds");
  EXPECT_TRUE(Contains(f.message, "You already hold another offer (Second Co)")) << f.message;
  EXPECT_FALSE(Contains(f.message, "chance"));
}

TEST(EvalFearTest, AnOfferWhoseDeadlinePassedIsNotInHand) {
  Case c = WithPipeline({"applied"});
  Offer other = c.offers[0];
  other.id = "second";
  other.deadline = c.as_of->AddDays(-1);
  c.offers.push_back(other);
  const AlternativesFacts facts = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, *c.as_of);
  EXPECT_EQ(facts.offers_in_hand, 0);
}

TEST(EvalFearTest, AnOfferThePipelineListsIsCountedOnce) {
  Case c = WithPipeline({"offer"});
  c.candidate.situation.pipeline[0].company = "Second Co";
  Offer other = c.offers[0];
  other.id = "second";
  other.company = "second co";
  c.offers.push_back(other);
  const AlternativesFacts facts = AssessAlternatives(c, c.offers[0], c.offers[0].deadline, *c.as_of);
  EXPECT_EQ(facts.offers_in_hand, 1);
}

TEST(EvalFearTest, ScarcityWithoutPipelineGivesNoOdds) {
  Case c = AlignedCase();
  c.reflection->gut = 2;
  EXPECT_FALSE(Contains(FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.gut_vs_lean").message, "estimate"));
}

}  // namespace
}  // namespace walkaway::core
