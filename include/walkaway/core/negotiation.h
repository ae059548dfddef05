#pragma once

// The negotiation plan of one offer as plain values (docs/negotiation.md): the smallest set of asks
// that, granted, turns a NEGOTIATE into an ACCEPT, checked by re-judging the case. The search that
// finds it lives in walkaway_decide (walkaway/decide/plan.h); reports read only these types.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/ask.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/money.h"
#include "walkaway/core/registry.h"

namespace walkaway::core {

// One request to the employer, as the plan presents it.
struct PlanAsk {
  Ask ask{};
  Money money{};             // what it costs the employer in year one, candidate currency; 0 if none
  std::vector<Code> codes{};  // the findings it answers
  friend bool operator==(const PlanAsk&, const PlanAsk&) = default;
};

struct NegotiationPlan {
  std::string offer_id{};
  Decision verdict = Decision::kNotYet;  // the verdict before any ask
  bool reaches_accept = false;
  std::vector<PlanAsk> asks{};  // the smallest set that reaches ACCEPT; empty when none does
  Money money{};                // the asks' money together (candidate currency)
  // The cheapest single ask that moves the verdict at all (to ACCEPT, or fewer standing major
  // findings), with what it leads to.
  std::optional<PlanAsk> first_step{};
  Decision first_step_verdict = Decision::kNotYet;
  int first_step_closes = 0;  // standing major findings it closes
  // Pay in the plan: the least base (offer currency, a multiple of `base_step`) that still reaches
  // ACCEPT together with the plan's other asks.
  std::optional<Money> min_base{};
  Money base_step{};
  std::string base_currency{};
  // When no set of asks reaches ACCEPT: the messages of the findings that still stand with every
  // ask granted, and the verdict then.
  std::vector<std::string> unclosable{};
  Decision verdict_with_every_ask = Decision::kNotYet;
  // Asks the findings make that the plan cannot simulate (a second conversation...): ask them anyway.
  std::vector<Ask> not_modelled{};
  std::vector<size_t> chosen{};  // the asks' positions among the candidates
  int candidates = 0;            // candidate asks searched
  int evaluations = 0;           // judgements of changed cases run
  bool truncated = false;        // more candidates than kMaxCandidates were derived; the rest were dropped
};

// At most this many candidate asks are searched: at most 2^10 - 1 = 1,023 subsets.
inline constexpr size_t kMaxCandidates = 10;

// The plan for `offer_id` in `plans`, or null.
inline const NegotiationPlan* FindPlan(const std::vector<NegotiationPlan>& plans, const std::string& offer_id) {
  for (const NegotiationPlan& p : plans) {
    if (p.offer_id == offer_id) return &p;
  }
  return nullptr;
}

}  // namespace walkaway::core
