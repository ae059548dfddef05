#include "walkaway/core/facts.h"

#include <algorithm>

#include "walkaway/core/claim_text.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

// The earliest deadline a letter or message states (read by src/core/extract), if any.
const Claim* DocumentDeadline(const Offer& o) {
  const Claim* best = nullptr;
  for (const Claim& c : o.claims) {
    if (IsExtracted(c) && c.topic == "deadline" && c.date && (!best || *c.date < *best->date)) best = &c;
  }
  return best;
}

Evidence SentenceOf(const Claim& c) { return {c.origin->field, c.origin->sentence, c.origin->line, c.origin->column}; }

void DeriveTiming(const Offer& o, Date today, OfferFacts& f) {
  const Claim* doc = DocumentDeadline(o);
  if (doc) {
    f.document_deadline = doc->date;
    f.document_deadline_sentence = SentenceOf(*doc);
  }
  if (o.extension == ExtensionStatus::kGranted && o.extended_to) {
    f.due = o.extended_to;
    f.due_source = DueSource::kExtension;
  } else if (o.deadline) {
    f.due = o.deadline;
    f.due_source = DueSource::kRecorded;
  } else if (doc) {
    f.due = doc->date;
    f.due_source = DueSource::kDocument;
  }
  if (doc && f.due_source != DueSource::kExtension && *doc->date == f.due) f.due_sentence = SentenceOf(*doc);
  if (o.received) {
    f.received = o.received;
  } else if (doc && doc->date == f.due && doc->origin->document_date) {
    f.received = doc->origin->document_date;
    f.received_from_document = true;
  }
  if (f.due) {
    f.days_left = DaysBetween(today, *f.due);
    if (f.received) f.days_to_decide = DaysBetween(*f.received, *f.due);
    f.time_to_ask = *f.days_left >= 1;
  }
}

void DeriveWork(const Case& c, const Offer& o, const OfferMetrics& m, OfferFacts& f) {
  f.work_mode = o.work.mode;
  f.office_days = o.work.office_days;
  if (!f.office_days && o.work.mode == WorkMode::kRemote) f.office_days = 0;
  if (!f.office_days && o.work.mode == WorkMode::kOnsite) f.office_days = 5;
  f.weekly_hours = m.weekly_hours;
  const std::vector<std::string>& places = c.candidate.non_negotiables.locations;
  if (places.empty()) {
    f.location = LocationMatch::kNotAsked;
  } else if (o.work.mode == WorkMode::kRemote) {
    f.location = LocationMatch::kRemote;
  } else if (o.location.empty()) {
    f.location = LocationMatch::kUnknown;
  } else {
    f.location = MatchPlaces(o.location, places);
  }
}

void DerivePay(const Case& c, const Offer& o, const OfferMetrics& m, OfferFacts& f) {
  const NonNegotiables& n = c.candidate.non_negotiables;
  if (!m.comparable) return;
  if (n.base_min && m.base) f.base_gap = ClassifyPayGap(c, o, *n.base_min, *m.base, m.negotiation_typical);
  if (n.total_min && m.first_year_total) {
    f.total_gap = ClassifyPayGap(c, o, *n.total_min, *m.first_year_total, m.negotiation_typical);
  }
}

}  // namespace

// The offer's place against the person's list. "Leeds or Manchester" is a match only when every
// place it names is one of theirs, and a place still "to be confirmed" is not yet a place at all:
// a choice the employer has not made must not pass a line the person set (issue #12, class 5).
LocationMatch MatchPlaces(const std::string& location, const std::vector<std::string>& places) {
  const std::string where = NormalizeText(location);
  for (std::string_view open : {"to be confirmed", "to be decided", "to be determined", "tbc", "tbd"}) {
    const size_t at = where.find(open);
    const bool word_start = at != std::string::npos && (at == 0 || where[at - 1] == ' ' || where[at - 1] == '(');
    const size_t end = at + open.size();
    if (word_start && (end == where.size() || where[end] == ' ' || where[end] == ')' || where[end] == '.')) {
      return LocationMatch::kUndecided;
    }
  }
  std::vector<std::string> named;
  size_t from = 0;
  while (true) {
    size_t cut = std::string::npos, width = 0;
    for (std::string_view sep : {" or ", " / ", "/"}) {
      const size_t at = where.find(sep, from);
      if (at < cut) cut = at, width = sep.size();
    }
    named.push_back(where.substr(from, cut == std::string::npos ? std::string::npos : cut - from));
    if (cut == std::string::npos) break;
    from = cut + width;
  }
  size_t mine = 0;
  for (const std::string& one : named) {
    for (const std::string& place : places) {
      const std::string p = NormalizeText(place);
      if (!p.empty() && one.find(p) != std::string::npos) {
        ++mine;
        break;
      }
    }
  }
  if (mine == named.size()) return LocationMatch::kMatch;
  return mine == 0 ? LocationMatch::kNoMatch : LocationMatch::kUndecided;
}


PayGap ClassifyPayGap(const Case& c, const Offer& offer, Money floor, Money value,
                      std::optional<Money> negotiation_typical) {
  PayGap g;
  g.floor = floor;
  g.value = value;
  g.short_by = floor - value;
  if (value >= floor) return g;
  g.gap_pct = floor > Money{} ? 100.0 * g.short_by.units() / floor.units() : 100.0;
  const Rubric& r = c.rubric;
  // A typical negotiation reaches the rubric's share of the floor, or the typical gain in money
  // when the pay model gives one and it is larger (a low salary: 5k is more than 10%).
  const bool within_typical = negotiation_typical && g.short_by <= *negotiation_typical;
  if (offer.negotiation.status == NegotiationStatus::kRefused) {
    g.gap_class = PayGapClass::kRefused;
  } else if (g.gap_pct <= r.pay_negotiable_pct || within_typical) {
    g.gap_class = PayGapClass::kNegotiable;
  } else if (g.gap_pct <= r.pay_walk_pct) {
    g.gap_class = PayGapClass::kCloseCall;
  } else {
    g.gap_class = PayGapClass::kWalk;
  }
  return g;
}

OfferFacts DeriveFacts(const Case& c, const Offer& offer, const OfferMetrics& metrics, Date today) {
  OfferFacts f;
  DeriveTiming(offer, today, f);
  DeriveWork(c, offer, metrics, f);
  DerivePay(c, offer, metrics, f);
  f.alternatives = AssessAlternatives(c, offer, f.due, today);
  for (size_t i = 0; i < offer.claims.size(); ++i) {
    const Claim& claim = offer.claims[i];
    if (IsExtracted(claim) || claim.value.empty() || claim.topic == "deadline") continue;
    if (PromiseToWrite(offer, claim)) f.verbal_claims.push_back(static_cast<int>(i));
  }
  return f;
}

}  // namespace walkaway::core
