// Cash side of a job plan: base with merit raises and the promotion, bonus terms, sign-on and
// relocation with clawback, money benefits, commute cost, hours and the cost-of-living factor.

#include "comp/job_plan.h"

#include <algorithm>
#include <cmath>

#include "comp/job_plan_equity.h"
#include "walkaway/comp/col.h"
#include "walkaway/core/claim_text.h"
#include "walkaway/core/metrics.h"

namespace walkaway::comp {
namespace {

using core::Error;

std::string OfferPath(size_t index) { return "offers[" + std::to_string(index) + "]"; }

// The share of year `y` (0-based) inside a fixed term of `term_months` (0 = open-ended).
double ShareInTerm(size_t y, int term_months) {
  if (term_months == 0) return 1;
  const int inside = std::clamp(term_months - static_cast<int>(y) * 12, 0, 12);
  return inside / 12.0;
}

// Base paid in each year: a merit raise on every anniversary, and the promotion's raise from its
// month on (in the `promoted` schedule only); nothing after a fixed term.
void FillBase(JobPlan& plan, double base, double merit, int promo_month, double promo_raise) {
  for (size_t y = 0; y < plan.years.size(); ++y) {
    for (int k = 0; k < 2; ++k) {
      double sum = 0;
      for (int m = 0; m < 12; ++m) {
        const int month = static_cast<int>(y) * 12 + m;
        if (plan.term_months > 0 && month >= plan.term_months) break;
        const bool promoted = k == 1 && month >= promo_month;
        sum += base * std::pow(1 + merit, static_cast<double>(y)) * (promoted ? 1 + promo_raise : 1.0) / 12.0;
      }
      plan.years[y].base[k] = sum;
    }
  }
}

// The part of a clawed-back payment that can no longer be asked back at the end of its first year:
// what the floor may count (docs/pay-model.md).
double ReleasedInFirstYear(const core::SignOn& s, double amount) {
  if (s.clawback_months <= 12) return amount;
  return s.prorated ? amount * 12.0 / s.clawback_months : 0.0;
}

// A payment promised only in words is at risk: it is in the paths, not in the floor.
void AddOneOff(JobPlan& plan, const std::optional<core::SignOn>& s, double fx, bool only_spoken) {
  if (!s || plan.years.empty()) return;
  const double amount = s->amount.units() * fx;
  plan.years[0].sign_on += amount;
  plan.years[0].one_off += amount;
  if (only_spoken) {
    plan.notes.push_back("a payment of " + core::FormatMoney(s->amount) +
                         " was promised only in words, so it is not counted as guaranteed");
    return;
  }
  plan.years[0].floor += ReleasedInFirstYear(*s, amount);
}

core::Result<double> ColFactor(const core::Case& c, const std::string& area, std::optional<double> index,
                               const std::string& path) {
  std::optional<double> home = c.candidate.col_index;
  if (!home && !c.candidate.col_area.empty()) {
    home = ColIndexOf(c.candidate.col_area);
    if (!home) return Error::InvalidInput("unknown cost-of-living area \"" + c.candidate.col_area + "\"",
                                          "candidate.col_area");
  }
  std::optional<double> here = index;
  if (!here && !area.empty()) {
    here = ColIndexOf(area);
    if (!here) return Error::InvalidInput("unknown cost-of-living area \"" + area + "\"", path + ".col_area");
  }
  if (!home || !here) return 0.0;
  return *home / *here;
}

// True when the ledger holds a spoken promise on `topic` that no written term repeats: money that
// rests on it is at risk, never guaranteed (issue #12, class 11).
bool OnlySpoken(const core::Offer& o, std::string_view topic) {
  const std::vector<const core::Claim*> spoken = core::VerbalClaims(o, topic);
  return std::any_of(spoken.begin(), spoken.end(),
                     [&](const core::Claim* claim) { return core::PromiseToWrite(o, *claim); });
}

// The base the offer letter states, when it is below the case's: the difference rests on what
// someone said, so only the written figure is guaranteed. Only the letter: a job post's range or a
// recruiter's early figure is not the offer, and an "up to" figure is a ceiling, not a base.
std::optional<core::Money> WrittenBaseBelow(const core::Offer& o) {
  std::optional<core::Money> lowest;
  for (const core::Claim& claim : o.claims) {
    if (claim.topic != "base" || !claim.written || !claim.amount || !core::IsExtracted(claim) ||
        claim.source != "offer letter" || claim.origin->vague) {
      continue;
    }
    if (*claim.amount < *o.base && (!lowest || *claim.amount < *lowest)) lowest = claim.amount;
  }
  return lowest;
}

int OfficeDays(const core::Work& w) {
  if (w.mode == core::WorkMode::kRemote) return 0;
  if (w.office_days) return *w.office_days;
  return w.mode == core::WorkMode::kOnsite ? 5 : 0;
}

}  // namespace

core::Result<JobPlan> PlanOffer(const core::Case& c, size_t offer_index, core::Date start,
                                const ModelDefaults& d) {
  const core::Offer& o = c.offers[offer_index];
  const std::string path = OfferPath(offer_index);
  double fx = 1;
  if (!o.currency.empty() && o.currency != c.candidate.currency) {
    if (!o.exchange_rate) {
      return Error::InvalidInput("the offer is in " + o.currency + " and the candidate's currency is " +
                                     c.candidate.currency + ": give an exchange rate, nothing is converted silently",
                                 path + ".exchange_rate");
    }
    fx = *o.exchange_rate;
  }
  if (!o.base) return Error::InvalidInput("the pay model needs the offer's base salary", path + ".base");

  JobPlan plan;
  plan.id = o.id;
  plan.years.resize(static_cast<size_t>(d.horizon_years));
  plan.fx = fx;
  plan.term_months = o.term_months.value_or(0);
  if (plan.term_months > 0 && plan.term_months < d.horizon_years * 12) {
    plan.notes.push_back("a fixed-term contract of " + std::to_string(plan.term_months) +
                         " months: nothing after it is counted, as no extension is written");
  }
  const double base = o.base->units() * fx;
  const double merit = o.merit_raise_pct.value_or(d.merit_raise_pct) / 100.0;
  int promo_month = 1 << 20;
  double promo_raise = 0;
  if (o.promotion && o.promotion->probability_pct > 0) {
    plan.promotion_probability = o.promotion->probability_pct / 100.0;
    promo_month = o.promotion->after_months;
    promo_raise = o.promotion->raise_pct / 100.0;
  }
  FillBase(plan, base, merit, promo_month, promo_raise);

  const double target = o.bonus ? o.bonus->target_pct / 100.0 : 0.0;
  plan.bonus_guaranteed = o.bonus && o.bonus->guaranteed;
  if (plan.bonus_guaranteed && OnlySpoken(o, "bonus")) {
    plan.bonus_guaranteed = false;
    plan.notes.push_back("the bonus is guaranteed only by what was said, so it is counted as discretionary");
  }
  double floor_base = base;
  if (const std::optional<core::Money> written = WrittenBaseBelow(o)) {
    floor_base = written->units() * fx;
    plan.notes.push_back("the letter states a base of " + core::FormatMoney(*written) +
                         ": only that much of the base is counted as guaranteed");
  }
  plan.bonus_sd = d.bonus_spread_pct / 100.0;
  plan.bonus_no_payout = d.bonus_no_payout_pct / 100.0;
  plan.bonus_max = d.bonus_max_pct / 100.0;
  if (o.bonus && o.bonus->payout_spread_pct) plan.bonus_sd = *o.bonus->payout_spread_pct / 100.0;
  if (o.bonus && o.bonus->payout_low_pct && o.bonus->payout_high_pct) {
    plan.bonus_uniform = true;
    plan.bonus_low = *o.bonus->payout_low_pct / 100.0;
    plan.bonus_high = *o.bonus->payout_high_pct / 100.0;
  }

  const core::BenefitTerms& b = o.benefit_terms;
  const double limit = d.retirement_comp_limit.units();
  const double health = b.health_premium_diff.value_or(0) * fx;
  const int pto = o.pto_days.value_or(0);
  plan.working_weeks = std::max(1.0, d.working_weeks - pto / 5.0);
  const double trips = 2.0 * OfficeDays(o.work) * plan.working_weeks;
  const double commute = o.work.commute_cost_per_trip ? trips * o.work.commute_cost_per_trip->units() * fx : 0;
  const auto match = [&](double paid) {
    if (!b.retirement_match_pct) return 0.0;
    double m = *b.retirement_match_pct / 100.0 * std::min(paid, limit);
    if (b.retirement_match_limit) m = std::min(m, b.retirement_match_limit->units() * fx);
    return m;
  };
  for (size_t i = 0; i < plan.years.size(); ++i) {
    YearPlan& y = plan.years[i];
    const double share = ShareInTerm(i, plan.term_months);  // 1 for an open-ended job
    y.share_worked = share;
    for (int k = 0; k < 2; ++k) {
      y.bonus_target[k] = target * y.base[k];
      y.benefits[k] = match(y.base[k]) - health * share;
    }
    y.commute_cost = commute * share;
    // Multiplying by a share of 1 is exact, so an open-ended job's floor is what it always was.
    y.floor = floor_base * share + (plan.bonus_guaranteed ? target * floor_base * share : 0.0) +
              match(floor_base * share) - health * share - commute * share;
  }
  AddOneOff(plan, o.sign_on, fx, OnlySpoken(o, "sign_on"));
  AddOneOff(plan, o.relocation, fx, false);  // no claim topic is a relocation's: "other" is free text

  const core::OfferMetrics metrics = core::ComputeMetrics(c.candidate, o);
  plan.weekly_hours = metrics.weekly_hours.value_or(0);
  core::Result<double> col = ColFactor(c, o.col_area, o.col_index, path);
  if (!col) return col.error();
  plan.col_factor = *col;
  core::Status equity = AddEquity(c, offer_index, start, d, fx, plan);
  if (!equity) return equity.error();
  return plan;
}

core::Result<JobPlan> PlanCurrent(const core::Case& c, core::Date /*start*/, const ModelDefaults& d) {
  const core::CurrentJob& job = c.candidate.situation.current;
  if (!job.base) {
    return Error::InvalidInput("the current job has no base salary to project", "candidate.situation.current.base");
  }
  JobPlan plan;
  plan.id = "current";
  plan.years.resize(static_cast<size_t>(d.horizon_years));
  const double base = job.base->units();
  FillBase(plan, base, job.raise_pct.value_or(d.merit_raise_pct) / 100.0, 1 << 20, 0);
  const double bonus_share = job.bonus && base > 0 ? job.bonus->units() / base : 0.0;
  plan.bonus_sd = d.bonus_spread_pct / 100.0;
  plan.bonus_no_payout = d.bonus_no_payout_pct / 100.0;
  plan.bonus_max = d.bonus_max_pct / 100.0;
  for (YearPlan& y : plan.years) {
    for (int k = 0; k < 2; ++k) y.bonus_target[k] = bonus_share * y.base[k];
    y.floor = base;
  }
  const core::OfferMetrics metrics = core::ComputeMetrics(c.candidate, core::Offer{});
  plan.weekly_hours = metrics.current_weekly_hours.value_or(0);
  core::Result<double> col = ColFactor(c, c.candidate.col_area, c.candidate.col_index, "candidate");
  if (!col) return col.error();
  plan.col_factor = *col;
  return plan;
}

}  // namespace walkaway::comp
