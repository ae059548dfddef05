// The scanner's hits on the documents (RuleContext::phrases) in the five rules that also have their
// own phrase lists: BIAS-STRESS, SIGN-PRESSURE, BIAS-VAGUE, SIGN-PROGRESSION and SIGN-CULTURE.
// Severity caps, de-duplication against the lists, negation, and the verdict calibration of
// docs/document-signals.md.

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/rules/signal_builders.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::core {
namespace {

bool HasCodeIn(const std::vector<Finding>& findings, Code code) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
}

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;
using walkaway::testing::RunRuleWithSignals;
using walkaway::testing::Signal;

Case WithDocument(std::string kind, std::string text) {
  Case c = AlignedCase();
  c.offers[0].documents.push_back({std::move(kind), "doc.txt", std::move(text)});
  return c;
}


// --- BIAS-STRESS ---

TEST(StressSignalsTest, OneLexiconPhraseIsMinorAndQuoted) {
  const auto findings = RunRuleWithSignals(
      RunBiasStress, AlignedCase(),
      {Signal("BIAS-STRESS", "workload.fast-paced", Severity::kMinor, "A fast-paced team.", "job_post", 0,
              "fast-paced")});
  const Finding f = FindingWithCode(findings, "stress.phrase");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  EXPECT_EQ(walkaway::core::FieldPath(f.evidence[0].field), "offers[0].documents[0].text");
  EXPECT_EQ(f.advice, "Why this phrase matters.");
  EXPECT_NE(f.message.find("\"fast-paced\") in the job post"), std::string::npos) << f.message;
  EXPECT_FALSE(HasCode(findings, "stress.pattern"));
}

TEST(StressSignalsTest, ALexiconMajorPhraseAloneStaysMinor) {
  const auto findings = RunRuleWithSignals(
      RunBiasStress, AlignedCase(),
      {Signal("BIAS-STRESS", "workload.long-hours", Severity::kMajor, "Expect long hours.", "offer_letter", 0,
              "long hours")});
  EXPECT_EQ(FindingWithCode(findings, "stress.phrase").severity, Severity::kMinor);
  EXPECT_FALSE(HasCode(findings, "stress.pattern"));
}

TEST(StressSignalsTest, ASentenceTheListReportedIsNotReportedTwice) {
  const Case c = WithDocument("job_post", "We are a fast-paced team.");
  const auto findings = RunRuleWithSignals(
      RunBiasStress, c,
      {Signal("BIAS-STRESS", "workload.fast-paced", Severity::kMinor, "We are a fast-paced team.", "job_post", 0,
              "fast-paced")});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(walkaway::core::FieldPath(findings[0].evidence[0].field), "offers[0].documents[0]");  // the list's finding
}

TEST(StressSignalsTest, TheSamePhraseFromListAndLexiconCountsOnce) {
  // The list sees "fast-paced"; the lexicon sees it too, and one more phrase: two signals, no pattern.
  const Case c = WithDocument("job_post", "We are a fast-paced team.\nWe are a lean team.");
  const auto findings = RunRuleWithSignals(
      RunBiasStress, c,
      {Signal("BIAS-STRESS", "workload.fast-paced", Severity::kMinor, "We are a fast-paced team.", "job_post", 0,
              "Fast-paced"),
       Signal("BIAS-STRESS", "workload.lean-team", Severity::kMinor, "A lean team.", "job_post", 0, "lean team")});
  EXPECT_FALSE(HasCode(findings, "stress.pattern"));
}

TEST(StressSignalsTest, ThreeDistinctLexiconPhrasesAreAPattern) {
  const auto findings = RunRuleWithSignals(
      RunBiasStress, AlignedCase(),
      {Signal("BIAS-STRESS", "workload.lean-team", Severity::kMinor, "A lean team.", "job_post", 0, "lean team"),
       Signal("BIAS-STRESS", "workload.tight-deadlines", Severity::kMinor, "Tight deadlines.", "job_post", 0,
              "tight deadlines"),
       Signal("BIAS-STRESS", "workload.hustle", Severity::kMinor, "We hustle.", "job_post", 0, "hustle")});
  const Finding f = FindingWithCode(findings, "stress.pattern");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.evidence.size(), 3u);
}

