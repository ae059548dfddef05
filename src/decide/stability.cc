// How far the weights can move before the winner changes (REFERENCES §1.3): per-criterion
// stability intervals with the other weights rescaled proportionally (§1.3.2, analytic for the
// additive model), and the smallest Euclidean change of all weights at once (§1.3.3).

#include <cmath>
#include <limits>

#include "walkaway/decide/mcda.h"

namespace walkaway::decide {
namespace {

constexpr double kWholeWeight = 1 - 1e-12;

// B_a = sum_{j != k} w_j v_aj / (1 - w_k): the score of a on the other criteria, renormalised.
// When k holds all the weight the others have no proportions to keep; they are taken as equal.
double RestScore(const ValueMatrix& m, std::span<const double> w, int a, int k) {
  double sum = 0;
  if (w[static_cast<size_t>(k)] >= kWholeWeight) {
    for (int j = 0; j < m.criteria; ++j) {
      if (j != k) sum += m.at(a, j).point;
    }
    return m.criteria > 1 ? sum / (m.criteria - 1) : 0.0;
  }
  for (int j = 0; j < m.criteria; ++j) {
    if (j != k) sum += w[static_cast<size_t>(j)] * m.at(a, j).point;
  }
  return sum / (1 - w[static_cast<size_t>(k)]);
}

}  // namespace

std::vector<StabilityInterval> WeightStability(const ValueMatrix& m, std::span<const double> w, int winner) {
  std::vector<StabilityInterval> out;
  for (int k = 0; k < m.criteria; ++k) {
    StabilityInterval s;
    s.criterion = k;
    s.weight = w[static_cast<size_t>(k)];
    const double b_win = RestScore(m, w, winner, k);
    for (int b = 0; b < m.alternatives; ++b) {
      if (b == winner) continue;
      // S_win(t) - S_b(t) = (1 - t) e + t f, positive at t = w_k.
      const double e = b_win - RestScore(m, w, b, k);
      const double f = m.at(winner, k).point - m.at(b, k).point;
      if (e == f) continue;
      const double tie = e / (e - f);  // t* = (B_b - B_a) / ((v_ak - B_a) - (v_bk - B_b))
      if (e < 0 && tie > s.low) {
        s.low = tie;
        s.low_rival = b;
      }
      if (f < 0 && tie < s.high) {
        s.high = tie;
        s.high_rival = b;
      }
    }
    out.push_back(s);
  }
  return out;
}

MinimumChange SmallestWeightChange(const ValueMatrix& m, std::span<const double> w, int winner) {
  MinimumChange best;
  best.l2 = std::numeric_limits<double>::infinity();
  const int n = m.criteria;
  std::vector<double> d(static_cast<size_t>(n));
  for (int b = 0; b < m.alternatives; ++b) {
    if (b == winner) continue;
    double d0 = 0;
    double mean = 0;
    for (int j = 0; j < n; ++j) {
      d[static_cast<size_t>(j)] = m.at(winner, j).point - m.at(b, j).point;
      d0 += w[static_cast<size_t>(j)] * d[static_cast<size_t>(j)];
      mean += d[static_cast<size_t>(j)];
    }
    mean /= n;
    double spread = 0;  // ||d - mean(d) 1||^2
    for (int j = 0; j < n; ++j) spread += (d[static_cast<size_t>(j)] - mean) * (d[static_cast<size_t>(j)] - mean);
    if (spread <= 1e-18) continue;  // b trails by the same amount everywhere: no reweighting ties them
    const double l2 = d0 / std::sqrt(spread);
    if (l2 >= best.l2) continue;
    best.l2 = l2;
    best.rival = b;
    // Δ* = -D0 (d - mean(d) 1) / ||d - mean(d) 1||^2
    best.within_simplex = true;
    for (int j = 0; j < n; ++j) {
      const double delta = -d0 * (d[static_cast<size_t>(j)] - mean) / spread;
      if (w[static_cast<size_t>(j)] + delta < -1e-12) best.within_simplex = false;
    }
  }
  return best;
}

}  // namespace walkaway::decide
