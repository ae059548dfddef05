#include "comp/quantile.h"

#include <algorithm>
#include <cmath>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WALKAWAY_HAVE_AVX512_SELECT 1
#endif

namespace walkaway::comp {
namespace {

constexpr size_t kBuckets = size_t{1} << 16;
constexpr size_t kSample = 1024;
constexpr size_t kMinBracketValues = 16 * kSample;
constexpr double kBracketSds = 3.5;    // a rank misses its bracket about one time in two thousand
constexpr size_t kRefineAbove = 1024;  // a bracket's list longer than this is narrowed again
constexpr size_t kRefineSample = 256;

#if defined(WALKAWAY_HAVE_AVX512_SELECT)

bool HasAvx512Select() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("popcnt");
  return has;
}

// One rank's bracket [low, high] and what the pass finds about it.
struct Bracket {
  float low = 0, high = 0;
  size_t below = 0;       // values < low
  size_t up_to_low = 0;   // values <= low
  size_t up_to_high = 0;  // values <= high
  size_t inside = 0;      // values strictly between low and high (the first `capacity` stored)
  float* list = nullptr;
  size_t capacity = 0;  // the list holds capacity + 16 floats
};

// Brackets for m ascending ranks of n values, from a strided sample of s values (paths are
// independent, so a stride is a fair sample): each rank's bracket runs between the sample's order
// statistics kBracketSds standard deviations (of a sample quantile) either side of where the rank
// falls in the sample. Sets low, high and capacity (room for twice the values expected inside).
void ChooseBrackets(const float* values, size_t n, const size_t* ranks, size_t m, size_t s,
                    std::vector<float>& sample, Bracket* brackets) {
  sample.resize(s);
  // Position i * n / s, in 32.32 fixed point (a division per sample would cost more than the pass).
  const uint64_t step = (static_cast<uint64_t>(n) << 32) / s;
  for (size_t i = 0; i < s; ++i) sample[i] = values[(i * step) >> 32];
  size_t positions[2 * QuantileSelector::kMaxRanks];
  const double last = static_cast<double>(s - 1);
  for (size_t k = 0; k < m; ++k) {
    const double p = (static_cast<double>(ranks[k]) + 0.5) / static_cast<double>(n);
    const double at = p * static_cast<double>(s);
    const double spread = kBracketSds * std::sqrt(static_cast<double>(s) * p * (1 - p)) + 2;
    positions[2 * k] = static_cast<size_t>(std::clamp(std::floor(at - spread), 0.0, last));
    positions[2 * k + 1] = static_cast<size_t>(std::clamp(std::ceil(at + spread), 0.0, last));
  }
  // Those order statistics, in ascending positions, each nth_element on what is left to its right.
  size_t order[2 * QuantileSelector::kMaxRanks];
  std::copy(positions, positions + 2 * m, order);
  std::sort(order, order + 2 * m);
  size_t from = 0;  // positions before it are settled
  for (size_t i = 0; i < 2 * m; ++i) {
    if (order[i] < from) continue;  // a repeated position
    std::nth_element(sample.begin() + static_cast<long>(from), sample.begin() + static_cast<long>(order[i]),
                     sample.end());
    from = order[i] + 1;
  }
  for (size_t k = 0; k < m; ++k) {
    brackets[k].low = sample[positions[2 * k]];
    brackets[k].high = sample[positions[2 * k + 1]];
    brackets[k].capacity = 2 * (positions[2 * k + 1] - positions[2 * k] + 1) * (n / s + 1) + 256;
  }
}

// Where the rank's value is, once the pass has counted: at the bracket's low or high end, inside
// (the at-th smallest of the list), or not in the bracket at all (or inside a list that overflowed).
enum class Where { kMissed, kLow, kHigh, kInside };

Where Locate(const Bracket& b, size_t rank, size_t& at) {
  if (rank < b.below || rank >= b.up_to_high) return Where::kMissed;
  if (rank < b.up_to_low) return Where::kLow;
  if (rank >= b.up_to_low + b.inside) return Where::kHigh;
  if (b.inside > b.capacity) return Where::kMissed;
  at = rank - b.up_to_low;
  return Where::kInside;
}

// GCC 12 warns that the AVX-512 intrinsics' internal "undefined" operands are or may be used
// uninitialized (a false positive in its own headers; src/scan/word_scan.cc does the same).
#if !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

// One pass, sixteen values a vector: per bracket three counts (popcounts of compare masks) and
// the values strictly inside, compressed and stored at the end of its list (a full vector is
// stored each time, so the list has 16 floats of slack; past capacity it stops growing).
template <size_t kRanks>
__attribute__((target("avx512f,popcnt"))) void BracketPass(const float* values, size_t n, Bracket* brackets) {
  __m512 low[kRanks], high[kRanks];
  __m512i below[kRanks], up_to_low[kRanks], up_to_high[kRanks];  // counts per lane
  size_t inside[kRanks] = {};
  for (size_t k = 0; k < kRanks; ++k) {
    low[k] = _mm512_set1_ps(brackets[k].low);
    high[k] = _mm512_set1_ps(brackets[k].high);
    below[k] = up_to_low[k] = up_to_high[k] = _mm512_setzero_si512();
  }
  const __m512i one = _mm512_set1_epi32(1);
  for (size_t i = 0; i < n; i += 16) {
    const __mmask16 valid =
        n - i >= 16 ? static_cast<__mmask16>(0xffff) : static_cast<__mmask16>((1u << (n - i)) - 1);
    const __m512 x = _mm512_maskz_loadu_ps(valid, values + i);
#pragma GCC unroll 4
    for (size_t k = 0; k < kRanks; ++k) {  // unrolled, so that the counts stay in registers
      const __mmask16 lt_low = _mm512_mask_cmp_ps_mask(valid, x, low[k], _CMP_LT_OQ);
      const __mmask16 le_low = _mm512_mask_cmp_ps_mask(valid, x, low[k], _CMP_LE_OQ);
      const __mmask16 lt_high = _mm512_mask_cmp_ps_mask(valid, x, high[k], _CMP_LT_OQ);
      const __mmask16 le_high = _mm512_mask_cmp_ps_mask(valid, x, high[k], _CMP_LE_OQ);
      const __mmask16 in = static_cast<__mmask16>(lt_high & ~le_low);
      below[k] = _mm512_mask_add_epi32(below[k], lt_low, below[k], one);
      up_to_low[k] = _mm512_mask_add_epi32(up_to_low[k], le_low, up_to_low[k], one);
      up_to_high[k] = _mm512_mask_add_epi32(up_to_high[k], le_high, up_to_high[k], one);
      _mm512_storeu_ps(brackets[k].list + std::min(inside[k], brackets[k].capacity),
                       _mm512_maskz_compress_ps(in, x));
      inside[k] += static_cast<size_t>(__builtin_popcount(in));
    }
  }
  for (size_t k = 0; k < kRanks; ++k) {
    brackets[k].below = static_cast<size_t>(_mm512_reduce_add_epi32(below[k]));
    brackets[k].up_to_low = static_cast<size_t>(_mm512_reduce_add_epi32(up_to_low[k]));
    brackets[k].up_to_high = static_cast<size_t>(_mm512_reduce_add_epi32(up_to_high[k]));
    brackets[k].inside = inside[k];
  }
}

#if !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif  // WALKAWAY_HAVE_AVX512_SELECT

}  // namespace