TEST(StressSignalsTest, TwoPhrasesWithAMajorOneInTheLetterAreAPattern) {
  const auto findings = RunRuleWithSignals(
      RunBiasStress, AlignedCase(),
      {Signal("BIAS-STRESS", "workload.long-hours", Severity::kMajor, "Long hours at launch.", "offer_letter", 0,
              "long hours"),
       Signal("BIAS-STRESS", "workload.lean-team", Severity::kMinor, "A lean team.", "offer_letter", 0,
              "lean team")});
  EXPECT_EQ(FindingWithCode(findings, "stress.pattern").severity, Severity::kMajor);
}

TEST(StressSignalsTest, TwoMajorPhrasesInAJobPostAreNotAPattern) {
  const auto findings = RunRuleWithSignals(
      RunBiasStress, AlignedCase(),
      {Signal("BIAS-STRESS", "workload.long-hours", Severity::kMajor, "Long hours at launch.", "job_post", 0,
              "long hours"),
       Signal("BIAS-STRESS", "workload.whatever-it-takes", Severity::kMajor, "Whatever it takes.", "job_post", 0,
              "whatever it takes")});
  EXPECT_FALSE(HasCode(findings, "stress.pattern"));
}

TEST(StressSignalsTest, NegatedHitsAreNeverCounted) {
  PhraseSignal s = Signal("BIAS-STRESS", "workload.unlimited-pto", Severity::kMinor, "There is no unlimited PTO.",
                          "job_post", 0, "unlimited PTO");
  s.negated = true;
  EXPECT_TRUE(RunRuleWithSignals(RunBiasStress, AlignedCase(), {s}).empty());
}

// --- SIGN-PRESSURE ---

TEST(PressureSignalsTest, ALexiconPhraseInTheLetterIsMajorWithAnExtensionAsk) {
  const Case c = WithDocument("offer_letter", "We cannot extend the deadline.");
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.no-extension", Severity::kMajor, "We cannot extend the deadline.")});
  const Finding f = FindingWithCode(findings, "pressure.phrase");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kDeadline);
  EXPECT_FALSE(HasCode(findings, "pressure.enough_time"));
}

TEST(PressureSignalsTest, AMinorLexiconPhraseInTheLetterIsMinor) {
  const Case c = WithDocument("offer_letter", "Positions are first come, first served.");
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.first-come", Severity::kMinor, "Positions are first come, first served.")});
  EXPECT_EQ(FindingWithCode(findings, "pressure.phrase").severity, Severity::kMinor);
}

TEST(PressureSignalsTest, AJobPostIsAdvertisingNotADeadline) {
  const Case c = WithDocument("job_post", "Act fast: apply today.");
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.act-fast", Severity::kMajor, "Act fast: apply today.", "job_post")});
  EXPECT_EQ(FindingWithCode(findings, "pressure.phrase").severity, Severity::kMinor);
  EXPECT_TRUE(HasCode(findings, "pressure.enough_time"));
}

TEST(PressureSignalsTest, ASentenceTheListQuotedIsNotAddedAgain) {
  const Case c = WithDocument("offer_letter", "There are other candidates for this role.");
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.other-candidates", Severity::kMajor,
              "There are other candidates for this role.")});
  const Finding f = FindingWithCode(findings, "pressure.phrase");
  EXPECT_EQ(f.evidence.size(), 1u);
}

TEST(PressureSignalsTest, YourOwnInterviewNotesAreMinor) {
  const Case c = WithDocument("interview_notes", "They said there are other candidates.");
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.other-candidates", Severity::kMajor, "They said there are other candidates.",
              "interview_notes")});
  EXPECT_EQ(FindingWithCode(findings, "pressure.phrase").severity, Severity::kMinor);
}

