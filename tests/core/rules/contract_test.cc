// CONTRACT: the scanner's contract-clause hits grouped into families, each one finding on the
// written terms with a concrete ask.

#include <gtest/gtest.h>

#include <string>
#include <variant>

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

TEST(ContractTest, AForfeitureClauseIsAVestingFindingAskingForTheTermsExplained) {
  // "contract.forfeit" is a lexicon entry, not a finding code: no finding can carry that name.
  EXPECT_FALSE(CodeFromName("contract.forfeit").has_value());
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.forfeit", Severity::kMinor, "Unvested shares are forfeited upon termination.")});
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(walkaway::core::ToString(f.code), "contract.vesting");
  EXPECT_EQ(f.severity, Severity::kMinor);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::testing::AskText(*f.ask), "the vesting and forfeiture terms explained in writing");
}

// The clause families whose finding is fixed text: each from one entry of data/lexicon/contract.toml
// (its example sentence and severity), with the finding's code, severity and ask.
TEST(ContractTest, PlainClausesRaiseTheirCodeWithTheirAsk) {
  struct Row {
    const char* entry;
    Severity lexicon;
    const char* sentence;
    const char* code;
    Severity severity;
    ClauseRequest request;
    const char* ask;
  };
  const Row rows[] = {
      {"contract.non-solicit", Severity::kMinor, "A non-solicitation clause applies for 18 months.",
       "contract.restrictive_clause", Severity::kMinor, ClauseRequest::kLimitRestrictions,
       "each restriction limited in time and scope, in writing"},
      {"contract.no-severance", Severity::kMajor, "There is no severance on termination.",
       "contract.termination_terms", Severity::kMajor, ClauseRequest::kFairTermination,
       "the same notice period for both sides, and severance if they end the job without cause"},
      {"contract.probation-long", Severity::kMinor, "There is a probationary period of six months.",
       "contract.termination_terms", Severity::kMinor, ClauseRequest::kFairTermination,
       "the same notice period for both sides, and severance if they end the job without cause"},
      {"contract.unpaid-overtime-clause", Severity::kMajor, "Overtime is included in your base salary.",
       "contract.unpaid_overtime", Severity::kMajor, ClauseRequest::kPaidOvertime,
       "overtime paid, or taken back as time off, in writing"},
      {"contract.exempt-status", Severity::kMinor, "This role is classified as exempt.",
       "contract.unpaid_overtime", Severity::kMinor, ClauseRequest::kPaidOvertime,
       "overtime paid, or taken back as time off, in writing"},
      {"contract.unpaid-trial", Severity::kMajor, "There is an unpaid trial week before the contract starts.",
       "contract.unpaid_work", Severity::kMajor, ClauseRequest::kPaidTrial,
       "every working day paid, the trial included"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.entry);
    const auto findings = RunRuleWithSignals(RunContract, AlignedCase(), {Clause(row.entry, row.lexicon, row.sentence)});
    ASSERT_EQ(findings.size(), 1u);
    const Finding& f = findings[0];
    EXPECT_EQ(walkaway::core::ToString(f.code), row.code);
    EXPECT_EQ(f.severity, row.severity);
    EXPECT_EQ(f.channel, Channel::kTerms);
    ASSERT_TRUE(f.ask.has_value());
    const auto* change = std::get_if<ClauseChange>(&*f.ask);
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->request, row.request);
    ASSERT_EQ(change->clauses.size(), 1u);
    EXPECT_EQ(change->clauses[0].quote, row.sentence);
    EXPECT_EQ(walkaway::testing::AskText(*f.ask), row.ask);
    EXPECT_FALSE(f.question.empty());
    EXPECT_NE(f.message.find(row.sentence), std::string::npos) << f.message;
  }
}

TEST(ContractTest, AMajorPlainClauseIsNegotiatedNotWalkedAwayFrom) {
  // Every plain family has an ask, so a major one alone leads to NEGOTIATE with that ask listed.
  for (const char* entry : {"contract.no-severance", "contract.unpaid-overtime-clause", "contract.unpaid-trial",
                            "contract.non-solicit"}) {
    SCOPED_TRACE(entry);
    EvaluationInputs inputs;
    inputs.phrases = {Clause(entry, Severity::kMajor, "A clause quoted from the letter.")};
    const Evaluation e = Evaluate(AlignedCase(), Date{2026, 11, 21}, std::nullopt, inputs);
    const Verdict& v = e.offers[0].verdict;
    EXPECT_EQ(v.decision, Decision::kNegotiate);
    ASSERT_EQ(v.asks.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<ClauseChange>(v.asks[0]));
  }
}

TEST(ContractTest, OneFindingPerFamilyWithTheMostSeriousSeverity) {
  const auto findings = RunRuleWithSignals(
      RunContract, AlignedCase(),
      {Clause("contract.exempt-status", Severity::kMinor, "This role is classified as exempt."),
       Clause("contract.unpaid-overtime-clause", Severity::kMajor, "Overtime is included in your base salary.")});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::ToString(findings[0].code), "contract.unpaid_overtime");
  EXPECT_EQ(findings[0].severity, Severity::kMajor);
  EXPECT_EQ(findings[0].evidence.size(), 2u);
  EXPECT_EQ(std::get<ClauseChange>(*findings[0].ask).clauses.size(), 2u);
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
