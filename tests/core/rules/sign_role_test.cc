#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

Claim Said(std::string topic, std::string value, std::string source = "hiring manager",
           std::string stage = "onsite") {
  Claim claim;
  claim.topic = std::move(topic);
  claim.value = std::move(value);
  claim.source = std::move(source);
  claim.stage = std::move(stage);
  return claim;
}

Claim Written(std::string topic, std::string value, std::string source = "offer letter") {
  Claim claim = Said(std::move(topic), std::move(value), std::move(source), "offer");
  claim.written = true;
  return claim;
}

int Drifts(const std::vector<Finding>& findings) {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const Finding& f) { return walkaway::core::ToString(f.code) == "role.drift"; }));
}

TEST(SignRoleTest, AlignedCaseHasNoNegativeFinding) {
  for (const Finding& f : RunRule(RunSignRole, AlignedCase())) {
    EXPECT_EQ(f.severity, Severity::kPositive) << f.code;
  }
}

TEST(SignRoleTest, RemoteClaimAgainstWrittenHybridIsMajorDrift) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  c.offers[0].work.office_days = 3;
  c.offers[0].claims.push_back(Said("work_mode", "fully remote"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_EQ(f.message,
            "The hiring manager said 'fully remote' at the onsite; the offer says hybrid with 3 office days.");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[0].value");
  EXPECT_EQ(f.evidence[0].quote, "fully remote");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].work.mode");
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a written answer on work mode: \"fully remote\"");
  EXPECT_FALSE(f.question.empty());
}

TEST(SignRoleTest, VerbalClaimComesFirstEvenWhenTheLetterClaimIsListedFirst) {
  Case c = AlignedCase();  // claims[0]: the letter's "hybrid, two office days"
  c.offers[0].claims.push_back(Said("work_mode", "fully remote"));
  const auto findings = RunRule(RunSignRole, c);
  EXPECT_EQ(Drifts(findings), 1);  // one finding per topic, however many pairs disagree
  const Finding f = FindingWithCode(findings, "role.drift");
  EXPECT_EQ(f.message.rfind("The hiring manager said 'fully remote'", 0), 0u) << f.message;
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[1].value");
}

TEST(SignRoleTest, OfficeDaysClaimAgainstOfferIsMajor) {
  Case c = AlignedCase();
  c.offers[0].work.office_days = 3;
  c.offers[0].claims.push_back(Said("office_days", "two days in the office", "recruiter", "screen"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].work.office_days");
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a written answer on office days: \"two days in the office\"");
}

// The better version would still break the person's own line: written, it would fail a gate, so
// the finding asks for their line itself, which settles which version is true as well.
TEST(SignRoleTest, ABetterVersionThatBreaksAPersonsLineAsksForTheLineInstead) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.max_office_days = 1;
  c.offers[0].work.office_days = 3;
  c.offers[0].claims.push_back(Said("office_days", "two days in the office", "recruiter", "screen"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "at most 1 office day a week, in the offer letter");
  EXPECT_FALSE(f.question.empty());
}

// Said "two days", the offer's terms say one, the letter's words say three: asking to have the
// spoken two written would undo the better term the offer already has.
TEST(SignRoleTest, AVersionWorseThanTheOffersTermsIsNotAskedFor) {
  Case c = AlignedCase();
  c.offers[0].work.office_days = 1;
  c.offers[0].claims.push_back(Said("office_days", "two days in the office", "recruiter", "screen"));
  c.offers[0].claims.push_back(Written("office_days", "three office days a week"));
  int drifts = 0;
  for (const Finding& f : RunRule(RunSignRole, c)) {
    if (walkaway::core::ToString(f.code) != "role.drift") continue;
    ++drifts;
    if (!f.ask) continue;
    EXPECT_EQ(walkaway::testing::AskText(*f.ask).find("two days"), std::string::npos)
        << walkaway::testing::AskText(*f.ask);
  }
  EXPECT_GT(drifts, 0);
}

TEST(SignRoleTest, TitleDriftAgainstOfferIsMajor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("title", "Staff Engineer", "recruiter", "screen"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.message,
            "The recruiter said 'Staff Engineer' at the screen; the offer says Senior Engineer.");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].title");
}

TEST(SignRoleTest, OneValueInsideTheOtherIsConsistent) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("title", "senior engineer, payments", "recruiter", "screen"));
  EXPECT_FALSE(HasCode(RunRule(RunSignRole, c), "role.drift"));
}

TEST(SignRoleTest, TeamDriftBetweenPeopleIsMinor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("team", "Payments", "recruiter", "screen"));
  c.offers[0].claims.push_back(Said("team", "Platform"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.message,
            "The recruiter said 'Payments' at the screen; the hiring manager said 'Platform' at the onsite.");
}

