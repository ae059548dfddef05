// The paths of a job plan, in blocks of kBlock: first every draw of the block's paths, in path
// order, from the stream read through a buffer filled in bulk (the pcg64 stream is serial; Rng::Fill
// steps it on independent lanes); then, per year, loops over the block's paths that the compiler
// vectorises (compiled for AVX-512, AVX2 and the baseline, picked at run time); last, the sums for
// the means, added path after path as before (four years side by side, each its own chain) so that
// they round exactly as they did. Built with -ffp-contract=off (CMakeLists.txt): AVX2 and AVX-512
// bring fused multiply-adds, which would round differently.

#include "comp/simulate_paths.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "comp/private_outcome.h"
#include "comp/simulate.h"
#include "walkaway/tax/take_home.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WALKAWAY_HAVE_SIM_X86 1
#endif

namespace walkaway::comp {
namespace {

constexpr size_t kBlock = 512;
constexpr int64_t kMaxTaxableCents = tax::kMaxIncomeCents / 2;
constexpr size_t kSumYears = 4;  // years summed side by side
constexpr size_t kYearRows = (kMaxYears + kSumYears - 1) / kSumYears * kSumYears;  // 12

// The payout multiplier of the bonus target for one year of one path, from 32 random bits: 16 for
// "does it pay at all" and 16 for the payout (a 4,096-level normal deviate, ample for a multiplier
// clipped to [0, max]), so one 64-bit draw serves two years.
// The multipliers are tabulated once per job: a payout is then a comparison and one load, with
// exactly the values the formula gives (the table holds that formula, clipped).
class BonusPayout {
 public:
  enum class Kind { kGuaranteed, kUniform, kTable };

  BonusPayout(const JobPlan& plan, const NormalTable& normal)
      : kind_(plan.bonus_guaranteed ? Kind::kGuaranteed
              : plan.bonus_uniform  ? Kind::kUniform
                                    : Kind::kTable),
        low_(plan.bonus_low),
        high_(plan.bonus_high) {
    // (bits >> 16) / 2^16 < no_payout exactly when (bits >> 16) < ceil(no_payout x 2^16).
    const double limit = std::ceil(plan.bonus_no_payout * 0x1.0p16);
    no_payout_below_ = limit <= 0 ? 0u : limit >= 0x1.0p16 ? 0x10000u : static_cast<uint32_t>(limit);
    for (uint32_t k = 0; k < NormalTable::kCells; ++k) {
      const double m = 1 + plan.bonus_sd * normal.Midpoint(k);
      payout_[k] = m < 0 ? 0.0 : (m > plan.bonus_max ? plan.bonus_max : m);
    }
  }
  Kind kind() const { return kind_; }
  double Uniform(uint32_t bits) const {
    return low_ +
           (high_ - low_) * ((static_cast<double>(static_cast<int32_t>(bits & 0xffffu)) + 0.5) * 0x1.0p-16);
  }
  // Branch-free (a random 4 % of paths pay nothing: a branch would mispredict): the payout x 1 or
  // x 0, both exact, as the table value or 0.0 the branch gave.
  double Table(uint32_t bits) const {
    return payout_[(bits & 0xffffu) >> 4] * static_cast<double>((bits >> 16) >= no_payout_below_);
  }
  const double* table() const { return payout_; }
  uint32_t no_payout_below() const { return no_payout_below_; }

