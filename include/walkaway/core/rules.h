#pragma once

// The rules: one per part of the framework (DESIGN.md §1), each in src/core/rules/<id>.cc.
// A rule reads one offer in its case and returns findings; it never fails, and missing data is a
// finding (usually a question), never a silent pass.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/facts.h"
#include "walkaway/core/field_ref.h"
#include "walkaway/core/finding.h"
#include "walkaway/core/metrics.h"
#include "walkaway/core/phrase_signal.h"

namespace walkaway::core {

enum class GateStatus { kPass, kFail, kUnknown };

// One non-negotiable checked against one offer (EVAL-NONNEG).
struct GateResult {
  std::string name{};        // "base_min", "work_mode", "max_office_days", "locations", ...
  GateStatus status = GateStatus::kUnknown;
  bool negotiable = false;   // a failing gate that a normal negotiation could close
  bool close_call = false;   // pay gap between the negotiable and walk-away thresholds
  std::string detail{};      // "offer 82,000 vs floor 85,000 (3.5% short)"
  FieldRef field{};          // the offer field the gate read
  std::optional<Ask> ask{};  // for a negotiable failure: what to ask for
  friend bool operator==(const GateResult&, const GateResult&) = default;
};

// A gate as the person would say it ("your minimum base", "your limit on weekly hours"), not as
// the case file names it: for messages and plain reports.
std::string GateLabel(std::string_view name);
// The clause that says a gate failed, without a capital or a full stop: "your minimum base is not
// met", but "the offer touches one of your deal-breakers" (a list of things to avoid is not "met").
std::string GateNotMet(std::string_view name);

struct RuleContext {
  const Case& c;
  const Offer& offer;                  // with the claims its documents state joined to its ledger
  int offer_index = 0;                 // for field paths: offers[offer_index]
  const OfferMetrics& metrics;
  const OfferFacts& facts;             // derived once, before any rule (walkaway/core/facts.h)
  Date today{};
  std::span<const GateResult> gates{};   // filled before phase-two rules run
  std::span<const Finding> prior{};      // findings of phase one, for phase-two rules
  // The document scanner's hits on this offer's documents (EvaluationInputs::phrases), negated
  // ones included; empty when nothing was scanned (docs/document-signals.md).
  std::span<const PhraseSignal> phrases{};
  // The pay model's projections of this offer and of the current job (EvaluationInputs), for
  // EVAL-LONGTERM's pay path; null when the model was not run.
  const PayProjection* projection = nullptr;
  const PayProjection* current_projection = nullptr;
};

// Phase one rules read the case; phase two rules (EVAL-PATTERNS, MINDSET) also read what phase
// one found.
enum class RulePhase { kFirst, kSecond };

using RuleFn = std::vector<Finding> (*)(const RuleContext&);

struct RuleInfo {
  RuleId id;  // its name and title are registry properties (Properties(id))
  RulePhase phase;
  RuleFn run;
};

// Every rule, in report order (the order of RuleId). EVAL-NONNEG's gates are computed by
// EvaluateGates below and its findings by its RuleFn.
std::span<const RuleInfo> AllRules();

// Checks every non-negotiable the candidate set against `offer`, offers[offer_index] of `c`
// (src/core/rules/eval_nonneg.cc). A gate whose data is missing is kUnknown, never kPass. The
// facts say how the pay stands against the floors, where and how the work is done, and whether
// there is still time to get a verbal promise in writing before the due date.
std::vector<GateResult> EvaluateGates(const Case& c, const Offer& offer, int offer_index, const OfferMetrics& metrics,
                                      const OfferFacts& facts);

// Rule functions, one per file in src/core/rules/.
std::vector<Finding> RunSignRole(const RuleContext& ctx);
std::vector<Finding> RunSignPay(const RuleContext& ctx);
std::vector<Finding> RunSignProgression(const RuleContext& ctx);
std::vector<Finding> RunSignCulture(const RuleContext& ctx);
std::vector<Finding> RunSignPressure(const RuleContext& ctx);
std::vector<Finding> RunBiasFixLater(const RuleContext& ctx);
std::vector<Finding> RunBiasScarcity(const RuleContext& ctx);
std::vector<Finding> RunBiasVague(const RuleContext& ctx);
std::vector<Finding> RunBiasTitle(const RuleContext& ctx);
std::vector<Finding> RunBiasStress(const RuleContext& ctx);
std::vector<Finding> RunEvalNonneg(const RuleContext& ctx);
std::vector<Finding> RunEvalInterview(const RuleContext& ctx);
std::vector<Finding> RunEvalPatterns(const RuleContext& ctx);
std::vector<Finding> RunReflect(const RuleContext& ctx);
std::vector<Finding> RunMindset(const RuleContext& ctx);
std::vector<Finding> RunEvalFear(const RuleContext& ctx);
std::vector<Finding> RunEvalLongterm(const RuleContext& ctx);
std::vector<Finding> RunScam(const RuleContext& ctx);
std::vector<Finding> RunContract(const RuleContext& ctx);

std::string_view ToString(GateStatus status);

}  // namespace walkaway::core