// Issue #12, class 1: "by end of day Thursday" is the deadline itself. When the case knows the day
// the offer came and the day it is due, the dates weigh it (short window, near deadline), and the
// sentence is not a second, major sign of pressure.
TEST(PressureSignalsTest, TheSentenceThatStatesTheDeadlineIsTheDateNotASecondSign) {
  Case c = WithDocument("offer_letter", "Please confirm your acceptance by end of day Thursday.");
  ASSERT_TRUE(c.offers[0].received && c.offers[0].deadline);
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.end-of-day", Severity::kMajor,
              "Please confirm your acceptance by end of day Thursday.")});
  EXPECT_FALSE(HasCode(findings, "pressure.phrase"));
}

TEST(PressureSignalsTest, DeadlineWordsStillCountWhenTheDayTheOfferCameIsUnknown) {
  Case c = WithDocument("offer_letter", "Please answer by end of day.");
  c.offers[0].received.reset();
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.end-of-day", Severity::kMajor, "Please answer by end of day.")});
  EXPECT_EQ(FindingWithCode(findings, "pressure.phrase").severity, Severity::kMajor);
}

TEST(PressureSignalsTest, DeadlineWordsBesideOtherPressureStillCount) {
  const Case c = WithDocument("offer_letter", "Answer by end of day: there are other candidates.");
  const auto findings = RunRuleWithSignals(
      RunSignPressure, c,
      {Signal("SIGN-PRESSURE", "pressure.end-of-day", Severity::kMajor,
              "Answer by end of day: there are other candidates."),
       Signal("SIGN-PRESSURE", "pressure.other-candidates", Severity::kMajor,
              "Answer by end of day: there are other candidates.")});
  EXPECT_EQ(FindingWithCode(findings, "pressure.phrase").severity, Severity::kMajor);
}

// --- BIAS-VAGUE ---

TEST(VagueSignalsTest, PayWordingInALetterIsMinorWithAnAsk) {
  const auto findings = RunRuleWithSignals(
      RunBiasVague, AlignedCase(),
      {Signal("BIAS-VAGUE", "vague.equity-promise", Severity::kMajor, "You will receive meaningful equity.")});
  const Finding f = FindingWithCode(findings, "vague.pay_wording");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  EXPECT_TRUE(f.ask.has_value());
}

TEST(VagueSignalsTest, PayWordingInTheRecruitersMessagesIsMajor) {
  const auto findings = RunRuleWithSignals(
      RunBiasVague, AlignedCase(),
      {Signal("BIAS-VAGUE", "vague.revisit-comp", Severity::kMajor, "We can revisit your salary after six months.",
              "recruiter_messages")});
  const Finding f = FindingWithCode(findings, "vague.pay_wording");
  EXPECT_EQ(f.severity, Severity::kMajor);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kWriting);
}

TEST(VagueSignalsTest, AMinorPhraseInTheRecruitersMessagesStaysMinor) {
  const auto findings = RunRuleWithSignals(
      RunBiasVague, AlignedCase(),
      {Signal("BIAS-VAGUE", "vague.competitive-salary", Severity::kMinor, "A competitive salary.",
              "recruiter_messages")});
  EXPECT_EQ(FindingWithCode(findings, "vague.pay_wording").severity, Severity::kMinor);
}

TEST(VagueSignalsTest, ASentenceTheListReportedIsNotReportedTwice) {
  const std::string sentence = "You may be eligible for a discretionary bonus.";
  const Case c = WithDocument("offer_letter", sentence);
  const auto findings = RunRuleWithSignals(
      RunBiasVague, c, {Signal("BIAS-VAGUE", "vague.may-be-eligible", Severity::kMajor, sentence)});
  int quoting = 0;
  for (const Finding& f : findings) {
    for (const Evidence& e : f.evidence) quoting += e.quote == sentence ? 1 : 0;
  }
  EXPECT_EQ(quoting, 1);
}

// --- SIGN-PROGRESSION ---

