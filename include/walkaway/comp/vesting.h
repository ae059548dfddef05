#pragma once

// Exact vesting tranches: the date and amount of every vest of a grant, for every vesting shape the
// case file can express (cliff; monthly, quarterly, half-yearly or yearly vests; custom yearly
// shares such as 5/15/40/40). Amounts round down cumulatively (the Open Cap Table convention), so
// the tranches always add up to the grant exactly and no cent is created or lost.

#include <vector>

#include "walkaway/core/case.h"

namespace walkaway::comp {

struct Tranche {
  int month = 0;          // months after the grant date (12 = the first anniversary)
  core::Date date{};      // grant date + month months, clamped to the month's end (Jan 31 -> Feb 29)
  core::Money amount{};   // of the grant's quoted value
  double fraction = 0;    // of the whole grant, for grants counted in shares
  friend bool operator==(const Tranche&, const Tranche&) = default;
};

// Cumulative share of the grant vested once `month` months have passed, in [0, 1].
// REQUIRES: the vesting passed ValidateCase (years 1..10, cliff within it, shares summing to 100).
double VestedFraction(const core::Vesting& v, int month);

// Every vest in order. REQUIRES: as VestedFraction.
std::vector<Tranche> VestingTranches(const core::Vesting& v, core::Money grant, core::Date grant_date);

// The year (1-based) a vest `month` months after the start falls in. A vest on an anniversary
// closes the year that ends there: month 12 is year 1, month 13 is year 2.
inline int YearOfMonth(int month) { return month <= 0 ? 1 : (month + 11) / 12; }

}  // namespace walkaway::comp
