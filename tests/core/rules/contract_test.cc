// CONTRACT: the scanner's contract-clause hits grouped into families, each one finding on the
// written terms with a concrete ask.

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

PhraseSignal Clause(std::string entry, Severity severity, std::string sentence) {
  return Signal("CONTRACT", std::move(entry), severity, std::move(sentence));
}

const PhraseSignal kClawback =
    Clause("contract.clawback", Severity::kMajor, "The signing bonus is subject to clawback within 24 months.");
const PhraseSignal kAtWill = Clause("contract.at-will", Severity::kMinor, "Your employment is at-will.");

TEST(ContractTest, NoSignalsNoFinding) { EXPECT_TRUE(RunRuleWithSignals(RunContract, AlignedCase(), {}).empty()); }

TEST(ContractTest, AClawbackIsAMajorTermWithAnAsk) {
  const auto findings = RunRuleWithSignals(RunContract, AlignedCase(), {kClawback});
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.rule()), "CONTRACT");
  EXPECT_EQ(walkaway::core::ToString(f.code), "contract.clawback");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kTerms);  // settled by negotiation, never an EVAL-PATTERNS flag
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_NE(walkaway::testing::AskText(*f.ask).find("pro-rated"), std::string::npos);
  EXPECT_EQ(f.evidence[0].quote, kClawback.sentence);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0].text");
}

TEST(ContractTest, AtWillAloneIsMinor) {
  const auto findings = RunRuleWithSignals(RunContract, AlignedCase(), {kAtWill});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "contract.at_will");
  EXPECT_EQ(findings[0].severity, Severity::kMinor);
}

TEST(ContractTest, AtWillWithAClawbackIsItsOwnMajorFlag) {
  const auto findings = RunRuleWithSignals(RunContract, AlignedCase(), {kClawback, kAtWill});
  EXPECT_TRUE(HasCode(findings, "contract.clawback"));
  EXPECT_FALSE(HasCode(findings, "contract.at_will"));
  const Finding f = FindingWithCode(findings, "contract.at_will_clawback");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.evidence.size(), 2u);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "the repayment waived if the company ends your employment without cause");
  // The clawback's own ask leaves the waiver to this one: no ask twice.
  EXPECT_EQ(walkaway::testing::AskText(*FindingWithCode(findings, "contract.clawback").ask), "the repayment pro-rated by months served");
}

TEST(ContractTest, NonCompeteAskNamesItsLengthAndTheCap) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.non-compete", Severity::kMajor, "You agree to a 12-month non-compete after you leave.")});
  const Finding f = FindingWithCode(findings, "contract.non_compete");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "the non-compete removed, or cut from 12 to at most 3 months with full pay during it");
}

TEST(ContractTest, NonCompeteInYearsIsReadAsMonths) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.non-compete", Severity::kMajor, "A non-compete applies for two years.")});
  EXPECT_NE(walkaway::testing::AskText(*FindingWithCode(findings, "contract.non_compete").ask).find("cut from 24 to at most 3 months"),
            std::string::npos);
}

TEST(ContractTest, NonCompeteWithoutALengthAsksForTheCap) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(), {Clause("contract.non-compete", Severity::kMajor, "A non-compete applies.")});
  EXPECT_EQ(walkaway::testing::AskText(*FindingWithCode(findings, "contract.non_compete").ask),
            "the non-compete removed, or limited to at most 3 months with full pay during it");
}

TEST(ContractTest, AnAgreementNotAttachedAsksForACopyByName) {
  const std::string sentence = "The invention assignment agreement will be provided after you start.";
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.invention-assignment", Severity::kMinor, sentence),
       Clause("contract.agreement-not-attached", Severity::kMajor, sentence)});
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.code), "contract.unattached_agreement");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a copy of the invention assignment agreement before signing");
}

TEST(ContractTest, TheSentenceSayingItIsNotAttachedIsQuotedFirst) {
  const std::string later = "The invention assignment agreement will be provided after you start.";
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.invention-assignment", Severity::kMinor, "You will sign our invention assignment agreement."),
       Clause("contract.invention-assignment", Severity::kMinor, later),
       Clause("contract.agreement-not-attached", Severity::kMajor, later)});
  const Finding f = FindingWithCode(findings, "contract.unattached_agreement");
  ASSERT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(f.evidence[0].quote, later);
  EXPECT_NE(f.message.find(later), std::string::npos);
}