TEST(ProgressionSignalsTest, WhatTheLetterStatesKeepsTheLexiconSeverity) {
  const auto findings = RunRuleWithSignals(
      RunSignProgression, AlignedCase(),
      {Signal("SIGN-PROGRESSION", "progression.promotion-freeze", Severity::kMajor,
              "There is a promotion freeze until 2028.")});
  const Finding f = FindingWithCode(findings, "progression.document_signal");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kDocuments);
  ASSERT_TRUE(f.ask.has_value());
  EXPECT_EQ(walkaway::core::KindOf(*f.ask), AskKind::kProgression);
}

TEST(ProgressionSignalsTest, AJobPostsWordsAreMinor) {
  const auto findings = RunRuleWithSignals(
      RunSignProgression, AlignedCase(),
      {Signal("SIGN-PROGRESSION", "progression.no-formal-ladder", Severity::kMajor, "No formal ladder here.",
              "job_post")});
  const Finding f = FindingWithCode(findings, "progression.document_signal");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_FALSE(f.ask.has_value());
}

TEST(ProgressionSignalsTest, ASentenceTheListReportedIsNotReportedTwice) {
  const std::string sentence = "There is room to grow as the company grows.";
  const Case c = WithDocument("offer_letter", sentence);
  const auto findings = RunRuleWithSignals(
      RunSignProgression, c,
      {Signal("SIGN-PROGRESSION", "progression.organic-growth", Severity::kMinor, sentence)});
  EXPECT_TRUE(HasCode(findings, "progression.vague_phrase"));
  EXPECT_FALSE(HasCode(findings, "progression.document_signal"));
}

// --- SIGN-CULTURE ---

TEST(CultureSignalsTest, YourInterviewNotesSpeakForTheInterviews) {
  const auto findings = RunRuleWithSignals(
      RunSignCulture, AlignedCase(),
      {Signal("SIGN-CULTURE", "culture.yelled", Severity::kMajor, "The manager yelled at a junior designer.",
              "interview_notes")});
  const Finding f = FindingWithCode(findings, "culture.document_signal");
  EXPECT_EQ(f.severity, Severity::kMajor);
  EXPECT_EQ(f.channel, Channel::kInterviews);  // the same interviews as the journal: not counted twice
  EXPECT_TRUE(f.ask.has_value());
}

TEST(CultureSignalsTest, AJobPostsWordsAreMinorAndKeepARespectfulProcess) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(c.offers[0].interviews[0]);
  c.offers[0].interviews[1].stage = "final";
  const auto findings = RunRuleWithSignals(
      RunSignCulture, c,
      {Signal("SIGN-CULTURE", "culture.beer-fridays", Severity::kMinor, "Beer Fridays!", "job_post")});
  EXPECT_EQ(FindingWithCode(findings, "culture.document_signal").channel, Channel::kDocuments);
  EXPECT_EQ(FindingWithCode(findings, "culture.document_signal").severity, Severity::kMinor);
  EXPECT_TRUE(HasCode(findings, "culture.respectful"));
}

TEST(CultureSignalsTest, ASeriousSignalUndoesTheRespectfulNote) {
  Case c = AlignedCase();
  c.offers[0].interviews.push_back(c.offers[0].interviews[0]);
  const auto findings = RunRuleWithSignals(
      RunSignCulture, c,
      {Signal("SIGN-CULTURE", "culture.toxic", Severity::kMajor, "Two people called it toxic.", "recruiter_messages")});
  EXPECT_FALSE(HasCode(findings, "culture.respectful"));
}

TEST(CultureSignalsTest, SignalsCountEvenWithoutAJournal) {
  Case c = AlignedCase();
  c.offers[0].interviews.clear();
  const auto findings = RunRuleWithSignals(
      RunSignCulture, c, {Signal("SIGN-CULTURE", "culture.no-hr", Severity::kMajor, "We have no HR department.")});
  EXPECT_TRUE(HasCode(findings, "culture.no_journal"));
  EXPECT_TRUE(HasCode(findings, "culture.document_signal"));
}

