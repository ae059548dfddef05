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

// The aligned offer at 95k for 55 hours plus on-call: 62 hours a week all in, against 42.5 now.
Case LongWeekCase() {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(95'000);
  c.offers[0].work.expected_weekly_hours = 55;
  c.offers[0].work.on_call = true;
  return c;
}

// Issue #12, class 1: with the same week, pay per hour moves exactly as yearly pay does, which
// SIGN-PAY weighs; saying it per hour too counted one pay cut twice.
TEST(BiasTitleTest, TheSameWeekLeavesPayPerHourToSignPay) {
  EXPECT_TRUE(RunRule(RunBiasTitle, AlignedCase()).empty());
}

TEST(BiasTitleTest, AShorterWeekForMorePayPaysMorePerHour) {
  Case c = AlignedCase();
  c.candidate.situation.current.weekly_hours = 50;
  const auto findings = RunRule(RunBiasTitle, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "title.hourly_up");
  EXPECT_EQ(findings[0].severity, Severity::kPositive);
  EXPECT_EQ(findings[0].channel, Channel::kTerms);
}

TEST(BiasTitleTest, RaiseThatIsAPayCutPerHourIsMajorWithHoursAsk) {
  Case c = LongWeekCase();
  c.candidate.situation.current.title = "Senior Engineer";  // no title step: the hourly view alone
  const auto findings = RunRule(RunBiasTitle, c);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = FindingWithCode(findings, "title.hourly_drop");
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "BIAS-TITLE");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kTerms);
  EXPECT_TRUE(Contains(f.message, "pay cut per hour"));
  EXPECT_TRUE(Contains(f.message, "32.41 EUR an hour against 37.56 EUR an hour"));
  EXPECT_TRUE(Contains(f.message, "62 against 42.5 hours a week"));
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kHours);
  // 104,500 a year at today's 37.56 an hour is 53.5 hours all in, minus 2 hours of commute.
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "expected hours of at most 51 a week, on-call included, in writing");
}

TEST(BiasTitleTest, PayCutAndBiggerWeekShareTheTighterCap) {
  const auto findings = RunRule(RunBiasTitle, LongWeekCase());  // Engineer -> Senior Engineer
  ASSERT_EQ(findings.size(), 2u);
  const Finding drop = FindingWithCode(findings, "title.hourly_drop");
  const Finding workload = FindingWithCode(findings, "title.workload_up");
  // 42.5 hours now + 15% = 48.9 all in, minus 2 hours of commute.
  EXPECT_EQ(walkaway::testing::AskText(*drop.ask), "expected hours of at most 46 a week, on-call included, in writing");
  EXPECT_EQ(workload.ask, drop.ask);
}

TEST(BiasTitleTest, RubricDecidesWhenADropIsMajor) {
  Case c = LongWeekCase();
  c.rubric.hourly_drop_major_pct = 20;
  const auto findings = RunRule(RunBiasTitle, c);
  EXPECT_FALSE(HasCode(findings, "title.hourly_drop"));
  EXPECT_EQ(FindingWithCode(findings, "title.hourly_lower").severity, Severity::kMinor);
}

TEST(BiasTitleTest, SmallHourlyDropIsMinor) {
  Case c = AlignedCase();
  c.candidate.situation.current.title = "Senior Engineer";
  c.offers[0].work.expected_weekly_hours = 50;
  const auto findings = RunRule(RunBiasTitle, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "title.hourly_lower");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_FALSE(findings[0].ask.has_value());
}

TEST(BiasTitleTest, BigDropWithLowerAnnualPayIsStillMajor) {
  Case c = AlignedCase();
  c.offers[0].base = Money::FromUnits(70'000);
  c.offers[0].work.expected_weekly_hours = 48;
  const Finding f = FindingWithCode(RunRule(RunBiasTitle, c), "title.hourly_drop");
  EXPECT_TRUE(Contains(f.message, "Less pay per hour"));
}

TEST(BiasTitleTest, BiggerTitleWithMuchLongerWeekIsMajor) {
  Case c = AlignedCase();  // Engineer now, Senior Engineer offered
  c.offers[0].work.expected_weekly_hours = 50;
  const Finding f = FindingWithCode(RunRule(RunBiasTitle, c), "title.workload_up");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_TRUE(Contains(f.message, "Title up, workload up more"));
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "expected hours of at most 46 a week, on-call included, in writing");
  EXPECT_FALSE(f.question.empty());
}

TEST(BiasTitleTest, ManagerTitleCountsAsBigger) {
  Case c = AlignedCase();
  c.candidate.situation.current.title = "Senior Engineer";
  c.offers[0].title = "Engineering Manager";
  c.offers[0].work.expected_weekly_hours = 50;
  EXPECT_TRUE(HasCode(RunRule(RunBiasTitle, c), "title.workload_up"));
}

TEST(BiasTitleTest, SameTitleLongerWeekIsNotTitleBias) {
  Case c = AlignedCase();
  c.candidate.situation.current.title = "Senior Engineer";
  c.offers[0].work.expected_weekly_hours = 50;
  EXPECT_FALSE(HasCode(RunRule(RunBiasTitle, c), "title.workload_up"));
}

TEST(BiasTitleTest, UnknownOfferHoursAsksHowLongTheWeekIs) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours.reset();
  const auto findings = RunRule(RunBiasTitle, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "title.hourly_unknown");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_EQ(findings[0].question, "How many hours does the team really work, including on-call?");
  EXPECT_EQ(walkaway::core::FieldPath(findings[0].evidence[0].field), "offers[0].work.expected_weekly_hours");
}

TEST(BiasTitleTest, UnknownCurrentHoursAsksAboutTheCurrentJob) {
  Case c = AlignedCase();
  c.candidate.situation.current.weekly_hours.reset();
  const Finding f = FindingWithCode(RunRule(RunBiasTitle, c), "title.hourly_unknown");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "candidate.situation.current.weekly_hours");
}

TEST(BiasTitleTest, UnknownBaseAsksForTheSalary) {
  Case c = AlignedCase();
  c.offers[0].base.reset();
  const Finding f = FindingWithCode(RunRule(RunBiasTitle, c), "title.hourly_unknown");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].base");
}

TEST(BiasTitleTest, OutOfWorkHasNothingToCompareWith) {
  Case c = AlignedCase();
  c.candidate.situation.employed = false;
  c.candidate.situation.current = CurrentJob{};
  EXPECT_TRUE(RunRule(RunBiasTitle, c).empty());
}

}  // namespace
}  // namespace walkaway::core