TEST(ContractTest, AReferencedAgreementAloneIsMinorWithTheSameAsk) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.invention-assignment", Severity::kMinor, "You will sign our invention assignment.")});
  const Finding f = FindingWithCode(findings, "contract.referenced_agreement");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "a copy of the invention assignment agreement before signing");
}

TEST(ContractTest, ArbitrationAndClassWaiverAreOneFinding) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.arbitration", Severity::kMajor, "Disputes go to binding arbitration."),
       Clause("contract.class-action-waiver", Severity::kMajor, "This includes a class action waiver.")});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "contract.arbitration");
  EXPECT_EQ(findings[0].evidence.size(), 2u);
  EXPECT_NE(walkaway::testing::AskText(*findings[0].ask).find("optional or removed"), std::string::npos);
}

TEST(ContractTest, UnilateralChangesAskForConsentInWriting) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.modify-duties-pay", Severity::kMajor, "The company may modify your duties or pay.")});
  const Finding f = FindingWithCode(findings, "contract.unilateral_change");
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
}

TEST(ContractTest, SixYearVestingAsksForFour) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.six-year-vesting", Severity::kMajor, "Options vest over six years."),
       Clause("contract.long-cliff", Severity::kMajor, "There is a two-year cliff.")});
  const Finding f = FindingWithCode(findings, "contract.vesting");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "vesting over four years and a cliff of at most one year");
}

TEST(ContractTest, KeepingYourPassportIsABlocker) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.hold-documents", Severity::kBlocker, "We will retain your passport for the first year.")});
  EXPECT_EQ(FindingWithCode(findings, "contract.holds_documents").severity, Severity::kBlocker);
}

TEST(ContractTest, NoOtherClauseIsMoreThanMajor) {
  // A lexicon could rate a clause blocker; only the passport one walks away on its own.
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(), {Clause("contract.clawback", Severity::kBlocker, "Subject to clawback.")});
  EXPECT_EQ(FindingWithCode(findings, "contract.clawback").severity, Severity::kMajor);
}

TEST(ContractTest, EntireAgreementListsTheVerbalPromisesToWriteDown) {
  Case c = AlignedCase();
  Claim verbal;
  verbal.topic = "bonus";
  verbal.value = "a 10% bonus is basically guaranteed";
  verbal.source = "recruiter";
  c.offers[0].claims.push_back(verbal);
  const auto findings = RunRuleWithSignals(
      RunContract, c,
      {Clause("contract.entire-agreement", Severity::kMajor, "This letter supersedes all prior discussions.")});
  const Finding f = FindingWithCode(findings, "contract.entire_agreement");
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
  EXPECT_NE(walkaway::testing::AskText(*f.ask).find("'a 10% bonus is basically guaranteed'"), std::string::npos) << walkaway::testing::AskText(*f.ask);
}

TEST(ContractTest, AnUnknownEntryIsStillReported) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(), {Clause("contract.something-new", Severity::kMajor, "A new kind of clause.")});
  const Finding f = FindingWithCode(findings, "contract.clause");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_TRUE(f.ask.has_value());
}

TEST(ContractTest, NegatedHitsAreNeverCounted) {
  PhraseSignal none = Clause("contract.non-compete", Severity::kMajor, "There is no non-compete.");
  none.negated = true;
  EXPECT_TRUE(RunRuleWithSignals(RunContract, AlignedCase(), {none}).empty());
}

TEST(ContractTest, ClausesTurnAnAlignedOfferIntoNegotiateNotWalkAway) {
  EvaluationInputs inputs;
  inputs.phrases = {kClawback, kAtWill,
                    Clause("contract.non-compete", Severity::kMajor, "A 12-month non-compete applies."),
                    Clause("contract.arbitration", Severity::kMajor, "Disputes go to binding arbitration.")};
  const Evaluation e = Evaluate(AlignedCase(), Date{2026, 11, 21}, std::nullopt, inputs);
  EXPECT_EQ(e.offers[0].verdict.decision, Decision::kNegotiate);
  EXPECT_GE(e.offers[0].verdict.asks.size(), 4u);
}

}  // namespace
}  // namespace walkaway::core
