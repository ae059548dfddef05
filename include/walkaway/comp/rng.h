#pragma once

// The only source of randomness of the pay model: pcg64 with a fixed seed and stream, and our own
// transforms to uniform, normal and lognormal numbers. std::*_distribution is never used: its
// algorithms differ between standard libraries, which would change every golden figure.

#include <cmath>
#include <cstdint>

#include <pcg_random.hpp>

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

class Rng {
 public:
  Rng(uint64_t seed, uint64_t stream) : engine_(seed, stream), normal_(NormalTable::Get()) {}

  uint64_t Next() { return engine_(); }
  // [0, 1) with 53 random bits.
  double Uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  // Two independent [0, 1) numbers with 32 bits each, from one draw: enough for choosing among a
  // few outcomes, and half the cost.
  void UniformPair(double& a, double& b) {
    const uint64_t bits = engine_();
    a = static_cast<double>(bits >> 32) * 0x1.0p-32;
    b = static_cast<double>(bits & 0xffffffffu) * 0x1.0p-32;
  }
  double Normal() { return normal_.Quantile(Uniform()); }
  double Normal(double mean, double sd) { return mean + sd * Normal(); }
  // exp(N(mu, sigma)).
  double LogNormal(double mu, double sigma) { return std::exp(Normal(mu, sigma)); }

 private:
  pcg64 engine_;
  const NormalTable& normal_;
};

}  // namespace walkaway::comp
