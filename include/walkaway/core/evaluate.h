#pragma once

// The whole evaluation of a case: gates, findings and a verdict per offer (DESIGN.md §2).
// Pure and deterministic: the same case and date give the same evaluation.

#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/finding.h"
#include "walkaway/core/market_position.h"
#include "walkaway/core/metrics.h"
#include "walkaway/core/pay_projection.h"
#include "walkaway/core/phrase_signal.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {

enum class Decision { kWalkAway, kNegotiate, kAccept, kNotYet };

struct Verdict {
  Decision decision = Decision::kNotYet;
  double confidence = 0;               // 0..1: how firmly the evidence supports the decision
  std::vector<std::string> reasons{};  // the top reasons, most important first
  std::vector<Ask> asks{};             // NEGOTIATE: what would turn it into ACCEPT
  std::vector<std::string> questions{};  // NOT YET (and others): what to find out first
  friend bool operator==(const Verdict&, const Verdict&) = default;
};

struct OfferEvaluation {
  std::string offer_id{};
  std::string company{};
  std::string title{};
  OfferMetrics metrics{};
  OfferFacts facts{};
  // The claims the rules read, in their order: the person's ledger, then what the documents state.
  // A ClaimRef's index points here, so a reader of an ask needs no second extraction.
  std::vector<Claim> ledger{};
  std::vector<GateResult> gates{};
  std::vector<Finding> findings{};  // every rule's findings, most serious first
  Verdict verdict{};
};

struct Evaluation {
  Date as_of{};
  std::vector<OfferEvaluation> offers{};
};

// Evaluates every offer (or only `only_offer` when given) as of `today`.
// REQUIRES: the case passed validation (ValidateCase), and only_offer, if given, names an offer.
Evaluation Evaluate(const Case& c, Date today, const std::optional<std::string>& only_offer = {});

// The claims one offer's documents state (DocumentClaims), computed once by a caller that judges
// many variants of a case.
struct OfferClaims {
  std::string offer_id{};
  std::vector<Claim> claims{};
};

// What the adapters computed outside the core (walkaway_decide's GatherInputs fills it; the core
// only reads it). `offers`, `current`: the pay model's projections (walkaway_comp), per offer,
// matched by id, and the current job's. An offer without one keeps the simple first-year figures.
// `market`: where each offer's base sits in the market (matched by offer_id), for SIGN-PAY; an
// offer without one gets no market finding.
struct EvaluationInputs {
  std::vector<PayProjection> offers{};
  std::optional<PayProjection> current{};
  std::vector<MarketPosition> market{};
  // The document scanner's hits on the offers' documents (matched by offer_id), negated ones
  // included: SCAM, CONTRACT and the rules of the other lexicon categories read them
  // (docs/document-signals.md). Empty when the adapter scanned nothing.
  std::vector<PhraseSignal> phrases{};
  // The claims each offer's documents state (matched by offer_id); an offer without an entry has
  // its documents read by Evaluate itself.
  std::vector<OfferClaims> document_claims{};
};
Evaluation Evaluate(const Case& c, Date today, const std::optional<std::string>& only_offer,
                    const EvaluationInputs& inputs);

// The verdict for one offer from its gates and findings (src/core/decision.cc).
Verdict Decide(const Case& c, const Offer& offer, const std::vector<GateResult>& gates,
               const std::vector<Finding>& findings);

std::string_view ToString(Decision decision);  // "WALK AWAY", "NEGOTIATE", "ACCEPT", "NOT YET"
std::string_view ToSlug(Decision decision);    // "walk_away", "negotiate", "accept", "not_yet"

}  // namespace walkaway::core
