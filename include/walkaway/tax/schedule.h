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
#include <limits>
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
    int64_t bucket = x >> shift_;
    if (bucket > last_bucket_) bucket = last_bucket_;
    const Affine& f = affine_[static_cast<size_t>(bucket)];
    if (f.offset != kSplit) return f.offset + x * f.rate;  // the bucket lies inside one segment
    const Segment& s = segments_[Find(x)];
    return s.value + (x - s.start) * s.rate;
  }
  // Rounded half up to the cent. REQUIRES: the schedule is not negative at x (every tax and
  // contribution schedule: the builders only make those).
  int64_t Cents(int64_t x) const { return RoundE7(ValueE7(x)); }
  // The slope at x (1e-7), the marginal rate.
  int64_t RateAt(int64_t x) const { return segments_[Find(x)].rate; }
  size_t segments() const { return segments_.size() - 1; }
  std::vector<int64_t> starts() const;

  // 1e-7 cents -> cents, for v >= 0: half up, and rounded down. Unsigned division by a constant is a
  // multiplication and a shift, which matters in the batch loop.
  static int64_t RoundE7(int64_t v) {
    return static_cast<int64_t>((static_cast<uint64_t>(v) + kRateOne / 2) / static_cast<uint64_t>(kRateOne));
  }
  static int64_t FloorE7(int64_t v) {
    return static_cast<int64_t>(static_cast<uint64_t>(v) / static_cast<uint64_t>(kRateOne));
  }

 private:
  friend struct ScheduleTable;  // src/tax/schedule_table.h: the batch kernels read the per-bucket lines

  struct Segment {
    int64_t start;  // cents
    int64_t value;  // at start, 1e-7 cents
    int64_t rate;   // slope after start, 1e-7
  };
  // value(x) = offset + x * rate over a bucket inside one segment (exact: offset = value - start * rate);
  // offset == kSplit when a segment starts inside the bucket.
  struct Affine {
    int64_t offset;
    int64_t rate;
  };
  static constexpr int64_t kSplit = std::numeric_limits<int64_t>::min();
  // Buckets: 2^10 for a schedule of a few segments, 2^14 for many (a merged US schedule), so that few
  // buckets hold a segment start; the tables stay within the L2 cache.
  static constexpr int kFewBits = 10;
  static constexpr int kManyBits = 14;
  static constexpr size_t kManySegments = 8;
  static constexpr int64_t kIndexedRange = int64_t{1} << 28;  // cents: 2.68 million units
  static constexpr uint16_t kCrowded = 0x8000;  // the bucket holds more than one segment start

  explicit Schedule(std::vector<Segment> segments);
  void Compact();
  void BuildIndex();
  // The last segment starting at or before x. One branch-free step covers a bucket with one segment
  // start inside it; a crowded bucket (starts closer than the bucket width) walks on.
  size_t Find(int64_t x) const {
    int64_t bucket = x >> shift_;
    if (bucket > last_bucket_) bucket = last_bucket_;
    const uint16_t entry = index_[static_cast<size_t>(bucket)];
    size_t i = entry & ~kCrowded;
    i += static_cast<size_t>(x >= segments_[i + 1].start);  // the last segment is a sentinel
    if (entry & kCrowded) {
      while (x >= segments_[i + 1].start) ++i;
    }
    return i;
  }

  std::vector<Segment> segments_;  // starts increasing from 0, then a sentinel starting at INT64_MAX
  std::vector<uint16_t> index_;    // per bucket of 2^shift_ cents: the segment at its start, | kCrowded
  std::vector<Affine> affine_;     // per bucket: the segment's line, or kSplit
  int shift_ = 0;
  int64_t last_bucket_ = 0;
};

}  // namespace walkaway::tax