bool QuantileSelector::SelectByBrackets(std::span<const float> values, std::span<const size_t> ranks,
                                        std::span<float> out) {
#if defined(WALKAWAY_HAVE_AVX512_SELECT)
  const size_t n = values.size();
  const size_t m = std::min(ranks.size(), kMaxRanks);
  Bracket brackets[kMaxRanks];
  ChooseBrackets(values.data(), n, ranks.data(), m, kSample, sample_, brackets);
  size_t offset = 0;
  for (size_t k = 0; k < m; ++k) offset += brackets[k].capacity + 16;
  inside_.resize(offset);
  offset = 0;
  for (size_t k = 0; k < m; ++k) {
    brackets[k].list = inside_.data() + offset;
    offset += brackets[k].capacity + 16;
  }
  switch (m) {
    case 1:
      BracketPass<1>(values.data(), n, brackets);
      break;
    case 2:
      BracketPass<2>(values.data(), n, brackets);
      break;
    case 3:
      BracketPass<3>(values.data(), n, brackets);
      break;
    default:
      BracketPass<4>(values.data(), n, brackets);
      break;
  }
  for (size_t k = 0; k < m; ++k) {
    const Bracket& b = brackets[k];
    size_t at = 0;
    switch (Locate(b, ranks[k], at)) {
      case Where::kMissed:
        return false;
      case Where::kLow:
        out[k] = b.low;
        break;
      case Where::kHigh:
        out[k] = b.high;
        break;
      case Where::kInside:
        out[k] = SelectInList(b.list, b.inside, at, b.capacity + 16);
        break;
    }
  }
  return true;
#else
  (void)values;
  (void)ranks;
  (void)out;
  return false;
#endif
}

#if defined(WALKAWAY_HAVE_AVX512_SELECT)
float QuantileSelector::SelectInList(float* data, size_t n, size_t rank, size_t room) {
  // Narrow the list with brackets from smaller samples while it is long (each round keeps about a
  // quarter of it): a vector pass costs less than nth_element's mispredicted branches. The values
  // inside go to a second buffer; the next round's go back to the first, which held a superset.
  float* spare = nullptr;
  size_t spare_room = 0;
  while (n > kRefineAbove) {
    Bracket b;
    ChooseBrackets(data, n, &rank, 1, kRefineSample, sample_, &b);
    if (spare == nullptr) {
      refine_.resize(std::max(refine_.size(), b.capacity + 16));
      spare = refine_.data();
      spare_room = refine_.size();
    }
    b.capacity = std::min(b.capacity, spare_room - 16);
    b.list = spare;
    BracketPass<1>(data, n, &b);
    size_t at = 0;
    const Where where = Locate(b, rank, at);
    if (where == Where::kMissed) break;
    if (where == Where::kLow) return b.low;
    if (where == Where::kHigh) return b.high;
    std::swap(data, spare);
    std::swap(room, spare_room);
    n = b.inside;
    rank = at;
  }
  std::nth_element(data, data + rank, data + n);
  return data[rank];
}
#endif

size_t QuantileRank(double q, size_t n) {
  if (n == 0) return 0;
  const double r = std::ceil(q * static_cast<double>(n)) - 1;
  if (r < 0) return 0;
  return r >= static_cast<double>(n) ? n - 1 : static_cast<size_t>(r);
}

void QuantileSelector::Select(std::span<const float> values, std::span<const size_t> ranks,
                              std::span<float> out, Simd simd) {
#if defined(WALKAWAY_HAVE_AVX512_SELECT)
  if (simd == Simd::kBest && values.size() >= kMinBracketValues && HasAvx512Select() &&
      SelectByBrackets(values, ranks, out)) {
    return;
  }
#endif
  (void)simd;
  SelectByBuckets(values, ranks, out);
}

void QuantileSelector::SelectByBuckets(std::span<const float> values, std::span<const size_t> ranks,
                                       std::span<float> out) {
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
