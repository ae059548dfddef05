#pragma once

// What the vector kernels (batch_avx512.cc) read of a Schedule: the per-bucket lines as (offset, rate)
// pairs, the bucket width, and the exact look-up for a lane whose bucket has a segment start inside.

#include <cstdint>

#include "walkaway/tax/schedule.h"

namespace walkaway::tax {

struct ScheduleTable {
  static const int64_t* Pairs(const Schedule& s) { return &s.affine_[0].offset; }
  static int Shift(const Schedule& s) { return s.shift_; }
  static int64_t LastBucket(const Schedule& s) { return s.last_bucket_; }
  static constexpr int64_t kSplit = Schedule::kSplit;
  static int64_t ExactE7(const Schedule& s, int64_t x) {
    const Schedule::Segment& seg = s.segments_[s.Find(x)];
    return seg.value + (x - seg.start) * seg.rate;
  }
};
static_assert(sizeof(int64_t) * 2 == 16, "an Affine is two int64_t");

}  // namespace walkaway::tax
