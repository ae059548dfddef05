#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

TEST(BiasFixLaterTest, AnyObjectBetweenTheVerbAndLaterIsCaught) {
  // "I can fix the commute later" was missed: only "fix it/this/that later" was listed (issue #12,
  // class 5). The span from the verb to the marker is what is quoted.
  Case c = AlignedCase();
  c.offers[0].notes = "The office days are a pain, but I can sort the office days out once I start.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 1u) ;
  EXPECT_EQ(findings[0].severity, Severity::kMajor);  // office days: negotiable now
  EXPECT_NE(findings[0].message.find("(\"sort the office days out once I start\")"), std::string::npos)
      << findings[0].message;
}

TEST(BiasFixLaterTest, LaterWithoutAVerbOfFixingIsNothing) {
  Case c = AlignedCase();
  c.offers[0].notes = "I will call the recruiter later. We can change trains later in the week.";
  // "change ... later" is a plan about trains: no negotiable term, so at most minor.
  for (const Finding& f : RunRule(RunBiasFixLater, c)) EXPECT_NE(f.severity, Severity::kMajor);
  c.offers[0].notes = "I will call the recruiter later.";
  EXPECT_TRUE(RunRule(RunBiasFixLater, c).empty());
}

TEST(BiasFixLaterTest, AlignedCaseHasNoFinding) {
  EXPECT_TRUE(RunRule(RunBiasFixLater, AlignedCase()).empty());
}

TEST(BiasFixLaterTest, PlanToFixANegotiableTermIsMajorWithWritingAsk) {
  Case c = AlignedCase();
  c.offers[0].notes = "Great team.\nThe on-call load is heavy but I can fix it later.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = FindingWithCode(findings, "fix_later.negotiable_term");
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "BIAS-FIX-LATER");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kSelf);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
  EXPECT_NE(walkaway::testing::AskText(*f.ask).find("on-call"), std::string::npos);
  EXPECT_NE(walkaway::testing::AskText(*f.ask).find("before signing"), std::string::npos);
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].notes");
  EXPECT_EQ(f.evidence[0].quote, "The on-call load is heavy but I can fix it later.");
  EXPECT_EQ(f.evidence[0].line, 2);
  EXPECT_EQ(f.evidence[0].column, 37);
}

// Noticed in issue #12: "fix my commute later by moving closer" was major with an ask to agree the
// office location before signing, and with one other concern gave WALK AWAY. The fix is the
// person's own: signing costs no leverage over it, so it is minor and asks what it will cost.
TEST(BiasFixLaterTest, AFixInThePersonsOwnHandsIsMinorWithoutAnAsk) {
  Case c = AlignedCase();
  c.offers[0].notes = "The commute is long, but I can fix my commute later by moving closer.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_FALSE(findings[0].ask.has_value());
  EXPECT_EQ(findings[0].question, "What will it cost you, in money and time, and by when can you do it?");
  c.offers[0].notes = "The commute is long, but I can fix the commute later.";  // who fixes it? the employer
  EXPECT_EQ(RunRule(RunBiasFixLater, c).at(0).severity, Severity::kMajor);
}

TEST(BiasFixLaterTest, VagueHopeWithoutTopicIsMinorWithQuestion) {
  Case c = AlignedCase();
  c.reflection->notes = "It will get better once I'm in.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 1u);  // two phrases, one sentence: one concern
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "fix_later.phrase");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_EQ(findings[0].question, "What exactly would have to change, and who has agreed to change it?");
  EXPECT_FALSE(findings[0].ask.has_value());
  EXPECT_EQ(walkaway::core::FieldPath(findings[0].evidence[0].field), "reflection.notes");
}

TEST(BiasFixLaterTest, ReadsTheOffersOwnReflection) {
  Case c = AlignedCase();
  c.offers[0].reflection = c.reflection;
  c.offers[0].reflection->notes = "After I join I will push for remote Fridays.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(findings[0].evidence[0].field), "offers[0].reflection.notes");
  EXPECT_EQ(findings[0].severity, Severity::kMajor);
}

TEST(BiasFixLaterTest, EachSentenceIsOneFinding) {
  Case c = AlignedCase();
  c.offers[0].notes = "The salary is low but I'll push for more. It's only temporary anyway.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "fix_later.negotiable_term");
  EXPECT_EQ(walkaway::core::ToString(findings[1].code), "fix_later.phrase");
}

TEST(BiasFixLaterTest, IgnoresNegatedHope) {
  Case c = AlignedCase();
  c.offers[0].notes = "I don't think it will get better.";
  EXPECT_TRUE(RunRule(RunBiasFixLater, c).empty());
}

TEST(BiasFixLaterTest, MatchesTypographicApostrophes) {
  Case c = AlignedCase();
  c.offers[0].notes =
      "Once I\u2019m in I\u2019ll sort the hours. I don\u2019t think it\u2019ll get better though.";
  const auto findings = RunRule(RunBiasFixLater, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::kMajor);
  EXPECT_EQ(findings[0].evidence[0].column, 1);
}

TEST(BiasFixLaterTest, MissingNotesAndReflectionIsNothingToSay) {
  Case c = AlignedCase();
  c.reflection.reset();
  EXPECT_FALSE(HasCode(RunRule(RunBiasFixLater, c), "fix_later.phrase"));
  EXPECT_TRUE(RunRule(RunBiasFixLater, c).empty());
}

}  // namespace
}  // namespace walkaway::core
