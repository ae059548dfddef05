// The multi-criteria methods on small hand-checked matrices (docs/compare.md): ROC weights, Pareto,
// SMAA-2, weight stability against a brute-force sweep, the L2 flip distance, TOPSIS, Kendall tau.

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "walkaway/decide/mcda.h"

namespace walkaway::decide {
namespace {

// Exact values (no band) from rows of points.
ValueMatrix Points(const std::vector<std::vector<double>>& rows) {
  ValueMatrix m;
  m.alternatives = static_cast<int>(rows.size());
  m.criteria = static_cast<int>(rows.front().size());
  for (const auto& row : rows) {
    for (double v : row) m.cells.push_back({v, v, v});
  }
  return m;
}

WeightSpace NoInformation(int n) {
  WeightSpace s;
  s.criteria = n;
  s.tiers.push_back({});
  for (int j = 0; j < n; ++j) s.tiers[0].push_back(j);
  return s;
}

WeightSpace Ranked(int n) {
  WeightSpace s;
  s.criteria = n;
  for (int j = 0; j < n; ++j) s.tiers.push_back({j});
  return s;
}

TEST(RocWeightsTest, TenCriteriaMatchTheReferenceTable) {
  const std::vector<double> w = RocWeights(10);
  const double expected[] = {0.2929, 0.1929, 0.1429, 0.1096, 0.0846, 0.0646, 0.0479, 0.0336, 0.0211, 0.0100};
  ASSERT_EQ(w.size(), 10u);
  double sum = 0;
  for (size_t i = 0; i < 10; ++i) {
    EXPECT_NEAR(w[i], expected[i], 5e-5) << i;
    sum += w[i];
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

TEST(RocWeightsTest, ThreeCriteriaAreElevenEighteenthsFiveEighteenthsTwoEighteenths) {
  const std::vector<double> w = RocWeights(3);
  EXPECT_DOUBLE_EQ(w[0], 11.0 / 18);
  EXPECT_DOUBLE_EQ(w[1], 5.0 / 18);
  EXPECT_DOUBLE_EQ(w[2], 2.0 / 18);
}

TEST(CentroidWeightsTest, TiedCriteriaShareTheirPositionsEqually) {
  WeightSpace s;
  s.criteria = 4;
  s.tiers = {{2}, {0, 1, 3}};
  const std::vector<double> w = CentroidWeights(s);
  const std::vector<double> roc = RocWeights(4);
  EXPECT_DOUBLE_EQ(w[2], roc[0]);
  const double rest = (roc[1] + roc[2] + roc[3]) / 3;
  EXPECT_DOUBLE_EQ(w[0], rest);
  EXPECT_DOUBLE_EQ(w[1], rest);
  EXPECT_DOUBLE_EQ(w[3], rest);
}

TEST(ParetoTest, AnOfferNoBetterAnywhereAndWorseSomewhereIsDominated) {
  const ValueMatrix m = Points({{0.8, 0.5, 0.5}, {0.7, 0.5, 0.5}, {0.2, 0.9, 0.1}});
  const std::vector<double> w = {0.4, 0.3, 0.3};
  const std::vector<int> by = DominatedBy(m, w);
  EXPECT_EQ(by, (std::vector<int>{-1, 0, -1}));
}

TEST(ParetoTest, EqualOffersDoNotDominateEachOther) {
  const ValueMatrix m = Points({{0.5, 0.5}, {0.5, 0.5}});
  EXPECT_EQ(DominatedBy(m, std::vector<double>{0.5, 0.5}), (std::vector<int>{-1, -1}));
}

TEST(ParetoTest, DifferencesWithinTheToleranceAreTies) {
  const ValueMatrix m = Points({{0.800, 0.5}, {0.798, 0.5}});
  EXPECT_EQ(DominatedBy(m, std::vector<double>{0.5, 0.5}), (std::vector<int>{-1, 0}));
  EXPECT_EQ(DominatedBy(m, std::vector<double>{0.5, 0.5}, 0.005), (std::vector<int>{-1, -1}));
}

TEST(ParetoTest, CriteriaWithoutWeightDoNotCount) {
  const ValueMatrix m = Points({{0.8, 0.1}, {0.7, 0.9}});
  EXPECT_EQ(DominatedBy(m, std::vector<double>{1.0, 0.0}), (std::vector<int>{-1, 0}));
}

TEST(SmaaTest, ADominatingOfferRanksFirstInEveryDraw) {
  ValueMatrix m = Points({{0.6, 0.7, 0.8}, {0.5, 0.6, 0.7}, {0.4, 0.2, 0.1}});
  // Bands that never cross the dominating offer's own band.
  m.at(0, 0) = {0.55, 0.6, 0.65};
  m.at(1, 0) = {0.45, 0.5, 0.54};
  const SmaaResult r = RunSmaa(m, NoInformation(3), {10'000, 7});
  EXPECT_DOUBLE_EQ(r.rank_acceptability[0][0], 1.0);
  EXPECT_DOUBLE_EQ(r.rank_acceptability[1][1], 1.0);
  EXPECT_DOUBLE_EQ(r.rank_acceptability[2][2], 1.0);
  EXPECT_DOUBLE_EQ(r.confidence[0], 1.0);
  EXPECT_DOUBLE_EQ(r.pairwise[0][1], 1.0);
  EXPECT_DOUBLE_EQ(r.pairwise[1][0], 0.0);
  EXPECT_TRUE(r.central_weights[1].empty());
  EXPECT_DOUBLE_EQ(r.confidence[1], 0.0);
}

TEST(SmaaTest, TwoMirrorOffersSplitTheFirstRankAboutEvenly) {
  const ValueMatrix m = Points({{1.0, 0.0}, {0.0, 1.0}});
  const SmaaResult r = RunSmaa(m, NoInformation(2), {10'000, 20'261'121});
  // ±0.01 at 95% for N = 10,000 (REFERENCES §1.2); a fixed seed makes this exact and stable.
  EXPECT_NEAR(r.rank_acceptability[0][0], 0.5, 0.02);
  EXPECT_NEAR(r.rank_acceptability[1][0], 0.5, 0.02);
  EXPECT_NEAR(r.rank_acceptability[0][0] + r.rank_acceptability[1][0], 1.0, 1e-12);
  // Offer 0 wins exactly when w_0 > 1/2: its central weight on criterion 0 is E[w | w > 1/2] = 3/4.
  EXPECT_NEAR(r.central_weights[0][0], 0.75, 0.01);
  EXPECT_NEAR(r.central_weights[1][1], 0.75, 0.01);
  EXPECT_DOUBLE_EQ(r.confidence[0], 1.0);  // fixed values: at its central weights it always wins
}

TEST(SmaaTest, ManyDrawsReplayTheValuesForTheConfidencePass) {
  // 600,000 draws x 4 values is past what the first pass keeps: the confidence pass regenerates
  // the same draws from the seed instead.
  ValueMatrix m = Points({{0.9, 0.1}, {0.1, 0.9}});
  m.at(0, 0) = {0.5, 0.9, 1.0};
  const SmaaResult kept = RunSmaa(m, NoInformation(2), {100'000, 8});
  const SmaaResult replayed = RunSmaa(m, NoInformation(2), {600'000, 8});
  EXPECT_NEAR(replayed.confidence[0], kept.confidence[0], 0.01);
  EXPECT_NEAR(replayed.confidence[1], kept.confidence[1], 0.01);
  EXPECT_GT(replayed.confidence[0], 0.5);
}

TEST(SmaaTest, RankAcceptabilitiesAreSharesThatSumToOne) {
  ValueMatrix m = Points({{0.5, 0.4, 0.9}, {0.6, 0.5, 0.2}, {0.4, 0.8, 0.5}});
  for (Band& b : m.cells) b = {std::max(0.0, b.point - 0.2), b.point, std::min(1.0, b.point + 0.2)};
  const SmaaResult r = RunSmaa(m, Ranked(3), {5'000, 11});
  for (int a = 0; a < 3; ++a) {
    double by_rank = 0;
    double by_offer = 0;
    for (int k = 0; k < 3; ++k) {
      by_rank += r.rank_acceptability[static_cast<size_t>(a)][static_cast<size_t>(k)];
      by_offer += r.rank_acceptability[static_cast<size_t>(k)][static_cast<size_t>(a)];
    }
    EXPECT_NEAR(by_rank, 1.0, 1e-12);
    EXPECT_NEAR(by_offer, 1.0, 1e-12);
  }
  EXPECT_NEAR(r.pairwise[0][1] + r.pairwise[1][0], 1.0, 1e-12);
}

TEST(SmaaTest, RankedWeightsKeepTheirOrderAndAverageToRoc) {
  // With one alternative always first, its central weights are the mean of every draw.
  const ValueMatrix m = Points({{1, 1, 1, 1}, {0, 0, 0, 0}});
  const SmaaResult r = RunSmaa(m, Ranked(4), {20'000, 3});
  const std::vector<double> roc = RocWeights(4);
  for (size_t j = 0; j < 4; ++j) EXPECT_NEAR(r.central_weights[0][j], roc[j], 0.005) << j;
}

TEST(SmaaTest, OrdinalConstraintsChangeTheOutcome) {
  // Criterion 0 ranked first favours offer 0 in every admissible draw.
  const ValueMatrix m = Points({{1.0, 0.0}, {0.0, 1.0}});
  const SmaaResult r = RunSmaa(m, Ranked(2), {2'000, 5});
  EXPECT_DOUBLE_EQ(r.rank_acceptability[0][0], 1.0);
}

TEST(SmaaTest, SameSeedSameFiguresAndAnotherSeedOthers) {
  ValueMatrix m = Points({{0.5, 0.4}, {0.45, 0.5}});
  for (Band& b : m.cells) b = {b.point - 0.1, b.point, b.point + 0.1};
  const SmaaResult a = RunSmaa(m, NoInformation(2), {3'000, 42});
  const SmaaResult b = RunSmaa(m, NoInformation(2), {3'000, 42});
  const SmaaResult c = RunSmaa(m, NoInformation(2), {3'000, 43});
  EXPECT_EQ(a.rank_acceptability, b.rank_acceptability);
  EXPECT_EQ(a.central_weights, b.central_weights);
  EXPECT_EQ(a.confidence, b.confidence);
  EXPECT_NE(a.rank_acceptability, c.rank_acceptability);
}

TEST(SmaaTest, SkippingTheConfidencePassChangesNothingElse) {
  ValueMatrix m = Points({{0.5, 0.4, 0.7}, {0.45, 0.5, 0.6}, {0.6, 0.3, 0.5}});
  for (Band& b : m.cells) b = {b.point - 0.1, b.point, b.point + 0.1};
  SmaaOptions skip{4'000, 9};
  skip.confidence = SmaaConfidence::kSkip;
  const SmaaResult full = RunSmaa(m, Ranked(3), {4'000, 9});
  const SmaaResult first_pass = RunSmaa(m, Ranked(3), skip);
  EXPECT_EQ(first_pass.rank_acceptability, full.rank_acceptability);
  EXPECT_EQ(first_pass.central_weights, full.central_weights);
  EXPECT_EQ(first_pass.pairwise, full.pairwise);
  EXPECT_EQ(first_pass.confidence, (std::vector<double>{0, 0, 0}));
  EXPECT_GT(full.confidence[0] + full.confidence[1] + full.confidence[2], 0);
}

// Brute force: sweep one weight in steps of 1e-4, rescale the others, and find where the winner
// stops having the top score.
std::pair<double, double> SweptInterval(const ValueMatrix& m, const std::vector<double>& w, int winner, int k) {
  auto wins_at = [&](double t) {
    std::vector<double> v(w.size());
    for (size_t j = 0; j < w.size(); ++j) v[j] = static_cast<int>(j) == k ? t : w[j] * (1 - t) / (1 - w[static_cast<size_t>(k)]);
    const double s = WeightedSum(m, winner, v);
    for (int b = 0; b < m.alternatives; ++b) {
      if (b != winner && WeightedSum(m, b, v) > s) return false;
    }
    return true;
  };
  const double step = 1e-4;
  double low = w[static_cast<size_t>(k)];
  while (low - step >= 0 && wins_at(low - step)) low -= step;
  double high = w[static_cast<size_t>(k)];
  while (high + step <= 1 && wins_at(high + step)) high += step;
  return {low, high};
}

TEST(WeightStabilityTest, IntervalsMatchABruteForceSweep) {
  const ValueMatrix m = Points({{0.70, 0.40, 0.60, 0.50}, {0.50, 0.80, 0.40, 0.55}, {0.60, 0.30, 0.90, 0.20}});
  const std::vector<double> w = RocWeights(4);
  ASSERT_GT(WeightedSum(m, 0, w), WeightedSum(m, 1, w));
  ASSERT_GT(WeightedSum(m, 0, w), WeightedSum(m, 2, w));
  const std::vector<StabilityInterval> intervals = WeightStability(m, w, 0);
  ASSERT_EQ(intervals.size(), 4u);
  for (int k = 0; k < 4; ++k) {
    const auto [low, high] = SweptInterval(m, w, 0, k);
    EXPECT_NEAR(intervals[static_cast<size_t>(k)].low, low, 2e-4) << "criterion " << k;
    EXPECT_NEAR(intervals[static_cast<size_t>(k)].high, high, 2e-4) << "criterion " << k;
    EXPECT_DOUBLE_EQ(intervals[static_cast<size_t>(k)].weight, w[static_cast<size_t>(k)]);
  }
}

TEST(WeightStabilityTest, FlipPointsNameTheOfferThatTakesOver) {
  const ValueMatrix m = Points({{0.9, 0.2}, {0.3, 0.8}});
  const std::vector<double> w = {0.6, 0.4};
  const std::vector<StabilityInterval> s = WeightStability(m, w, 0);
  // 0.9 t + 0.2 (1 - t) = 0.3 t + 0.8 (1 - t)  =>  t = 0.5
  EXPECT_NEAR(s[0].low, 0.5, 1e-12);
  EXPECT_EQ(s[0].low_rival, 1);
  EXPECT_DOUBLE_EQ(s[0].high, 1.0);
  EXPECT_EQ(s[0].high_rival, -1);
  EXPECT_NEAR(s[1].high, 0.5, 1e-12);
  EXPECT_EQ(s[1].high_rival, 1);
}

TEST(WeightStabilityTest, ADominatingWinnerNeverFlips) {
  const ValueMatrix m = Points({{0.9, 0.8}, {0.3, 0.7}});
  for (const StabilityInterval& s : WeightStability(m, std::vector<double>{0.5, 0.5}, 0)) {
    EXPECT_DOUBLE_EQ(s.low, 0.0);
    EXPECT_DOUBLE_EQ(s.high, 1.0);
    EXPECT_EQ(s.low_rival, -1);
    EXPECT_EQ(s.high_rival, -1);
  }
}

TEST(SmallestWeightChangeTest, ClosedFormTiesTheRival) {
  const ValueMatrix m = Points({{0.9, 0.2, 0.5}, {0.3, 0.8, 0.5}});
  const std::vector<double> w = {0.5, 0.3, 0.2};
  const MinimumChange c = SmallestWeightChange(m, w, 0);
  // d = (0.6, -0.6, 0), D0 = 0.12, ||d - mean d|| = sqrt(0.72)
  EXPECT_NEAR(c.l2, 0.12 / std::sqrt(0.72), 1e-12);
  EXPECT_EQ(c.rival, 1);
  EXPECT_TRUE(c.within_simplex);
}

TEST(SmallestWeightChangeTest, ARivalBehindByTheSameEverywhereCannotTie) {
  const ValueMatrix m = Points({{0.9, 0.9}, {0.5, 0.5}});
  const MinimumChange c = SmallestWeightChange(m, std::vector<double>{0.5, 0.5}, 0);
  EXPECT_TRUE(std::isinf(c.l2));
  EXPECT_EQ(c.rival, -1);
}

TEST(SmallestWeightChangeTest, SaysWhenTheChangeLeavesTheSimplex) {
  // A is never worse than B, so no weights on the simplex tie them; the closed form needs w_0 < 0.
  const ValueMatrix m = Points({{1.0, 0.0, 0.5}, {0.0, 0.0, 0.0}});
  const MinimumChange c = SmallestWeightChange(m, std::vector<double>{0.4, 0.0, 0.6}, 0);
  EXPECT_NEAR(c.l2, 0.7 / std::sqrt(0.5), 1e-12);
  EXPECT_FALSE(c.within_simplex);
}

TEST(TopsisTest, MatchesAHandComputedExample) {
  // Computed by hand: column norms sqrt(0.84) and sqrt(0.44), weights 0.6 / 0.4.
  const ValueMatrix m = Points({{0.8, 0.2}, {0.4, 0.6}, {0.2, 0.2}});
  const TopsisResult r = Topsis(m, std::vector<double>{0.6, 0.4});
  EXPECT_NEAR(r.closeness[0], 0.6195448, 1e-6);
  EXPECT_NEAR(r.closeness[1], 0.5117393, 1e-6);
  EXPECT_NEAR(r.closeness[2], 0.0, 1e-12);
  EXPECT_EQ(r.order, (std::vector<int>{0, 1, 2}));
}

TEST(TopsisTest, AllEqualOffersAreEquallyClose) {
  const TopsisResult r = Topsis(Points({{0.5, 0.5}, {0.5, 0.5}}), std::vector<double>{0.5, 0.5});
  EXPECT_DOUBLE_EQ(r.closeness[0], 0.5);
  EXPECT_DOUBLE_EQ(r.closeness[1], 0.5);
}

TEST(KendallTauTest, SameOrderIsOneReversedIsMinusOne) {
  EXPECT_DOUBLE_EQ(KendallTau(std::vector<int>{0, 1, 2}, std::vector<int>{0, 1, 2}), 1.0);
  EXPECT_DOUBLE_EQ(KendallTau(std::vector<int>{0, 1, 2}, std::vector<int>{2, 1, 0}), -1.0);
  EXPECT_NEAR(KendallTau(std::vector<int>{0, 1, 2}, std::vector<int>{1, 0, 2}), 1.0 / 3, 1e-12);
}

TEST(OrderByScoreTest, HigherFirstAndTiesKeepIndexOrder) {
  EXPECT_EQ(OrderByScore(std::vector<double>{0.2, 0.9, 0.2, 0.5}), (std::vector<int>{1, 3, 0, 2}));
}

}  // namespace
}  // namespace walkaway::decide
