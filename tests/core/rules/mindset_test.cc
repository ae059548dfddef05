#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::RunRule;

Finding Prior(std::string rule_id, Severity severity, Channel channel = Channel::kSelf) {
  Finding f;
  f.code = walkaway::testing::AnyCodeOf(rule_id);
  f.severity = severity;
  f.channel = channel;
  f.evidence.push_back(Evidence{FieldRef::Offer(0), {}, 0, 0});
  return f;
}

std::vector<std::string> Codes(const std::vector<Finding>& findings) {
  std::vector<std::string> codes;
  for (const Finding& f : findings) codes.emplace_back(ToString(f.code));
  return codes;
}

TEST(MindsetTest, AlignedOfferGetsTheDeliberateYes) {
  const std::vector<Finding> prior = {Prior("EVAL-NONNEG", Severity::kPositive, Channel::kTerms)};
  const auto findings = RunRule(RunMindset, AlignedCase(), 0, prior);
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "MINDSET");
  EXPECT_EQ(walkaway::core::ToString(f.code), "mindset.deliberate_yes");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kSelf);
  EXPECT_FALSE(f.ask.has_value());
  EXPECT_TRUE(f.question.empty());
  EXPECT_NE(f.message.find("in the letter"), std::string::npos);
}

TEST(MindsetTest, PressureGetsTheInvitationReminder) {
  const std::vector<Finding> prior = {Prior("SIGN-PRESSURE", Severity::kMajor, Channel::kTiming)};
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase(), 0, prior)),
            std::vector<std::string>{"mindset.invitation"});
}

TEST(MindsetTest, WalkingAwayGetsTheProtectDirectionReminder) {
  const std::vector<Finding> prior = {Prior("EVAL-NONNEG", Severity::kBlocker, Channel::kTerms)};
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase(), 0, prior)),
            std::vector<std::string>{"mindset.protect_direction"});
}

TEST(MindsetTest, IndependentMajorFlagsAlsoMeanWalkingAwayIsLikely) {
  // Phase-one findings only: EVAL-PATTERNS has not turned them into a blocker yet.
  const std::vector<Finding> prior = {Prior("SIGN-CULTURE", Severity::kMajor, Channel::kInterviews),
                                      Prior("REFLECT", Severity::kMajor)};
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase(), 0, prior)),
            std::vector<std::string>{"mindset.protect_direction"});
}

TEST(MindsetTest, ScarcityGetsTheFitOverUrgencyReminder) {
  const std::vector<Finding> prior = {Prior("BIAS-SCARCITY", Severity::kMajor)};
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase(), 0, prior)),
            std::vector<std::string>{"mindset.fit_over_urgency"});
}

TEST(MindsetTest, AtMostThreeRemindersInAFixedOrder) {
  const std::vector<Finding> prior = {Prior("BIAS-SCARCITY", Severity::kMajor),
                                      Prior("EVAL-PATTERNS", Severity::kBlocker),
                                      Prior("SIGN-PRESSURE", Severity::kMajor, Channel::kTiming)};
  const auto findings = RunRule(RunMindset, AlignedCase(), 0, prior);
  EXPECT_EQ(Codes(findings), (std::vector<std::string>{"mindset.invitation", "mindset.protect_direction",
                                                       "mindset.fit_over_urgency"}));
  EXPECT_EQ(findings, RunRule(RunMindset, AlignedCase(), 0, prior));  // deterministic
}

TEST(MindsetTest, OtherConcernsGetTheIntentionalReminder) {
  const std::vector<Finding> prior = {Prior("SIGN-PAY", Severity::kMajor, Channel::kTerms)};
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase(), 0, prior)),
            std::vector<std::string>{"mindset.intentional"});
}

TEST(MindsetTest, NothingFoundYetGetsTheIntentionalReminder) {
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase())), std::vector<std::string>{"mindset.intentional"});
}

TEST(MindsetTest, IgnoresItsOwnEarlierReminders) {
  const std::vector<Finding> prior = {Prior("MINDSET", Severity::kBlocker),
                                      Prior("REFLECT", Severity::kPositive)};
  EXPECT_EQ(Codes(RunRule(RunMindset, AlignedCase(), 0, prior)),
            std::vector<std::string>{"mindset.deliberate_yes"});
}

}  // namespace
}  // namespace walkaway::core
