// SCAM: the scanner's scam hits on the documents. A blocker phrase alone walks away; major ones
// ask to verify the employer, three distinct ones together are a blocker; minor ones never decide.

#include <gtest/gtest.h>

#include "core/rules/signal_builders.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRuleWithSignals;
using walkaway::testing::Signal;

// A hit on `line` of the document (column 1): hits on different lines never share words.
PhraseSignal Scam(std::string entry, Severity severity, std::string sentence, std::string kind = "job_post",
                  int line = 1, std::string phrase = {}) {
  PhraseSignal s = Signal("SCAM", std::move(entry), severity, std::move(sentence), std::move(kind), 0, std::move(phrase));
  s.line = line;
  return s;
}

TEST(ScamTest, NoSignalsNoFinding) { EXPECT_TRUE(RunRuleWithSignals(RunScam, AlignedCase(), {}).empty()); }

TEST(ScamTest, APaymentToGetTheJobIsABlockerQuotingTheSentence) {
  PhraseSignal fee = Scam("scam.upfront-fee", Severity::kBlocker, "New assistants pay an upfront fee of $150.");
  fee.line = 7;
  fee.column = 39;
  const auto findings = RunRuleWithSignals(RunScam, AlignedCase(), {fee});
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "SCAM");
  EXPECT_EQ(walkaway::core::ToString(f.code), "scam.blocker");
  EXPECT_EQ(f.severity, Severity::kBlocker);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0].text");
  EXPECT_EQ(f.evidence[0].quote, "New assistants pay an upfront fee of $150.");
  EXPECT_EQ(f.evidence[0].line, 7);
  EXPECT_EQ(f.evidence[0].column, 39);
  EXPECT_NE(f.message.find("The job post (line 7)"), std::string::npos) << f.message;
  EXPECT_NE(f.advice.find("pay nothing"), std::string::npos);
  EXPECT_FALSE(f.question.empty());
}

TEST(ScamTest, SeveralBlockerSentencesMakeOneFindingWithEveryQuote) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(),
      {Scam("scam.cheque-deposit", Severity::kBlocker, "Deposit the cheque.", "recruiter_messages"),
       Scam("scam.wire-money", Severity::kBlocker, "Deposit the cheque.", "recruiter_messages"),
       Scam("scam.upfront-fee", Severity::kBlocker, "Pay an upfront fee.")});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].evidence.size(), 2u);  // two sentences, the first with two phrases
  EXPECT_NE(findings[0].message.find("The recruiter's messages"), std::string::npos) << findings[0].message;
  EXPECT_NE(findings[0].message.find("1 more such sentence in the documents"), std::string::npos)
      << findings[0].message;
}

TEST(ScamTest, OneMajorSignalAsksToVerifyTheEmployer) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(), {Scam("scam.chat-app-interview", Severity::kMajor, "Interviews will be held on Telegram.")});
  const Finding f = FindingWithCode(findings, "scam.signal");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_FALSE(f.ask.has_value());  // nothing to negotiate: find out first (NOT YET)
  EXPECT_NE(f.question.find("employer real"), std::string::npos);
}

TEST(ScamTest, TwoDistinctMajorSignalsStayMajor) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(),
      {Scam("scam.chat-app-interview", Severity::kMajor, "Interviews will be held on Telegram."),
       Scam("scam.earn-per-week", Severity::kMajor, "Earn $900 a week.")});
  EXPECT_EQ(FindingWithCode(findings, "scam.signal").severity, Severity::kMajor);
  EXPECT_FALSE(HasCode(findings, "scam.pattern"));
}

