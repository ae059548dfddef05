#include "walkaway/core/evaluate.h"

#include <algorithm>

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

OfferEvaluation EvaluateOffer(const Case& c, int offer_index, Date today) {
  const Offer& offer = c.offers[static_cast<size_t>(offer_index)];
  OfferEvaluation out;
  out.offer_id = offer.id;
  out.company = offer.company;
  out.title = offer.title;
  out.metrics = ComputeMetrics(c.candidate, offer);
  out.gates = EvaluateGates(c, offer, out.metrics, today);

  RuleContext ctx{c, offer, offer_index, out.metrics, today, out.gates, {}};
  for (const RuleInfo& rule : AllRules()) {
    if (rule.phase != RulePhase::kFirst) continue;
    std::vector<Finding> found = rule.run(ctx);
    out.findings.insert(out.findings.end(), found.begin(), found.end());
  }
  // Phase two reads a copy of phase one, so its own findings never feed back into it.
  const std::vector<Finding> first_phase = out.findings;
  ctx.prior = first_phase;
  for (const RuleInfo& rule : AllRules()) {
    if (rule.phase != RulePhase::kSecond) continue;
    std::vector<Finding> found = rule.run(ctx);
    out.findings.insert(out.findings.end(), found.begin(), found.end());
  }
  SortFindings(out.findings);
  out.verdict = Decide(c, offer, out.gates, out.findings);
  return out;
}

}  // namespace

Evaluation Evaluate(const Case& c, Date today, const std::optional<std::string>& only_offer) {
  Evaluation e;
  e.as_of = today;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (only_offer && c.offers[i].id != *only_offer) continue;
    e.offers.push_back(EvaluateOffer(c, static_cast<int>(i), today));
  }
  return e;
}

}  // namespace walkaway::core
