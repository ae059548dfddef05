#include "walkaway/core/metrics.h"

#include <gtest/gtest.h>

#include "support/builders.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCandidate;
using walkaway::testing::AlignedOffer;

TEST(MetricsTest, FirstYearTotalAddsBonusSignOnAndVestedEquity) {
  Offer o = AlignedOffer();  // 90k, 10% bonus, 40k RSU over 4 years with a 1-year cliff
  o.sign_on = SignOn{Money::FromUnits(5'000), 12};
  OfferMetrics m = ComputeMetrics(AlignedCandidate(), o);
  EXPECT_EQ(m.expected_bonus, Money::FromUnits(9'000));
  EXPECT_EQ(m.equity_first_year, Money::FromUnits(10'000));
  EXPECT_EQ(m.first_year_total, Money::FromUnits(114'000));
  EXPECT_EQ(m.guaranteed_annual, Money::FromUnits(90'000));
}

TEST(MetricsTest, CliffLongerThanAYearVestsNothingInYearOne) {
  Offer o = AlignedOffer();
  o.equity->vesting.cliff_months = 18;
  EXPECT_EQ(ComputeMetrics(AlignedCandidate(), o).equity_first_year, Money{});
}

TEST(MetricsTest, CustomYearlySharesUseTheFirstYear) {
  Offer o = AlignedOffer();
  o.equity->vesting.yearly_pct = {5, 15, 40, 40};
  EXPECT_EQ(ComputeMetrics(AlignedCandidate(), o).equity_first_year, Money::FromUnits(2'000));
}

TEST(MetricsTest, GuaranteedBonusCountsAsGuaranteed) {
  Offer o = AlignedOffer();
  o.bonus->guaranteed = true;
  EXPECT_EQ(ComputeMetrics(AlignedCandidate(), o).guaranteed_annual, Money::FromUnits(99'000));
}

TEST(MetricsTest, HoursIncludeOnCallAndCommute) {
  Offer o = AlignedOffer();  // 40 h, hybrid 2 days, 30 min each way
  o.work.on_call = true;
  OfferMetrics m = ComputeMetrics(AlignedCandidate(), o);
  ASSERT_TRUE(m.weekly_hours);
  EXPECT_DOUBLE_EQ(*m.weekly_hours, 40 + kDefaultOnCallHoursPerWeek + 2.0);
  ASSERT_TRUE(m.hourly_pay);
  EXPECT_NEAR(*m.hourly_pay, 99'000.0 / (47.0 * 52.0), 1e-9);
}

TEST(MetricsTest, UnknownHoursLeaveHourlyPayUnknown) {
  Offer o = AlignedOffer();
  o.work.expected_weekly_hours.reset();
  OfferMetrics m = ComputeMetrics(AlignedCandidate(), o);
  EXPECT_FALSE(m.weekly_hours);
  EXPECT_FALSE(m.hourly_pay);
}

TEST(MetricsTest, ForeignCurrencyWithoutRateIsNotComparable) {
  Offer o = AlignedOffer();
  o.currency = "USD";
  OfferMetrics m = ComputeMetrics(AlignedCandidate(), o);
  EXPECT_FALSE(m.comparable);
  EXPECT_FALSE(m.base);
}

TEST(MetricsTest, ForeignCurrencyWithRateIsConverted) {
  Offer o = AlignedOffer();
  o.currency = "USD";
  o.exchange_rate = 0.9;
  OfferMetrics m = ComputeMetrics(AlignedCandidate(), o);
  EXPECT_TRUE(m.comparable);
  EXPECT_EQ(m.base, Money::FromUnits(81'000));
}

TEST(MetricsTest, CurrentJobHourlyPayIncludesCommute) {
  OfferMetrics m = ComputeMetrics(AlignedCandidate(), AlignedOffer());
  // 78k + 5k over (40 h + 3 days x 2 x 25 min) x 52 weeks.
  ASSERT_TRUE(m.current_hourly_pay);
  EXPECT_NEAR(*m.current_hourly_pay, 83'000.0 / (42.5 * 52.0), 1e-9);
}

}  // namespace
}  // namespace walkaway::core
