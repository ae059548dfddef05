// The odds of another offer from the pipeline (formulas in include/walkaway/core/alternatives.h).

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "walkaway/core/alternatives.h"

namespace walkaway::core {
namespace {

constexpr double kDaysPerMonth = 365.25 / 12.0;
// Past this many days ahead the odds are the pipeline's whole worth (the gamma tail is negligible).
constexpr int kEventuallyDays = 3650;

char Lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

// "Acme Corp" and "acme corp" are one company; letters and digits only, case folded.
bool SameCompany(std::string_view a, std::string_view b) {
  std::string x, y;
  for (char ch : a) {
    if (std::isalnum(static_cast<unsigned char>(ch))) x += Lower(ch);
  }
  for (char ch : b) {
    if (std::isalnum(static_cast<unsigned char>(ch))) y += Lower(ch);
  }
  return !x.empty() && x == y;
}

}  // namespace

double TimeToOfferCdf(double days, double mean_days) {
  if (days <= 0) return 0;
  if (mean_days <= 0) return 1;
  // Gamma with integer shape 2: F(t) = 1 - exp(-t/theta) (1 + t/theta), theta = mean / 2.
  const double x = days / (mean_days / kTimeToOfferShape);
  return 1.0 - std::exp(-x) * (1.0 + x);
}

ProcessOdds OddsFor(const PipelineItem& item, const Funnel& funnel, Date today) {
  ProcessOdds out;
  out.company = item.company;
  out.stage = item.stage;
  const size_t first = StageIndex(item.stage);
  if (first >= funnel.size()) {
    out.offer_in_hand = true;
    out.p_offer = 1;
    return out;
  }
  out.p_offer = 1;
  for (size_t i = first; i < funnel.size(); ++i) {
    out.p_offer *= funnel[i].advance;
    out.mean_days += funnel[i].days;
  }
  if (item.updated) out.waited_days = static_cast<int>(std::max<int64_t>(0, DaysBetween(*item.updated, today)));
  return out;
}

double OfferWithin(const ProcessOdds& p, int days) {
  if (p.offer_in_hand) return 1;
  if (days <= 0 || p.p_offer <= 0) return 0;
  const double waited = TimeToOfferCdf(p.waited_days, p.mean_days);
  const double by_then = TimeToOfferCdf(p.waited_days + days, p.mean_days);
  // No offer has come in the days already waited: condition on that.
  const double none_yet = 1.0 - p.p_offer * waited;
  if (none_yet <= 1e-12) return 0;
  return std::clamp(p.p_offer * (by_then - waited) / none_yet, 0.0, 1.0);
}

double AnyOfferWithin(const std::vector<ProcessOdds>& processes, int days) {
  double none = 1;
  for (const ProcessOdds& p : processes) none *= 1.0 - OfferWithin(p, days);
  return 1.0 - none;
}

AlternativesFacts AssessAlternatives(const Case& c, const Offer& offer, std::optional<Date> due, Date today) {
  const Situation& s = c.candidate.situation;
  AlternativesFacts f;
  f.employed = s.employed;
  f.pipeline_known = s.pipeline_given || !s.pipeline.empty();
  const Funnel funnel = FunnelFor(c);
  for (const PipelineItem& item : s.pipeline) {
    f.processes.push_back(OddsFor(item, funnel, today));
    if (f.processes.back().offer_in_hand) ++f.offers_in_hand;
  }
  for (const Offer& other : c.offers) {
    if (&other == &offer || other.id == offer.id) continue;
    const std::optional<Date> other_due = other.extended_to ? other.extended_to : other.deadline;
    if (other_due && *other_due < today) continue;  // lapsed: no longer in hand
    const bool listed = std::any_of(f.processes.begin(), f.processes.end(), [&](const ProcessOdds& p) {
      return p.offer_in_hand && SameCompany(p.company, other.company);
    });
    if (listed) continue;
    ProcessOdds in_hand;
    in_hand.company = other.company.empty() ? other.id : other.company;
    in_hand.stage = "offer";
    in_hand.p_offer = 1;
    in_hand.offer_in_hand = true;
    in_hand.in_case = true;
    f.processes.push_back(std::move(in_hand));
    ++f.offers_in_hand;
  }

  f.deadline_known = due.has_value();
  f.decide_by = due ? *due : today.AddDays(kDefaultWindowDays);
  f.days_to_decide = static_cast<int>(std::max<int64_t>(0, DaysBetween(today, f.decide_by)));
  f.p_by_deadline = AnyOfferWithin(f.processes, f.days_to_decide);

  f.can_ask_extension = f.deadline_known && offer.extension != ExtensionStatus::kRefused &&
                        offer.extension != ExtensionStatus::kGranted && !offer.extended_to;
  f.p_with_extension = AnyOfferWithin(f.processes, f.days_to_decide + kExtensionAskDays);

  if (s.runway_months) {
    f.runway_days = static_cast<int>(std::floor(*s.runway_months * kDaysPerMonth));
    f.p_within_runway = AnyOfferWithin(f.processes, *f.runway_days);
  }
  f.p_eventually = AnyOfferWithin(f.processes, kEventuallyDays);

  // The odds that matter for the fear: within the savings when they are known, else by the
  // deadline. A job to stay in or an offer in hand means the fear is not of having nothing.
  const double line = c.rubric.fear_grounded_below_pct / 100.0;
  const double odds = f.p_within_runway.value_or(f.p_by_deadline);
  if (f.offers_in_hand > 0 || s.employed == true) {
    f.fear = FearBasis::kUnfounded;
  } else if (!f.pipeline_known) {
    f.fear = FearBasis::kUnknown;
  } else {
    f.fear = odds < line ? FearBasis::kGrounded : FearBasis::kUnfounded;
  }
  return f;
}

std::string FormatOdds(double p) {
  const double pct = 100.0 * p;
  if (pct < 1) return p <= 0 ? "0%" : "under 1%";
  if (pct > 99) return p >= 1 ? "100%" : "over 99%";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", pct);
  return buf;
}

}  // namespace walkaway::core
