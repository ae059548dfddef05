#pragma once

// Message drafts for one offer (docs/negotiation.md): ask for more time, ask for verbal promises in
// writing, a counter-offer from the negotiation plan, a graceful decline, and an acceptance that
// restates the terms. Filled with the case's facts, in our own words. Pure: values in, text out.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/result.h"
#include "walkaway/core/negotiation.h"

namespace walkaway::report {

enum class DraftKind { kExtension, kConfirm, kCounter, kDecline, kAccept };

inline constexpr std::string_view kDraftKindNames[] = {"extension", "confirm", "counter", "decline", "accept"};

std::optional<DraftKind> ParseDraftKind(std::string_view name);
std::string_view ToString(DraftKind kind);

struct DraftInput {
  const core::Case* c = nullptr;
  const core::Offer* offer = nullptr;                  // an offer of *c
  const core::OfferEvaluation* evaluation = nullptr;   // its evaluation; may be null
  const core::NegotiationPlan* plan = nullptr;         // its plan (counter); may be null
  core::Date today{};
};

// The message, starting with a "Subject:" line. An invalid-input error (exit 2 in the CLI) when the
// kind does not fit the offer: confirm with no verbal claim, counter with nothing to ask for,
// extension when the employer already granted or refused one.
core::Result<std::string> RenderDraft(DraftKind kind, const DraftInput& input);

// The claims of the offer that are only verbal (typed by the person, not in writing, and not
// repeated in writing, by a written claim or by the letter): the ones a "confirm" draft lists.
// The judgement's facts say which (OfferFacts::verbal_claims); without an evaluation, only the
// typed claims are compared.
std::vector<const core::Claim*> UnwrittenClaims(const DraftInput& input);

// The negotiation plan as report lines for the text and Markdown reports: a heading, the asks, and
// notes (least base, first step, what stands, the search's size). Plain sentences, no markup.
// `currency` is the candidate's, in which the plan's money is counted.
struct PlanLines {
  std::string heading{};
  std::vector<std::string> asks{};
  std::vector<std::string> notes{};
};
PlanLines DescribePlan(const core::NegotiationPlan& plan, const std::string& currency);

// "8 December 2026".
std::string LongDate(core::Date date);

}  // namespace walkaway::report
