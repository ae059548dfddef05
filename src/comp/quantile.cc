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
constexpr double kBracketSds = 3.5;   // a rank misses its bracket about one time in two thousand
constexpr size_t kRefineAbove = 512;  // a bracket's list longer than this is narrowed again
constexpr size_t kRefineSample = 128;

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
  size_t inside = 0;      // values strictly between low and high, stored in list
  float* list = nullptr;  // room for every value of the pass and 16 more
};

// Brackets for m ascending ranks of n values, from a sample of s of them: each rank's bracket runs between
// the sample's order statistics kBracketSds standard deviations (of a sample quantile) either side of where
// the rank falls in the sample. Sets low and high.
void ChooseBrackets(const float* values, size_t n, const size_t* ranks, size_t m, size_t s,
                    std::vector<float>& sample, Bracket* brackets) {
  // The first s values: the paths are independent, so any fixed set of them is a fair sample, and
  // a contiguous one reads s / 16 cache lines instead of s (the values were just written and are
  // mostly in the second-level cache or beyond).
  sample.assign(values, values + s);
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
  }
}

// Where the rank's value is, once the pass has counted: at the bracket's low or high end, inside
// (the at-th smallest of the list), or not in the bracket at all.
enum class Where { kMissed, kLow, kHigh, kInside };

Where Locate(const Bracket& b, size_t rank, size_t& at) {
  if (rank < b.below || rank >= b.up_to_high) return Where::kMissed;
  if (rank < b.up_to_low) return Where::kLow;
  if (rank >= b.up_to_low + b.inside) return Where::kHigh;
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

// What a pass keeps per bracket: its ends, three counts per lane, and where its list ends.
template <size_t kRanks>
struct PassState {
  __m512 low[kRanks], high[kRanks];
  __m512i below[kRanks], up_to_low[kRanks], up_to_high[kRanks];
  float* list[kRanks];
  size_t inside[kRanks];
};

template <size_t kRanks>
__attribute__((target("avx512f,popcnt"), always_inline)) inline void CountChunk(PassState<kRanks>& p,
                                                                                __m512 x, __mmask16 valid) {
  const __m512i one = _mm512_set1_epi32(1);
#pragma GCC unroll 4
  for (size_t k = 0; k < kRanks; ++k) {  // unrolled, so that the counts stay in registers
    const __mmask16 lt_low = _mm512_mask_cmp_ps_mask(valid, x, p.low[k], _CMP_LT_OQ);
    const __mmask16 le_low = _mm512_mask_cmp_ps_mask(valid, x, p.low[k], _CMP_LE_OQ);
    const __mmask16 lt_high = _mm512_mask_cmp_ps_mask(valid, x, p.high[k], _CMP_LT_OQ);
    const __mmask16 le_high = _mm512_mask_cmp_ps_mask(valid, x, p.high[k], _CMP_LE_OQ);
    const __mmask16 in = _mm512_kandn(le_low, lt_high);
    p.below[k] = _mm512_mask_add_epi32(p.below[k], lt_low, p.below[k], one);
    p.up_to_low[k] = _mm512_mask_add_epi32(p.up_to_low[k], le_low, p.up_to_low[k], one);
    p.up_to_high[k] = _mm512_mask_add_epi32(p.up_to_high[k], le_high, p.up_to_high[k], one);
    _mm512_storeu_ps(p.list[k] + p.inside[k], _mm512_maskz_compress_ps(in, x));
    p.inside[k] += static_cast<size_t>(__builtin_popcount(in));
  }
}

// One pass, sixteen values a vector: per bracket three counts (vector counters) and the values
// strictly inside, compressed and stored at the end of its list (a full vector each time: each
// list has room for every value and 16 more).
template <size_t kRanks>
__attribute__((target("avx512f,popcnt"))) void BracketPass(const float* values, size_t n, Bracket* brackets) {
  PassState<kRanks> p;
  for (size_t k = 0; k < kRanks; ++k) {
    p.low[k] = _mm512_set1_ps(brackets[k].low);
    p.high[k] = _mm512_set1_ps(brackets[k].high);
    p.below[k] = p.up_to_low[k] = p.up_to_high[k] = _mm512_setzero_si512();
    p.list[k] = brackets[k].list;
    p.inside[k] = 0;
  }
  size_t i = 0;
  for (; i + 16 <= n; i += 16) CountChunk(p, _mm512_loadu_ps(values + i), static_cast<__mmask16>(0xffff));
  if (i < n) {
    const __mmask16 valid = static_cast<__mmask16>((1u << (n - i)) - 1);
    CountChunk(p, _mm512_maskz_loadu_ps(valid, values + i), valid);
  }
  for (size_t k = 0; k < kRanks; ++k) {
    brackets[k].below = static_cast<size_t>(_mm512_reduce_add_epi32(p.below[k]));
    brackets[k].up_to_low = static_cast<size_t>(_mm512_reduce_add_epi32(p.up_to_low[k]));
    brackets[k].up_to_high = static_cast<size_t>(_mm512_reduce_add_epi32(p.up_to_high[k]));
    brackets[k].inside = p.inside[k];
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
  inside_.resize(m * (n + 16));  // touched only where values land: a few percent of it
  for (size_t k = 0; k < m; ++k) brackets[k].list = inside_.data() + k * (n + 16);
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
        out[k] = SelectInList(b.list, b.inside, at);
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
float QuantileSelector::SelectInList(float* data, size_t n, size_t rank) {
  // Narrow the list with brackets from smaller samples while it is long (each round keeps about a
  // quarter of it): a vector pass costs less than nth_element's mispredicted branches. The values
  // inside go to a second buffer; the next round's go back to the first, which held a superset.
  refine_.resize(std::max(refine_.size(), n + 16));
  float* spare = refine_.data();
  while (n > kRefineAbove) {
    Bracket b;
    ChooseBrackets(data, n, &rank, 1, kRefineSample, sample_, &b);
    b.list = spare;
    BracketPass<1>(data, n, &b);
    size_t at = 0;
    const Where where = Locate(b, rank, at);
    if (where == Where::kMissed) break;
    if (where == Where::kLow) return b.low;
    if (where == Where::kHigh) return b.high;
    std::swap(data, spare);
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
