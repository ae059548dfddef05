#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

Interview Stage(std::string stage, std::vector<std::string> tags, std::string notes = "") {
  Interview iv;
  iv.stage = std::move(stage);
  iv.tags = std::move(tags);
  iv.notes = std::move(notes);
  iv.scheduled_minutes = 45;
  iv.actual_minutes = 45;
  return iv;
}

TEST(SignCultureTest, AlignedCaseHasNoNegativeFinding) {
  for (const Finding& f : RunRule(RunSignCulture, AlignedCase())) {
    EXPECT_EQ(f.severity, Severity::kPositive) << f.code;
  }
}

TEST(SignCultureTest, OneBadInterviewIsMinor) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("screen", {"rushed"}));
  const Finding f = FindingWithCode(RunRule(RunSignCulture, c), "culture.one_bad_interview");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kInterviews);
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].interviews[1].tags");
  EXPECT_EQ(f.evidence[0].quote, "rushed");
}

TEST(SignCultureTest, BadSignalsInTwoStagesAreAPattern) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("screen", {"late"}));
  c.offers[0].interviews.push_back(
      Stage("final", {}, "Good questions.\nThe manager checked his phone the whole time."));
  const Finding f = FindingWithCode(RunRule(RunSignCulture, c), "culture.pattern");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kOther);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a second conversation with the manager or a team member");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].interviews[2].notes");
  EXPECT_EQ(f.evidence[1].quote, "The manager checked his phone the whole time.");
  EXPECT_EQ(f.evidence[1].line, 2);
  EXPECT_EQ(f.evidence[1].column, 13);
}

TEST(SignCultureTest, TwoBadCallsInTheSameStageAreStillOneStage) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("Onsite", {"late"}));
  c.offers[0].interviews.push_back(Stage("onsite", {"distracted"}));
  EXPECT_TRUE(HasCode(RunRule(RunSignCulture, c), "culture.one_bad_interview"));
}

TEST(SignCultureTest, OneDismissiveInterviewIsMajor) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("final", {"dismissive"}));
  const Finding f = FindingWithCode(RunRule(RunSignCulture, c), "culture.dismissive_interview");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask);
}

TEST(SignCultureTest, ThreeBadSignalsInOneInterviewAreMajor) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(
      Stage("final", {"rushed", "distracted"}, "He checked his phone and cut me off."));
  const Finding f = FindingWithCode(RunRule(RunSignCulture, c), "culture.dismissive_interview");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.evidence.size(), 3u);
}

TEST(SignCultureTest, CallMuchShorterThanScheduledIsRushed) {
  Case c = AlignedCase();
  Interview iv = Stage("screen", {});
  iv.scheduled_minutes = 60;
  iv.actual_minutes = 30;
  c.offers[0].interviews.push_back(iv);
  const Finding f = FindingWithCode(RunRule(RunSignCulture, c), "culture.one_bad_interview");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].interviews[1].actual_minutes");
  EXPECT_EQ(f.evidence[0].quote, "30 of 60 scheduled minutes");
}

TEST(SignCultureTest, SomewhatShortCallIsNotRushed) {
  Case c = AlignedCase();
  Interview iv = Stage("screen", {});
  iv.scheduled_minutes = 60;
  iv.actual_minutes = 40;
  c.offers[0].interviews.push_back(iv);
  EXPECT_FALSE(HasCode(RunRule(RunSignCulture, c), "culture.one_bad_interview"));
}

TEST(SignCultureTest, NegatedNotePhraseIsIgnored) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("screen", {}, "The recruiter was not late and listened."));
  EXPECT_FALSE(HasCode(RunRule(RunSignCulture, c), "culture.one_bad_interview"));
}

TEST(SignCultureTest, InconsistentStoriesAreMajor) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("final", {"inconsistent"}));
  const auto findings = RunRule(RunSignCulture, c);
  const Finding f = FindingWithCode(findings, "culture.inconsistent");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask);
  EXPECT_FALSE(f.question.empty());
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].interviews[1].tags");
  EXPECT_FALSE(HasCode(findings, "culture.one_bad_interview"));
}

TEST(SignCultureTest, TwoGoodInterviewsArePositive) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("final", {"On time", "thorough"}));
  const Finding f = FindingWithCode(RunRule(RunSignCulture, c), "culture.respectful");
  EXPECT_EQ(f.severity, Severity::kPositive);
}

TEST(SignCultureTest, ABadInterviewCancelsThePositive) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Stage("final", {"thorough", "rescheduled"}));
  EXPECT_FALSE(HasCode(RunRule(RunSignCulture, c), "culture.respectful"));
}

TEST(SignCultureTest, NoJournalAsksHowYouWereTreated) {
  Case c = AlignedCase();
  c.offers[0].interviews.clear();
  const auto findings = RunRule(RunSignCulture, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "culture.no_journal");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_EQ(findings[0].question, "How were you treated in each interview? Add the interview journal.");
}

}  // namespace
}  // namespace walkaway::core
