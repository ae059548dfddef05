#include "report/summary.h"

#include <algorithm>

#include "walkaway/report/ask_text.h"

namespace walkaway::report {
namespace {

std::string Days(int64_t days) { return days == 1 ? "1 day" : std::to_string(days) + " days"; }

// Keeps the first `limit` items, counting the rest.
template <typename T>
std::vector<T> Take(const std::vector<T>& items, size_t limit, size_t& more) {
  const size_t n = std::min(limit, items.size());
  more = items.size() - n;
  return std::vector<T>(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(n));
}

std::vector<std::string> Describe(const std::vector<core::Ask>& asks) {
  std::vector<std::string> out;
  for (const core::Ask& a : asks) out.push_back(DescribeAsk(a));
  return out;
}

// The asks a person should make, and what they can expect of them. When the plan found a set that
// reaches ACCEPT, that set is the ask (smaller than every finding's ask together); otherwise the
// verdict's asks, with an honest heading.
void Asks(const core::OfferEvaluation& e, const core::NegotiationPlan* plan, OfferSummary& s) {
  const core::Verdict& v = e.verdict;
  std::vector<std::string> asks;
  if (v.decision == core::Decision::kWalkAway) return;
  if (v.decision == core::Decision::kNegotiate && plan != nullptr && plan->reaches_accept) {
    for (const core::PlanAsk& a : plan->asks) asks.push_back(DescribeAsk(a.ask));
    for (const core::Ask& a : plan->not_modelled) asks.push_back(DescribeAsk(a));
    s.asks_heading = plan->asks.size() == 1 && plan->not_modelled.empty()
                         ? "Ask for this; if they agree, it becomes an ACCEPT"
                         : "Ask for these; if they agree, it becomes an ACCEPT";
  } else if (v.decision == core::Decision::kNegotiate) {
    asks = Describe(v.asks);
    s.asks_heading = plan != nullptr ? "Ask for these, then judge again with their answers"
                                     : "Ask for these";
  } else if (v.decision == core::Decision::kNotYet) {
    asks = Describe(v.asks);
    s.asks_heading = "Then ask for";
  } else {
    asks = Describe(v.asks);
    s.asks_heading = "Before you sign, ask for";
  }
  s.asks = Take(asks, 3, s.more_asks);
}

}  // namespace

std::string DueLine(const core::OfferFacts& facts) {
  if (!facts.due || !facts.days_left) return "no answer date recorded";
  const std::string date = facts.due->ToString();
  const int64_t left = *facts.days_left;
  std::string line;
  if (left < 0) return "the deadline " + date + " has passed";
  if (left == 0) {
    line = "answer due today (" + date + ")";
  } else if (left == 1) {
    line = "answer due tomorrow (" + date + ")";
  } else {
    line = "answer due " + date + ", in " + Days(left);
  }
  if (facts.due_source == core::DueSource::kExtension) line += ", after the extension";
  return line;
}

OfferSummary Summarize(const core::OfferEvaluation& e, const core::NegotiationPlan* plan, size_t offers) {
  OfferSummary s;
  s.heading = e.offer_id;
  if (!e.title.empty() || !e.company.empty()) s.heading += ": " + e.title + (e.company.empty() ? "" : " at " + e.company);
  s.decision = e.verdict.decision;
  s.confidence = e.verdict.confidence;
  s.due = DueLine(e.facts);
  s.reasons = Take(e.verdict.reasons, offers >= 3 ? 2 : 3, s.more_reasons);
  Asks(e, plan, s);
  // NOT YET is decided by what is still unknown: its questions lead. Otherwise one is enough here.
  const size_t questions = s.decision == core::Decision::kNotYet ? 3 : 1;
  if (s.decision != core::Decision::kWalkAway) s.questions = Take(e.verdict.questions, questions, s.more_questions);
  return s;
}

}  // namespace walkaway::report