// --- the verdict ---

TEST(DocumentSignalsVerdictTest, ASingleFastPacedKeepsAnAlignedOfferAccepted) {
  EvaluationInputs inputs;
  inputs.phrases = {Signal("BIAS-STRESS", "workload.fast-paced", Severity::kMinor, "A fast-paced team.", "job_post",
                           0, "fast-paced")};
  EXPECT_EQ(Evaluate(AlignedCase(), Date{2026, 11, 21}, std::nullopt, inputs).offers[0].verdict.decision,
            Decision::kAccept);
}

TEST(DocumentSignalsVerdictTest, AJobPostsWordsNeverMoveAnAlignedOffer) {
  // Major-rated phrases of every category, all in a job post: each is capped at minor.
  EvaluationInputs inputs;
  inputs.phrases = {
      Signal("BIAS-STRESS", "workload.long-hours", Severity::kMajor, "Long hours.", "job_post", 0, "long hours"),
      Signal("BIAS-STRESS", "workload.thick-skin", Severity::kMajor, "Thick skin.", "job_post", 0, "thick skin"),
      Signal("SIGN-PRESSURE", "pressure.act-fast", Severity::kMajor, "Act fast.", "job_post"),
      Signal("BIAS-VAGUE", "vague.equity-promise", Severity::kMajor, "Meaningful equity.", "job_post"),
      Signal("SIGN-PROGRESSION", "progression.dead-end", Severity::kMajor, "Not a dead-end job.", "job_post"),
      Signal("SIGN-CULTURE", "culture.survival", Severity::kMajor, "Sink or swim.", "job_post"),
  };
  const Case c = WithDocument("job_post", "Act fast. Long hours. Thick skin. Meaningful equity. Sink or swim.");
  const Evaluation e = Evaluate(c, Date{2026, 11, 21}, std::nullopt, inputs);
  EXPECT_EQ(e.offers[0].verdict.decision, Decision::kAccept);
  for (const Finding& f : e.offers[0].findings) EXPECT_NE(f.severity, Severity::kMajor) << f.code;
}

TEST(DocumentSignalsVerdictTest, LetterRepeatingTheRefusedDeadlineAddsNoSecondConcern) {
  // The letter's "we cannot extend" and the refused extension in the dates are one fact: attaching
  // the letter must not turn the verdict into a walk-away (issue #12, class 1).
  Case without = WithDocument("offer_letter", "We look forward to working with you.");
  without.offers[0].deadline = Date{2026, 11, 21};
  without.offers[0].extension = ExtensionStatus::kRefused;
  const Evaluation before = Evaluate(without, Date{2026, 11, 21});

  Case with = without;
  with.offers[0].documents[0].text = "We cannot extend the deadline.";
  EvaluationInputs inputs;
  inputs.phrases = {Signal("SIGN-PRESSURE", "pressure.no-extension", Severity::kMajor,
                           "We cannot extend the deadline.")};
  const Evaluation after = Evaluate(with, Date{2026, 11, 21}, std::nullopt, inputs);
  EXPECT_EQ(after.offers[0].verdict.decision, before.offers[0].verdict.decision);
  EXPECT_NE(after.offers[0].verdict.decision, Decision::kWalkAway);
  EXPECT_FALSE(HasCodeIn(after.offers[0].findings, Code::kPatternsIndependentFlags));
}

