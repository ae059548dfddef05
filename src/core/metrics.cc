#include "walkaway/core/metrics.h"

#include <algorithm>

namespace walkaway::core {
namespace {

// Share of the whole grant vested by the end of month 12, from the vesting terms.
double FirstYearVestedShare(const Vesting& v) {
  if (!v.yearly_pct.empty()) {
    if (v.cliff_months > 12) return 0;
    return v.yearly_pct.front() / 100.0;
  }
  const int total_months = v.years * 12;
  if (total_months <= 0 || v.cliff_months > 12) return 0;
  const int every = std::max(1, v.every_months);
  const int vested_months = (12 / every) * every;
  return std::min(1.0, static_cast<double>(vested_months) / total_months);
}

// Hours a week spent travelling to the office, both ways.
double CommuteHours(std::optional<int> office_days, std::optional<int> commute_minutes) {
  if (!office_days || !commute_minutes) return 0;
  return *office_days * 2.0 * *commute_minutes / 60.0;
}

}  // namespace

std::optional<Money> ToCandidateCurrency(const Candidate& candidate, const Offer& offer, Money money) {
  if (offer.currency.empty() || offer.currency == candidate.currency) return money;
  if (!offer.exchange_rate) return std::nullopt;
  return money.Scaled(*offer.exchange_rate);
}

void ApplyProjection(const PayProjection& offer, const PayProjection* current, std::optional<bool> after_tax,
                     OfferMetrics& m) {
  if (offer.years.empty()) return;
  const YearFigures& y1 = offer.years.front();
  m.year1_floor = y1.floor;
  m.year1_p50 = y1.p50;
  m.first_year_total = y1.p50;  // the median of what year one pays beats the quoted figures
  m.negotiation_typical = offer.negotiation_typical;
  if (y1.take_home && offer.tax) {
    m.take_home_p50 = y1.take_home->p50;
    m.take_home_place = offer.tax->place;
    m.take_home_tables = offer.tax->tables_year;
  }
  if (current == nullptr || current->years.empty()) return;
  const YearFigures& now = current->years.front();
  if (y1.hourly_p50 && now.hourly_p50) {
    m.hourly_pay = *y1.hourly_p50;
    m.current_hourly_pay = *now.hourly_p50;
  }
  if (!y1.take_home || !now.take_home || !offer.tax || !current->tax) return;
  if (!after_tax.value_or(offer.tax->place != current->tax->place)) return;
  m.current_take_home_p50 = now.take_home->p50;
  m.current_take_home_place = current->tax->place;
  m.base_bonus_take_home = y1.take_home->base_bonus_take_home;
  m.current_base_bonus_take_home = now.take_home->base_bonus_take_home;
  m.base_bonus_marginal_rate = y1.take_home->base_bonus_marginal_rate;
  // Pay per hour stays before tax on purpose: the tax difference is SIGN-PAY's finding, and BIAS-TITLE
  // measuring it again per hour would count it twice (and turn it into an ask for fewer hours).
}

OfferMetrics ComputeMetrics(const Candidate& candidate, const Offer& offer) {
  OfferMetrics m;
  m.comparable = offer.currency.empty() || offer.currency == candidate.currency ||
                 offer.exchange_rate.has_value();
  const auto convert = [&](Money money) { return ToCandidateCurrency(candidate, offer, money); };

  if (offer.base) m.base = convert(*offer.base);
  if (m.base) {
    const double pct = offer.bonus ? offer.bonus->target_pct / 100.0 : 0.0;
    m.expected_bonus = m.base->Scaled(pct);
    m.guaranteed_annual = *m.base + (offer.bonus && offer.bonus->guaranteed ? *m.expected_bonus : Money{});
  }
  m.sign_on = offer.sign_on ? convert(offer.sign_on->amount) : Money{};
  if (offer.equity && offer.equity->kind != EquityKind::kNone) {
    if (auto grant = convert(offer.equity->grant)) {
      m.equity_first_year = grant->Scaled(FirstYearVestedShare(offer.equity->vesting));
    }
  } else {
    m.equity_first_year = Money{};
  }
  if (m.base && m.expected_bonus && m.sign_on && m.equity_first_year) {
    m.first_year_total = *m.base + *m.expected_bonus + *m.sign_on + *m.equity_first_year;
  }

  const Work& w = offer.work;
  if (w.expected_weekly_hours) {
    double hours = *w.expected_weekly_hours;
    if (w.on_call.value_or(false)) {
      hours += w.on_call_hours_per_week.value_or(kDefaultOnCallHoursPerWeek);
    }
    const std::optional<int> office_days =
        w.mode == WorkMode::kRemote ? std::optional<int>(0)
        : w.mode == WorkMode::kOnsite && !w.office_days ? std::optional<int>(5)
                                                        : w.office_days;
    hours += CommuteHours(office_days, w.commute_minutes);
    m.weekly_hours = hours;
    if (m.base && hours > 0) {
      m.hourly_pay = (*m.base + m.expected_bonus.value_or(Money{})).units() / (hours * 52.0);
    }
  }

  const CurrentJob& cur = candidate.situation.current;
  if (cur.weekly_hours) {
    const double hours = *cur.weekly_hours + CommuteHours(cur.office_days, cur.commute_minutes);
    m.current_weekly_hours = hours;
    if (cur.base && hours > 0) {
      m.current_hourly_pay = (*cur.base + cur.bonus.value_or(Money{})).units() / (hours * 52.0);
    }
  }
  return m;
}

}  // namespace walkaway::core
