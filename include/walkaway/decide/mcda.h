#pragma once

// Multi-criteria methods on a value matrix, independent of job offers (docs/compare.md): Pareto
// dominance, rank-order-centroid weights, SMAA-2, weight-stability intervals, the smallest weight
// change that flips the winner, TOPSIS and Kendall's tau. Formulas from ../shared/REFERENCES.md §1.2
// and §1.3. Pure computation; SMAA's randomness is a seeded pcg64 (src/comp/rng.h), so the same
// inputs and seed give the same figures.

#include <cstdint>
#include <span>
#include <vector>

namespace walkaway::decide {

// One alternative's value on one criterion, on the 0..1 value scale: the point estimate and the
// band SMAA draws within. REQUIRES: 0 <= low <= point <= high <= 1.
struct Band {
  double low = 0;
  double point = 0;
  double high = 0;
  friend bool operator==(const Band&, const Band&) = default;
};

// m alternatives x n criteria, row-major; every criterion is "more is better".
struct ValueMatrix {
  int alternatives = 0;
  int criteria = 0;
  std::vector<Band> cells{};  // cells[a * criteria + j]
  const Band& at(int a, int j) const { return cells[static_cast<size_t>(a * criteria + j)]; }
  Band& at(int a, int j) { return cells[static_cast<size_t>(a * criteria + j)]; }
};

// What is known about the weights, for SMAA: tiers of criteria, most important first. Every
// weight in a tier is at least every weight in the next tier; inside a tier there is no order.
// A criterion in no tier has weight 0. One tier holding every criterion = no information
// (uniform on the simplex).
struct WeightSpace {
  int criteria = 0;
  std::vector<std::vector<int>> tiers{};
};

// Rank-order-centroid weights for n ranked criteria (Barron & Barrett 1996):
// w_i = (1/n) * sum_{k=i..n} 1/k. REQUIRES: n >= 1.
std::vector<double> RocWeights(int n);

// The centroid of a weight space: ROC positions with ties averaged inside each tier; exactly the
// mean weight vector of SmaaWeights draws.
std::vector<double> CentroidWeights(const WeightSpace& space);

// S_a = sum_j w_j v_aj on the point values.
double WeightedSum(const ValueMatrix& m, int a, std::span<const double> w);

// Pareto dominance on the point values over the criteria with a positive weight: a dominates b
// when a >= b on each of them and > on at least one. Returns, per alternative, the index of the
// first alternative that dominates it, or -1. Differences up to `tolerance` count as ties (the pay
// model's Monte Carlo noise must not make one of two equal offers "dominated").
std::vector<int> DominatedBy(const ValueMatrix& m, std::span<const double> w, double tolerance = 0);

// The confidence factors need a second pass over the draws; a caller that reads only the rank
// acceptabilities, central weights and pairwise indices may skip it (confidence is then all 0).
enum class SmaaConfidence { kCompute, kSkip };

struct SmaaOptions {
  int draws = 10'000;            // R smaa's default N; ±0.01 at 95% (REFERENCES §1.2)
  uint64_t seed = 20'261'121;
  SmaaConfidence confidence = SmaaConfidence::kCompute;
};

// SMAA-2 (Lahdelma & Salminen 2001): weights drawn uniformly from the weight space, values drawn
// within their bands (median = point), ranks counted per draw.
struct SmaaResult {
  int draws = 0;
  std::vector<std::vector<double>> rank_acceptability{};  // [a][r]: share of draws where a has rank r (0 = first)
  std::vector<std::vector<double>> central_weights{};     // [a][j]: mean weights over a's first-rank draws; empty if never first
  std::vector<double> confidence{};                       // [a]: P(a first | w = its central weights); 0 if never first
  std::vector<std::vector<double>> pairwise{};            // [a][b]: P(S_a > S_b)
};
SmaaResult RunSmaa(const ValueMatrix& m, const WeightSpace& space, const SmaaOptions& options = {});

// One weight moved, the others rescaled proportionally (REFERENCES §1.3.2): the range [low, high]
// of that weight over which `winner` keeps the top point score. A bound inside (0, 1) is a flip
// point, where `low_rival` / `high_rival` overtakes; a bound at 0 or 1 means no flip that way.
struct StabilityInterval {
  int criterion = 0;
  double weight = 0;
  double low = 0;
  double high = 1;
  int low_rival = -1;   // -1: no flip below
  int high_rival = -1;  // -1: no flip above
};
// REQUIRES: winner has the highest WeightedSum; weights sum to 1.
std::vector<StabilityInterval> WeightStability(const ValueMatrix& m, std::span<const double> w, int winner);

// All weights at once (REFERENCES §1.3.3): the smallest Euclidean change that ties `winner` with
// some rival, ||Δ||* = D0 / ||d - mean(d)·1||. `within_simplex` says whether w + Δ stays >= 0; when
// it does not, the figure is a lower bound.
struct MinimumChange {
  double l2 = 0;          // infinity when no rival can ever tie (d constant)
  int rival = -1;
  bool within_simplex = true;
};
MinimumChange SmallestWeightChange(const ValueMatrix& m, std::span<const double> w, int winner);

// TOPSIS with vector normalisation on the point values (REFERENCES §1.2).
struct TopsisResult {
  std::vector<double> closeness{};  // C_a = D-/(D+ + D-)
  std::vector<int> order{};         // alternatives, best first
};
TopsisResult Topsis(const ValueMatrix& m, std::span<const double> w);

// Alternatives ordered by score, best first (ties: lower index first).
std::vector<int> OrderByScore(std::span<const double> scores);

// Kendall's tau-a between two orders of the same alternatives (1 = same order, -1 = reversed).
// REQUIRES: both are permutations of 0..k-1 with k >= 2.
double KendallTau(std::span<const int> order_a, std::span<const int> order_b);

}  // namespace walkaway::decide
