#include <gtest/gtest.h>

#include "support/builders.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRule;

Finding Prior(std::string rule_id, Severity severity, Channel channel, FieldRef field = FieldRef::Offer(0)) {
  Finding f;
  f.code = walkaway::testing::AnyCodeOf(rule_id);
  f.severity = severity;
  f.channel = channel;
  f.offer_id = "acme";
  f.evidence.push_back(Evidence{std::move(field), {}, 0, 0});
  return f;
}

Claim Verbal(std::string value) {
  Claim claim;
  claim.topic = "other";
  claim.value = std::move(value);
  return claim;
}

TEST(EvalPatternsTest, MajorFlagsFromIndependentChannelsAreABlocker) {
  const std::vector<Finding> prior = {
      Prior("SIGN-PRESSURE", Severity::kMajor, Channel::kTiming, FieldRef::Offer(0, Field::kDeadline)),
      Prior("REFLECT", Severity::kMajor, Channel::kSelf, FieldRef::Reflection(-1, Field::kGut)),
      Prior("SIGN-CULTURE", Severity::kMajor, Channel::kInterviews, FieldRef::Interview(0, 0, Field::kTags)),
      Prior("BIAS-SCARCITY", Severity::kMajor, Channel::kSelf, FieldRef::Reflection(-1, Field::kFeeling)),
  };
  const auto findings = RunRule(RunEvalPatterns, AlignedCase(), 0, prior);
  ASSERT_EQ(findings.size(), 1u);
  const Finding f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "EVAL-PATTERNS");
  EXPECT_EQ(walkaway::core::ToString(f.code), "patterns.independent_flags");
  EXPECT_EQ(f.severity, Severity::kBlocker);
  // REFLECT and BIAS-SCARCITY are about one fact from one source: counted once.
  EXPECT_EQ(f.message,
            "Serious warning signs about 3 separate things, each from a different source: the time you "
            "are given (from the dates), how you feel about it (from your own answers) and how the "
            "process treated you (from the interviews).");
  ASSERT_EQ(f.evidence.size(), 3u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].deadline");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[1].field), "reflection.gut");
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[2].field), "offers[0].interviews[0].tags");
}

Finding PriorCode(Code code, Severity severity, Channel channel) {
  Finding f;
  f.code = code;
  f.severity = severity;
  f.channel = channel;
  f.offer_id = "acme";
  f.evidence.push_back(Evidence{FieldRef::Offer(0), {}, 0, 0});
  return f;
}

TEST(EvalPatternsTest, OneFactStatedInTwoPlacesCountsOnce) {
  // The short window (the dates) and the letter's "we cannot extend" (a document) are one fact.
  const std::vector<Finding> prior = {PriorCode(Code::kPressureExtensionRefused, Severity::kMajor, Channel::kTiming),
                                      PriorCode(Code::kPressurePhrase, Severity::kMajor, Channel::kDocuments)};
  const auto findings = RunRule(RunEvalPatterns, AlignedCase(), 0, prior);
  EXPECT_FALSE(HasCode(findings, "patterns.independent_flags"));
  EXPECT_TRUE(HasCode(findings, "patterns.single_source"));
}

TEST(EvalPatternsTest, TwoFindingsOfOneRuleAreOneJudgement) {
  // Different facts and sources, but one rule's reading: not two independent signs.
  const std::vector<Finding> prior = {
      PriorCode(Code::kProgressionVerbalPromotion, Severity::kMajor, Channel::kClaims),
      PriorCode(Code::kProgressionDocumentSignal, Severity::kMajor, Channel::kDocuments)};
  EXPECT_FALSE(HasCode(RunRule(RunEvalPatterns, AlignedCase(), 0, prior), "patterns.independent_flags"));
}

TEST(EvalPatternsTest, OneSourceAboutTwoFactsIsNoPattern) {
  const std::vector<Finding> prior = {PriorCode(Code::kCultureDismissiveInterview, Severity::kMajor, Channel::kInterviews),
                                      PriorCode(Code::kStressOwnWords, Severity::kMajor, Channel::kInterviews)};
  EXPECT_FALSE(HasCode(RunRule(RunEvalPatterns, AlignedCase(), 0, prior), "patterns.independent_flags"));
}

TEST(EvalPatternsTest, BlockersCountAsFlags) {
  const std::vector<Finding> prior = {Prior("SIGN-PRESSURE", Severity::kBlocker, Channel::kTiming),
                                      Prior("BIAS-STRESS", Severity::kMajor, Channel::kDocuments)};
  EXPECT_TRUE(HasCode(RunRule(RunEvalPatterns, AlignedCase(), 0, prior), "patterns.independent_flags"));
}

