// From documents to claims, and the wiring: the rules see what the documents state.

#include <algorithm>

#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/extract.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

const FieldRef kDoc0 = FieldRef::Document(0, 0, Field::kText);

Document Doc(std::string kind, std::string text) { return Document{std::move(kind), "doc.txt", std::move(text)}; }

const ExtractedClaim* ClaimOn(const std::vector<ExtractedClaim>& claims, std::string_view topic) {
  const auto it = std::find_if(claims.begin(), claims.end(), [&](const ExtractedClaim& c) { return c.topic == topic; });
  return it == claims.end() ? nullptr : &*it;
}

TEST(ExtractClaimsTest, OfferLetterStatesWrittenClaimsWithEvidence) {
  const auto claims = ExtractClaims(
      Doc("offer_letter", "Dear Wei,\n\nWe offer you the position of QA Engineer II at a monthly base salary of "
                          "SGD 5,500.\nPlease sign by 28 November 2026."),
      kDoc0, std::nullopt, "SGD");
  const ExtractedClaim* title = ClaimOn(claims, "title");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->value, "QA Engineer II");
  EXPECT_EQ(title->source, "offer letter");
  EXPECT_TRUE(title->written);
  EXPECT_EQ(walkaway::core::FieldPath(title->evidence.field), "offers[0].documents[0].text");
  EXPECT_EQ(title->evidence.line, 3);
  EXPECT_EQ(title->evidence.column, 30);
  const ExtractedClaim* base = ClaimOn(claims, "base");
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->value, "5,500 SGD a month (66,000 a year)");
  EXPECT_EQ(base->amount, Money::FromUnits(66000));
  const ExtractedClaim* deadline = ClaimOn(claims, "deadline");
  ASSERT_NE(deadline, nullptr);
  EXPECT_EQ(deadline->date, (Date{2026, 11, 28}));
}

TEST(ExtractClaimsTest, AmountInAnotherCurrencyKeepsWordsButNoAmount) {
  const auto claims = ExtractClaims(Doc("offer_letter", "Your base salary is USD 90,000."), kDoc0, std::nullopt, "EUR");
  const ExtractedClaim* base = ClaimOn(claims, "base");
  ASSERT_NE(base, nullptr);
  EXPECT_FALSE(base->amount);
}

TEST(ExtractClaimsTest, JobPostDeadlinesAreNotOfferDeadlines) {
  const auto claims = ExtractClaims(Doc("job_post", "Apply by 30 November 2026."), kDoc0, Date{2026, 11, 1}, "EUR");
  EXPECT_EQ(ClaimOn(claims, "deadline"), nullptr);
}

TEST(ExtractClaimsTest, InterviewNotesAreNotWritten) {
  const auto claims = ExtractClaims(Doc("interview_notes", "Manager said it is fully remote."), kDoc0, std::nullopt, "EUR");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].written);
  EXPECT_EQ(claims[0].source, "interview notes");
}

TEST(ExtractClaimsTest, SameDeadlineInTwoPhrasesIsOneClaim) {
  const auto claims = ExtractClaims(
      Doc("recruiter_messages", "Date: Thu, 19 Nov 2026 18:42\n\nThis offer expires at end of day tomorrow. We need "
                                "your answer by Friday 17:00."),
      kDoc0, std::nullopt, "EUR");
  ASSERT_EQ(std::count_if(claims.begin(), claims.end(), [](const auto& c) { return c.topic == "deadline"; }), 1);
  EXPECT_EQ(ClaimOn(claims, "deadline")->document_date, (Date{2026, 11, 19}));
}

TEST(ExtractClaimsTest, CeilingBonusIsVague) {
  const auto claims =
      ExtractClaims(Doc("offer_letter", "You may be eligible for a bonus of up to 10% of base."), kDoc0, std::nullopt, "EUR");
  const ExtractedClaim* bonus = ClaimOn(claims, "bonus");
  ASSERT_NE(bonus, nullptr);
  EXPECT_TRUE(bonus->vague);
  EXPECT_EQ(bonus->value, "up to 10% of base");
}

TEST(AugmentWithDocumentsTest, AppendsClaimsWithTheirOrigin) {
  Case c = AlignedCase();
  c.offers[0].documents = {Doc("job_post", "Backend Engineer - Remote\n\nWe are fully remote.")};
  const size_t typed = c.offers[0].claims.size();
  const Case augmented = AugmentWithDocuments(c);
  ASSERT_GT(augmented.offers[0].claims.size(), typed);
  const Claim& added = augmented.offers[0].claims[typed];
  ASSERT_TRUE(added.origin);
  EXPECT_EQ(FieldPath(added.origin->field), "offers[0].documents[0].text");
}

TEST(AugmentWithDocumentsTest, CaseWithoutDocumentsIsUnchanged) {
  const Case c = AlignedCase();
  EXPECT_EQ(AugmentWithDocuments(c), c);
}

// Runs `rule` on the case as Evaluate would: with the documents' claims merged in.
std::vector<Finding> RunAugmented(RuleFn rule, const Case& c) { return RunRule(rule, AugmentWithDocuments(c)); }

