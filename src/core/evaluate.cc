#include "walkaway/core/evaluate.h"

#include <algorithm>
#include <iterator>

#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

// Findings of equal severity keep the report order of the rules, which is RuleId's order.
void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    return a.rule() < b.rule();
  });
}

// offers[offer_index] with the claims its documents state joined to its ledger, so every rule reads
// one list: the caller's, when it extracted them already, else extracted here.
Offer Augmented(const Case& c, size_t offer_index, const EvaluationInputs& inputs) {
  const Offer& offer = c.offers[offer_index];
  for (const OfferClaims& given : inputs.document_claims) {
    if (given.offer_id != offer.id) continue;
    Offer out = offer;
    out.claims.insert(out.claims.end(), given.claims.begin(), given.claims.end());
    return out;
  }
  return AugmentOffer(c, offer_index);
}

OfferEvaluation EvaluateOffer(const Case& c, int offer_index, Date today, const EvaluationInputs& inputs) {
  const Offer offer = Augmented(c, static_cast<size_t>(offer_index), inputs);
  OfferEvaluation out;
  out.offer_id = offer.id;
  out.company = offer.company;
  out.title = offer.title;
  out.metrics = ComputeMetrics(c.candidate, offer);
  const PayProjection* projection = nullptr;
  for (const PayProjection& p : inputs.offers) {
    if (p.job_id != offer.id) continue;
    ApplyProjection(p, inputs.current ? &*inputs.current : nullptr, c.rubric.pay_after_tax, out.metrics);
    projection = &p;
  }
  for (const MarketPosition& m : inputs.market) {
    if (m.offer_id == offer.id) out.metrics.market = m;
  }
  out.facts = DeriveFacts(c, offer, out.metrics, today);
  out.ledger = offer.claims;
  out.gates = EvaluateGates(c, offer, offer_index, out.metrics, out.facts);

  std::vector<PhraseSignal> phrases;
  for (const PhraseSignal& s : inputs.phrases) {
    if (s.offer_id == offer.id) phrases.push_back(s);
  }
  phrases = OneSignalPerClause(std::move(phrases));
  RuleContext ctx{.c = c, .offer = offer, .offer_index = offer_index, .metrics = out.metrics, .facts = out.facts,
                  .today = today, .gates = out.gates, .phrases = phrases};
  ctx.projection = projection;
  ctx.current_projection = inputs.current ? &*inputs.current : nullptr;
  for (const RuleInfo& rule : AllRules()) {
    if (rule.phase != RulePhase::kFirst) continue;
    std::vector<Finding> found = rule.run(ctx);
    std::move(found.begin(), found.end(), std::back_inserter(out.findings));
  }
  // Phase two reads phase one only: its own findings go to a separate list first, so they never
  // feed back into it (and the span stays valid while it runs).
  ctx.prior = out.findings;
  std::vector<Finding> second;
  for (const RuleInfo& rule : AllRules()) {
    if (rule.phase != RulePhase::kSecond) continue;
    std::vector<Finding> found = rule.run(ctx);
    std::move(found.begin(), found.end(), std::back_inserter(second));
  }
  std::move(second.begin(), second.end(), std::back_inserter(out.findings));
  SortFindings(out.findings);
  out.verdict = Decide(c, offer, out.gates, out.findings);
  return out;
}

}  // namespace

Evaluation Evaluate(const Case& c, Date today, const std::optional<std::string>& only_offer) {
  return Evaluate(c, today, only_offer, EvaluationInputs{});
}

Evaluation Evaluate(const Case& c, Date today, const std::optional<std::string>& only_offer,
                    const EvaluationInputs& inputs) {
  Evaluation e;
  e.as_of = today;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (only_offer && c.offers[i].id != *only_offer) continue;
    e.offers.push_back(EvaluateOffer(c, static_cast<int>(i), today, inputs));
  }
  return e;
}

}  // namespace walkaway::core
