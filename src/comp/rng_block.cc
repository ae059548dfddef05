// Rng::FillColumns: many pcg64 words at once, exactly those Next() gives, in the order it gives
// them. The LCG s -> m s + c (mod 2^128) is a serial chain of 128-bit multiplies; jumping n steps
// is again an affine map s -> M s + C, so independent lanes can each run their own part of the
// stream. Portable: one lane per column, four columns at a time (about 1.1 ns a word here, against
// 2.0 for Next() in a loop). AVX-512: eight consecutive rows of one column in the eight 64-bit lanes
// of a vector, the 128-bit multiply built from 64-bit low products and 32-bit partial products
// (about 0.5 ns a word).

#include <algorithm>

#include "walkaway/comp/rng.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WALKAWAY_HAVE_AVX512_RNG 1
#endif

namespace walkaway::comp {
namespace {

using State = pcg64::state_type;

// s -> mult s + plus: n steps of the LCG.
struct Jump {
  State mult = 1;
  State plus = 0;
  State operator()(State s) const { return s * mult + plus; }
};

Jump Steps(size_t n, State m, State c) {
  Jump j;
  for (size_t i = 0; i < n; ++i) j = Jump{j.mult * m, j.plus * m + c};
  return j;
}

// kLanes independent chains, each writing one column of `rows` words: lane[l] holds the state of its
// first word and ends holding the state of its last. Fully unrolled, so the states live in registers.
template <size_t kLanes>
void RunLanes(State* lane, Jump jump, size_t rows, uint64_t* col, size_t stride) {
  State s[kLanes];
#pragma GCC unroll 4
  for (size_t l = 0; l < kLanes; ++l) s[l] = lane[l];
  for (size_t r = 0;; ++r) {
#pragma GCC unroll 4
    for (size_t l = 0; l < kLanes; ++l) col[l * stride + r] = Pcg64::Output(s[l]);
    if (r + 1 == rows) break;
#pragma GCC unroll 4
    for (size_t l = 0; l < kLanes; ++l) s[l] = jump(s[l]);
  }
#pragma GCC unroll 4
  for (size_t l = 0; l < kLanes; ++l) lane[l] = s[l];
}

void FillColumnsPortable(State& state, State m, State c, Jump row, uint64_t* out, size_t rows, size_t columns,
                         size_t stride) {
  constexpr size_t kMaxLanes = 4;  // four chains in flight hide the multiply's latency
  State lane[kMaxLanes];
  State s = state;
  for (size_t group = 0; group < columns; group += kMaxLanes) {
    const size_t lanes = std::min(kMaxLanes, columns - group);
    for (size_t l = 0; l < lanes; ++l) lane[l] = s = s * m + c;
    uint64_t* col = out + group * stride;
    switch (lanes) {
      case 4:
        RunLanes<4>(lane, row, rows, col, stride);
        break;
      case 3:
        RunLanes<3>(lane, row, rows, col, stride);
        break;
      case 2:
        RunLanes<2>(lane, row, rows, col, stride);
        break;
      default:
        RunLanes<1>(lane, row, rows, col, stride);
        break;
    }
    // The stream ends at the last word read: the last column's, in the last row.
    if (group + lanes == columns) state = lane[lanes - 1];
  }
}

void FillPortable(State& state, const State* jump_mult, const State* jump_plus, uint64_t* out, size_t n) {
  // Four chains, each four steps on from the one before it.
  constexpr size_t kLanes = 4;
  size_t i = 0;
  if (n >= 2 * kLanes) {
    const Jump step{jump_mult[kLanes], jump_plus[kLanes]};
    State s0 = Jump{jump_mult[1], jump_plus[1]}(state), s1 = Jump{jump_mult[2], jump_plus[2]}(state);
    State s2 = Jump{jump_mult[3], jump_plus[3]}(state), s3 = Jump{jump_mult[4], jump_plus[4]}(state);
    for (;; i += kLanes) {
      out[i] = Pcg64::Output(s0);
      out[i + 1] = Pcg64::Output(s1);
      out[i + 2] = Pcg64::Output(s2);
      out[i + 3] = Pcg64::Output(s3);
      if (i + 2 * kLanes > n) break;
      s0 = step(s0);
      s1 = step(s1);
      s2 = step(s2);
      s3 = step(s3);
    }
    state = s3;
    i += kLanes;
  }
  const Jump one{jump_mult[1], jump_plus[1]};
  for (; i < n; ++i) {
    state = one(state);
    out[i] = Pcg64::Output(state);
  }
}

#if defined(WALKAWAY_HAVE_AVX512_RNG)

// GCC 12 warns that the AVX-512 intrinsics' internal "undefined" operands are or may be used
// uninitialized (a false positive in its own headers; src/scan/word_scan.cc does the same).
#if !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

#define WALKAWAY_AVX512 __attribute__((target("avx512f,avx512dq")))

// Eight 128-bit states, or eight affine maps, split in high and low 64-bit halves.
struct Wide {
  __m512i hi, lo;
};

// The high 64 bits of the 64 x 64-bit products x y, lane by lane, from 32-bit partial products.
WALKAWAY_AVX512 inline __m512i MulHigh(__m512i x, __m512i y) {
  const __m512i low32 = _mm512_set1_epi64(0xffffffff);
  const __m512i x1 = _mm512_srli_epi64(x, 32);
  const __m512i y1 = _mm512_srli_epi64(y, 32);
  const __m512i p00 = _mm512_mul_epu32(x, y);
  const __m512i p01 = _mm512_mul_epu32(x, y1);
  const __m512i p10 = _mm512_mul_epu32(x1, y);
  const __m512i p11 = _mm512_mul_epu32(x1, y1);
  const __m512i middle =
      _mm512_add_epi64(_mm512_add_epi64(_mm512_srli_epi64(p00, 32), _mm512_and_si512(p01, low32)),
                       _mm512_and_si512(p10, low32));
  return _mm512_add_epi64(_mm512_add_epi64(p11, _mm512_srli_epi64(p01, 32)),
                          _mm512_add_epi64(_mm512_srli_epi64(p10, 32), _mm512_srli_epi64(middle, 32)));
}

// s -> mult s + plus (mod 2^128) in each lane.
WALKAWAY_AVX512 inline Wide Apply(Wide mult, Wide plus, Wide s) {
  const __m512i lo = _mm512_mullo_epi64(s.lo, mult.lo);
  const __m512i hi = _mm512_add_epi64(
      MulHigh(s.lo, mult.lo),
      _mm512_add_epi64(_mm512_mullo_epi64(s.lo, mult.hi), _mm512_mullo_epi64(s.hi, mult.lo)));
  const __m512i sum_lo = _mm512_add_epi64(lo, plus.lo);
  const __mmask8 carry = _mm512_cmplt_epu64_mask(sum_lo, plus.lo);
  const __m512i sum_hi = _mm512_add_epi64(hi, plus.hi);
  return Wide{_mm512_mask_sub_epi64(sum_hi, carry, sum_hi, _mm512_set1_epi64(-1)), sum_lo};
}

// pcg64's output (XSL RR): the halves xored, rotated right by the top six bits.
WALKAWAY_AVX512 inline __m512i Output(Wide s) {
  return _mm512_rorv_epi64(_mm512_xor_si512(s.hi, s.lo), _mm512_srli_epi64(s.hi, 58));
}

WALKAWAY_AVX512 inline Wide Broadcast(State x) {
  return Wide{_mm512_set1_epi64(static_cast<long long>(x >> 64)),
              _mm512_set1_epi64(static_cast<long long>(x))};
}

WALKAWAY_AVX512 inline Wide Load(const State* x) {
  alignas(64) uint64_t hi[8], lo[8];
  for (int l = 0; l < 8; ++l) {
    hi[l] = static_cast<uint64_t>(x[l] >> 64);
    lo[l] = static_cast<uint64_t>(x[l]);
  }
  return Wide{_mm512_load_si512(hi), _mm512_load_si512(lo)};
}

WALKAWAY_AVX512 inline State Lane(Wide s, size_t l) {
  alignas(64) uint64_t hi[8], lo[8];
  _mm512_store_si512(hi, s.hi);
  _mm512_store_si512(lo, s.lo);
  return (static_cast<State>(hi[l]) << 64) | lo[l];
}

// Two columns side by side (two chains in flight hide the multiply's latency), rows words each,
// eight rows a vector; leaves in a and b the states of their last rows' words, lane *last_lane.
WALKAWAY_AVX512 inline void RunColumns(Wide& a, Wide& b, Wide step_mult, Wide step_plus, size_t rows,
                                       uint64_t* col_a, uint64_t* col_b, size_t* last_lane) {
  for (size_t r = 0;; r += 8) {
    const size_t left = rows - r;
    if (left >= 8) {
      _mm512_storeu_si512(col_a + r, Output(a));
      _mm512_storeu_si512(col_b + r, Output(b));
    } else {
      const __mmask8 mask = static_cast<__mmask8>((1u << left) - 1);
      _mm512_mask_storeu_epi64(col_a + r, mask, Output(a));
      _mm512_mask_storeu_epi64(col_b + r, mask, Output(b));
    }
    if (left <= 8) {
      *last_lane = left - 1;
      return;
    }
    a = Apply(step_mult, step_plus, a);
    b = Apply(step_mult, step_plus, b);
  }
}

WALKAWAY_AVX512 void FillColumnsAvx512(State& state, State m, State c, const State* jump_mult,
                                       const State* jump_plus, uint64_t* out, size_t rows, size_t columns,
                                       size_t stride) {
  // Lane l of a column starts l rows (l x columns steps) after its first word; a vector step moves
  // every lane eight rows on.
  const Wide start_mult = Load(jump_mult), start_plus = Load(jump_plus);
  const Wide step_mult = Broadcast(jump_mult[8]), step_plus = Broadcast(jump_plus[8]);
  State first = state;
  size_t last_lane = 0;
  Wide last{};
  // Columns in pairs; an odd last column runs beside a copy of itself, written to itself twice.
  for (size_t col = 0; col < columns; col += 2) {
    first = first * m + c;  // the state of word (0, col)
    Wide a = Apply(start_mult, start_plus, Broadcast(first));
    Wide b = a;
    uint64_t* col_b = out + col * stride;
    if (col + 1 < columns) {
      first = first * m + c;
      b = Apply(start_mult, start_plus, Broadcast(first));
      col_b += stride;
    }
    RunColumns(a, b, step_mult, step_plus, rows, out + col * stride, col_b, &last_lane);
    last = b;
  }
  state = Lane(last, last_lane);
}

// Fill: words 32 j + 8 c + l in lane l of chain c, j counting the steps of 32 words.
WALKAWAY_AVX512 void FillAvx512(State& state, const State* jump_mult, const State* jump_plus, uint64_t* out,
                                size_t n) {
  constexpr size_t kChains = 4;
  Wide chain[kChains];
  const Wide from = Broadcast(state);
  for (size_t c = 0; c < kChains; ++c) {
    chain[c] = Apply(Load(jump_mult + 8 * c + 1), Load(jump_plus + 8 * c + 1), from);
  }
  const Wide step_mult = Broadcast(jump_mult[32]), step_plus = Broadcast(jump_plus[32]);
  for (size_t i = 0;; i += 8 * kChains) {
    for (size_t c = 0; c < kChains; ++c) {
      const size_t at = i + 8 * c;
      if (at + 8 <= n) {
        _mm512_storeu_si512(out + at, Output(chain[c]));
      } else {
        if (at < n) {
          _mm512_mask_storeu_epi64(out + at, static_cast<__mmask8>((1u << (n - at)) - 1), Output(chain[c]));
        }
        state = Lane(chain[(n - 1 - i) / 8], (n - 1 - i) % 8);
        return;
      }
    }
    if (i + 8 * kChains == n) {
      state = Lane(chain[kChains - 1], 7);
      return;
    }
    for (size_t c = 0; c < kChains; ++c) chain[c] = Apply(step_mult, step_plus, chain[c]);
  }
}

#undef WALKAWAY_AVX512

#if !defined(__clang__)
#pragma GCC diagnostic pop
#endif

bool HasAvx512Rng() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
  return has;
}

#endif

}  // namespace

