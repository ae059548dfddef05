#pragma once

// Fear vs facts (EVAL-FEAR): the odds of at least one other offer from the person's pipeline, by
// this offer's deadline, with a little more time, and within their savings runway. Pure and
// closed-form; the formulas, the defaults and their sources are in docs/fear-and-outlook.md.
//
//   p_i  = product of the stage conversions still ahead of process i (its chance of an offer)
//   T_i  ~ gamma(k = 2) with mean mu_i = the sum of the mean days of the stages still ahead
//   e_i  = days since the process last moved (its `updated` date), 0 when unknown
//   q_i(t) = p_i (F_i(e_i + t) - F_i(e_i)) / (1 - p_i F_i(e_i))   offer within t more days, given
//            none has come yet (Bayes: long silence makes a live process less likely)
//   P(at least one other offer within t) = 1 - prod_i (1 - q_i(t))

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"

namespace walkaway::core {

// The stages a process can still move through, in funnel order. "offer" (an offer in hand) is the
// end of the funnel and has no conversion of its own.
inline constexpr std::array<std::string_view, 5> kFunnelStages = {"applied", "screen", "interviewing",
                                                                  "onsite", "final"};

// The gamma shape of the time to an offer (REFERENCES.md §3.2 suggests k = 2).
inline constexpr double kTimeToOfferShape = 2.0;
// Pseudo-processes of the default each stage's rate carries when the person's history is blended in:
// with 2 past processes at a stage the history weighs half, with 8 it weighs 80%.
inline constexpr double kHistoryPriorWeight = 2.0;
// "Asking for more time" is modelled as one more week.
inline constexpr int kExtensionAskDays = 7;
// Without a deadline the odds are given for four weeks.
inline constexpr int kDefaultWindowDays = 28;

enum class RateSource { kDefault, kCase, kHistory };

struct StageParams {
  std::string_view stage{};
  double advance = 0;  // chance of moving to the next stage (0..1)
  double days = 0;     // mean days at this stage
  RateSource source = RateSource::kDefault;
  int history_processes = 0;  // past processes at this stage the rate used
};

using Funnel = std::array<StageParams, kFunnelStages.size()>;

// The documented defaults (docs/fear-and-outlook.md gives each one's source).
Funnel DefaultFunnel();
// The defaults, overridden by [model.funnel], then blended with candidate.situation.history:
// rate = (advanced + w * rate) / (advanced + ended + w) with w = kHistoryPriorWeight.
Funnel FunnelFor(const Case& c);

// Index of `stage` in kFunnelStages; an empty or unknown stage counts as "applied" (the earliest,
// so the odds are never flattered). Returns kFunnelStages.size() for "offer".
size_t StageIndex(std::string_view stage);

// Gamma CDF with shape kTimeToOfferShape and the given mean, at `days` (0 for days <= 0).
double TimeToOfferCdf(double days, double mean_days);

struct ProcessOdds {
  std::string company{};
  std::string stage{};   // as written ("" when not given)
  double p_offer = 0;    // p_i: chance the process ends in an offer, before any silence
  double mean_days = 0;  // mu_i
  int waited_days = 0;   // e_i
  bool offer_in_hand = false;
  bool in_case = false;  // another offer of the same case, not a pipeline entry
  friend bool operator==(const ProcessOdds&, const ProcessOdds&) = default;
};

// One process's chance of an offer within `days` more days from `today`.
double OfferWithin(const ProcessOdds& p, int days);
// 1 - prod(1 - q_i): the chance of at least one offer within `days`.
double AnyOfferWithin(const std::vector<ProcessOdds>& processes, int days);

ProcessOdds OddsFor(const PipelineItem& item, const Funnel& funnel, Date today);

// Whether the fear of having no other offer is borne out by the facts (rubric.fear_grounded_below_pct).
enum class FearBasis {
  kUnknown,    // no pipeline is listed and no other offer is in hand
  kGrounded,   // the odds of another offer are below the rubric's line: the worry fits the facts
  kUnfounded,  // another offer in hand, a job to stay in, or odds at or above the line
};

// The four options compared in plain words by EVAL-FEAR.
struct AlternativesFacts {
  bool pipeline_known = false;  // the case lists the pipeline (possibly empty)
  std::vector<ProcessOdds> processes{};
  int offers_in_hand = 0;

  bool deadline_known = false;
  Date decide_by{};       // the offer's due date (OfferFacts::due), else today + kDefaultWindowDays
  int days_to_decide = 0; // from today, never negative
  double p_by_deadline = 0;

  bool can_ask_extension = false;  // not refused, not already granted
  double p_with_extension = 0;     // within days_to_decide + kExtensionAskDays

  std::optional<int> runway_days{};
  std::optional<double> p_within_runway{};
  double p_eventually = 0;  // t -> infinity: the pipeline's whole worth

  std::optional<bool> employed{};
  FearBasis fear = FearBasis::kUnknown;
  friend bool operator==(const AlternativesFacts&, const AlternativesFacts&) = default;
};

// `due` is the offer's due date as OfferFacts derives it (the granted extension, the recorded
// deadline, else a document's); empty when none is known. The case's other offers whose deadline
// has not passed are offers in hand, unless the pipeline already lists their company as one.
AlternativesFacts AssessAlternatives(const Case& c, const Offer& offer, std::optional<Date> due, Date today);

// "45%", rounded to whole percent, with "under 1%" and "over 99%" at the ends (never a false 0 or 100).
std::string FormatOdds(double p);

}  // namespace walkaway::core
