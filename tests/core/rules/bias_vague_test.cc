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

bool AnyNegative(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    if (f.severity != Severity::kPositive) return true;
  }
  return false;
}

Claim Verbal(std::string topic, std::string value, std::optional<Money> amount = std::nullopt) {
  Claim claim;
  claim.topic = std::move(topic);
  claim.value = std::move(value);
  claim.source = "recruiter";
  claim.stage = "screen";
  claim.amount = amount;
  return claim;
}

TEST(BiasVagueTest, AlignedCaseIsAllWritten) {
  const auto findings = RunRule(RunBiasVague, AlignedCase());
  EXPECT_FALSE(AnyNegative(findings));
  const Finding f = FindingWithCode(findings, "vague.all_written");
  EXPECT_EQ(f.severity, Severity::kPositive);
  EXPECT_EQ(f.channel, Channel::kClaims);
}

TEST(BiasVagueTest, LargeShareOnUnwrittenPromisesIsMajor) {
  Case c = AlignedCase();  // first-year total 109,000 EUR
  c.offers[0].claims.push_back(
      Verbal("other", "a 15k retention payment next year", Money::FromUnits(15'000)));
  const auto findings = RunRule(RunBiasVague, c);
  const Finding f = FindingWithCode(findings, "vague.unwritten_value");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_TRUE(Contains(f.message, "15,000 EUR a year (13.8% of the first-year total)"));
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "'a 15k retention payment next year' (recruiter) written into the offer letter");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[1].amount");
  EXPECT_FALSE(HasCode(findings, "vague.all_written"));
}

TEST(BiasVagueTest, SmallShareIsMinorAndRubricDecides) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Verbal("other", "a 5k relocation payment", Money::FromUnits(5'000)));
  EXPECT_EQ(FindingWithCode(RunRule(RunBiasVague, c), "vague.unwritten_value").severity, Severity::kMinor);
  c.rubric.vague_share_major_pct = 4;
  EXPECT_EQ(FindingWithCode(RunRule(RunBiasVague, c), "vague.unwritten_value").severity, Severity::kMajor);
}

TEST(BiasVagueTest, ShareWithoutBaseIsUnknownWithQuestion) {
  Case c = AlignedCase();
  c.offers[0].base.reset();
  c.offers[0].claims.push_back(Verbal("other", "a 5k relocation payment", Money::FromUnits(5'000)));
  const Finding f = FindingWithCode(RunRule(RunBiasVague, c), "vague.unwritten_value_unknown");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.question.empty());
}

TEST(BiasVagueTest, OneUnwrittenKeyClaimIsMinorTwoAreMajor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Verbal("bonus", "bonus of 15k is basically guaranteed"));
  Finding f = FindingWithCode(RunRule(RunBiasVague, c), "vague.unwritten_key_claims");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "'bonus of 15k is basically guaranteed' (recruiter) written into the offer letter");
  c.offers[0].claims.push_back(Verbal("promotion", "promotion after a year"));
  f = FindingWithCode(RunRule(RunBiasVague, c), "vague.unwritten_key_claims");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.evidence.size(), 2u);
  EXPECT_TRUE(Contains(f.message, "2 key promises are only verbal"));
}

// A spoken term the person's own line rejects is no promise to have written: written, it would fail
// their office-days gate.
TEST(BiasVagueTest, ASpokenTermThatBreaksAPersonsLineIsNotAskedInWriting) {
  Case c = AlignedCase();
  c.candidate.non_negotiables.max_office_days = 0;
  c.candidate.non_negotiables.work_mode = WorkMode::kRemote;
  c.offers[0].work.office_days.reset();
  c.offers[0].work.mode.reset();
  c.offers[0].claims.clear();
  c.offers[0].claims.push_back(Verbal("office_days", "two days in the office"));
  c.offers[0].claims.push_back(Verbal("work_mode", "hybrid"));
  EXPECT_FALSE(HasCode(RunRule(RunBiasVague, c), "vague.unwritten_key_claims"));
  c.candidate.non_negotiables.max_office_days = 2;
  c.candidate.non_negotiables.work_mode = WorkMode::kHybrid;
  const Finding f = FindingWithCode(RunRule(RunBiasVague, c), "vague.unwritten_key_claims");
  EXPECT_EQ(f.evidence.size(), 2u);
}

TEST(BiasVagueTest, UnwrittenClaimOnOtherTopicIsNotAKeyClaim) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Verbal("team", "a team of eight"));
  const auto findings = RunRule(RunBiasVague, c);
  EXPECT_FALSE(HasCode(findings, "vague.unwritten_key_claims"));
  EXPECT_FALSE(HasCode(findings, "vague.all_written"));
}