const Rng::ColumnJumps& Rng::JumpsFor(size_t columns) {
  if (jumps_.columns != columns) {
    const Jump row = Steps(columns, Pcg64::multiplier(), engine_.increment());
    Jump lane;
    for (int l = 0; l <= 8; ++l) {
      jumps_.mult[l] = lane.mult;
      jumps_.plus[l] = lane.plus;
      lane = Jump{lane.mult * row.mult, lane.plus * row.mult + row.plus};
    }
    jumps_.columns = columns;
  }
  return jumps_;
}

const Rng::FillJumps& Rng::Jumps() {
  if (!fill_jumps_.ready) {
    const Jump one = Steps(1, Pcg64::multiplier(), engine_.increment());
    Jump k;
    for (int i = 0; i <= 32; ++i) {
      fill_jumps_.mult[i] = k.mult;
      fill_jumps_.plus[i] = k.plus;
      k = Jump{k.mult * one.mult, k.plus * one.mult + one.plus};
    }
    fill_jumps_.ready = true;
  }
  return fill_jumps_;
}

void Rng::Fill(uint64_t* out, size_t n, Simd simd) {
  if (n == 0) return;
  const FillJumps& jumps = Jumps();
#if defined(WALKAWAY_HAVE_AVX512_RNG)
  if (simd == Simd::kBest && HasAvx512Rng()) {
    FillAvx512(engine_.state(), jumps.mult, jumps.plus, out, n);
    return;
  }
#endif
  (void)simd;
  FillPortable(engine_.state(), jumps.mult, jumps.plus, out, n);
}

void Rng::FillColumns(uint64_t* out, size_t rows, size_t columns, size_t stride, Simd simd) {
  if (rows == 0 || columns == 0) return;
  const ColumnJumps& jumps = JumpsFor(columns);
#if defined(WALKAWAY_HAVE_AVX512_RNG)
  if (simd == Simd::kBest && HasAvx512Rng()) {
    FillColumnsAvx512(engine_.state(), Pcg64::multiplier(), engine_.increment(), jumps.mult, jumps.plus, out,
                      rows, columns, stride);
    return;
  }
#endif
  FillColumnsPortable(engine_.state(), Pcg64::multiplier(), engine_.increment(),
                      Jump{jumps.mult[1], jumps.plus[1]}, out, rows, columns, stride);
}

}  // namespace walkaway::comp
