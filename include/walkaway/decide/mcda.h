#pragma once

// Multi-criteria methods on a value matrix, independent of job offers (docs/compare.md): Pareto
// dominance, rank-order-centroid weights, SMAA-2, weight-stability intervals, the smallest weight
// change that flips the winner, TOPSIS and Kendall's tau. Formulas from ../shared/REFERENCES.md §1.2
// and §1.3. Pure computation; SMAA's randomness is a seeded pcg64 (src/comp/rng.h), so the same
// inputs and seed give the same figures.

#include <cstdint>
#include <span>
#include <vector>

#include "walkaway/core/comparison.h"

namespace walkaway::decide {

// The value types of a comparison are the core's (walkaway/core/comparison.h).
using core::Band;
using core::MinimumChange;
using core::SmaaResult;
using core::StabilityInterval;
using core::TopsisResult;
using core::ValueMatrix;
using core::WeightSpace;

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

SmaaResult RunSmaa(const ValueMatrix& m, const WeightSpace& space, const SmaaOptions& options = {});

// REQUIRES: winner has the highest WeightedSum; weights sum to 1.
std::vector<StabilityInterval> WeightStability(const ValueMatrix& m, std::span<const double> w, int winner);

MinimumChange SmallestWeightChange(const ValueMatrix& m, std::span<const double> w, int winner);

TopsisResult Topsis(const ValueMatrix& m, std::span<const double> w);

// Alternatives ordered by score, best first (ties: lower index first).
std::vector<int> OrderByScore(std::span<const double> scores);

// Kendall's tau-a between two orders of the same alternatives (1 = same order, -1 = reversed).
// REQUIRES: both are permutations of 0..k-1 with k >= 2.
double KendallTau(std::span<const int> order_a, std::span<const int> order_b);

}  // namespace walkaway::decide
