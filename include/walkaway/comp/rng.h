#pragma once

// The only source of randomness of the pay model: pcg64 with a fixed seed and stream, and our own
// transforms to uniform, normal and lognormal numbers. std::*_distribution is never used: its
// algorithms differ between standard libraries, which would change every golden figure.

#include <cmath>
#include <cstddef>
#include <cstdint>

#include <pcg_random.hpp>

#include "walkaway/comp/simd.h"

namespace walkaway::comp {

// Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
// REQUIRES: 0 < p < 1.
double InverseNormalCdf(double p);

// A table of InverseNormalCdf on a fine grid, so that a normal deviate costs one uniform, a lookup
// and a linear interpolation instead of a logarithm; the two outer cells use the exact function.
class NormalTable {
 public:
  static constexpr int kBits = 12;
  static constexpr int kCells = 1 << kBits;
  static const NormalTable& Get();  // built once, on first use
  // u in [0, 1).
  double Quantile(double u) const {
    const double x = u * kCells;
    const int cell = static_cast<int>(x);
    if (cell <= 0 || cell >= kCells - 1) return InverseNormalCdf(u > 0 ? u : 0x1.0p-60);
    const double frac = x - cell;
    return edges_[cell] + frac * (edges_[cell + 1] - edges_[cell]);
  }
  // The normal deviate at the middle of cell k (0 <= k < kCells): a 4,096-level discrete normal
  // for one table load, where that resolution is ample (a bonus payout).
  double Midpoint(uint32_t k) const { return mid_[k]; }

 private:
  NormalTable();
  double edges_[kCells + 1];  // edges_[i] = InverseNormalCdf(i / kCells), inner points only
  double mid_[kCells];        // mid_[k] = InverseNormalCdf((k + 0.5) / kCells)
};

// pcg64 with its state readable and writable, for Rng::FillColumns.
class Pcg64 : public pcg64 {
 public:
  using pcg64::pcg64;
  pcg64::state_type& state() { return state_; }
  pcg64::state_type increment() const { return pcg64::increment(); }
  static constexpr pcg64::state_type multiplier() { return pcg64::multiplier(); }
  static uint64_t Output(pcg64::state_type state) { return pcg64::output(state); }
};

// The transforms of raw words, shared by Rng and BufferedRng so that both give the same numbers.
// [0, 1) with 53 random bits.
inline double UniformOf(uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }
// Two [0, 1) numbers with 32 bits each.
inline void UniformPairOf(uint64_t bits, double& a, double& b) {
  a = static_cast<double>(bits >> 32) * 0x1.0p-32;
  b = static_cast<double>(bits & 0xffffffffu) * 0x1.0p-32;
}

class Rng {
 public:
  Rng(uint64_t seed, uint64_t stream) : engine_(seed, stream), normal_(NormalTable::Get()) {}

  uint64_t Next() { return engine_(); }
  // The next n words, exactly what n calls of Next() would give, leaving the generator where they
  // would: with AVX-512, 32 words a step on four vectors of eight lanes; else four scalar lanes.
  void Fill(uint64_t* out, size_t n, Simd simd = Simd::kBest);
  // The next rows x columns words read row by row (as Next() would give them) and written column
  // by column: word (r, c) to out[c * stride + r], leaving the generator where Next() would. So a
  // draw of several words, row after row, comes out word-major (one array per word) without a
  // transposition. With AVX-512 eight rows of a column are stepped at once, in 64-bit lanes; else
  // each column is a lane of the LCG, four at a time (src/comp/rng_block.cc). `simd` = kPortable
  // forces the second way (for tests). REQUIRES: stride >= rows.
  void FillColumns(uint64_t* out, size_t rows, size_t columns, size_t stride, Simd simd = Simd::kBest);
  // [0, 1) with 53 random bits.
  double Uniform() { return UniformOf(engine_()); }
  // Two independent [0, 1) numbers with 32 bits each, from one draw: enough for choosing among a
  // few outcomes, and half the cost.
  void UniformPair(double& a, double& b) { UniformPairOf(engine_(), a, b); }
  double Normal() { return normal_.Quantile(Uniform()); }
  double Normal(double mean, double sd) { return mean + sd * Normal(); }
  // exp(N(mu, sigma)).
  double LogNormal(double mu, double sigma) { return std::exp(Normal(mu, sigma)); }

 private:
  // FillColumns's jumps for the number of columns it last had: one row on (columns steps of the
  // LCG: s -> row_mult s + row_plus), and l rows on for l = 0..8. Kept so that filling block after
  // block of the same shape does not recompute them.
  struct ColumnJumps {
    size_t columns = 0;
    pcg64::state_type mult[9] = {}, plus[9] = {};  // [1] is one row on, [8] eight
  };
  const ColumnJumps& JumpsFor(size_t columns);
  // Fill's jumps: k steps on, k = 0..32, computed on the first Fill.
  struct FillJumps {
    bool ready = false;
    pcg64::state_type mult[33] = {}, plus[33] = {};
  };
  const FillJumps& Jumps();

  Pcg64 engine_;
  const NormalTable& normal_;
  ColumnJumps jumps_{};
  FillJumps fill_jumps_{};
};

// An Rng read through a buffer filled in bulk (Rng::Fill): the same numbers in the same order as the
// Rng would give itself, for a hot loop that draws a varying number of words per step. The Rng
// runs ahead of what was read: use nothing else to draw from it afterwards.
class BufferedRng {
 public:
  explicit BufferedRng(Rng& rng) : rng_(rng), normal_(NormalTable::Get()) {}

  uint64_t Next() {
    if (next_ == kWords) Refill();
    return words_[next_++];
  }
  double Uniform() { return UniformOf(Next()); }
  void UniformPair(double& a, double& b) { UniformPairOf(Next(), a, b); }
  double Normal() { return normal_.Quantile(Uniform()); }
  double Normal(double mean, double sd) { return mean + sd * Normal(); }
  double LogNormal(double mu, double sigma) { return std::exp(Normal(mu, sigma)); }
  // The next k words without reading them (REQUIRES: k <= 64), for a loop that decides from the
  // words how many it reads: one bounds check instead of one a word. Skip(n) then reads n of them
  // (n <= k).
  const uint64_t* Peek(size_t k) {
    if (kWords - next_ < k) {
      const size_t left = kWords - next_;
      for (size_t i = 0; i < left; ++i) words_[i] = words_[next_ + i];
      rng_.Fill(words_ + left, kWords - left);
      next_ = 0;
    }
    return words_ + next_;
  }
  void Skip(size_t n) { next_ += n; }

 private:
  static constexpr size_t kWords = 1024;
  void Refill() {
    rng_.Fill(words_, kWords);
    next_ = 0;
  }

  Rng& rng_;
  const NormalTable& normal_;
  size_t next_ = kWords;
  uint64_t words_[kWords];
};

}  // namespace walkaway::comp
