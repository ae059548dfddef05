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

TEST(ReflectTest, StrongAnswersArePositive) {
  const auto findings = RunRule(RunReflect, AlignedCase());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "reflect.aligned");
  EXPECT_EQ(findings[0].severity, Severity::kPositive);
  EXPECT_EQ(findings[0].channel, Channel::kSelf);
}

struct AnswerCase {
  Answer answer;
  const char* code;  // empty: no finding
  Severity severity;
};

TEST(ReflectTest, GoalsAnswerDecidesSeverity) {
  const AnswerCase cases[] = {
      {Answer::kNo, "reflect.away_from_goals", Severity::kMajor},
      {Answer::kPartly, "reflect.goals_unclear", Severity::kMinor},
      {Answer::kUnsure, "reflect.goals_unclear", Severity::kMinor},
  };
  for (const AnswerCase& test : cases) {
    Case c = AlignedCase();
    c.reflection->moves_toward_goals = test.answer;
    const Finding f = FindingWithCode(RunRule(RunReflect, c), test.code);
    EXPECT_EQ(f.severity, test.severity) << test.code;
    EXPECT_FALSE(f.question.empty());
    EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "reflection.moves_toward_goals");
  }
}

TEST(ReflectTest, RespectAnswerDecidesSeverity) {
  const AnswerCase cases[] = {
      {Answer::kNo, "reflect.not_respected", Severity::kMajor},
      {Answer::kPartly, "reflect.partly_respected", Severity::kMinor},
  };
  for (const AnswerCase& test : cases) {
    Case c = AlignedCase();
    c.reflection->felt_respected = test.answer;
    const auto findings = RunRule(RunReflect, c);
    EXPECT_EQ(FindingWithCode(findings, test.code).severity, test.severity) << test.code;
    EXPECT_FALSE(HasCode(findings, "reflect.aligned"));
  }
}

TEST(ReflectTest, LowExcitementIsMajor) {
  Case c = AlignedCase();
  c.reflection->excited = 2;
  const Finding f = FindingWithCode(RunRule(RunReflect, c), "reflect.low_excitement");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_TRUE(Contains(f.message, "2 out of 5"));
  EXPECT_FALSE(f.question.empty());
}

TEST(ReflectTest, LowGutIsMajor) {
  Case c = AlignedCase();
  c.reflection->gut = 1;
  const Finding f = FindingWithCode(RunRule(RunReflect, c), "reflect.low_gut");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_FALSE(f.question.empty());
}

TEST(ReflectTest, MiddlingScoresAreNeitherFlaggedNorPositive) {
  Case c = AlignedCase();
  c.reflection->excited = 3;
  c.reflection->gut = 3;
  EXPECT_TRUE(RunRule(RunReflect, c).empty());
}

TEST(ReflectTest, ReliefAndTimingWorryAreLeftToScarcity) {
  Case c = AlignedCase();
  c.reflection->feeling = Feeling::kRelieved;
  c.reflection->accept_without_timing_worry = Answer::kNo;
  EXPECT_TRUE(RunRule(RunReflect, c).empty());
}

TEST(ReflectTest, UnansweredQuestionsAreListedWithOurQuestions) {
  Case c = AlignedCase();
  c.reflection->feeling.reset();
  c.reflection->accept_without_timing_worry.reset();
  c.reflection->gut.reset();
  const auto findings = RunRule(RunReflect, c);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.code), "reflect.unanswered");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.message, "Reflection questions still open: feeling, accept_without_timing_worry and gut.");
  EXPECT_TRUE(Contains(f.question, "the relief of having an offer?"));
  EXPECT_TRUE(Contains(f.question, "if timing and gaps did not worry you?"));
  EXPECT_EQ(f.evidence.size(), 3u);
}

TEST(ReflectTest, TheOffersOwnReflectionWins) {
  Case c = AlignedCase();
  c.offers[0].reflection = c.reflection;
  c.offers[0].reflection->gut = 2;
  const Finding f = FindingWithCode(RunRule(RunReflect, c), "reflect.low_gut");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].reflection.gut");
}

TEST(ReflectTest, MissingReflectionIsMajor) {
  Case c = AlignedCase();
  c.reflection.reset();
  const auto findings = RunRule(RunReflect, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "reflect.missing");
  EXPECT_EQ(findings[0].severity, Severity::kMajor);
  EXPECT_EQ(findings[0].question, "Answer the four reflection questions before deciding.");
}

}  // namespace
}  // namespace walkaway::core
