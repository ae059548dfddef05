#pragma once

// The facts of one offer that several rules, the negotiation plan, the comparison and the drafts
// read, derived once before any rule runs (Evaluate), so that one fact has one definition: when
// the answer is due and where that date comes from, where and how the work is done, how the pay
// stands against the person's floors, and which promises are only spoken.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/alternatives.h"
#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evidence.h"
#include "walkaway/core/metrics.h"
#include "walkaway/core/money.h"

namespace walkaway::core {

// Where the due date comes from.
enum class DueSource {
  kNone,       // no deadline known
  kExtension,  // the extension the employer granted (extended_to)
  kRecorded,   // the deadline recorded in the case
  kDocument,   // the earliest deadline a letter or message states
};

// How an offer's place meets the person's list of places.
enum class LocationMatch {
  kNotAsked,  // the person listed no places
  kRemote,    // remote: the place does not bind
  kMatch,     // one of the person's places
  kNoMatch,   // none of them
  kUnknown,   // the offer does not say where
  kUndecided, // it names places not all of them yours ("Leeds or Manchester"), or "to be confirmed"
};

// A place as written (an offer's location, or a claim's words) against the person's list.
LocationMatch MatchPlaces(const std::string& location, const std::vector<std::string>& places);

// How far a negotiation can reach on one pay floor (DESIGN.md §2 rubric, docs/verdict.md).
enum class PayGapClass {
  kMet,         // the pay meets the floor
  kNegotiable,  // within the rubric's share of the floor, or within a typical negotiation's gain
  kCloseCall,   // beyond that but within rubric.pay_walk_pct
  kWalk,        // beyond rubric.pay_walk_pct
  kRefused,     // below the floor and the employer already refused to improve the offer
};

struct PayGap {
  Money floor{};     // candidate currency, per year
  Money value{};     // what the offer pays against it
  Money short_by{};  // floor - value; zero or negative when met
  double gap_pct = 0;  // short_by as a share of the floor, in %
  PayGapClass gap_class = PayGapClass::kMet;
  friend bool operator==(const PayGap&, const PayGap&) = default;
};

struct OfferFacts {
  // When the answer is due: the extension the employer granted, else the recorded deadline, else
  // the earliest deadline a document states (a recorded deadline wins over a document's: the
  // person may have agreed a later date since).
  std::optional<Date> due{};
  DueSource due_source = DueSource::kNone;
  // The document sentence that states the due date, when one does (also for a recorded deadline
  // that a letter repeats).
  std::optional<Evidence> due_sentence{};
  // The earliest deadline a document states, and its sentence, whatever the due date.
  std::optional<Date> document_deadline{};
  std::optional<Evidence> document_deadline_sentence{};
  // When the offer arrived: recorded, else the date of the document that set the due date.
  std::optional<Date> received{};
  bool received_from_document = false;
  std::optional<int64_t> days_to_decide{};  // received -> due
  std::optional<int64_t> days_left{};       // today -> due; negative once it has passed
  // Whether a spoken promise can still be put in writing: a day or more before the due date, or
  // no due date known.
  bool time_to_ask = true;

  // Where and how: the work mode as written; office days a week as written, else 0 when remote
  // and 5 when onsite; the place against the person's list.
  std::optional<WorkMode> work_mode{};
  std::optional<int> office_days{};
  LocationMatch location = LocationMatch::kNotAsked;
  std::optional<double> weekly_hours{};  // expected + on-call + commute, as OfferMetrics

  // Pay against the floors the person set (candidate currency); empty without the floor or
  // without comparable pay.
  std::optional<PayGap> base_gap{};
  std::optional<PayGap> total_gap{};

  // Positions in the offer's ledger (its claims, then those the documents state) of the promises
  // that are only spoken: typed by the person, not written, not repeated in writing, and not worse
  // than the offer's own terms (PromiseToWrite).
  std::vector<int> verbal_claims{};

  // The person's other options as of today (EVAL-FEAR's odds, read by BIAS-SCARCITY, MINDSET and
  // the drafts): the pipeline, the case's other offers in hand, and whether the fear of having
  // nothing is grounded.
  AlternativesFacts alternatives{};
  friend bool operator==(const OfferFacts&, const OfferFacts&) = default;
};

// The facts of `offer` (an offer of `c`, its ledger already augmented by the claims its documents
// state) as of `today`, with the figures in `metrics`.
OfferFacts DeriveFacts(const Case& c, const Offer& offer, const OfferMetrics& metrics, Date today);

// The class of a gap of `value` below `floor` under the case's rubric, with the typical gain of a
// negotiation when the pay model gives one (docs/verdict.md).
PayGap ClassifyPayGap(const Case& c, const Offer& offer, Money floor, Money value,
                      std::optional<Money> negotiation_typical);

}  // namespace walkaway::core