TEST(ScamTest, ThreeDistinctMajorSignalsAreABlocker) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(),
      {Scam("scam.chat-app-interview", Severity::kMajor, "Interviews will be held on Telegram.", "job_post", 1),
       Scam("scam.earn-per-week", Severity::kMajor, "Earn $900 a week.", "job_post", 2),
       Scam("scam.personal-email-gmail", Severity::kMajor, "Write to jobs.hiring@gmail.com.", "job_post", 3)});
  const Finding f = FindingWithCode(findings, "scam.pattern");
  EXPECT_EQ(f.severity, Severity::kBlocker);
  EXPECT_EQ(f.evidence.size(), 3u);
  EXPECT_NE(f.message.find("3 separate signs"), std::string::npos);
}

// Two entries matching the same words ("earn $900 a week" inside "earn $900 a week from home")
// are one sign: with one other sign, that is two, not the three that make a pattern.
TEST(ScamTest, TwoEntriesOnTheSameWordsAreOneSign) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(),
      {Scam("scam.chat-app-interview", Severity::kMajor, "Interviews will be held on Telegram.", "job_post", 1),
       Scam("scam.earn-per-week", Severity::kMajor, "Earn $900 a week from home.", "job_post", 2, "Earn $900 a week"),
       Scam("scam.earn-per-week-from-home", Severity::kMajor, "Earn $900 a week from home.", "job_post", 2,
            "Earn $900 a week from home")});
  EXPECT_FALSE(HasCode(findings, "scam.pattern"));
  EXPECT_EQ(FindingWithCode(findings, "scam.signal").severity, Severity::kMajor);
}

TEST(ScamTest, TheSamePhraseRepeatedIsNotAPattern) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(),
      {Scam("scam.earn-per-week", Severity::kMajor, "Earn $900 a week."),
       Scam("scam.earn-per-week", Severity::kMajor, "Really, earn $900 a week."),
       Scam("scam.earn-per-week", Severity::kMajor, "Yes: earn $900 a week.")});
  EXPECT_EQ(FindingWithCode(findings, "scam.signal").severity, Severity::kMajor);
}

TEST(ScamTest, WeakSignalsAreMinor) {
  const auto findings = RunRuleWithSignals(
      RunScam, AlignedCase(), {Scam("scam.no-experience-earn", Severity::kMinor, "No experience needed.")});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "scam.weak_signal");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
}

TEST(ScamTest, NegatedHitsAreNeverCounted) {
  PhraseSignal fee = Scam("scam.application-fee", Severity::kBlocker, "There is no application fee.");
  fee.negated = true;
  EXPECT_TRUE(RunRuleWithSignals(RunScam, AlignedCase(), {fee}).empty());
}

TEST(ScamTest, OtherRulesSignalsAreIgnored) {
  EXPECT_TRUE(RunRuleWithSignals(RunScam, AlignedCase(),
                                 {Signal("CONTRACT", "contract.clawback", Severity::kMajor, "Subject to clawback.")})
                  .empty());
}

TEST(ScamTest, ABlockerMakesAnAlignedOfferWalkAway) {
  const Case c = AlignedCase();
  EvaluationInputs inputs;
  inputs.phrases = {Scam("scam.pay-for-training", Severity::kBlocker, "You pay for your own training.")};
  const Evaluation e = Evaluate(c, Date{2026, 11, 21}, std::nullopt, inputs);
  ASSERT_EQ(e.offers.size(), 1u);
  EXPECT_EQ(e.offers[0].verdict.decision, Decision::kWalkAway);
  EXPECT_EQ(walkaway::core::ToString(e.offers[0].findings.front().code), "scam.blocker");  // blockers sort first
}

TEST(ScamTest, SignalsOfAnotherOfferAreNotThisOnes) {
  const Case c = AlignedCase();
  EvaluationInputs inputs;
  PhraseSignal other = Scam("scam.pay-for-training", Severity::kBlocker, "You pay for your own training.");
  other.offer_id = "someone-else";
  inputs.phrases = {other};
  EXPECT_EQ(Evaluate(c, Date{2026, 11, 21}, std::nullopt, inputs).offers[0].verdict.decision, Decision::kAccept);
}

}  // namespace
}  // namespace walkaway::core
