#pragma once

// The negotiation plan (docs/negotiation.md): for an offer whose verdict is NEGOTIATE, the smallest
// set of asks that turns it into ACCEPT. Each candidate ask is a concession: an edit of a copy of
// the case as if the employer agreed (base raised, a verbal claim written into the letter, an
// extension granted...). Subsets are re-evaluated with the same evaluation the CLI uses
// (core::Evaluate over decide::InputGatherer), smallest first, so the plan never promises an ACCEPT
// that `walkaway evaluate` would not give.

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

namespace walkaway::decide {

class InputGatherer;

// One request to the employer, as the plan presents it.
struct PlanAsk {
  core::AskKind kind = core::AskKind::kOther;
  std::string text{};              // "a base salary of at least 85,000 EUR", "an extension to 2026-12-08"
  core::Money money{};             // what it costs the employer in year one, candidate currency; 0 if none
  std::string quote{};             // a claim to confirm, in the words it was said; empty otherwise
  std::vector<std::string> codes{};  // the finding codes it answers
  friend bool operator==(const PlanAsk&, const PlanAsk&) = default;
};

// A candidate ask and what the case looks like when the employer agrees to it.
struct Concession {
  PlanAsk ask{};
  // Pay: the base (offer currency) asked for. The search applies base asks itself (the highest of
  // the chosen ones), so that it can lower the amount to the least that still reaches ACCEPT.
  std::optional<core::Money> base{};
  // Every other edit, applied to offers[offer_index] of a copy of the case.
  std::function<void(core::Case&, size_t offer_index)> apply{};
};

struct NegotiationPlan {
  std::string offer_id{};
  core::Decision verdict = core::Decision::kNotYet;  // the verdict before any ask
  bool reaches_accept = false;
  std::vector<PlanAsk> asks{};  // the smallest set that reaches ACCEPT; empty when none does
  core::Money money{};          // the asks' money together (candidate currency)
  // The cheapest single ask that moves the verdict at all (to ACCEPT, or fewer standing major
  // findings), with what it leads to.
  std::optional<PlanAsk> first_step{};
  core::Decision first_step_verdict = core::Decision::kNotYet;
  int first_step_closes = 0;  // standing major findings it closes
  // Pay in the plan: the least base (offer currency, a multiple of `base_step`) that still reaches
  // ACCEPT together with the plan's other asks.
  std::optional<core::Money> min_base{};
  core::Money base_step{};
  std::string base_currency{};
  // Findings that still stand when every candidate ask is granted at once: no ask closes them.
  std::vector<std::string> unclosable{};
  // Asks the findings make that the plan cannot simulate (a second conversation...): ask them anyway.
  std::vector<std::string> not_modelled{};
  std::vector<size_t> chosen{};  // the asks' positions among the candidates (ApplyPlan)
  int candidates = 0;   // candidate asks searched
  int evaluations = 0;  // evaluations run
  bool truncated = false;  // more candidates than kMaxCandidates were derived; the rest were dropped
};

// At most this many candidate asks are searched: at most 2^10 - 1 = 1,023 subsets.
inline constexpr size_t kMaxCandidates = 10;

// Evaluates one offer of a (changed) case; the real one runs core::Evaluate on gathered inputs.
using OfferEvaluator = std::function<core::OfferEvaluation(const core::Case&)>;

// The candidate asks for one offer, from its standing major findings (most serious first).
// `not_modelled` receives the asks no case edit can represent.
std::vector<Concession> DeriveConcessions(const core::Case& c, const core::OfferEvaluation& now,
                                          std::vector<std::string>* not_modelled = nullptr);

// The search over given concessions. Subsets are tried by ascending size and the search stops at
// the first size that reaches ACCEPT; ties within that size go to the least money, then to the
// earliest asks in candidate order. Skips the search when granting every ask at once does not
// reach ACCEPT (asks are assumed never to hurt each other) and lists what still stands.
NegotiationPlan SearchPlan(const core::Case& c, const core::OfferEvaluation& now,
                           std::vector<Concession> concessions, const OfferEvaluator& evaluate);

// The plan for one evaluated offer of `c`, judged as of `today`; offers that are not NEGOTIATE get
// a plan with no asks and no search.
NegotiationPlan PlanNegotiation(const core::Case& c, const core::OfferEvaluation& now, core::Date today,
                                InputGatherer& gatherer);

// A plan for each NEGOTIATE offer of the evaluation, in its order.
std::vector<NegotiationPlan> PlanNegotiations(const core::Case& c, const core::Evaluation& evaluation,
                                              core::Date today, InputGatherer& gatherer);

// A copy of `c` with the plan's asks granted (the least base, when the plan found one): the case
// `walkaway evaluate` would judge once the employer agreed. Tests use it to check the plan.
core::Case ApplyPlan(const core::Case& c, const core::OfferEvaluation& now, const NegotiationPlan& plan);

// The plan for `offer_id` in `plans`, or null. Inline: the reports use it without linking the search.
inline const NegotiationPlan* FindPlan(const std::vector<NegotiationPlan>& plans, const std::string& offer_id) {
  for (const NegotiationPlan& p : plans) {
    if (p.offer_id == offer_id) return &p;
  }
  return nullptr;
}

}  // namespace walkaway::decide
