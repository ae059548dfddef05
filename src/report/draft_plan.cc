// The negotiation plan in words, shared by the text and Markdown reports (docs/negotiation.md).

#include "walkaway/report/draft.h"

namespace walkaway::report {

PlanLines DescribePlan(const decide::NegotiationPlan& plan, const std::string& currency) {
  PlanLines out;
  if (plan.reaches_accept) {
    out.heading = plan.asks.size() == 1 ? "Negotiation plan: this one ask, checked, turns it into an ACCEPT"
                                        : "Negotiation plan: these " + std::to_string(plan.asks.size()) +
                                              " asks, checked together, turn it into an ACCEPT";
    for (const decide::PlanAsk& a : plan.asks) out.asks.push_back(a.text);
    if (plan.min_base) {
      out.notes.push_back("Least base that still reaches ACCEPT: " + core::FormatMoney(*plan.min_base, plan.base_currency) +
                          " (searched in steps of " + core::FormatMoney(plan.base_step, plan.base_currency) + ").");
    }
    if (plan.money > core::Money{}) {
      out.notes.push_back("Money asked for: " + core::FormatMoney(plan.money, currency) + " in the first year.");
    }
  } else {
    out.heading = "Negotiation plan: no set of asks the plan can check reaches ACCEPT";
    for (const std::string& m : plan.unclosable) out.notes.push_back("Still stands with every ask granted: " + m);
  }
  if (plan.first_step && !(plan.reaches_accept && plan.asks.size() == 1)) {
    std::string effect = plan.first_step_verdict == core::Decision::kAccept
                             ? "on its own it makes it an ACCEPT"
                             : "it closes " + std::to_string(plan.first_step_closes) +
                                   (plan.first_step_closes == 1 ? " major finding" : " major findings");
    out.notes.push_back("Cheapest first step: " + plan.first_step->text + " (" + effect + ").");
  }
  for (const std::string& a : plan.not_modelled) {
    out.notes.push_back("Ask too, though the plan cannot check its effect: " + a + ".");
  }
  std::string searched = "Searched " + std::to_string(plan.candidates) +
                         (plan.candidates == 1 ? " candidate ask" : " candidate asks") + " in " +
                         std::to_string(plan.evaluations) +
                         (plan.evaluations == 1 ? " evaluation" : " evaluations");
  if (plan.truncated) searched += " (more were found; only the first " + std::to_string(decide::kMaxCandidates) + " were searched)";
  out.notes.push_back(searched + ".");
  return out;
}

}  // namespace walkaway::report