TEST(BiasVagueTest, SpokenVaguePayPromiseIsMajor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Verbal("base", "we will revisit your salary in six months"));
  const Finding f = FindingWithCode(RunRule(RunBiasVague, c), "vague.pay_wording");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kClaims);
  ASSERT_TRUE(f.ask.has_value());
}

TEST(BiasVagueTest, VaguePayWordingInALetterIsMinorWithQuote) {
  Case c = AlignedCase();
  c.offers[0].documents.push_back(
      {"offer_letter", "acme.txt", "Welcome!\nYou may be eligible for a discretionary bonus."});
  const auto findings = RunRule(RunBiasVague, c);
  const Finding f = FindingWithCode(findings, "vague.pay_wording");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0]");
  EXPECT_EQ(f.evidence[0].quote, "You may be eligible for a discretionary bonus.");
  EXPECT_EQ(f.evidence[0].line, 2);
  EXPECT_EQ(f.evidence[0].column, 5);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
}

TEST(BiasVagueTest, VagueWordingElsewhereIsMinor) {
  Case c = AlignedCase();
  c.offers[0].documents.push_back({"job_post", "", "The team could grow in the future."});
  const Finding f = FindingWithCode(RunRule(RunBiasVague, c), "vague.wording");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.question.empty());
}

TEST(BiasVagueTest, VagueWordingInAClaimUsesTheClaimsChannel) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Verbal("scope", "we'll revisit the scope down the line"));
  const Finding f = FindingWithCode(RunRule(RunBiasVague, c), "vague.wording");
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[1].value");
}

TEST(BiasVagueTest, NegatedWordingIsIgnored) {
  Case c = AlignedCase();
  c.offers[0].documents.push_back({"offer_letter", "", "The salary is not subject to review."});
  EXPECT_FALSE(AnyNegative(RunRule(RunBiasVague, c)));
}

// The empty ledger is SIGN-ROLE's one finding (role.no_claims); saying it again here counted one
// fact twice (issue #12, class 1).
TEST(BiasVagueTest, AnEmptyLedgerIsLeftToSignRole) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  EXPECT_TRUE(RunRule(RunBiasVague, c).empty());
  EXPECT_TRUE(HasCode(RunRule(RunSignRole, c), "role.no_claims"));
}

}  // namespace
// Issue #12, class 5: "move up to Analyst II" is a step on a ladder; "up to 10%" hedges an amount.
TEST(BiasVagueTest, UpToIsVagueOnlyBeforeAFigure) {
  Case c = AlignedCase();
  c.offers[0].documents.push_back({"offer_letter", "l.txt", "You will move up to Analyst II after a year."});
  EXPECT_FALSE(HasCode(RunRule(RunBiasVague, c), "vague.wording"));
  EXPECT_FALSE(HasCode(RunRule(RunBiasVague, c), "vague.pay_wording"));
  c.offers[0].documents[0].text = "Your bonus is up to 10% of base.";
  EXPECT_TRUE(HasCode(RunRule(RunBiasVague, c), "vague.pay_wording"));
}

// Issue #12, class 8: an outlook ("your options will make you rich at the IPO") is no term, so it
// is never a promise to ask for in writing, however much it sways.
TEST(BiasVagueTest, AnOutlookIsNoPromiseToPutInWriting) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Verbal("equity", "at the IPO your options will make you rich"));
  c.offers[0].claims.push_back(Verbal("work_mode", "fully remote"));
  const auto findings = RunRule(RunBiasVague, c);
  for (const Finding& f : findings) {
    if (!f.ask) continue;
    if (const auto* listed = std::get_if<walkaway::core::ClaimsInWriting>(&*f.ask)) {
      for (const auto& ref : listed->claims) EXPECT_EQ(ref.value.find("rich"), std::string::npos) << ref.value;
    }
  }
}

}  // namespace walkaway::core