// Issue #12, item 7: "flexible to work additional hours without additional pay" was a BIAS-STRESS
// sign and a CONTRACT clause. One clause is reported once, by the rule with its remedy.
TEST(DocumentSignalsVerdictTest, OneClauseHitByTwoRulesIsReportedOnceByTheClauseRule) {
  const std::string sentence = "You will be flexible to work additional hours without additional pay.";
  const Case c = WithDocument("offer_letter", sentence);
  PhraseSignal stress = Signal("BIAS-STRESS", "workload.flexible-hours-expect", Severity::kMajor, sentence,
                               "offer_letter", 0, "flexible to work additional hours");
  stress.column = 13;
  PhraseSignal contract = Signal("CONTRACT", "contract.unpaid-overtime-clause", Severity::kMajor, sentence,
                                 "offer_letter", 0, "additional hours without additional pay");
  contract.column = 30;
  EvaluationInputs inputs;
  inputs.phrases = {stress, contract};
  const Evaluation e = Evaluate(c, Date{2026, 11, 21}, std::nullopt, inputs);
  int quoting = 0;
  for (const Finding& f : e.offers[0].findings) {
    for (const Evidence& ev : f.evidence) quoting += ev.quote == sentence;
  }
  EXPECT_EQ(quoting, 1) << "one clause, one finding";
  EXPECT_FALSE(HasCodeIn(e.offers[0].findings, Code::kStressPhrase));

  const std::vector<PhraseSignal> kept = OneSignalPerClause({stress, contract});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].entry_id, "contract.unpaid-overtime-clause");
  contract.column = 60;  // the same sentence, words that do not meet: both stay
  contract.phrase = "pay";
  EXPECT_EQ(OneSignalPerClause({stress, contract}).size(), 2u);
  stress.severity = Severity::kBlocker;  // a stronger reading keeps the clause
  contract.column = 30;
  contract.phrase = "additional hours without additional pay";
  EXPECT_EQ(OneSignalPerClause({stress, contract}).at(0).entry_id, "workload.flexible-hours-expect");
}

// The sorted sweep keeps exactly what comparing every pair keeps (random hits, fixed seed).
TEST(DocumentSignalsVerdictTest, OneSignalPerClauseAgreesWithComparingEveryPair) {
  std::mt19937 rng(20261207);
  const char* rules[] = {"BIAS-STRESS", "CONTRACT", "SCAM", "BIAS-VAGUE"};
  const Severity severities[] = {Severity::kMinor, Severity::kMajor, Severity::kBlocker};
  for (int round = 0; round < 50; ++round) {
    std::vector<PhraseSignal> signals;
    for (int n = 0; n < 60; ++n) {
      PhraseSignal s = Signal(rules[rng() % 4], "x.entry", severities[rng() % 3], "A sentence.", "offer_letter",
                              static_cast<int>(rng() % 2), std::string(1 + rng() % 20, 'w'));
      s.line = 1 + static_cast<int>(rng() % 3);
      s.column = 1 + static_cast<int>(rng() % 80);
      s.negated = rng() % 10 == 0;
      s.entry_id = "e" + std::to_string(n);
      signals.push_back(s);
    }
    // Every pair: a hit goes when another hit of another rule overlapping it outranks it.
    const auto rank = [](Severity v) { return v == Severity::kBlocker ? 3 : v == Severity::kMajor ? 2 : 1; };
    const auto clause = [](RuleId r) { return r == RuleId::kContract || r == RuleId::kScam; };
    std::vector<std::string> expected;
    for (size_t i = 0; i < signals.size(); ++i) {
      bool drop = false;
      for (size_t j = 0; j < signals.size(); ++j) {
        const PhraseSignal& a = signals[i];
        const PhraseSignal& b = signals[j];
        if (i == j || a.negated || b.negated || a.rule == b.rule || a.document_index != b.document_index ||
            a.line != b.line || a.column >= b.column + static_cast<int>(b.phrase.size()) ||
            b.column >= a.column + static_cast<int>(a.phrase.size())) {
          continue;
        }
        const bool b_wins = rank(b.severity) != rank(a.severity) ? rank(b.severity) > rank(a.severity)
                            : clause(b.rule) != clause(a.rule) ? clause(b.rule)
                                                               : j < i;
        drop = drop || b_wins;
      }
      if (!drop) expected.push_back(signals[i].entry_id);
    }
    std::vector<std::string> kept;
    for (const PhraseSignal& s : OneSignalPerClause(signals)) kept.push_back(s.entry_id);
    EXPECT_EQ(kept, expected) << "round " << round;
  }
}

}  // namespace
}  // namespace walkaway::core
