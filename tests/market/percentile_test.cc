#include <gtest/gtest.h>

#include "market/market_test_support.h"

namespace walkaway::market {
namespace {

using testing::Q;

const Quantiles kSpread = Q(50000, 60000, 80000, 100000, 140000);

TEST(PercentileTest, StoredQuantilesMapToTheirOwnPercent) {
  EXPECT_DOUBLE_EQ(PercentileOf(kSpread, 50000)->value, 10.0);
  EXPECT_DOUBLE_EQ(PercentileOf(kSpread, 80000)->value, 50.0);
  EXPECT_DOUBLE_EQ(PercentileOf(kSpread, 140000)->value, 90.0);
  EXPECT_EQ(PercentileOf(kSpread, 80000)->bound, PercentileBound::kWithin);
}

TEST(PercentileTest, InterpolatesLinearlyBetweenQuantiles) {
  EXPECT_DOUBLE_EQ(PercentileOf(kSpread, 70000)->value, 37.5);    // half way from P25 to P50
  EXPECT_DOUBLE_EQ(PercentileOf(kSpread, 90000)->value, 62.5);    // half way from P50 to P75
  EXPECT_DOUBLE_EQ(PercentileOf(kSpread, 110000)->value, 78.75);  // a quarter of P75..P90
}

TEST(PercentileTest, BelowTheLowestQuantileIsABoundNotAGuess) {
  const Percentile p = *PercentileOf(kSpread, 20000);
  EXPECT_EQ(p.bound, PercentileBound::kBelowLowest);
  EXPECT_DOUBLE_EQ(p.value, 10.0);
}

TEST(PercentileTest, AboveTheHighestQuantileIsABoundNotAGuess) {
  const Percentile p = *PercentileOf(kSpread, 500000);
  EXPECT_EQ(p.bound, PercentileBound::kAboveHighest);
  EXPECT_DOUBLE_EQ(p.value, 90.0);
}

TEST(PercentileTest, FlatStretchGivesItsMiddle) {
  EXPECT_DOUBLE_EQ(PercentileOf(Q(50000, 100000, 100000, 100000, 150000), 100000)->value, 50.0);
  EXPECT_DOUBLE_EQ(PercentileOf(Q(100000, 100000, 120000, 130000, 150000), 100000)->value, 17.5);
}

TEST(PercentileTest, TopCodedQuantilesAreSkipped) {
  // BLS publishes "#" for P75 and P90 above its cap: the highest known point is P50.
  const Quantiles top_coded{80000, 130000, 206680, std::nullopt, std::nullopt};
  EXPECT_DOUBLE_EQ(PercentileOf(top_coded, 168340)->value, 37.5);
  EXPECT_EQ(PercentileOf(top_coded, 230000)->bound, PercentileBound::kAboveHighest);
  EXPECT_DOUBLE_EQ(PercentileOf(top_coded, 230000)->value, 50.0);
}

TEST(PercentileTest, NoKnownQuantileGivesNoAnswer) { EXPECT_FALSE(PercentileOf(Quantiles{}, 100000)); }

TEST(PercentileTest, IsMonotonicInTheAmount) {
  double previous = 0.0;
  for (int amount = 40000; amount <= 160000; amount += 1000) {
    const double value = PercentileOf(kSpread, amount)->value;
    EXPECT_GE(value, previous) << amount;
    previous = value;
  }
}

}  // namespace
}  // namespace walkaway::market
