#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

Claim Promotion(std::string value, bool written) {
  Claim claim;
  claim.topic = "promotion";
  claim.value = std::move(value);
  claim.source = "hiring manager";
  claim.stage = "onsite";
  claim.written = written;
  return claim;
}

TEST(SignProgressionTest, AlignedCaseHasNoNegativeFindingAndIsTransparent) {
  const auto findings = RunRule(RunSignProgression, AlignedCase());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "progression.transparent");
  EXPECT_EQ(findings[0].severity, Severity::kPositive);
}

TEST(SignProgressionTest, TwoMissingFactsAreMajor) {
  Case c = AlignedCase();
  c.offers[0].progression.ladder_shared = false;
  c.offers[0].progression.promotion_criteria_written = false;
  const auto findings = RunRule(RunSignProgression, c);
  const Finding f = FindingWithCode(findings, "progression.opaque");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kTerms);
  EXPECT_EQ(f.message,
            "On development and advancement: no career ladder was shared; there are no written "
            "promotion criteria.");
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kProgression);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask),
            "the career ladder for the role and the written criteria for the next level, in writing");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].progression.ladder_shared");
  EXPECT_FALSE(HasCode(findings, "progression.transparent"));
}

TEST(SignProgressionTest, OneMissingFactIsMinor) {
  Case c = AlignedCase();
  c.offers[0].progression.mentorship = false;
  EXPECT_EQ(FindingWithCode(RunRule(RunSignProgression, c), "progression.opaque").severity, Severity::kMinor);
}

TEST(SignProgressionTest, NoLearningBudgetIsAMinorFlagAskingForOne) {
  // "progression.learning_budget" is the offer field, not a finding code: the flag it raises is
  // progression.opaque, pointing at that field.
  EXPECT_FALSE(CodeFromName("progression.learning_budget").has_value());
  Case c = AlignedCase();
  c.offers[0].progression.learning_budget = false;
  const auto findings = RunRule(RunSignProgression, c);
  const Finding f = FindingWithCode(findings, "progression.opaque");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.message, "On development and advancement: there is no learning budget.");
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(*f.ask, Ask{GrowthInWriting{{GrowthItem::kLearningBudget}}});
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a learning budget, in writing");
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].progression.learning_budget");
  // Unknown is not "no": a learning budget nobody mentioned raises nothing (it is not a core fact).
  c.offers[0].progression.learning_budget.reset();
  EXPECT_FALSE(HasCode(RunRule(RunSignProgression, c), "progression.opaque"));
}

TEST(SignProgressionTest, ReviewsLessThanYearlyCountAsMissingFeedback) {
  Case c = AlignedCase();
  c.offers[0].progression.review_cycle_months = 18;
  const Finding f = FindingWithCode(RunRule(RunSignProgression, c), "progression.opaque");
  EXPECT_NE(f.message.find("feedback comes less than once a year"), std::string::npos);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].progression.review_cycle_months");
}

TEST(SignProgressionTest, YearlyReviewsAreRegular) {
  Case c = AlignedCase();
  c.offers[0].progression.review_cycle_months = 12;
  EXPECT_FALSE(HasCode(RunRule(RunSignProgression, c), "progression.opaque"));
}

TEST(SignProgressionTest, NothingKnownIsMajorWithTheQuestions) {
  Case c = AlignedCase();
  c.offers[0].progression = Progression{};
  const Finding f = FindingWithCode(RunRule(RunSignProgression, c), "progression.unknown");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.question,
            "Is there a written career ladder? How often are reviews? What are the written criteria "
            "for the next level?");
}

TEST(SignProgressionTest, PartlyKnownIsMinor) {
  Case c = AlignedCase();
  c.offers[0].progression.review_cycle_months.reset();
  const Finding f = FindingWithCode(RunRule(RunSignProgression, c), "progression.partly_unknown");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.question, "How often are reviews?");
}

TEST(SignProgressionTest, VerbalPromotionPromiseIsMajor) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Promotion("Staff within a year", /*written=*/false));
  const Finding f = FindingWithCode(RunRule(RunSignProgression, c), "progression.verbal_promotion");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_EQ(f.message,
            "A promotion was promised only verbally: 'Staff within a year' (hiring manager, onsite).");
  ASSERT_TRUE(f.ask);
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "'Staff within a year' (hiring manager) written into the offer letter");
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[1].value");
}

TEST(SignProgressionTest, WrittenPromotionTimelineIsFine) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Promotion("Staff review after 12 months", /*written=*/true));
  EXPECT_FALSE(HasCode(RunRule(RunSignProgression, c), "progression.verbal_promotion"));
}

TEST(SignProgressionTest, VaguePhraseInALetterIsQuotedWithItsPlace) {
  Case c = AlignedCase();
  Document letter;
  letter.kind = "offer_letter";
  letter.text = "Dear Sam,\nWe offer you the role. There is plenty of room to grow here.";
  c.offers[0].documents.push_back(letter);
  const Finding f = FindingWithCode(RunRule(RunSignProgression, c), "progression.vague_phrase");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0].text");
  EXPECT_EQ(f.evidence[0].quote, "There is plenty of room to grow here.");
  EXPECT_EQ(f.evidence[0].line, 2);
  EXPECT_EQ(f.evidence[0].column, 43);
}

TEST(SignProgressionTest, VaguePhraseInAClaimUsesTheClaimsChannel) {
  Case c = AlignedCase();
  c.offers[0].claims.push_back(Promotion("We'll revisit your level next year.", /*written=*/true));
  const Finding f = FindingWithCode(RunRule(RunSignProgression, c), "progression.vague_phrase");
  EXPECT_EQ(f.channel, Channel::kClaims);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].claims[1].value");
}

TEST(SignProgressionTest, NegatedPhraseIsNotVague) {
  Case c = AlignedCase();
  Document post;
  post.kind = "job_post";
  post.text = "We make no promises about future opportunities.";
  c.offers[0].documents.push_back(post);
  EXPECT_FALSE(HasCode(RunRule(RunSignProgression, c), "progression.vague_phrase"));
}

}  // namespace
}  // namespace walkaway::core
