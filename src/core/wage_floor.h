#pragma once

// Is a yearly pay figure plausible for its currency? A case file holds yearly amounts; a monthly
// salary typed as a yearly one ("5166" for 5,166 a month) would otherwise pass and make every pay
// finding wrong by a factor of twelve (issue #12, item 5). The floor is per hour, so a part-time
// job with its hours given is judged on its hours, not on a full-time year.

#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/money.h"

namespace walkaway::core {

// The hours a week assumed when the case gives none: a full-time week.
inline constexpr double kAssumedWeeklyHours = 40;

// Why `yearly` (in `currency`) cannot be a year's pay for `weekly_hours` (kAssumedWeeklyHours when
// empty), or empty when it can or when the currency has no floor here. Zero is not judged: it is a
// separate question (an unpaid role) that the rules answer. `hours_field`, when not empty and the
// hours are not given, is the field the message tells a part-timer to fill in.
std::optional<std::string> ImplausibleYearlyPay(Money yearly, std::string_view currency,
                                                std::optional<double> weekly_hours, std::string_view hours_field);

}  // namespace walkaway::core
