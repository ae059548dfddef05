#pragma once

// A notice period as people state it ("3 months", "4 weeks", "30 days") and when it ends. The
// current job's notice against the start an offer wants is a finding of SIGN-PRESSURE.

#include <string>
#include <string_view>

#include "walkaway/core/date.h"
#include "walkaway/core/result.h"

namespace walkaway::core {

struct NoticePeriod {
  enum class Unit : unsigned char { kDays, kWeeks, kMonths };
  int count = 0;
  Unit unit = Unit::kWeeks;
  friend bool operator==(const NoticePeriod&, const NoticePeriod&) = default;
};

// The longest notice accepted: a year, in whichever unit.
inline constexpr int kMaxNoticeDays = 366;

// "3 months", "1 month", "4 weeks", "30 days", "two weeks" (number words up to twelve), any case,
// with "notice" or a trailing period tolerated ("3 months notice"). At most a year. The error
// says what was expected.
Result<NoticePeriod> ParseNoticePeriod(std::string_view text);

// "3 months", "1 week": as a person writes it, and as the case file stores it.
std::string ToString(const NoticePeriod& notice);

// The day a notice given on `given` ends: the same day of the month `count` months later (clamped
// to the month's end), or `given` plus the weeks or days.
Date NoticeEnds(Date given, const NoticePeriod& notice);

}  // namespace walkaway::core
