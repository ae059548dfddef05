// Judgement invariants (issue #12, item 1): laws a verdict must obey for every case, checked with
// RapidCheck over generated cases (tests/support/case_gen.h) with a fixed seed in CI, longer in
// `make fuzz` (scripts/properties-long). Rules can each be right and still be wrong together;
// these catch the ways they go wrong together.

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <string>

#include "support/builders.h"
#include "support/case_gen.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/registry.h"
#include "walkaway/core/validate.h"
#include "walkaway/decide/plan.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/judge/judge.h"
#include "walkaway/scan/lexicon_scanner.h"
#include "walkaway/scan/scanner.h"
#include "walkaway/tax/loader.h"
#include "walkaway/tax/source.h"

namespace walkaway::core {
namespace {

constexpr Date kToday{2026, 11, 21};

// The judgement as the CLI makes it: the shipped lexicon reads the documents (a letter's words
// count only through it), the pay model projects each offer (1,000 paths: the laws do not depend
// on the precision). No market index: the laws must hold with or without it.
struct Engine {
  std::unique_ptr<scan::Scanner> scanner;
  std::unique_ptr<scan::LexiconScanner> lexicon;
  std::unique_ptr<tax::TablesSource> tax;  // the shipped tables: take-home pay is judged too
};

const Engine& TheEngine() {
  static const std::unique_ptr<Engine> engine = [] {
    auto e = std::make_unique<Engine>();
    auto scanner = scan::Scanner::Open(WALKAWAY_SOURCE_DIR "/data/lexicon", WALKAWAY_BINARY_DIR "/test-cache",
                                       &io::ReadLexiconDir);
    if (!scanner) std::abort();  // without the lexicon these laws would be checked on half a judgement
    e->scanner = std::make_unique<scan::Scanner>(std::move(*scanner));
    auto reader = scan::LexiconScanner::Create(*e->scanner);
    if (!reader) std::abort();
    e->lexicon = std::move(*reader);
    auto tables = tax::LoadTaxTables(WALKAWAY_SOURCE_DIR "/data/tax", 2026);
    if (!tables) std::abort();
    e->tax = std::make_unique<tax::TablesSource>(std::vector<tax::TaxTables>{std::move(*tables)},
                                                 tax::FlaggedValues::kUseAndSay);
    return e;
  }();
  return *engine;
}

Evaluation Judged(const Case& c) {
  judge::JudgeOptions options;
  options.plans = false;
  options.projection.paths = 1000;
  core::Result<Judgement> j =
      judge::Judge(c, kToday, {nullptr, TheEngine().lexicon.get(), TheEngine().tax.get()}, options);
  if (!j) RC_FAIL(j.error().ToString());
  return j->evaluation;
}

// How good a verdict is for the offer: walking away is worst, accepting best. NOT YET sits below
// NEGOTIATE: a question still stands where an ask would do.
int Rank(Decision d) {
  switch (d) {
    case Decision::kWalkAway: return 0;
    case Decision::kNotYet: return 1;
    case Decision::kNegotiate: return 2;
    case Decision::kAccept: return 3;
  }
  return -1;
}

std::string Findings(const OfferEvaluation& e) {
  std::string out = "verdict " + std::string(ToString(e.verdict.decision)) + "\n";
  for (const Finding& f : e.findings) {
    out += std::string(ToString(f.severity)) + " " + std::string(ToString(f.code)) + ": " + f.message + "\n";
  }
  return out;
}

const OfferEvaluation& Offer(const Evaluation& e, const std::string& id) {
  for (const OfferEvaluation& o : e.offers) {
    if (o.offer_id == id) return o;
  }
  RC_FAIL("no evaluation for " + id);
}

RC_GTEST_PROP(JudgementInvariants, GeneratedCasesAreValid, ()) {
  const Case c = *walkaway::testing::GenCase();
  const Status valid = ValidateCase(c);
  if (!valid) RC_FAIL(valid.error().ToString());
}

RC_GTEST_PROP(JudgementInvariants, RaisingTheBaseNeverMakesAVerdictWorse, ()) {
  const Case c = *walkaway::testing::GenCase();
  const size_t i = *rc::gen::inRange<size_t>(0, c.offers.size());
  Case raised = c;
  raised.offers[i].base = *c.offers[i].base + Money::FromUnits(*rc::gen::inRange(1, 60) * 1000);
  const OfferEvaluation before = Judged(c).offers[i];
  const OfferEvaluation after = Judged(raised).offers[i];
  RC_LOG() << Findings(before) << "---\n" << Findings(after);
  RC_ASSERT(Rank(after.verdict.decision) >= Rank(before.verdict.decision));
}

RC_GTEST_PROP(JudgementInvariants, GuaranteeingTheBonusNeverMakesAVerdictWorse, ()) {
  Case c = *walkaway::testing::GenCase();
  const size_t i = *rc::gen::inRange<size_t>(0, c.offers.size());
  RC_PRE(c.offers[i].bonus.has_value() && !c.offers[i].bonus->guaranteed);
  Case guaranteed = c;
  guaranteed.offers[i].bonus->guaranteed = true;
  const OfferEvaluation before = Judged(c).offers[i];
  const OfferEvaluation after = Judged(guaranteed).offers[i];
  RC_ASSERT(Rank(after.verdict.decision) >= Rank(before.verdict.decision));
}

RC_GTEST_PROP(JudgementInvariants, GrantingAnAskNeverMakesAVerdictWorse, ()) {
  const Case c = *walkaway::testing::GenCase();
  const size_t i = *rc::gen::inRange<size_t>(0, c.offers.size());
  const OfferEvaluation now = Judged(c).offers[i];
  std::vector<Ask> not_modelled;
  for (const decide::Concession& concession : decide::DeriveConcessions(c, now, &not_modelled)) {
    Case granted = c;
    if (concession.base) granted.offers[i].base = *concession.base;
    if (concession.apply) concession.apply(granted, i);
    const OfferEvaluation after = Judged(granted).offers[i];
    RC_LOG() << "granted: " << walkaway::testing::AskText(concession.ask.ask) << "\n"
             << Findings(now) << "---\n" << Findings(after);
    RC_ASSERT(Rank(after.verdict.decision) >= Rank(now.verdict.decision));
  }
}

RC_GTEST_PROP(JudgementInvariants, ALetterThatOnlyRestatesTheCaseNeverChangesTheVerdict, ()) {
  const Case c = *walkaway::testing::GenCase();
  const size_t i = *rc::gen::inRange<size_t>(0, c.offers.size());
  RC_PRE(c.offers[i].documents.empty());
  Case with_letter = c;
  core::Offer& o = with_letter.offers[i];
  o.documents = {Document{"offer_letter", "", walkaway::testing::RestatingLetter(o, c.candidate.currency)}};
  const OfferEvaluation before = Judged(c).offers[i];
  const OfferEvaluation after = Judged(with_letter).offers[i];
  RC_LOG() << Findings(before) << "---\n" << Findings(after);
  RC_ASSERT(after.verdict.decision == before.verdict.decision);
}

RC_GTEST_PROP(JudgementInvariants, VerdictsDoNotDependOnTheOrderOfOffersOrClaims, ()) {
  const Case c = *walkaway::testing::GenCase();
  Case shuffled = c;
  std::mt19937 rng(*rc::gen::arbitrary<uint32_t>());
  std::shuffle(shuffled.offers.begin(), shuffled.offers.end(), rng);
  for (core::Offer& o : shuffled.offers) std::shuffle(o.claims.begin(), o.claims.end(), rng);
  const Evaluation a = Judged(c);
  const Evaluation b = Judged(shuffled);
  for (const OfferEvaluation& e : a.offers) {
    const OfferEvaluation& other = Offer(b, e.offer_id);
    RC_LOG() << e.offer_id << "\n" << Findings(e) << "---\n" << Findings(other);
    RC_ASSERT(other.verdict.decision == e.verdict.decision);
    RC_ASSERT(other.verdict.confidence == e.verdict.confidence);
  }
}

// The negotiation plan is the smallest set of asks that reaches ACCEPT: granted together they do
// reach it; without any one of them they do not; and the base it asks for is the least, to one
// step (docs/negotiation.md), so no pay ask exceeds the gap it closes by more than the step.
RC_GTEST_PROP(JudgementInvariants, EveryAskOfAPlanIsNeededAndThePayAskIsTheLeast, ()) {
  const Case c = *walkaway::testing::GenCase();
  const size_t i = *rc::gen::inRange<size_t>(0, c.offers.size());
  const OfferEvaluation now = Judged(c).offers[i];
  // Most generated offers are not NEGOTIATE: they pass (RapidCheck would give up on a
  // precondition this rare), and the tag line of the output says how many cases had a plan.
  RC_TAG(now.verdict.decision == Decision::kNegotiate ? "negotiate" : "other verdict");
  RC_SUCCEED_IF(now.verdict.decision != Decision::kNegotiate);
  const decide::OfferEvaluator evaluate = [&](const Case& v) { return Offer(Judged(v), now.offer_id); };
  const NegotiationPlan plan = decide::PlanNegotiation(c, now, evaluate);
  RC_TAG(plan.reaches_accept ? "plan reaches accept" : "no plan reaches accept");
  RC_SUCCEED_IF(!plan.reaches_accept);
  RC_LOG() << Findings(now);
  RC_ASSERT(evaluate(decide::ApplyPlan(c, now, plan)).verdict.decision == Decision::kAccept);

  const std::vector<decide::Concession> concessions = decide::DeriveConcessions(c, now);
  for (size_t k = 0; k < plan.chosen.size(); ++k) {
    NegotiationPlan without = plan;
    without.chosen.erase(without.chosen.begin() + static_cast<long>(k));
    const size_t dropped = plan.chosen[k];
    if (dropped < concessions.size() && concessions[dropped].base) without.min_base.reset();
    const OfferEvaluation after = evaluate(decide::ApplyPlan(c, now, without));
    RC_LOG() << "without concession " << dropped << ":\n" << Findings(after);
    RC_ASSERT(after.verdict.decision != Decision::kAccept);
  }
  const std::optional<Money> base = c.offers[i].base;
  if (plan.min_base && base && *plan.min_base - plan.base_step > *base) {
    NegotiationPlan less = plan;
    less.min_base = *plan.min_base - plan.base_step;
    RC_ASSERT(evaluate(decide::ApplyPlan(c, now, less)).verdict.decision != Decision::kAccept);
  }
}

// A positive and a major (or blocker) finding about the same fact, resting on the same evidence,
// contradict each other in one report.
RC_GTEST_PROP(JudgementInvariants, NoPositiveBesideASeriousFindingOnTheSameEvidence, ()) {
  const Case c = *walkaway::testing::GenCase();
  for (const OfferEvaluation& e : Judged(c).offers) {
    for (const Finding& good : e.findings) {
      if (good.severity != Severity::kPositive) continue;
      for (const Finding& bad : e.findings) {
        if (bad.severity != Severity::kMajor && bad.severity != Severity::kBlocker) continue;
        if (Properties(good.code).topic != Properties(bad.code).topic) continue;
        for (const Evidence& x : good.evidence) {
          for (const Evidence& y : bad.evidence) {
            const bool same = x.field == y.field && x.quote == y.quote;
            RC_ASSERT_FALSE(same);
          }
        }
      }
    }
  }
}

// Pay is compared after tax only when the offer and the current job are taxed in different places (the
// rubric's default), and then one SIGN-PAY finding compares them: the tax difference is counted once.
RC_GTEST_PROP(JudgementInvariants, PayIsComparedAfterTaxOnlyAcrossPlacesAndOnce, ()) {
  const Case c = *walkaway::testing::GenCase();
  bool after_tax_seen = false;
  for (const OfferEvaluation& e : Judged(c).offers) {
    int after_tax_findings = 0;
    for (const Finding& f : e.findings) {
      if (f.message.rfind("After tax", 0) != 0) continue;
      ++after_tax_findings;
      RC_ASSERT(f.rule() == RuleId::kSignPay);
      RC_ASSERT(e.metrics.current_take_home_p50.has_value());
    }
    RC_ASSERT(after_tax_findings <= 1);
    if (e.metrics.current_take_home_p50) {
      after_tax_seen = true;
      RC_ASSERT(e.metrics.take_home_place != e.metrics.current_take_home_place);
    }
  }
  RC_CLASSIFY(after_tax_seen);
}

}  // namespace
}  // namespace walkaway::core
