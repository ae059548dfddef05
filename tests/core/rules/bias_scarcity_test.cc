#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

Case WithPipeline(int processes) {
  Case c = AlignedCase();
  for (int i = 0; i < processes; ++i) c.candidate.situation.pipeline.push_back({"Other", "onsite", {}});
  return c;
}

TEST(BiasScarcityTest, AlignedCaseHasNoFinding) {
  EXPECT_TRUE(RunRule(RunBiasScarcity, AlignedCase()).empty());
}

TEST(BiasScarcityTest, LowGutWhileLeaningToAcceptIsMajorWithFacts) {
  Case c = WithPipeline(3);
  c.reflection->gut = 2;
  const auto findings = RunRule(RunBiasScarcity, c);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = FindingWithCode(findings, "scarcity.gut_vs_lean");
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "BIAS-SCARCITY");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kSelf);
  // Employed: the fear of having nothing is not borne out, and the finding says why.
  EXPECT_TRUE(Contains(f.message, "3 other processes in progress and a job to stay in while you look."));
  EXPECT_TRUE(Contains(f.message, "The facts do not bear the fear out."));
  EXPECT_TRUE(Contains(f.question, "timing"));
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "reflection.gut");
}

TEST(BiasScarcityTest, LowGutWithoutLeaningToAcceptIsNotThisBias) {
  Case c = AlignedCase();
  c.reflection->gut = 1;
  c.reflection->leaning_accept = false;
  EXPECT_TRUE(RunRule(RunBiasScarcity, c).empty());
}

TEST(BiasScarcityTest, ReliefRatherThanExcitementIsMajor) {
  Case c = AlignedCase();
  c.reflection->feeling = Feeling::kRelieved;
  const Finding f = FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.relief");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_TRUE(Contains(f.message, "no other process in progress"));
}

TEST(BiasScarcityTest, WouldNotAcceptWithoutTimingWorryIsMajor) {
  Case c = AlignedCase();
  c.reflection->accept_without_timing_worry = Answer::kNo;
  const Finding f = FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.timing_worry");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "reflection.accept_without_timing_worry");
}

TEST(BiasScarcityTest, ScarcityPhrasesAreOneMinorFindingQuotingEachSentence) {
  Case c = WithPipeline(1);
  c.offers[0].notes = "It's better than nothing.";
  c.reflection->notes = "I can't afford to say no. Running out of money soon.";
  const auto findings = RunRule(RunBiasScarcity, c);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = FindingWithCode(findings, "scarcity.phrase");
  EXPECT_EQ(f.severity, Severity::kMinor);
  ASSERT_EQ(f.evidence.size(), 3u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].notes");
  EXPECT_EQ(f.evidence[2].quote, "Running out of money soon.");
  EXPECT_TRUE(Contains(f.message, "1 other process in progress"));
}

TEST(BiasScarcityTest, TheReflectionSignalsAreOneFindingStatingTheFactsOnce) {
  // Gut against lean, relief and the timing worry are one feeling seen three ways: one finding,
  // with every answer as evidence and the facts said once (issue #12: one fact counted once).
  Case c = AlignedCase();
  c.reflection->gut = 1;
  c.reflection->feeling = Feeling::kRelieved;
  c.reflection->accept_without_timing_worry = Answer::kNo;
  c.reflection->notes = "Last chance before the gap on my CV grows. Take what I can get.";
  const auto findings = RunRule(RunBiasScarcity, c);
  ASSERT_EQ(findings.size(), 2u);
  const Finding f = FindingWithCode(findings, "scarcity.gut_vs_lean");
  EXPECT_EQ(f.evidence.size(), 4u);
  EXPECT_TRUE(Contains(f.message, "you feel relief rather than excitement"));
  EXPECT_TRUE(Contains(f.message, "you would not take this job if timing did not worry you"));
  const Finding phrase = FindingWithCode(findings, "scarcity.phrase");
  EXPECT_EQ(phrase.evidence.size(), 2u);
  EXPECT_FALSE(Contains(phrase.message, "job to stay in")) << "the facts are stated once";
}

TEST(BiasScarcityTest, GroundedFearIsMinorAndSaysSo) {
  // Out of work, 1.5 months of savings, one cold application: the fear fits the facts, so it is
  // no bias to correct and must not count against the offer (issue #12, class 2).
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.runway_months = 1.5;
  c.candidate.situation.pipeline = {{"Helix", "applied", Date{2026, 10, 1}}};
  c.reflection->feeling = Feeling::kRelieved;
  c.reflection->gut = 2;
  const auto findings = RunRule(RunBiasScarcity, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_TRUE(Contains(findings[0].message, "The worry has a basis")) << findings[0].message;
  EXPECT_TRUE(findings[0].question.empty());
}

TEST(BiasScarcityTest, TheGroundedLineIsTheRubrics) {
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.runway_months = 1.5;
  c.candidate.situation.pipeline = {{"Helix", "applied", Date{2026, 10, 1}}};
  c.reflection->feeling = Feeling::kRelieved;
  c.rubric.fear_grounded_below_pct = 0;  // never grounded
  EXPECT_EQ(FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.relief").severity, Severity::kMajor);
}

TEST(BiasScarcityTest, AnotherOfferInTheCaseMeansTheFearIsNotOfHavingNothing) {
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.runway_months = 1;
  c.candidate.situation.pipeline = {};
  c.candidate.situation.pipeline_given = true;
  Offer other = c.offers[0];
  other.id = "other";
  other.company = "Other Co";
  c.offers.push_back(other);
  c.reflection->feeling = Feeling::kRelieved;
  const Finding f = FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.relief");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_TRUE(Contains(f.message, "You already hold another offer")) << f.message;
}

TEST(BiasScarcityTest, UnknownRunwayIsSaidPlainly) {
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.runway_months.reset();
  c.reflection->feeling = Feeling::kRelieved;
  const Finding f = FindingWithCode(RunRule(RunBiasScarcity, c), "scarcity.relief");
  EXPECT_TRUE(Contains(f.message, "does not say how many months"));
}

TEST(BiasScarcityTest, MissingReflectionAsksForTheGutScore) {
  Case c = AlignedCase();
  c.reflection.reset();
  const auto findings = RunRule(RunBiasScarcity, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "scarcity.no_reflection");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_TRUE(Contains(findings[0].question, "gut"));
  EXPECT_TRUE(Contains(findings[0].question, "timing"));
}

TEST(BiasScarcityTest, NegatedScarcityPhraseIsIgnored) {
  Case c = AlignedCase();
  c.offers[0].notes = "This is not my last chance.";
  EXPECT_TRUE(RunRule(RunBiasScarcity, c).empty());
}

}  // namespace
}  // namespace walkaway::core
