// core::ParseDate (YYYY-MM-DD) and the day arithmetic every deadline rule uses. Oracles: an accepted
// date prints back as the same text, survives the round trip through a day count, and stepping a
// month or a year away and back stays a valid calendar day.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "walkaway/core/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace walkaway::core;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Result<Date> parsed = ParseDate(text);
  if (!parsed) {
    if (parsed.error().message.empty()) std::abort();
    return 0;
  }
  const Date d = *parsed;
  if (d.ToString() != text) std::abort();
  if (Date::FromDays(d.ToDays()) != d) std::abort();
  if (d.Weekday() < 0 || d.Weekday() > 6) std::abort();
  for (int months : {1, -1, 12, -12, 1200}) {
    // A real calendar day; the year may leave 1..9999 (0001-01-01 minus a month is in year 0).
    const Date moved = d.AddMonths(months);
    if (moved.month < 1 || moved.month > 12 || moved.day < 1 || moved.day > DaysInMonth(moved.year, moved.month)) {
      std::abort();
    }
    if (Date::FromDays(moved.ToDays()) != moved) std::abort();
  }
  if (DaysBetween(d, d.AddDays(400)) != 400) std::abort();
  return 0;
}
