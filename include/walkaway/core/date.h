#pragma once

// A civil calendar date (proleptic Gregorian), with day arithmetic. The core never reads the clock:
// "today" is always a parameter.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::core {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01 (negative before).
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  Date AddDays(int64_t days) const { return FromDays(ToDays() + days); }
  // Same day of month n months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
  Date AddMonths(int months) const;
  // 0 = Monday .. 6 = Sunday.
  int Weekday() const;
  std::string ToString() const;  // "2026-11-28"

  friend auto operator<=>(const Date&, const Date&) = default;
};

bool IsValidDate(int year, int month, int day);
int DaysInMonth(int year, int month);
// Signed whole days from `from` to `to`.
inline int64_t DaysBetween(const Date& from, const Date& to) { return to.ToDays() - from.ToDays(); }

// Accepts exactly "YYYY-MM-DD" with a real calendar day; the error says which part is wrong.
Result<Date> ParseDate(std::string_view text);

}  // namespace walkaway::core
