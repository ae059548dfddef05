#pragma once

// The one-screen summary of an offer's judgement (issue #12): the verdict, when the answer is due,
// at most three reasons, the asks that matter and the first questions, in plain words. It is
// built once from typed values and rendered by both the terminal and the Markdown reports; the
// findings, gates, figures and evidence follow in the details.

#include <string>
#include <vector>

#include "walkaway/core/evaluate.h"
#include "walkaway/core/negotiation.h"

namespace walkaway::report {

struct OfferSummary {
  std::string heading{};     // "northwind: Senior Backend Engineer at Northwind Logistics"
  core::Decision decision = core::Decision::kNotYet;
  double confidence = 0;
  std::string due{};         // "answer due 2026-12-02, in 11 days"
  std::vector<std::string> reasons{};
  size_t more_reasons = 0;   // reasons left for the details
  std::string asks_heading{};
  std::vector<std::string> asks{};
  size_t more_asks = 0;
  std::vector<std::string> questions{};
  size_t more_questions = 0;
};

// `plan` is the offer's negotiation plan when one was searched; `offers` the number of offers in
// the report (with three or more, each summary keeps two reasons so the whole fits a screen).
OfferSummary Summarize(const core::OfferEvaluation& e, const core::NegotiationPlan* plan, size_t offers);

// "answer due 2026-12-02, in 11 days", "answer due today (2026-11-21)", "the deadline 2026-11-20
// has passed", "no answer date recorded".
std::string DueLine(const core::OfferFacts& facts);

}  // namespace walkaway::report
