#pragma once

// A piecewise-linear function of an amount of money: the building block of every tax and contribution
// (docs/tax.md, "The interpreter"). Brackets, ceilings and thresholds are schedules; a deduction that
// steps with income (Ohio's tiers, Illinois' income limit) composes into one with jumps; the levels of
// a place add up into one schedule so that a path costs one look-up.
//
// Exact fixed point: an amount is in cents, a rate in units of 1e-7 (every rate in the data is exact at
// that scale), and a value in units of 1e-7 cent. Values are exact until the caller rounds them, once.
// REQUIRES for every look-up: 0 <= x <= kMaxScheduleInput, which keeps every product below 2^63.

#include <cstdint>
#include <vector>

#include "walkaway/tax/tables.h"

namespace walkaway::tax {

// 10^11 cents (10^9 currency units): no year of pay comes close, and 10^11 x 10^7 < 2^63.
inline constexpr int64_t kMaxScheduleInput = 100'000'000'000;

class Schedule {
 public:
  Schedule();  // zero everywhere

  // Marginal brackets: bracket i's rate applies to the part of x above its floor.
  // REQUIRES: brackets pass CheckBrackets (floors increasing from 0).
  static Schedule FromBrackets(const std::vector<Bracket>& brackets);
  // rate on the part of x between from and to (a contribution with a threshold and a ceiling).
  static Schedule Band(int64_t from, int64_t to, int64_t rate);
  // on_taxable(max(0, x - d(x))), where d(x) is the amount of the last tier whose from_income <= x.
  // REQUIRES: tiers sorted by from_income, the first from 0.
  static Schedule WithDeduction(const Schedule& on_taxable, const std::vector<ExemptionTier>& tiers);
  // The pointwise sum.
  static Schedule Sum(const std::vector<const Schedule*>& parts);

  int64_t ValueE7(int64_t x) const {
    const size_t i = Find(x);
    return values_[i] + (x - starts_[i]) * rates_[i];
  }
  // Rounded half up to the cent.
  int64_t Cents(int64_t x) const { return RoundE7(ValueE7(x)); }
  // The slope at x (1e-7), the marginal rate.
  int64_t RateAt(int64_t x) const { return rates_[Find(x)]; }
  size_t segments() const { return starts_.size(); }
  const std::vector<int64_t>& starts() const { return starts_; }

  // 1e-7 cents -> cents, half away from zero; and rounded down (toward minus infinity).
  static int64_t RoundE7(int64_t v) { return v >= 0 ? (v + kRateOne / 2) / kRateOne : -((-v + kRateOne / 2) / kRateOne); }
  static int64_t FloorE7(int64_t v) { return v >= 0 ? v / kRateOne : -((-v + kRateOne - 1) / kRateOne); }

 private:
  static constexpr int kIndexBits = 12;
  static constexpr int64_t kIndexedRange = int64_t{1} << 28;  // cents: 2.68 million units

  Schedule(std::vector<int64_t> starts, std::vector<int64_t> values, std::vector<int64_t> rates);
  void Compact();
  void BuildIndex();
  size_t Find(int64_t x) const {
    int64_t bucket = x >> shift_;
    if (bucket >= (int64_t{1} << kIndexBits)) bucket = (int64_t{1} << kIndexBits) - 1;
    size_t i = index_[static_cast<size_t>(bucket)];
    while (i + 1 < starts_.size() && starts_[i + 1] <= x) ++i;
    return i;
  }

  std::vector<int64_t> starts_;  // cents, increasing, starts_[0] == 0
  std::vector<int64_t> values_;  // value at each start (1e-7 cents)
  std::vector<int64_t> rates_;   // slope after each start (1e-7)
  std::vector<uint16_t> index_;  // for each bucket of 2^shift_ cents, the last segment starting at or before it
  int shift_ = 0;
};

}  // namespace walkaway::tax