 private:
  Kind kind_;
  double low_, high_;
  uint32_t no_payout_below_ = 0;
  double payout_[NormalTable::kCells] = {};
};

// One block's draws and per-path figures. One allocation per job, not per path.
struct Block {
  uint8_t promoted[kBlock];
  double per_share[kBlock];  // private or no market: the payoff per unit on the path
  uint32_t bonus_bits[kMaxYears][kBlock];
  double price[kMaxYears][kBlock];  // public stock at each year's end
  double path_sum[kBlock];
  int32_t zero[kBlock];        // not a char type: stores to it would make the compiler reload everything
  int8_t outcome[kBlock];      // a private company's outcome on each path
  uint16_t exit_path[kBlock];  // the paths that end in an exit, and their lognormal's word
  uint64_t exit_word[kBlock];
  size_t exits;
  // Each path's bonus and equity per year, for the sums; rows past the years stay zero.
  double bonus[kYearRows][kBlock];
  double equity[kYearRows][kBlock];
};

// What the loops read, computed once per job.
struct Context {
  const JobPlan& plan;
  const BonusPayout& payout;
  size_t years = 0;
  size_t paths = 0;
  bool has_bonus = false, has_equity = false, is_public = false, is_private = false, options = false;
  bool taxable = false;  // fill ws.regular, ws.lump and ws.salary for take-home pay
  double strike = 0, public_step = 0;
  std::array<double, kMaxYears> fixed0{}, fixed1{};  // everything deterministic, without/with promotion
  std::array<double, kYearRows> units{};             // equity units vesting each year; 0 past the years
  PrivateOutcomes outcomes{};
};

// The block's draws, path after path, in the order the stream has always been read: a public
// stock's price path (a normal per year, between the bonus words).
void DrawPublicBlock(const Context& c, BufferedRng& rng, size_t m, Block& d) {
  const JobPlan& plan = c.plan;
  for (size_t i = 0; i < m; ++i) {
    // One draw decides both the promotion (high 32 bits) and the company's outcome (low 32 bits).
    double promotion_u = 0, outcome_u = 0;
    rng.UniformPair(promotion_u, outcome_u);
    d.promoted[i] = promotion_u < plan.promotion_probability;
    d.per_share[i] = plan.price0;
    double log_price = 0;
    uint64_t bits = 0;
    for (size_t y = 0; y < c.years; ++y) {
      if (c.has_bonus) {
        if (y % 2 == 0) bits = rng.Next();
        d.bonus_bits[y][i] = static_cast<uint32_t>(y % 2 == 0 ? bits : bits >> 32);
      }
      log_price += c.public_step + (plan.volatility > 0 ? plan.volatility * rng.Normal() : 0.0);
      d.price[y][i] = plan.price0 * std::exp(log_price);
    }
    d.path_sum[i] = 0;
    d.zero[i] = 1;
  }
}

// The same draws in the same order without a stock price: a private company's outcome (with a
// second word only at an exit), or today's value. The exits' lognormals and waterfalls are worked
// out afterwards from a short list (SettleShares), so the loop over the words stays short.
void DrawBlock(const Context& c, BufferedRng& rng, size_t m, Block& d) {
  const JobPlan& plan = c.plan;
  const size_t bonus_words = c.has_bonus ? (c.years + 1) / 2 : 0;
  const PrivateOutcomes& o = c.outcomes;
  // The promotion test u < p on the draw's high 32 bits h, u = h / 2^32: h < ceil(p 2^32), exactly
  // (the scaling is by a power of two); the outcome's cell of the table, u x 1,024 rounded down:
  // the low 32 bits' top ten. Integer work, so the loop over the words stays short.
  const double p = plan.promotion_probability;
  const uint64_t promoted_below = p >= 0 ? static_cast<uint64_t>(std::ceil(std::min(p, 2.0) * 0x1.0p32)) : 0;
  size_t exits = 0;
  for (size_t i = 0; i < m; ++i) {
    const uint64_t* w = rng.Peek(2 + bonus_words);
    // One draw decides both the promotion (high 32 bits) and the company's outcome (low 32 bits).
    d.promoted[i] = (w[0] >> 32) < promoted_below;
    size_t used = 1;
    if (c.is_private) {
      const uint32_t low = static_cast<uint32_t>(w[0]);
      int outcome = o.cell[low >> 22];
      if (outcome < 0) outcome = OutcomeIndex(o, static_cast<double>(low) * 0x1.0p-32);
      d.outcome[i] = static_cast<int8_t>(outcome);
      // A branch, not a select: predicted, it lets the next paths' words load before this path's
      // outcome is known (a select would chain every path to the one before).
      if (o.exit[outcome]) {
        d.exit_path[exits] = static_cast<uint16_t>(i);
        d.exit_word[exits++] = w[1];
        used = 2;
      }
    }
    for (size_t y = 0; y < bonus_words; ++y) {
      const uint64_t pair = w[used + y];
      d.bonus_bits[2 * y][i] = static_cast<uint32_t>(pair);
      if (2 * y + 1 < c.years) d.bonus_bits[2 * y + 1][i] = static_cast<uint32_t>(pair >> 32);
    }
    rng.Skip(used + bonus_words);
  }
  d.exits = exits;
}

// After DrawBlock (not for a public stock): each path's value per unit, from its outcome (an
// exit's from the word it drew: SampleOutcomePerShare's operations) or today's value; then the
// option payoff and "worth nothing", the same in every year. Run in the instruction set's copy of
// the years, so that the loops over the paths vectorise.
[[gnu::always_inline]] inline void SettleShares(const Context& c, size_t m, Block& d) {
  const JobPlan& plan = c.plan;
  const PrivateOutcomes& o = c.outcomes;
  if (c.is_private) {
    for (size_t i = 0; i < m; ++i) d.per_share[i] = o.fixed[d.outcome[i]];
    const NormalTable& normal = NormalTable::Get();
    const PrivateTerms& t = plan.company;
    for (size_t e = 0; e < d.exits; ++e) {
      const size_t i = d.exit_path[e];
      const int k = d.outcome[i];
      const double normal_draw = t.exit_mu + t.exit_sigma * normal.Quantile(UniformOf(d.exit_word[e]));
      const double exit_value = o.value[k] * std::exp(normal_draw);
      d.per_share[i] = CommonPerShare(exit_value, o.preference[k], o.preferred[k], o.shares[k]);
    }
  } else {
    for (size_t i = 0; i < m; ++i) d.per_share[i] = plan.price0;
  }
  double* __restrict per_share = d.per_share;
  int32_t* __restrict zero = d.zero;
  double* __restrict path_sum = d.path_sum;
  if (c.options) {
    const double strike = c.strike;
    for (size_t i = 0; i < m; ++i) per_share[i] = std::max(0.0, per_share[i] - strike);
  }
  for (size_t i = 0; i < m; ++i) {
    zero[i] = per_share[i] <= 0;
    path_sum[i] = 0;
  }
}

// How a year's equity reaches a path: none, per path and year (a public stock's price), or units x
// the path's value per unit (the same every year: worked out where it is added, not stored).
enum class Equity { kNone, kPerPath, kUnits };

// Each path's total for one year, in the order of the scalar loop it replaced (fixed, + bonus,
// + units x payoff), as float into out and added to the path's sum. restrict: the arrays never
// overlap, and without it GCC checks at run time and may keep to scalar code.
template <bool kBonus, Equity kEquity>
[[gnu::always_inline]] inline void Totals(size_t m, const uint8_t* __restrict promoted, double f0, double f1,
                                          const double* __restrict bonus, const double* __restrict equity,
                                          double units, float* __restrict out, double* __restrict path_sum) {
  for (size_t i = 0; i < m; ++i) {
    double total = promoted[i] != 0 ? f1 : f0;
    if constexpr (kBonus) total += bonus[i];
    if constexpr (kEquity == Equity::kPerPath) total += equity[i];
    if constexpr (kEquity == Equity::kUnits) total += units * equity[i];
    out[i] = static_cast<float>(total);
    path_sum[i] += total;
  }
}

enum class Isa { kPortable, kAvx2, kAvx512 };

#if defined(WALKAWAY_HAVE_SIM_X86)
// The table payout's bonuses with AVX-512 gathers (GCC does not emit gathers for generic tuning):
// target x (payout x 1 or x 0), as BonusPayout::Table, eight paths a vector.
// GCC 12 warns that the AVX-512 intrinsics' internal "undefined" operands are or may be used
// uninitialized (a false positive in its own headers; src/scan/word_scan.cc does the same).
#if !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif
__attribute__((target("avx512f,avx512dq,avx512vl,avx512bw"))) inline void TableBonusesAvx512(
    const BonusPayout& payout, size_t m, const uint8_t* promoted, const uint32_t* bits, double t0, double t1,
    double* bonus) {
  const __m256i index_mask = _mm256_set1_epi32(0xffff);
  const __m256i limit = _mm256_set1_epi32(static_cast<int>(payout.no_payout_below()));
  const __m512d target0 = _mm512_set1_pd(t0), target1 = _mm512_set1_pd(t1);
  const __m512d one = _mm512_set1_pd(1.0);
  size_t i = 0;
  for (; i + 8 <= m; i += 8) {
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bits + i));
    const __m256i index = _mm256_srli_epi32(_mm256_and_si256(b, index_mask), 4);
    const __m512d table = _mm512_i32gather_pd(index, payout.table(), 8);
    // (bits >> 16) >= limit, unsigned: 1.0 or 0.0.
    const __mmask8 pays = _mm256_cmp_epu32_mask(_mm256_srli_epi32(b, 16), limit, _MM_CMPINT_NLT);
    const __m512d factor = _mm512_maskz_mov_pd(pays, one);
    const __m128i p = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(promoted + i));
    const __mmask8 up = _mm_test_epi8_mask(p, p);
    const __m512d target = _mm512_mask_blend_pd(up, target0, target1);
    _mm512_storeu_pd(bonus + i, _mm512_mul_pd(target, _mm512_mul_pd(table, factor)));
  }
  for (; i < m; ++i) bonus[i] = (promoted[i] != 0 ? t1 : t0) * payout.Table(bits[i]);
}
#if !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif

// One year of the block: each path's bonus, equity and total. Every loop is over the paths with no
// carried dependency, so it vectorises.
template <Isa kIsa>
[[gnu::always_inline]] inline void YearTotals(const Context& c, size_t y, size_t m, Block& d, float* out) {
  const YearPlan& yp = c.plan.years[y];
  const double t0 = yp.bonus_target[0], t1 = yp.bonus_target[1];
  const uint8_t* __restrict promoted = d.promoted;
  const uint32_t* __restrict bits = d.bonus_bits[y];
  double* __restrict bonus = d.bonus[y];
  if (c.has_bonus) {
    switch (c.payout.kind()) {
      case BonusPayout::Kind::kGuaranteed:
        for (size_t i = 0; i < m; ++i) bonus[i] = (promoted[i] != 0 ? t1 : t0) * 1.0;
        break;
      case BonusPayout::Kind::kUniform:
        for (size_t i = 0; i < m; ++i) bonus[i] = (promoted[i] != 0 ? t1 : t0) * c.payout.Uniform(bits[i]);
        break;
      case BonusPayout::Kind::kTable:
#if defined(WALKAWAY_HAVE_SIM_X86)
        if constexpr (kIsa == Isa::kAvx512) {
          TableBonusesAvx512(c.payout, m, promoted, bits, t0, t1, bonus);
          break;
        }
#endif
        for (size_t i = 0; i < m; ++i) bonus[i] = (promoted[i] != 0 ? t1 : t0) * c.payout.Table(bits[i]);
        break;
    }
  }
  double* __restrict equity = d.equity[y];
  const double units = yp.equity_units;
  if (c.is_public) {
    const double* __restrict price = d.price[y];
    int32_t* __restrict zero = d.zero;
    const double strike = c.strike;
    if (c.options) {
      for (size_t i = 0; i < m; ++i) {
        const double payoff = std::max(0.0, price[i] - strike);
        zero[i] &= static_cast<int32_t>(payoff <= 0);
        equity[i] = units * payoff;
      }
    } else {
      for (size_t i = 0; i < m; ++i) {
        zero[i] &= static_cast<int32_t>(price[i] <= 0);
        equity[i] = units * price[i];
      }
    }
  }
  const double f0 = c.fixed0[y], f1 = c.fixed1[y];
  const double* shares = d.per_share;
  if (c.has_bonus) {
    if (c.is_public) {
      Totals<true, Equity::kPerPath>(m, promoted, f0, f1, bonus, equity, units, out, d.path_sum);
    } else if (c.has_equity) {
      Totals<true, Equity::kUnits>(m, promoted, f0, f1, bonus, shares, units, out, d.path_sum);
    } else {
      Totals<true, Equity::kNone>(m, promoted, f0, f1, bonus, shares, units, out, d.path_sum);
    }
  } else {
    if (c.is_public) {
      Totals<false, Equity::kPerPath>(m, promoted, f0, f1, bonus, equity, units, out, d.path_sum);
    } else if (c.has_equity) {
      Totals<false, Equity::kUnits>(m, promoted, f0, f1, bonus, shares, units, out, d.path_sum);
    } else {
      Totals<false, Equity::kNone>(m, promoted, f0, f1, bonus, shares, units, out, d.path_sum);
    }
  }
}