TEST(ExtractWiringTest, PostRemoteAgainstLetterHybridIsRoleDriftQuotingBothDocuments) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  c.offers[0].work.mode.reset();
  c.offers[0].work.office_days.reset();
  c.offers[0].documents = {
      Doc("job_post", "Senior Engineer\n\nThis role is fully remote within the EU."),
      Doc("offer_letter", "Dear Sam,\n\nThis is a hybrid role with three office days a week in Berlin."),
  };
  const Finding f = FindingWithCode(RunAugmented(RunSignRole, c), "role.drift");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.message, "The job post says fully remote; the offer letter says hybrid, 3 office days a week.");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0].text");
  EXPECT_EQ(f.evidence[0].quote, "This role is fully remote within the EU.");
  EXPECT_EQ(f.evidence[0].line, 3);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "offers[0].documents[1].text");
  EXPECT_EQ(f.evidence[1].quote, "This is a hybrid role with three office days a week in Berlin.");
}

TEST(ExtractWiringTest, LetterAgreeingWithATypedClaimIsNoDrift) {
  Case c = AlignedCase();  // hybrid, two office days, typed
  c.offers[0].documents = {Doc("offer_letter", "This is a hybrid role with two office days a week.")};
  EXPECT_FALSE(HasCode(RunAugmented(RunSignRole, c), "role.drift"));
}

TEST(ExtractWiringTest, LetterDisagreeingWithTheTermsIsDrift) {
  Case c = AlignedCase();  // the terms say two office days
  c.offers[0].documents = {Doc("offer_letter", "We expect you in the office four days a week.")};
  const Finding f = FindingWithCode(RunAugmented(RunSignRole, c), "role.drift");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0].text");
}

TEST(ExtractWiringTest, LetterBaseDifferentFromTheTypedBaseIsDrift) {
  Case c = AlignedCase();  // base 90k EUR
  c.offers[0].documents = {Doc("offer_letter", "Your annual base salary will be EUR 86,000.")};
  const Finding f = FindingWithCode(RunAugmented(RunSignRole, c), "role.drift");
  EXPECT_NE(f.message.find("86,000 EUR"), std::string::npos) << f.message;
}

TEST(ExtractWiringTest, RecruiterDeadlineMakesAOneDayWindow) {
  Case c = AlignedCase();
  c.offers[0].received.reset();
  c.offers[0].deadline.reset();
  c.as_of = Date{2026, 11, 19};
  c.offers[0].documents = {Doc("recruiter_messages",
                               "From: talent@example.com\nDate: Thu, 19 Nov 2026 18:42\n\nHi,\n\nThis offer expires "
                               "at end of day tomorrow.\n")};
  const std::vector<Finding> found = RunAugmented(RunSignPressure, c);
  EXPECT_FALSE(HasCode(found, "pressure.no_deadline"));
  EXPECT_FALSE(HasCode(found, "pressure.received_unknown"));
  const Finding f = FindingWithCode(found, "pressure.short_window");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_NE(f.message.find("1 day to decide"), std::string::npos) << f.message;
  ASSERT_FALSE(f.evidence.empty());
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence.back().field), "offers[0].documents[0].text");
  EXPECT_EQ(f.evidence.back().quote, "This offer expires at end of day tomorrow.");
  EXPECT_EQ(f.evidence.back().line, 6);
}

TEST(ExtractWiringTest, LetterDeadlineEarlierThanTheRecordedOneIsReported) {
  Case c = AlignedCase();  // deadline 14 days after received
  c.offers[0].documents = {Doc("offer_letter", "Please sign and return this letter by " +
                                                   c.offers[0].received->AddDays(2).ToString() + ".")};
  const Finding f = FindingWithCode(RunAugmented(RunSignPressure, c), "pressure.document_deadline_earlier");
  EXPECT_EQ(f.channel, Channel::kDocuments);
  EXPECT_FALSE(f.question.empty());
}

TEST(ExtractWiringTest, CeilingBonusInTheLetterIsCalledOutByBiasVague) {
  Case c = AlignedCase();
  c.offers[0].documents = {Doc("offer_letter", "You may be eligible for an annual bonus of up to 10% of base salary.")};
  const Finding f = FindingWithCode(RunAugmented(RunBiasVague, c), "vague.pay_wording");
  EXPECT_NE(f.message.find("Only a ceiling is written (up to 10% of base)"), std::string::npos) << f.message;
}

TEST(ExtractWiringTest, ExtractedClaimsDoNotCountAsTheLedger) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  c.offers[0].documents = {Doc("offer_letter", "This is a hybrid role with two office days a week.")};
  const std::vector<Finding> found = RunAugmented(RunBiasVague, c);
  EXPECT_FALSE(HasCode(found, "vague.all_written"));
  EXPECT_TRUE(HasCode(RunAugmented(RunSignRole, c), "role.no_claims"));
}

TEST(ExtractWiringTest, EvaluateMergesTheDocuments) {
  Case c = AlignedCase();
  c.offers[0].documents = {Doc("offer_letter", "We expect you in the office four days a week.")};
  const Evaluation e = Evaluate(c, Date{2026, 11, 21});
  const auto& findings = e.offers[0].findings;
  EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return walkaway::core::ToString(f.code) == "role.drift"; }));
}

}  // namespace
}  // namespace walkaway::core
