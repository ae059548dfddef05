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

Interview Tagged(std::string stage, std::vector<std::string> tags) {
  Interview interview;
  interview.stage = std::move(stage);
  interview.tags = std::move(tags);
  return interview;
}

TEST(EvalInterviewTest, AlignedCaseIsPositive) {
  const auto findings = RunRule(RunEvalInterview, AlignedCase());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "interview.all_positive");
  EXPECT_EQ(findings[0].severity, Severity::kPositive);
  EXPECT_TRUE(Contains(findings[0].message, "Respect: 1 of 1 interview positive"));
  EXPECT_TRUE(Contains(findings[0].message, "that often carries into the job"));
}

TEST(EvalInterviewTest, DisrespectInTwoInterviewsIsMajor) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Tagged("screen", {"late"}));
  c.offers[0].interviews.push_back(Tagged("final", {"dismissive", "informative"}));
  const auto findings = RunRule(RunEvalInterview, c);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.code), "interview.respect");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kInterviews);
  EXPECT_TRUE(
      Contains(f.message, "Respect: 2 of 3 interviews negative; information: 2 of 3 interviews positive"));
  EXPECT_EQ(f.question, "Ask to speak with a future peer about how the team works day to day.");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].interviews[1].tags");
}

TEST(EvalInterviewTest, OneDisrespectfulInterviewIsMinor) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Tagged("screen", {"rescheduled"}));
  const Finding f = FindingWithCode(RunRule(RunEvalInterview, c), "interview.respect_once");
  EXPECT_EQ(f.severity, Severity::kMinor);
}

TEST(EvalInterviewTest, FeelingDisrespectedIsMajorOnTheSelfChannel) {
  Case c = AlignedCase();
  c.reflection->felt_respected = Answer::kNo;
  const Finding f = FindingWithCode(RunRule(RunEvalInterview, c), "interview.respect");
  EXPECT_EQ(f.severity, Severity::kMajor);
  // Only the person's answer says so: counting it as "interviews" too would double it with REFLECT.
  EXPECT_EQ(f.channel, Channel::kSelf);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence.back().field), "reflection.felt_respected");
}

TEST(EvalInterviewTest, DodgedQuestionsAreMajorWithWrittenAnswersAsk) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Tagged("final", {"evasive"}));
  const Finding f = FindingWithCode(RunRule(RunEvalInterview, c), "interview.information");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kInterviews);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kOther);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "answers in writing to the questions that were dodged");
}

TEST(EvalInterviewTest, ClaimsThatChangeBetweenStagesAreInconsistent) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Tagged("screen", {"respectful"}));
  Claim screen;
  screen.topic = "work_mode";
  screen.value = "fully remote";
  screen.stage = "screen";
  Claim onsite = screen;
  onsite.value = "three office days";
  onsite.stage = "onsite";
  c.offers[0].claims = {screen, onsite};
  const auto findings = RunRule(RunEvalInterview, c);
  const Finding f = FindingWithCode(findings, "interview.consistency");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(Contains(f.message, "changed between stages on work_mode"));
  EXPECT_EQ(f.evidence.size(), 2u);
  EXPECT_FALSE(HasCode(findings, "interview.all_positive"));
}

TEST(EvalInterviewTest, InconsistentTagIsInconsistent) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(Tagged("final", {"Inconsistent"}));
  EXPECT_TRUE(HasCode(RunRule(RunEvalInterview, c), "interview.consistency"));
}

TEST(EvalInterviewTest, NoInterviewsLeavesTheJournalToSignCulture) {
  Case c = AlignedCase();
  c.offers[0].interviews.clear();
  EXPECT_TRUE(RunRule(RunEvalInterview, c).empty());
}

TEST(EvalInterviewTest, UntaggedInterviewsAskHowTheyWent) {
  Case c = AlignedCase();
  c.offers[0].interviews[0].tags.clear();
  const auto findings = RunRule(RunEvalInterview, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "interview.untagged");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_FALSE(findings[0].question.empty());
}

}  // namespace
}  // namespace walkaway::core