// The block's sums per year, from 0 in path order, then added to the job's (as the scalar loop did:
// a serial chain per year, here four years' chains side by side). Equity worth units x the value
// per unit is multiplied here, as the scalar loop did, rather than stored per path and year.
template <bool kUnits>
[[gnu::always_inline]] inline void AddBlockSums(const Context& c, size_t m, const Block& d, PathSums& sums) {
  for (size_t y0 = 0; y0 < c.years; y0 += kSumYears) {
    double b0 = 0, b1 = 0, b2 = 0, b3 = 0, e0 = 0, e1 = 0, e2 = 0, e3 = 0;
    const double u0 = c.units[y0], u1 = c.units[y0 + 1], u2 = c.units[y0 + 2], u3 = c.units[y0 + 3];
    for (size_t i = 0; i < m; ++i) {
      b0 += d.bonus[y0][i];
      b1 += d.bonus[y0 + 1][i];
      b2 += d.bonus[y0 + 2][i];
      b3 += d.bonus[y0 + 3][i];
      if constexpr (kUnits) {
        const double share = d.per_share[i];
        e0 += u0 * share;
        e1 += u1 * share;
        e2 += u2 * share;
        e3 += u3 * share;
      } else {
        e0 += d.equity[y0][i];
        e1 += d.equity[y0 + 1][i];
        e2 += d.equity[y0 + 2][i];
        e3 += d.equity[y0 + 3][i];
      }
    }
    const double b[kSumYears] = {b0, b1, b2, b3}, e[kSumYears] = {e0, e1, e2, e3};
    for (size_t k = 0; k < kSumYears && y0 + k < c.years; ++k) {
      sums.bonus[y0 + k] += b[k];
      sums.equity[y0 + k] += e[k];
    }
  }
}

