// The verdict rubric of DESIGN.md §2, applied to one offer's gates and findings.
//
//   WALK AWAY  a blocker stands: a non-negotiable fails beyond negotiation, the employer already
//              refused, or major flags came from two or more independent places (EVAL-PATTERNS).
//   NOT YET    a non-negotiable cannot be checked, or a major flag stands that no ask can close
//              (a question must be answered first, often one for the person themselves).
//   NEGOTIATE  every open major flag has an ask that could close it.
//   ACCEPT     gates pass and no major flag stands; minor flags are shown, never decisive.
//
// Confidence combines how clear-cut the decision is with how complete the facts are, so a verdict
// built on a full case reads firmer than the same verdict with half the gates unknown.

#include <algorithm>
#include <cctype>
#include <cmath>

#include "walkaway/core/evaluate.h"

namespace walkaway::core {
namespace {

constexpr size_t kMaxReasons = 5;
constexpr size_t kMaxQuestions = 6;

template <typename T>
void AddUnique(std::vector<T>& list, const T& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}


// Several rules may ask for the same thing: one hours cap, one extension, and a request to put
// claims or growth facts in writing that earlier asks already name add nothing.
bool Covered(const std::vector<Ask>& asks, const Ask& ask) {
  for (const Ask& earlier : asks) {
    if (earlier == ask) return true;
    if (earlier.index() == ask.index() &&
        (std::holds_alternative<HoursAtMost>(ask) || std::holds_alternative<Extension>(ask) ||
         std::holds_alternative<StartNoEarlier>(ask))) {
      return true;
    }
  }
  if (const auto* growth = std::get_if<GrowthInWriting>(&ask)) {
    // Each item already asked for, alone or with others.
    return std::all_of(growth->items.begin(), growth->items.end(), [&](GrowthItem item) {
      return std::any_of(asks.begin(), asks.end(), [&](const Ask& earlier) {
        const auto* e = std::get_if<GrowthInWriting>(&earlier);
        return e && std::find(e->items.begin(), e->items.end(), item) != e->items.end();
      });
    });
  }
  const std::vector<const ClaimRef*> claims = ClaimsOf(ask);
  if (claims.empty()) return false;
  return std::all_of(claims.begin(), claims.end(), [&](const ClaimRef* claim) {
    return std::any_of(asks.begin(), asks.end(), [&](const Ask& earlier) {
      const std::vector<const ClaimRef*> named = ClaimsOf(earlier);
      return std::any_of(named.begin(), named.end(), [&](const ClaimRef* c) { return c->index == claim->index; });
    });
  });
}

// Share of the facts the verdict leans on that the case actually gives.
double Completeness(const Case& c, const Offer& offer, const std::vector<GateResult>& gates) {
  int known = 0;
  int total = 0;
  for (const GateResult& g : gates) {
    ++total;
    if (g.status != GateStatus::kUnknown) ++known;
  }
  const bool facts[] = {offer.base.has_value(), offer.deadline.has_value(),
                        offer.work.expected_weekly_hours.has_value(), !offer.interviews.empty(),
                        ReflectionFor(c, offer) != nullptr};
  for (bool fact : facts) {
    ++total;
    if (fact) ++known;
  }
  return total == 0 ? 0.0 : static_cast<double>(known) / total;
}

double Round2(double x) { return std::round(x * 100.0) / 100.0; }

}  // namespace

Verdict Decide(const Case& c, const Offer& offer, const std::vector<GateResult>& gates,
               const std::vector<Finding>& findings) {
  Verdict v;
  std::vector<const Finding*> blockers, majors, positives;
  bool close_call = false;
  bool major_without_ask = false;
  for (const Finding& f : findings) {
    if (!CountsTowardVerdict(f)) continue;
    if (f.severity == Severity::kBlocker) blockers.push_back(&f);
    if (f.severity == Severity::kMajor) {
      majors.push_back(&f);
      if (!f.ask) major_without_ask = true;
      if (f.code == Code::kNonnegFailCloseCall) close_call = true;
    }
    if (f.severity == Severity::kPositive) positives.push_back(&f);
  }
  const bool unknown_gate = std::any_of(gates.begin(), gates.end(), [](const GateResult& g) {
    return g.status == GateStatus::kUnknown;
  });

  for (const Finding* f : majors) {
    if (f->ask && !Covered(v.asks, *f->ask)) v.asks.push_back(*f->ask);
  }
  for (const Finding* f : blockers) {
    if (!f->question.empty()) AddUnique(v.questions, f->question);
  }
  for (const Finding* f : majors) {
    if (!f->question.empty()) AddUnique(v.questions, f->question);
  }

  double clarity = 0;
  if (!blockers.empty()) {
    v.decision = Decision::kWalkAway;
    clarity = std::min(0.95, 0.8 + 0.05 * static_cast<double>(blockers.size() - 1));
    for (const Finding* f : blockers) v.reasons.push_back(f->message);
  } else if (unknown_gate || major_without_ask) {
    v.decision = Decision::kNotYet;
    clarity = 0.7;
    if (unknown_gate) {
      v.reasons.push_back("Some of your non-negotiables cannot be checked with what you know yet.");
    }
  } else if (!majors.empty()) {
    v.decision = Decision::kNegotiate;
    clarity = close_call ? 0.55 : 0.75;
    if (close_call) {
      v.reasons.push_back("Close call: the pay gap is larger than a typical negotiation closes.");
    }
  } else {
    v.decision = Decision::kAccept;
    clarity = std::min(0.9, 0.7 + 0.05 * static_cast<double>(positives.size()));
    for (const Finding* f : positives) v.reasons.push_back(f->message);
  }
  if (v.decision != Decision::kAccept) {
    // Two majors that one ask answers are one reason for the person: a spoken "fully remote"
    // failing both the work-mode and the place lines is a single thing to get in writing. The
    // findings keep both.
    // Only when the asks are the advice: the reasons for walking away are each a fact of their own.
    std::vector<Ask> answered;
    for (const Finding* f : majors) {
      if (v.decision != Decision::kWalkAway && f->ask && Covered(answered, *f->ask)) continue;
      if (f->ask) answered.push_back(*f->ask);
      v.reasons.push_back(f->message);
    }
  }
  if (v.reasons.size() > kMaxReasons) v.reasons.resize(kMaxReasons);
  if (v.questions.size() > kMaxQuestions) v.questions.resize(kMaxQuestions);
  // Walking away is the advice: a list of asks would read as "try harder". The findings keep theirs.
  if (v.decision == Decision::kWalkAway) v.asks.clear();
  if (v.decision == Decision::kAccept && v.reasons.empty()) {
    v.reasons.push_back("No red flag stands and every non-negotiable you set passes.");
  }
  v.confidence = Round2(clarity * (0.6 + 0.4 * Completeness(c, offer, gates)));
  return v;
}

std::string_view ToString(Decision decision) {
  switch (decision) {
    case Decision::kWalkAway: return "WALK AWAY";
    case Decision::kNegotiate: return "NEGOTIATE";
    case Decision::kAccept: return "ACCEPT";
    case Decision::kNotYet: return "NOT YET";
  }
  return "NOT YET";
}

std::string_view ToSlug(Decision decision) {
  switch (decision) {
    case Decision::kWalkAway: return "walk_away";
    case Decision::kNegotiate: return "negotiate";
    case Decision::kAccept: return "accept";
    case Decision::kNotYet: return "not_yet";
  }
  return "not_yet";
}

}  // namespace walkaway::core
