#pragma once

// The negotiation plan (docs/negotiation.md): for an offer whose verdict is NEGOTIATE, the smallest
// set of asks that turns it into ACCEPT. Each candidate ask is a concession: an edit of a copy of
// the case as if the employer agreed (base raised, a verbal claim written into the letter, an
// extension granted...). Subsets are re-judged by the evaluator the caller gives (Judge gives its
// own, with the same inputs as the judgement), smallest first, so the plan never promises an
// ACCEPT that `walkaway evaluate` would not give.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/finding.h"
#include "walkaway/core/money.h"
#include "walkaway/core/negotiation.h"

namespace walkaway::decide {

// The plan's value types are the core's (walkaway/core/negotiation.h).
using core::FindPlan;
using core::kMaxCandidates;
using core::NegotiationPlan;
using core::PlanAsk;

// A candidate ask and what the case looks like when the employer agrees to it.
struct Concession {
  PlanAsk ask{};
  // Pay: the base (offer currency) asked for. The search applies base asks itself (the highest of
  // the chosen ones), so that it can lower the amount to the least that still reaches ACCEPT.
  std::optional<core::Money> base{};
  // Every other edit, applied to offers[offer_index] of a copy of the case. It changes that offer
  // only, so the search can reuse one copy and reset just that offer between runs.
  std::function<void(core::Case&, size_t offer_index)> apply{};
};

// Evaluates the planned offer of a changed case (the planned offer is the only one that differs).
using OfferEvaluator = std::function<core::OfferEvaluation(const core::Case&)>;

// The candidate asks for one offer, from its standing major findings (most serious first).
// `not_modelled` receives the asks no case edit can represent.
std::vector<Concession> DeriveConcessions(const core::Case& c, const core::OfferEvaluation& now,
                                          std::vector<core::Ask>* not_modelled = nullptr);

// The search over given concessions. Subsets are tried by ascending size and the search stops at
// the first size that reaches ACCEPT; ties within that size go to the least money, then to the
// earliest asks in candidate order. Skips the search when granting every ask at once does not
// reach ACCEPT (asks are assumed never to hurt each other) and lists what still stands.
NegotiationPlan SearchPlan(const core::Case& c, const core::OfferEvaluation& now,
                           std::vector<Concession> concessions, const OfferEvaluator& evaluate);

// The plan for one evaluated offer of `c`: its concessions searched with `evaluate`; an offer that
// is not NEGOTIATE gets a plan with no asks and no search.
NegotiationPlan PlanNegotiation(const core::Case& c, const core::OfferEvaluation& now, const OfferEvaluator& evaluate);

// A copy of `c` with the plan's asks granted (the least base, when the plan found one): the case
// `walkaway evaluate` would judge once the employer agreed. Tests use it to check the plan.
core::Case ApplyPlan(const core::Case& c, const core::OfferEvaluation& now, const NegotiationPlan& plan);

}  // namespace walkaway::decide