// One year of the block's taxable pay (SimWorkspace::regular, lump, pretax), in cents of the job's
// currency: the salary with or without the promotion and RSU vests through the year; the bonus, the
// year's sign-on and option gains as lumps. Benefits in kind and commute costs are not pay. Read after
// YearTotals, from the same per-path figures; one loop over the paths, so it vectorises with them.
// Every amount is at least 0, and each is capped where TakeHome's range ends (half its maximum income):
// a lognormal tail far beyond any real pay is cut there, not refused.
[[gnu::always_inline]] inline int64_t TaxableCents(double units, double scale) {
  constexpr double kCap = static_cast<double>(kMaxTaxableCents);
  const double cents = units * scale + 0.5;  // rounded half up: the amounts are never negative
  // Written so that a NaN (never expected: 0 x inf upstream) becomes 0, not a cast of NaN.
  return static_cast<int64_t>(!(cents > 0) ? 0.0 : cents > kCap ? kCap : cents);
}

[[gnu::always_inline]] inline void YearTaxable(const Context& c, size_t y, size_t first, size_t m, const Block& d,
                                               SimWorkspace& ws) {
  const YearPlan& yp = c.plan.years[y];
  const size_t at = y * c.paths + first;
  // Money is one int64_t; writing the cents as such keeps the loop one the compiler vectorises.
  static_assert(sizeof(core::Money) == sizeof(int64_t));
  int64_t* __restrict regular = reinterpret_cast<int64_t*>(ws.regular.data() + at);
  int64_t* __restrict lump = reinterpret_cast<int64_t*>(ws.lump.data() + at);
  const double scale = ws.taxable_scale;
  const double units = yp.equity_units;
  const double b0 = yp.base[0], b1 = yp.base[1], sign_on = yp.sign_on;
  const bool options = c.options;
  for (size_t i = 0; i < m; ++i) {
    const double base = d.promoted[i] != 0 ? b1 : b0;
    const double equity = c.is_public ? d.equity[y][i] : c.has_equity ? units * d.per_share[i] : 0.0;
    const double bonus = c.has_bonus ? d.bonus[y][i] : 0.0;
    regular[i] = TaxableCents(base + (options ? 0.0 : equity), scale);
    lump[i] = TaxableCents(bonus + sign_on + (options ? equity : 0.0), scale);
  }
  if (ws.pretax_share > 0) {
    int64_t* __restrict pretax = reinterpret_cast<int64_t*>(ws.pretax.data() + at);
    const double share = ws.pretax_share;
    for (size_t i = 0; i < m; ++i) pretax[i] = TaxableCents((d.promoted[i] != 0 ? b1 : b0) * share, scale);
  }
}