TEST(EvalPatternsTest, TermsFlagsAreLeftToGatesAndNegotiation) {
  const std::vector<Finding> prior = {Prior("SIGN-PAY", Severity::kMajor, Channel::kTerms),
                                      Prior("REFLECT", Severity::kMajor, Channel::kSelf)};
  const auto findings = RunRule(RunEvalPatterns, AlignedCase(), 0, prior);
  EXPECT_FALSE(HasCode(findings, "patterns.independent_flags"));
  const Finding f = FindingWithCode(findings, "patterns.single_source");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.message,
            "One serious concern, from one source: how you feel about it (from your own answers). Look "
            "closer before deciding.");
  EXPECT_FALSE(f.question.empty());
}

TEST(EvalPatternsTest, MinorFlagsAndMindsetAreIgnored) {
  const std::vector<Finding> prior = {Prior("BIAS-STRESS", Severity::kMinor, Channel::kDocuments),
                                      Prior("MINDSET", Severity::kMajor, Channel::kSelf),
                                      Prior("SIGN-PRESSURE", Severity::kMajor, Channel::kTiming)};
  const auto findings = RunRule(RunEvalPatterns, AlignedCase(), 0, prior);
  EXPECT_TRUE(HasCode(findings, "patterns.single_source"));
  EXPECT_FALSE(HasCode(findings, "patterns.independent_flags"));
}

TEST(EvalPatternsTest, MostlyVerbalLedgerIsMajorButNotAChannel) {
  Case c = AlignedCase();  // one written claim
  c.offers[0].claims.push_back(Verbal("remote Fridays"));
  c.offers[0].claims.push_back(Verbal("a raise after six months"));
  const std::vector<Finding> prior = {Prior("REFLECT", Severity::kMajor, Channel::kSelf)};
  const auto findings = RunRule(RunEvalPatterns, c, 0, prior);
  const Finding f = FindingWithCode(findings, "patterns.mostly_verbal");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kClaims);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask),
            "'remote Fridays' and 'a raise after six months' written into the offer letter");
  EXPECT_EQ(f.evidence.size(), 2u);
  EXPECT_TRUE(HasCode(findings, "patterns.single_source"));
  EXPECT_FALSE(HasCode(findings, "patterns.independent_flags"));
}

// Issue #12, class 1: when BIAS-VAGUE already names the same spoken promises as only verbal, the
// tally is that fact again and adds a second major: it is left out.
TEST(EvalPatternsTest, TheTallyIsNotRepeatedWhenBiasVagueNamesTheSamePromises) {
  Case c = AlignedCase();
  c.offers[0].claims.clear();
  Claim remote = Verbal("fully remote");
  remote.topic = "work_mode";
  Claim bonus = Verbal("a 10% bonus every year");
  bonus.topic = "bonus";
  c.offers[0].claims = {remote, bonus};
  const std::vector<Finding> vague = RunRule(RunBiasVague, c);
  ASSERT_TRUE(HasCode(vague, "vague.unwritten_key_claims"));
  EXPECT_FALSE(HasCode(RunRule(RunEvalPatterns, c, 0, vague), "patterns.mostly_verbal"));
  // Without BIAS-VAGUE's finding the tally stands.
  EXPECT_TRUE(HasCode(RunRule(RunEvalPatterns, c), "patterns.mostly_verbal"));
}

TEST(EvalPatternsTest, OneVerbalPromiseIsNotAPattern) {
  Case c = AlignedCase();
  c.offers[0].claims[0].written = false;
  EXPECT_FALSE(HasCode(RunRule(RunEvalPatterns, c), "patterns.mostly_verbal"));
}

TEST(EvalPatternsTest, NoMajorAnywhereAndSomePositiveIsConsistent) {
  const std::vector<Finding> prior = {Prior("EVAL-NONNEG", Severity::kPositive, Channel::kTerms),
                                      Prior("BIAS-STRESS", Severity::kMinor, Channel::kDocuments)};
  const auto findings = RunRule(RunEvalPatterns, AlignedCase(), 0, prior);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "patterns.consistent");
  EXPECT_EQ(findings[0].severity, Severity::kPositive);
}

TEST(EvalPatternsTest, TermsMajorPreventsConsistent) {
  const std::vector<Finding> prior = {Prior("EVAL-NONNEG", Severity::kPositive, Channel::kTerms),
                                      Prior("SIGN-PAY", Severity::kMajor, Channel::kTerms)};
  EXPECT_TRUE(RunRule(RunEvalPatterns, AlignedCase(), 0, prior).empty());
}

TEST(EvalPatternsTest, NothingToWeighGivesNothing) {
  EXPECT_TRUE(RunRule(RunEvalPatterns, AlignedCase()).empty());
}

}  // namespace
}  // namespace walkaway::core
