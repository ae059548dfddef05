#include "comp/quantile.h"

#include <algorithm>
#include <cmath>

namespace walkaway::comp {
namespace {

constexpr size_t kBuckets = size_t{1} << 16;

}  // namespace

size_t QuantileRank(double q, size_t n) {
  if (n == 0) return 0;
  const double r = std::ceil(q * static_cast<double>(n)) - 1;
  if (r < 0) return 0;
  return r >= static_cast<double>(n) ? n - 1 : static_cast<size_t>(r);
}

void QuantileSelector::Select(std::span<const float> values, std::span<const size_t> ranks, std::span<float> out) {
  if (counts_.size() != kBuckets) {
    counts_.assign(kBuckets, 0);
    slot_.assign(kBuckets, 0);
  }
  uint32_t* const counts = counts_.data();
  uint32_t low = kBuckets - 1, high = 0;
  for (float v : values) {
    const uint32_t b = QuantileBucket(v);
    ++counts[b];
    low = b < low ? b : low;
    high = b > high ? b : high;
  }
  // One scan of the used range finds every rank's bucket (ranks ascend): pay figures span a few
  // hundred buckets, not 65,536.
  const size_t n = std::min(ranks.size(), kMaxRanks);
  uint32_t bucket[kMaxRanks] = {};
  size_t inner[kMaxRanks] = {};
  size_t seen = 0, r = 0;
  for (uint32_t b = low; b <= high && r < n; ++b) {
    while (r < n && seen + counts[b] > ranks[r]) {
      bucket[r] = b;
      inner[r] = ranks[r] - seen;
      ++r;
    }
    seen += counts[b];
  }
  // Second pass: gather the values of the chosen buckets (ranks sharing a bucket share one list),
  // then select inside each.
  size_t offset[kMaxRanks + 1] = {};
  size_t list_of[kMaxRanks] = {};
  size_t lists = 0;
  for (size_t i = 0; i < n; ++i) {
    if (slot_[bucket[i]] == 0) {
      offset[lists + 1] = offset[lists] + counts[bucket[i]];
      slot_[bucket[i]] = static_cast<uint8_t>(++lists);
    }
    list_of[i] = slot_[bucket[i]] - 1u;
  }
  gathered_.resize(offset[lists]);
  float* const base = gathered_.data();
  size_t fill[kMaxRanks] = {offset[0], offset[1], offset[2], offset[3]};
  const uint8_t* const slot = slot_.data();
  for (float v : values) {
    const uint8_t k = slot[QuantileBucket(v)];
    if (k != 0) base[fill[k - 1]++] = v;
  }
  for (size_t i = 0; i < n; ++i) {
    float* first = base + offset[list_of[i]];
    float* last = base + offset[list_of[i] + 1];
    std::nth_element(first, first + inner[i], last);
    out[i] = first[inner[i]];
  }
  // Leave everything zero for the next call, touching only what was used.
  std::fill(counts + low, counts + high + 1, 0u);
  for (size_t i = 0; i < n; ++i) slot_[bucket[i]] = 0;
}

}  // namespace walkaway::comp
