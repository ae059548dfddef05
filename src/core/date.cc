#include "walkaway/core/date.h"

#include <cstdio>

namespace walkaway::core {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every proleptic Gregorian date.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int64_t Date::ToDays() const {
  return DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::AddMonths(int months) const {
  const int total = year * 12 + (month - 1) + months;
  const int y = total / 12;
  const int m = total % 12 + 1;
  const int dim = DaysInMonth(y, m);
  return Date{y, m, day > dim ? dim : day};
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int64_t days = ToDays();
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Result<Date> ParseDate(std::string_view text) {
  const auto expected = [&](std::string why) {
    return Error::InvalidInput("expected a date as YYYY-MM-DD, found \"" + std::string(text) +
                               "\"" + (why.empty() ? "" : ": " + why));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return expected("");
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (size_t k = 0; k < lengths[i]; ++k) {
      const char ch = text[starts[i] + k];
      if (ch < '0' || ch > '9') return expected("");
      parts[i] = parts[i] * 10 + (ch - '0');
    }
  }
  if (parts[1] < 1 || parts[1] > 12) return expected("month must be 01 to 12");
  if (parts[0] < 1) return expected("year must be 0001 or later");
  if (parts[2] < 1 || parts[2] > DaysInMonth(parts[0], parts[1])) {
    return expected("day must be 01 to " + std::to_string(DaysInMonth(parts[0], parts[1])) +
                    " in that month");
  }
  return Date{parts[0], parts[1], parts[2]};
}

}  // namespace walkaway::core