template <Isa kIsa>
[[gnu::always_inline]] inline void YearsBody(const Context& c, size_t first, size_t m, Block& d,
                                             SimWorkspace& ws, PathSums& sums) {
  if (!c.is_public) SettleShares(c, m, d);
  for (size_t y = 0; y < c.years; ++y) YearTotals<kIsa>(c, y, m, d, ws.totals.data() + y * c.paths + first);
  if (c.taxable) {
    for (size_t y = 0; y < c.years; ++y) YearTaxable(c, y, first, m, d, ws);
  }
  if (c.has_equity && !c.is_public) {
    AddBlockSums<true>(c, m, d, sums);
  } else {
    AddBlockSums<false>(c, m, d, sums);
  }
  int64_t promoted = 0, zero = 0;
  for (size_t i = 0; i < m; ++i) {
    promoted += d.promoted[i];
    zero += d.zero[i];
  }
  sums.promoted += promoted;
  sums.equity_zero += zero;
  float* horizon = ws.horizon.data() + first;
  for (size_t i = 0; i < m; ++i) horizon[i] = static_cast<float>(d.path_sum[i]);
}

#if defined(WALKAWAY_HAVE_SIM_X86)
#if defined(__clang__)
#define WALKAWAY_SIM_AVX512 target("avx512f,avx512dq,avx512vl,avx512bw"), flatten
#else
#define WALKAWAY_SIM_AVX512 target("avx512f,avx512dq,avx512vl,avx512bw,prefer-vector-width=512"), flatten
#endif
__attribute__((WALKAWAY_SIM_AVX512)) void YearsAvx512(const Context& c, size_t first, size_t m, Block& d,
                                                      SimWorkspace& ws, PathSums& sums) {
  YearsBody<Isa::kAvx512>(c, first, m, d, ws, sums);
}
__attribute__((target("avx2"), flatten)) void YearsAvx2(const Context& c, size_t first, size_t m, Block& d,
                                                        SimWorkspace& ws, PathSums& sums) {
  YearsBody<Isa::kAvx2>(c, first, m, d, ws, sums);
}
#undef WALKAWAY_SIM_AVX512
#endif
__attribute__((flatten)) void YearsPortable(const Context& c, size_t first, size_t m, Block& d,
                                            SimWorkspace& ws, PathSums& sums) {
  YearsBody<Isa::kPortable>(c, first, m, d, ws, sums);
}

Isa BestIsa() {
#if defined(WALKAWAY_HAVE_SIM_X86)
  static const Isa best = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
                                  __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw")
                              ? Isa::kAvx512
                          : __builtin_cpu_supports("avx2") ? Isa::kAvx2
                                                           : Isa::kPortable;
  return best;
#else
  return Isa::kPortable;
#endif
}

}  // namespace

PathSums SimulatePaths(const JobPlan& plan, size_t years, size_t paths, Rng& rng, SimWorkspace& ws,
                       Simd simd) {
  const auto payout = std::make_unique<BonusPayout>(plan, NormalTable::Get());
  Context c{plan, *payout, years, paths};
  c.has_bonus = plan.years[0].bonus_target[0] > 0;
  c.has_equity = plan.equity != EquityModel::kNone;
  c.is_public = plan.equity == EquityModel::kPublic;
  c.is_private = plan.equity == EquityModel::kPrivate;
  c.options = plan.options;
  c.strike = plan.strike;
  c.taxable = ws.want_taxable;
  c.public_step = plan.drift - plan.volatility * plan.volatility / 2;
  for (size_t y = 0; y < years; ++y) {
    const YearPlan& yp = plan.years[y];
    c.fixed0[y] = yp.base[0] + yp.benefits[0] + yp.sign_on - yp.commute_cost;
    c.fixed1[y] = yp.base[1] + yp.benefits[1] + yp.sign_on - yp.commute_cost;
    c.units[y] = yp.equity_units;
  }
  if (c.is_private) c.outcomes = CollapseOutcomes(plan.company);
  const Isa isa = simd == Simd::kBest ? BestIsa() : Isa::kPortable;
  const auto block = std::make_unique<Block>();  // value-initialised: the rows past the years are zero
  BufferedRng buffered(rng);
  PathSums sums;
  for (size_t first = 0; first < paths; first += kBlock) {
    const size_t m = std::min(kBlock, paths - first);
    if (c.is_public) {
      DrawPublicBlock(c, buffered, m, *block);
    } else {
      DrawBlock(c, buffered, m, *block);
    }
#if defined(WALKAWAY_HAVE_SIM_X86)
    if (isa == Isa::kAvx512) {
      YearsAvx512(c, first, m, *block, ws, sums);
      continue;
    }
    if (isa == Isa::kAvx2) {
      YearsAvx2(c, first, m, *block, ws, sums);
      continue;
    }
#endif
    (void)isa;
    YearsPortable(c, first, m, *block, ws, sums);
  }
  return sums;
}

}  // namespace walkaway::comp
