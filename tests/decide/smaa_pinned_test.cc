// SMAA-2's figures pinned bit for bit for fixed inputs and seeds: the promise "same case, seed and
// draws, same figures" (docs/compare.md) across rewrites of the kernel and across its kernels (the
// widest instruction set the CPU has, AVX2, portable, and without the float filter). A change of
// the random stream, of the order of the draws or of the arithmetic (a different sum order, a
// contracted multiply-add) fails here; a deliberate change updates the pins and says why in its
// commit. The pins were taken from the draw-by-draw kernel the block kernel replaced.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "decide/smaa_kernel.h"
#include "walkaway/decide/mcda.h"

namespace walkaway::decide {
namespace {

// FNV-1a over the bit patterns of every figure, in a fixed order.
class Fingerprint {
 public:
  void Add(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 0; i < 8; ++i) {
      hash_ = (hash_ ^ ((bits >> (8 * i)) & 0xffu)) * 0x100000001b3u;
    }
  }
  void Add(const std::vector<double>& v) {
    Add(static_cast<double>(v.size()));
    for (double x : v) Add(x);
  }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = 0xcbf29ce484222325u;
};

uint64_t FingerprintOf(const SmaaResult& r) {
  Fingerprint f;
  f.Add(r.draws);
  for (const auto& row : r.rank_acceptability) f.Add(row);
  for (const auto& row : r.central_weights) f.Add(row);
  f.Add(r.confidence);
  for (const auto& row : r.pairwise) f.Add(row);
  return f.value();
}

// The matrix of BM_Smaa6x10 (bench/decide_bench.cc): every value uncertain, many near ties.
ValueMatrix BenchMatrix() {
  ValueMatrix m;
  m.alternatives = 6;
  m.criteria = 10;
  for (int a = 0; a < 6; ++a) {
    for (int j = 0; j < 10; ++j) {
      const double v = 0.3 + 0.05 * ((a * 7 + j * 3) % 9);
      m.cells.push_back({v - 0.1, v, v + 0.1});
    }
  }
  return m;
}

WeightSpace Space(int criteria, std::vector<std::vector<int>> tiers) {
  WeightSpace s;
  s.criteria = criteria;
  s.tiers = std::move(tiers);
  return s;
}

class SmaaPinnedTest : public ::testing::TestWithParam<SmaaKernel> {};

// Counts of draws, exact: share x draws.
std::vector<long> FirstRankCounts(const SmaaResult& r) {
  std::vector<long> counts;
  for (const auto& row : r.rank_acceptability) counts.push_back(std::lround(row[0] * r.draws));
  return counts;
}

TEST_P(SmaaPinnedTest, RankedTiersOnTheBenchmarkMatrix) {
  const SmaaResult r = RunSmaaWith(BenchMatrix(), Space(10, {{0}, {1}, {2}, {3}, {4}, {5, 6, 7, 8, 9}}),
                                   {10'000, 1}, GetParam());
  EXPECT_EQ(FirstRankCounts(r), (std::vector<long>{0, 296, 4083, 0, 0, 5621}));
  EXPECT_EQ(FingerprintOf(r), 9474125647758418753u);
}

TEST_P(SmaaPinnedTest, NoInformationWithBandsOfTenPercent) {
  ValueMatrix m;
  m.alternatives = 6;
  m.criteria = 10;
  for (int cell = 0; cell < 60; ++cell) {
    const double v = 0.05 + 0.85 * ((cell * 37) % 60) / 60.0;
    m.cells.push_back({0.9 * v, v, 1.1 * v});
  }
  const SmaaResult r = RunSmaaWith(m, Space(10, {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}), {10'000, 1}, GetParam());
  EXPECT_EQ(FirstRankCounts(r), (std::vector<long>{1342, 541, 2139, 814, 3150, 2014}));
  EXPECT_EQ(FingerprintOf(r), 7588317950016026189u);
}

TEST_P(SmaaPinnedTest, TiersOfSeveralCriteriaOneLeftOutAndADrawCountOffAnyBlock) {
  ValueMatrix m;
  m.alternatives = 4;
  m.criteria = 7;
  for (int a = 0; a < 4; ++a) {
    for (int j = 0; j < 7; ++j) {
      const double v = 0.2 + 0.1 * ((a * 5 + j * 2) % 7);
      m.cells.push_back((a + j) % 3 == 0 ? Band{v, v, v} : Band{v - 0.15, v, v + 0.05});
    }
  }
  const SmaaResult r = RunSmaaWith(m, Space(7, {{3}, {0, 5}, {1, 2, 6}}), {1'237, 99}, GetParam());
  EXPECT_EQ(FirstRankCounts(r), (std::vector<long>{1023, 109, 105, 0}));
  EXPECT_EQ(FingerprintOf(r), 12451540871316206985u);
}

TEST_P(SmaaPinnedTest, OneCriterionAndTiedAlternatives) {
  // Only criterion 1 counts; offers 1 and 2 are fixed at the same value there, so they tie exactly
  // in every draw (the tie goes to the offer listed first).
  ValueMatrix m;
  m.alternatives = 4;
  m.criteria = 3;
  const Band fixed{0.5, 0.5, 0.5};
  m.cells = {{0.1, 0.1, 0.1}, {0.2, 0.6, 0.9}, {0.3, 0.4, 0.5}, {0.9, 0.9, 0.9},
             fixed,           {0.1, 0.2, 0.3}, {0.0, 0.0, 0.0}, fixed,
             {0.7, 0.7, 0.7}, {0.4, 0.5, 0.6}, {0.0, 0.5, 1.0}, {0.3, 0.3, 0.3}};
  const SmaaResult r = RunSmaaWith(m, Space(3, {{1}}), {500, 4}, GetParam());
  EXPECT_EQ(FirstRankCounts(r), (std::vector<long>{204, 105, 0, 191}));
  EXPECT_EQ(r.pairwise[1][2] + r.pairwise[2][1], 0.0);
  EXPECT_EQ(FingerprintOf(r), 10772107926593009183u);
}

TEST_P(SmaaPinnedTest, ManyDrawsReplayedForTheConfidencePass) {
  ValueMatrix m;
  m.alternatives = 2;
  m.criteria = 2;
  m.cells = {{0.5, 0.9, 1.0}, {0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}, {0.9, 0.9, 0.9}};
  const SmaaResult r = RunSmaaWith(m, Space(2, {{0, 1}}), {600'000, 8}, GetParam());
  EXPECT_EQ(FirstRankCounts(r), (std::vector<long>{282259, 317741}));
  EXPECT_EQ(FingerprintOf(r), 5827681299817120459u);
}

// On a CPU without AVX2 or AVX-512 those kernels fall back to the portable one.
INSTANTIATE_TEST_SUITE_P(EveryKernel, SmaaPinnedTest,
                         ::testing::Values(SmaaKernel::kBest, SmaaKernel::kAvx2, SmaaKernel::kPortable,
                                           SmaaKernel::kDoubleScores));

}  // namespace
}  // namespace walkaway::decide
