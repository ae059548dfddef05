#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

Case WithPost(std::string text) {
  Case c = AlignedCase();
  c.offers[0].documents.push_back({"job_post", "post.txt", std::move(text)});
  return c;
}

TEST(BiasStressTest, AlignedCaseHasNoFinding) { EXPECT_TRUE(RunRule(RunBiasStress, AlignedCase()).empty()); }

TEST(BiasStressTest, OneEmployerPhraseIsMinor) {
  const auto findings = RunRule(RunBiasStress, WithPost("We are a fast-paced team."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].rule()), "BIAS-STRESS");
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "stress.phrase");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_EQ(findings[0].channel, Channel::kDocuments);
  EXPECT_EQ(walkaway::core::FieldPath(findings[0].evidence[0].field), "offers[0].documents[0]");
  EXPECT_EQ(findings[0].evidence[0].quote, "We are a fast-paced team.");
  EXPECT_EQ(findings[0].evidence[0].column, 10);
}

TEST(BiasStressTest, ThreeDistinctEmployerPhrasesAreMajor) {
  Case c = WithPost("A fast-paced team.\nLong hours at launch.");
  c.offers[0].interviews[0].notes = "They said some weekends are needed.";
  const auto findings = RunRule(RunBiasStress, c);
  const Finding f = FindingWithCode(findings, "stress.pattern");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  EXPECT_EQ(f.evidence.size(), 3u);
  EXPECT_EQ(f.question, "What does a normal week look like, and how often are evenings and weekends needed?");
  EXPECT_EQ(FindingWithCode(findings, "stress.phrase").channel, Channel::kDocuments);
}

// Issue #12, class 5: "late nights and weekends" is one clause, one sign, though three phrases of
// the lists ("late nights", "weekends", "nights and weekends") match inside it.
TEST(BiasStressTest, OneClauseIsOneSignHoweverManyPhrasesMatchInIt) {
  const Case c = WithPost("A fast-paced team. At quarter-end you may work late nights and weekends.");
  const auto findings = RunRule(RunBiasStress, c);
  EXPECT_FALSE(HasCode(findings, "stress.pattern"));
  const Case three = WithPost("A fast-paced team. Expect late nights. Long hours at launch.");
  EXPECT_TRUE(HasCode(RunRule(RunBiasStress, three), "stress.pattern"));
}

// Issue #12 class 7: without an ask the pattern could only ever give NOT YET. The ask is the week
// in writing, capped where the person's own hours line is (one cap with EVAL-NONNEG's).
TEST(BiasStressTest, APatternAsksForTheWeekInWritingAtThePersonsLimit) {
  Case c = WithPost("A fast-paced team.\nLong hours at launch.");
  c.offers[0].interviews[0].notes = "They said some weekends are needed.";
  const Finding f = FindingWithCode(RunRule(RunBiasStress, c), "stress.pattern");
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(*f.ask, Ask(HoursAtMost{45}));

  c.candidate.non_negotiables.max_weekly_hours.reset();
  c.candidate.situation.current.weekly_hours = 38;
  EXPECT_EQ(*FindingWithCode(RunRule(RunBiasStress, c), "stress.pattern").ask, Ask(HoursAtMost{38}));

  c.candidate.situation.current.weekly_hours.reset();
  EXPECT_EQ(*FindingWithCode(RunRule(RunBiasStress, c), "stress.pattern").ask, Ask(HoursAtMost{40}));
}

TEST(BiasStressTest, AWrittenWeekWithinTheLimitAnswersThePattern) {
  Case c = WithPost("A fast-paced team.\nLong hours at launch.");
  c.offers[0].interviews[0].notes = "They said some weekends are needed.";
  c.offers[0].claims.push_back({"hours", "40 hours a week", "offer letter", "offer", true});
  const Finding f = FindingWithCode(RunRule(RunBiasStress, c), "stress.pattern");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.ask.has_value());
  EXPECT_NE(f.message.find("written down at 40 hours"), std::string::npos) << f.message;
}

TEST(BiasStressTest, AWrittenWeekAboveTheLimitOrASpokenOneLeavesThePatternMajor) {
  Case c = WithPost("A fast-paced team.\nLong hours at launch.");
  c.offers[0].interviews[0].notes = "They said some weekends are needed.";
  c.offers[0].claims.push_back({"hours", "50 hours a week", "offer letter", "offer", true});
  c.offers[0].claims.push_back({"hours", "40 hours a week", "recruiter", "screen", false});
  const Finding f = FindingWithCode(RunRule(RunBiasStress, c), "stress.pattern");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(*f.ask, Ask(HoursAtMost{45}));
}

TEST(BiasStressTest, RepeatingOnePhraseIsNotAPattern) {
  const auto findings =
      RunRule(RunBiasStress, WithPost("Fast-paced work. A fast-paced team. Fast paced fun."));
  EXPECT_FALSE(HasCode(findings, "stress.pattern"));
  EXPECT_EQ(findings.size(), 3u);
}

TEST(BiasStressTest, EmployerPhrasePlusNormalisingNotesIsMajor) {
  Case c = AlignedCase();
  c.offers[0].interviews[0].notes = "The manager said late nights happen before releases.";
  c.offers[0].notes = "That's normal in this industry.";
  const auto findings = RunRule(RunBiasStress, c);
  EXPECT_EQ(FindingWithCode(findings, "stress.phrase").channel, Channel::kInterviews);
  const Finding own = FindingWithCode(findings, "stress.normalising");
  EXPECT_EQ(own.channel, Channel::kSelf);
  EXPECT_EQ(own.severity, Severity::kMinor);
  const Finding pattern = FindingWithCode(findings, "stress.pattern");
  EXPECT_EQ(pattern.channel, Channel::kDocuments);
  EXPECT_EQ(pattern.evidence.size(), 2u);
}

TEST(BiasStressTest, NormalisingAloneIsMinor) {
  Case c = AlignedCase();
  c.reflection->notes = "It comes with the territory.";
  const auto findings = RunRule(RunBiasStress, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "stress.normalising");
}

TEST(BiasStressTest, StressInOwnNotesIsMinorOnSelf) {
  Case c = AlignedCase();
  c.offers[0].notes = "I am already burned out.";
  const Finding f = FindingWithCode(RunRule(RunBiasStress, c), "stress.own_words");
  EXPECT_EQ(f.channel, Channel::kSelf);
  EXPECT_EQ(f.severity, Severity::kMinor);
}

TEST(BiasStressTest, ClaimPhraseUsesClaimsChannel) {
  Case c = AlignedCase();
  c.offers[0].claims[0].value = "hybrid, but whatever it takes near launches";
  const Finding f = FindingWithCode(RunRule(RunBiasStress, c), "stress.phrase");
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[0].value");
}

TEST(BiasStressTest, NegatedPhrasesDoNotCount) {
  EXPECT_TRUE(RunRule(RunBiasStress, WithPost("No weekends, no late nights, never crunch.")).empty());
}

TEST(BiasStressTest, NoEmployerTextAsksAboutTheWeek) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  c.offers[0].interviews.clear();
  const auto findings = RunRule(RunBiasStress, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "stress.nothing_to_read");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_FALSE(findings[0].question.empty());
}

}  // namespace
}  // namespace walkaway::core
