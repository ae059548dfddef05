// The negotiation plan in words, shared by the text and Markdown reports (docs/negotiation.md).

#include "walkaway/report/ask_text.h"
#include "walkaway/report/draft.h"

namespace walkaway::report {

PlanLines DescribePlan(const core::NegotiationPlan& plan, const std::string& currency) {
  PlanLines out;
  if (plan.reaches_accept) {
    out.heading = plan.asks.size() == 1 ? "Negotiation plan: this one ask, checked, turns it into an ACCEPT"
                                        : "Negotiation plan: these " + std::to_string(plan.asks.size()) +
                                              " asks, checked together, turn it into an ACCEPT";
    for (const core::PlanAsk& a : plan.asks) out.asks.push_back(DescribeAsk(a.ask));
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
    if (plan.unclosable.empty() && plan.candidates > 0) {
      out.notes.push_back("With every ask granted the verdict is still " +
                          std::string(core::ToString(plan.verdict_with_every_ask)) + ".");
    }
  }
  if (plan.first_step && !(plan.reaches_accept && plan.asks.size() == 1)) {
    std::string effect = plan.first_step_verdict == core::Decision::kAccept
                             ? "on its own it makes it an ACCEPT"
                             : "it closes " + std::to_string(plan.first_step_closes) +
                                   (plan.first_step_closes == 1 ? " major finding" : " major findings");
    out.notes.push_back("Cheapest first step: " + DescribeAsk(plan.first_step->ask) + " (" + effect + ").");
  }
  for (const core::Ask& a : plan.not_modelled) {
    out.notes.push_back("Ask too, though the plan cannot check its effect: " + DescribeAsk(a) + ".");
  }
  std::string searched = "Searched " + std::to_string(plan.candidates) +
                         (plan.candidates == 1 ? " candidate ask" : " candidate asks") + " in " +
                         std::to_string(plan.evaluations) +
                         (plan.evaluations == 1 ? " evaluation" : " evaluations");
  if (plan.truncated) searched += " (more were found; only the first " + std::to_string(core::kMaxCandidates) + " were searched)";
  out.notes.push_back(searched + ".");
  return out;
}

}  // namespace walkaway::report
