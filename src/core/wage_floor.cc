#include "core/wage_floor.h"

#include <cmath>
#include <cstdio>

#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

struct Floor {
  std::string_view currency;
  double per_hour;  // in whole units of the currency
};

// Hourly pay below which no paid job in the currency's country is legal or usual: roughly half of
// the lowest statutory minimum wage (or, where there is none, the lowest collective-agreement rate)
// that we know of for the country or countries using it, rounded down. Half, because the point is
// to catch a figure off by a factor of 12 or 52 (a month's or a week's pay typed as a year's), not
// to police wages: a low but real wage must pass. Currencies with fast inflation (ARS, EGP, NGN,
// TRY, UAH) and those we have no figure for are left out: no check is better than a stale one.
constexpr Floor kFloors[] = {
    {"AUD", 10},  {"BRL", 3},   {"CAD", 7},    {"CHF", 10},   {"CNY", 5},    {"CZK", 50},
    {"DKK", 50},  {"EUR", 1.5}, {"GBP", 4},    {"HKD", 20},   {"HUF", 500},  {"INR", 10},
    {"JPY", 400}, {"KRW", 4000}, {"MXN", 15},  {"NOK", 50},   {"NZD", 10},   {"PLN", 10},
    {"RON", 5},   {"SEK", 50},  {"SGD", 3},    {"USD", 3.5},  {"ZAR", 10},
};

std::string Plain(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, value == std::floor(value) ? "%.0f" : "%.2f", value);
  return buf;
}

}  // namespace

std::optional<std::string> ImplausibleYearlyPay(Money yearly, std::string_view currency,
                                                std::optional<double> weekly_hours, std::string_view hours_field) {
  if (yearly <= Money{}) return std::nullopt;
  const Floor* floor = nullptr;
  for (const Floor& f : kFloors) {
    if (f.currency == currency) floor = &f;
  }
  if (floor == nullptr) return std::nullopt;
  const double hours = weekly_hours && *weekly_hours > 0 ? *weekly_hours : kAssumedWeeklyHours;
  const double per_hour = yearly.units() / (hours * 52);
  if (per_hour >= floor->per_hour) return std::nullopt;
  char rate[32];
  std::snprintf(rate, sizeof rate, "%.2f", per_hour);
  std::string why = FormatMoney(yearly, currency) + " a year is " + rate + " " + std::string(currency) +
                    " an hour over " + HoursText(hours) + " hours a week, below any wage paid in " +
                    std::string(currency) + " (at least " + Plain(floor->per_hour) +
                    " an hour). Amounts in a case are per year: if " + FormatMoney(yearly) +
                    " is a month's pay, write " + FormatMoney(yearly * 12);
  if (!weekly_hours && !hours_field.empty()) why += "; if the job is part-time, set " + std::string(hours_field);
  return why;
}

}  // namespace walkaway::core
