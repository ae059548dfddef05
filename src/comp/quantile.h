#pragma once

// Exact order statistics of a large float array without sorting it. Used for P10/P50/P90 of 10^5
// paths, where three nth_element calls over everything cost about 2 ms per year (measured).
// Portable: a histogram of the floats' 16 high bits (buckets under 1% wide) finds the bucket of each
// rank, then only that bucket's values are gathered and selected with nth_element. With AVX-512, on
// 16,384 values or more: a sample of 1,024 of them (the first: the paths are independent) brackets
// each rank, one vector pass counts the values below and at each end of its bracket and compresses
// those strictly inside into a short list, narrowed the same way and then selected with
// nth_element; runs of equal values (the many paths whose equity is worth nothing) are counted,
// never gathered. When the sample misleads (a rank outside its bracket: values in sorted order,
// say) the histogram method answers instead. Either way the answer is the exact k-th smallest value.
// REQUIRES for speed, not for the answer: values in no particular order.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

#include "walkaway/comp/simd.h"

namespace walkaway::comp {

// A float's bucket: its 16 high bits once mapped to an unsigned key with the same order
// (negative numbers included).
inline uint32_t QuantileBucket(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return ((bits & 0x80000000u) ? ~bits : bits | 0x80000000u) >> 16;
}

class QuantileSelector {
 public:
  static constexpr size_t kMaxRanks = 4;
  // The k-th smallest value (0-based) for each k in `ranks` (ascending), into `out`.
  // REQUIRES: values not empty, no NaN, every rank < values.size(), out.size() == ranks.size() <= kMaxRanks.
  // `simd` = kPortable forces the histogram method (for tests).
  void Select(std::span<const float> values, std::span<const size_t> ranks, std::span<float> out,
              Simd simd = Simd::kBest);

 private:
  void SelectByBuckets(std::span<const float> values, std::span<const size_t> ranks, std::span<float> out);
  // False when some rank fell outside its bracket (nothing useful in out then).
  bool SelectByBrackets(std::span<const float> values, std::span<const size_t> ranks, std::span<float> out);

  // The k-th smallest of a bracket's list (permuted; it has room for n + 16 values).
  float SelectInList(float* data, size_t n, size_t rank);

  std::vector<float> sample_;
  std::vector<float> inside_;     // each rank's values strictly inside its bracket, one list a rank
  std::vector<float> refine_;     // a second list for SelectInList
  std::vector<uint32_t> counts_;  // 65,536 bucket counts, zero between calls
  std::vector<uint8_t> slot_;     // bucket -> 1 + its list of gathered values, 0 = not chosen
  std::vector<float> gathered_;
};

// Index of the q-quantile (0..1) among n sorted values: the nearest-rank definition.
size_t QuantileRank(double q, size_t n);

}  // namespace walkaway::comp