TEST(SignRoleTest, LowerBaseInTheLetterIsMajor) {
  Case c = AlignedCase();
  Claim said = Said("base", "95k", "recruiter", "screen");
  said.amount = Money::FromUnits(95'000);
  Claim letter = Written("base", "88,000 EUR");
  letter.amount = Money::FromUnits(88'000);
  c.offers[0].claims.push_back(said);
  c.offers[0].claims.push_back(letter);
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a written answer on base: \"95k\"");
}

TEST(SignRoleTest, LowerBaseInTheJobPostThanSaidIsMinor) {
  Case c = AlignedCase();
  Claim post = Written("base", "80k", "job post");
  post.stage = "";
  post.amount = Money::FromUnits(80'000);
  Claim said = Said("base", "90k", "recruiter", "screen");
  said.amount = Money::FromUnits(90'000);
  c.offers[0].claims.push_back(post);
  c.offers[0].claims.push_back(said);
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMinor);  // the worse version is not the offer's
  EXPECT_EQ(f.message, "The job post says '80k'; the recruiter said '90k' at the screen.");
}

TEST(SignRoleTest, MoneyWithinOnePercentIsNotDrift) {
  Case c = AlignedCase();
  Claim a = Said("base", "90k", "recruiter", "screen");
  a.amount = Money::FromUnits(90'000);
  Claim b = Written("base", "90,500");
  b.amount = Money::FromUnits(90'500);
  c.offers[0].claims = {a, b};
  const auto findings = RunRule(RunSignRole, c);
  EXPECT_FALSE(HasCode(findings, "role.drift"));
  EXPECT_TRUE(HasCode(findings, "role.consistent"));
}

TEST(SignRoleTest, MoneyClaimsWithoutAmountsAreNotCompared) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("base", "competitive", "recruiter", "screen"));
  c.offers[0].claims.push_back(Said("base", "around 90k"));
  EXPECT_FALSE(HasCode(RunRule(RunSignRole, c), "role.drift"));
}

TEST(SignRoleTest, MoreHoursThanSaidIsMajor) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours = 50;
  c.offers[0].claims.push_back(Said("hours", "about 40 hours a week"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].work.expected_weekly_hours");
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a written answer on hours: \"about 40 hours a week\"");
}

TEST(SignRoleTest, OnCallInTheOfferAfterNoOnCallWasSaidIsMajor) {
  Case c = AlignedCase();
  c.offers[0].work.on_call = true;
  c.offers[0].claims.push_back(Said("on_call", "no on-call"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.message, "The hiring manager said 'no on-call' at the onsite; the offer says on-call.");
}

TEST(SignRoleTest, NoOnCallClaimMatchesAnOfferWithoutOnCall) {
  Case c = AlignedCase();  // on_call = false
  c.offers[0].claims.push_back(Said("on_call", "There is no on-call rota"));
  EXPECT_FALSE(HasCode(RunRule(RunSignRole, c), "role.drift"));
}

TEST(SignRoleTest, OtherLocationIsMinor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("location", "Hamburg", "recruiter", "screen"));
  EXPECT_EQ(FindingWithCode(RunRule(RunSignRole, c), "role.drift").severity, Severity::kMinor);
}

TEST(SignRoleTest, AgreementAcrossTwoSourcesIsPositive) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("work_mode", "hybrid, 2 days in the office"));
  const auto findings = RunRule(RunSignRole, c);
  const Finding f = FindingWithCode(findings, "role.consistent");
  EXPECT_EQ(f.severity, Severity::kPositive);
  EXPECT_EQ(findings.size(), 1u);
}

// Issue #12, class 5: "37.5 hours" is 37.5, not 37, so a 37.5-hour week in the terms is no drift.
TEST(SignRoleTest, AHalfHourWeekIsReadWithItsHalf) {
  Case c = AlignedCase();
  c.offers[0].work.expected_weekly_hours = 37.5;
  c.offers[0].claims.push_back(Said("hours", "37.5 hours a week"));
  for (const Finding& f : RunRule(RunSignRole, c)) EXPECT_NE(f.severity, Severity::kMajor) << f.message;
  c.offers[0].work.expected_weekly_hours = 45;
  EXPECT_TRUE(HasCode(RunRule(RunSignRole, c), "role.drift"));
}

TEST(SignRoleTest, SingleSourceIsNotEnoughForPositive) {
  EXPECT_TRUE(RunRule(RunSignRole, AlignedCase()).empty());
}

TEST(SignRoleTest, UnreadableClaimsAreNotCompared) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("work_mode", "flexible"));
  const auto findings = RunRule(RunSignRole, c);
  EXPECT_FALSE(HasCode(findings, "role.drift"));
}

TEST(SignRoleTest, NoClaimsAsksWhatWasSaid) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  const auto findings = RunRule(RunSignRole, c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "role.no_claims");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
  EXPECT_FALSE(findings[0].question.empty());
}

TEST(SignRoleTest, FindingsNameTheRuleAndOffer) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Said("title", "Staff Engineer"));
  const Finding f = FindingWithCode(RunRule(RunSignRole, c), "role.drift");
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "SIGN-ROLE");
  EXPECT_EQ(f.offer_id, "acme");
}

}  // namespace
}  // namespace walkaway::core
