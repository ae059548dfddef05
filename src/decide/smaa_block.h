#pragma once

// The building blocks of SMAA-2's kernel (src/decide/smaa.cc), one block of kBlock draws at a time,
// every quantity laid out draw-minor (x[i * kBlock + d]: one array per criterion, per cell, per
// alternative), so that each step is a loop over the draws that the compiler vectorises. The
// functions are inline: smaa.cc compiles its passes once per instruction set (portable, AVX2,
// AVX-512) and inlines these into each. Every figure is the one the draw-by-draw kernel gave (the
// same random words in the same order, the same arithmetic in the same order; see
// tests/decide/smaa_pinned_test.cc).

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "walkaway/decide/mcda.h"

namespace walkaway::decide::smaa {

constexpr size_t kBlock = 64;  // draws per block

// What a run needs, computed once from the matrix and the weight space.
struct Plan {
  int rows = 0;  // alternatives
  int cols = 0;  // criteria
  // Weights: the criteria of the tiers, tier after tier; k = active.size().
  std::vector<int> active{};
  bool ordered = false;      // more than one tier
  size_t uniform_words = 0;  // per draw: k - 1 uniforms, two a pcg64 word
  size_t weight_words = 0;   // per draw: the uniforms' words, then each tier's shuffle words
  std::vector<std::pair<int, int>> network{};  // sorts the k - 1 uniforms
  std::vector<int> used{};                     // criteria in the space, in order (the others have weight 0)
  bool all_used = false;                       // used = 0, 1, ..., cols - 1
  // Values, criterion-major (cell i = j * rows + a): the lower half of a band is
  // low + (point - low) p, the upper half point + (high - point) p.
  size_t value_words = 0;  // per draw: four 16-bit uniforms a word
  std::vector<double> low_start{}, low_slope{}, high_start{}, high_slope{};
  // The float filter (FloatScoresDecide): the bands in float, and the relative margin within which
  // two float scores are too close to call. Off when a band is outside what the bound covers.
  bool filter = false;
  std::vector<float> low_start_f{}, low_slope_f{}, high_start_f{}, high_slope_f{};
  std::vector<int> float_slot{};  // cell i -> a * terms + t for criterion used[t], or -1
  float margin = 0;
};

// REQUIRES: the matrix and the space name the same criteria; each criterion in one tier at most.
Plan MakePlan(const ValueMatrix& m, const WeightSpace& space, bool float_filter);

// Comparators (a < b: the smaller value goes to a) of Batcher's odd-even merge sort for the next
// power of two, less those that reach a position >= n (as if padded with +infinity, which never
// moves): a sorting network for any n, branch-free and the same for every draw.
std::vector<std::pair<int, int>> SortingNetwork(int n);

// 2^-32 x the 32-bit integer v, exactly, without an int64 -> double conversion (which SSE2 and AVX2
// cannot vectorise): v as the low mantissa bits of 2^52, minus 2^52.
inline double Uniform32(uint64_t v) {
  return (std::bit_cast<double>(0x4330000000000000u | v) - 0x1.0p52) * 0x1.0p-32;
}

struct WeightScratch {
  std::vector<double> u{}, v{}, chunk{};
};

// The block's weights, w[j * kBlock + d] (zero for a criterion outside the space), from its words
// (word-major): the k - 1 uniforms sorted by the network and their spacings (Dirichlet(1)); with an
// order between tiers, the uniform point of the ordered simplex w_p = sum_{i >= p} e_i / i (the law
// of the sorted draw without sorting it; mean = ROC), dealt out tier by tier in an order shuffled
// inside each tier (Fisher-Yates on 16-bit draws).
[[gnu::always_inline]] inline void BlockWeights(const Plan& p, const WeightSpace& space,
                                                const uint64_t* words, size_t draws, WeightScratch& s,
                                                double* w) {
  const size_t k = p.active.size();
  if (k == 0) return;
  double* u = s.u.data();  // u[i * kBlock + d], i < k - 1
  double* v = s.v.data();  // the spacings, then the ordered weights, v[i * kBlock + d], i < k
  for (size_t i = 0; i + 1 < k; ++i) {
    const uint64_t* word = words + (i / 2) * kBlock;
    const unsigned shift = i % 2 == 0 ? 32 : 0;  // a pcg64 word's high half first
    double* out = u + i * kBlock;
    for (size_t d = 0; d < kBlock; ++d) out[d] = Uniform32((word[d] >> shift) & 0xffffffffu);
  }
  for (const auto& [a, b] : p.network) {
    double* x = u + static_cast<size_t>(a) * kBlock;
    double* y = u + static_cast<size_t>(b) * kBlock;
    for (size_t d = 0; d < kBlock; ++d) {
      const double lo = y[d] < x[d] ? y[d] : x[d];
      const double hi = y[d] < x[d] ? x[d] : y[d];
      x[d] = lo;
      y[d] = hi;
    }
  }
  // Spacings of 0 <= u_(1) <= ... <= u_(k-1) <= 1 (k = 1: the one spacing is 1); without an order
  // between tiers they are the weights.
  for (size_t i = 0; i < k; ++i) {
    double* out = p.ordered ? v + i * kBlock : w + static_cast<size_t>(p.active[i]) * kBlock;
    if (k == 1) {
      std::fill(out, out + kBlock, 1.0);
    } else if (i == 0) {
      std::copy(u, u + kBlock, out);  // u_(1) - 0
    } else if (i + 1 == k) {
      const double* lo = u + (i - 1) * kBlock;
      for (size_t d = 0; d < kBlock; ++d) out[d] = 1.0 - lo[d];
    } else {
      const double* lo = u + (i - 1) * kBlock;
      const double* hi = u + i * kBlock;
      for (size_t d = 0; d < kBlock; ++d) out[d] = hi[d] - lo[d];
    }
  }
  if (!p.ordered) return;
  // Running sums from the last position, in place: v_k = e_k / k, v_i = v_{i+1} + e_i / i (the
  // draw-by-draw kernel's tail += e_i / i from 0: the same operations).
  double* last = v + (k - 1) * kBlock;
  for (size_t d = 0; d < kBlock; ++d) last[d] = last[d] / static_cast<double>(k);
  for (size_t i = k - 1; i-- > 0;) {
    double* out = v + i * kBlock;
    const double* next = v + (i + 1) * kBlock;
    const double divisor = static_cast<double>(i + 1);
    for (size_t d = 0; d < kBlock; ++d) out[d] = next[d] + out[d] / divisor;
  }
  size_t position = 0;
  size_t word = p.uniform_words;
  for (const auto& tier : space.tiers) {
    const size_t size = tier.size();
    if (size == 1) {
      std::copy(v + position * kBlock, v + (position + 1) * kBlock,
                w + static_cast<size_t>(tier[0]) * kBlock);
    } else if (size >= 2) {
      double* chunk = s.chunk.data();
      for (size_t d = 0; d < draws; ++d) {
        for (size_t i = 0; i < size; ++i) chunk[i] = v[(position + i) * kBlock + d];
        uint64_t bits = 0;
        size_t q = word;
        for (size_t i = size - 1, used = 0; i > 0; --i, ++used) {
          if (used % 4 == 0) bits = words[q++ * kBlock + d];
          const size_t r = static_cast<size_t>(((bits & 0xffffu) * (i + 1)) >> 16);
          bits >>= 16;
          std::swap(chunk[i], chunk[r]);
        }
        for (size_t i = 0; i < size; ++i) w[static_cast<size_t>(tier[i]) * kBlock + d] = chunk[i];
      }
      word += (size + 2) / 4;
    }
    position += size;
  }
}

// The value of cell i in each of the block's draws, from its 16 random bits: the top bit picks the
// half, the other 15 the place in it, centred in its cell: p = (2 f + 1) / 65,536, built as the
// mantissa of a double in [1, 2) minus 1 (exact), so the loop stays in 64-bit lanes.
[[gnu::always_inline]] inline void CellValues(const Plan& p, const uint64_t* words, size_t i, double* x) {
  const uint64_t* w = words + (i >> 2) * kBlock;
  const unsigned shift = static_cast<unsigned>(i & 3) * 16;
  const double ls = p.low_start[i], lk = p.low_slope[i], hs = p.high_start[i], hk = p.high_slope[i];
  for (size_t d = 0; d < kBlock; ++d) {
    const uint64_t bits = (w[d] >> shift) & 0xffffu;
    const bool upper = (bits >> 15) != 0;
    const uint64_t mantissa = (((bits & 0x7fffu) << 1) | 1u) << 36;
    const double frac = std::bit_cast<double>(0x3ff0000000000000u | mantissa) - 1.0;
    x[d] = (upper ? hs : ls) + (upper ? hk : lk) * frac;
  }
}

// The values of the used criteria in float, for the filter: x[(a * terms + t) * kBlock + d] for
// alternative a and criterion used[t] (cell i goes to slot float_slot[i]). The same 16 bits per
// value as CellValues and the same p, exactly: (2 f + 1) / 65,536 as the mantissa of a float in
// [1, 2) minus 1; the bands rounded to float. A word is split into its 32-bit halves once, for its
// four cells, so that every step runs on eight draws a vector.
[[gnu::always_inline]] inline void BlockValuesFloat(const Plan& p, const uint64_t* words, float* x) {
  const size_t cells = static_cast<size_t>(p.rows * p.cols);
  for (size_t q = 0; q < p.value_words; ++q) {
    const uint64_t* w = words + q * kBlock;
    uint32_t halves[2][kBlock];
    for (size_t d = 0; d < kBlock; ++d) {
      halves[0][d] = static_cast<uint32_t>(w[d]);
      halves[1][d] = static_cast<uint32_t>(w[d] >> 32);
    }
    for (size_t t = 0; t < 4 && 4 * q + t < cells; ++t) {
      const size_t i = 4 * q + t;
      if (p.float_slot[i] < 0) continue;  // a criterion outside the space
      const uint32_t* h = halves[t / 2];
      const unsigned shift = (t % 2) * 16;
      const float ls = p.low_start_f[i], lk = p.low_slope_f[i], hs = p.high_start_f[i],
                  hk = p.high_slope_f[i];
      float* out = x + static_cast<size_t>(p.float_slot[i]) * kBlock;
      for (size_t d = 0; d < kBlock; ++d) {
        const uint32_t bits = h[d] >> shift;  // the bits above the 16 are never read
        const bool upper = (bits & 0x8000u) != 0;
        const float frac = std::bit_cast<float>(((bits << 8) & 0x7fff00u) | 0x3f800080u) - 1.0f;
        out[d] = (upper ? hs : ls) + (upper ? hk : lk) * frac;
      }
    }
  }
}

// The values of alternative a on the used criteria in double, x[t * kBlock + d] for used[t].
[[gnu::always_inline]] inline void AlternativeValues(const Plan& p, const uint64_t* words, size_t a,
                                                     double* x) {
  const size_t rows = static_cast<size_t>(p.rows);
  for (size_t t = 0; t < p.used.size(); ++t) {
    CellValues(p, words, static_cast<size_t>(p.used[t]) * rows + a, x + t * kBlock);
  }
}

// out[d] = the sum over t of weight x x[t * kBlock + d], added in t's order from 0 as the
// draw-by-draw kernel did, with weights per draw (weights[t * kBlock + d]) or one weight a term
// (weights[t]); kLanes draws at a time in registers rather than a store and a load per term.
enum class WeightsPer { kDraw, kTerm };

template <WeightsPer kPer, size_t kLanes, typename T>
[[gnu::always_inline]] inline void SumsOfProducts(const T* weights, const T* x, size_t terms, T* out) {
  for (size_t d0 = 0; d0 < kBlock; d0 += kLanes) {
    T acc[kLanes] = {};
    for (size_t t = 0; t < terms; ++t) {
      const T* xt = x + t * kBlock + d0;
      if constexpr (kPer == WeightsPer::kTerm) {
        const T w = weights[t];
        for (size_t l = 0; l < kLanes; ++l) acc[l] += w * xt[l];
      } else {
        const T* w = weights + t * kBlock + d0;
        for (size_t l = 0; l < kLanes; ++l) acc[l] += w[l] * xt[l];
      }
    }
    for (size_t l = 0; l < kLanes; ++l) out[d0 + l] = acc[l];
  }
}

// The float filter. Only comparisons of scores reach the figures (ranks, wins, the first offer), so
// the scores may be computed in float, eight draws a vector, as long as every comparison comes out
// as it does in double. With every value and weight >= 0, a float score of n terms is within
// (n + 5) u_f of the double one, relative (u_f = 2^-24; at most n + 5 roundings reach any term, the
// double kernel's own error is a billion times smaller): two scores further apart than
// 2 (n + 4) u_f each (the margin below, twice the bound) compare the same way in both. A block with
// any pair closer than that (exact ties included) is scored again in double. With ten criteria the
// margin is about 3e-6 of the scores, so about one block in twenty goes round twice.
constexpr float kUnderflowSlack = 0x1.0p-100f;  // absolute: gradual underflow of tiny products

[[gnu::always_inline]] inline bool TooClose(float a, float b, float margin) {
  const float gap = a > b ? a - b : b - a;
  return !(gap > margin * (a + b) + kUnderflowSlack);
}

}  // namespace walkaway::decide::smaa
