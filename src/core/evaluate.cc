#include "walkaway/core/evaluate.h"

#include <algorithm>
#include <iterator>

#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

// Position of a rule in AllRules(): findings of equal severity keep the report order of the rules.
size_t RuleOrder(std::string_view id) {
  const auto rules = AllRules();
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].id == id) return i;
  }
  return rules.size();
}

void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    return RuleOrder(a.rule_id) < RuleOrder(b.rule_id);
  });
}

OfferEvaluation EvaluateOffer(const Case& c, int offer_index, Date today, const EvaluationInputs& inputs) {
  const Offer& offer = c.offers[static_cast<size_t>(offer_index)];
  OfferEvaluation out;
  out.offer_id = offer.id;
  out.company = offer.company;
  out.title = offer.title;
  out.metrics = ComputeMetrics(c.candidate, offer);
  const PayProjection* projection = nullptr;
  for (const PayProjection& p : inputs.offers) {
    if (p.job_id != offer.id) continue;
    ApplyProjection(p, inputs.current ? &*inputs.current : nullptr, out.metrics);
    projection = &p;
  }
  for (const MarketPosition& m : inputs.market) {
    if (m.offer_id == offer.id) out.metrics.market = m;
  }
  out.gates = EvaluateGates(c, offer, out.metrics, today);

  std::vector<PhraseSignal> phrases;
  for (const PhraseSignal& s : inputs.phrases) {
    if (s.offer_id == offer.id) phrases.push_back(s);
  }
  RuleContext ctx{.c = c, .offer = offer, .offer_index = offer_index, .metrics = out.metrics, .today = today,
                  .gates = out.gates, .phrases = phrases};
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

Evaluation Evaluate(const Case& typed, Date today, const std::optional<std::string>& only_offer) {
  return Evaluate(typed, today, only_offer, EvaluationInputs{});
}

Evaluation Evaluate(const Case& typed, Date today, const std::optional<std::string>& only_offer,
                    const EvaluationInputs& inputs) {
  // The claims the documents state join the ledger here, so every rule reads one list.
  const Case c = AugmentWithDocuments(typed);
  Evaluation e;
  e.as_of = today;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (only_offer && c.offers[i].id != *only_offer) continue;
    e.offers.push_back(EvaluateOffer(c, static_cast<int>(i), today, inputs));
  }
  return e;
}

}  // namespace walkaway::core
