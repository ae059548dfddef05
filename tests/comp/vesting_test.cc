// Exact tranche dates and amounts for every vesting shape, month ends and leap years.

#include "walkaway/comp/vesting.h"

#include <gtest/gtest.h>

namespace walkaway::comp {
namespace {

using core::Date;
using core::Money;
using core::Vesting;

Money Units(int64_t u) { return Money::FromUnits(u); }

Money Sum(const std::vector<Tranche>& t) {
  Money s;
  for (const Tranche& x : t) s += x.amount;
  return s;
}

TEST(VestingTest, StandardCliffThenMonthly) {
  const Vesting v{4, 12, 1, {}};
  const auto t = VestingTranches(v, Units(48'000), Date{2026, 1, 15});
  ASSERT_EQ(t.size(), 37u);  // the cliff, then 36 monthly vests
  EXPECT_EQ(t[0].month, 12);
  EXPECT_EQ(t[0].date, (Date{2027, 1, 15}));
  EXPECT_EQ(t[0].amount, Units(12'000));
  EXPECT_EQ(t[1].date, (Date{2027, 2, 15}));
  EXPECT_EQ(t[1].amount, Units(1'000));
  EXPECT_EQ(t.back().date, (Date{2030, 1, 15}));
  EXPECT_EQ(Sum(t), Units(48'000));
}

TEST(VestingTest, QuarterlyAfterCliff) {
  const auto t = VestingTranches(Vesting{4, 12, 3, {}}, Units(40'000), Date{2026, 3, 1});
  ASSERT_EQ(t.size(), 13u);
  EXPECT_EQ(t[0].amount, Units(10'000));
  EXPECT_EQ(t[1].month, 15);
  EXPECT_EQ(t[1].date, (Date{2027, 6, 1}));
  EXPECT_EQ(t[1].amount, Units(2'500));
}

TEST(VestingTest, AnnualWithoutCliff) {
  const auto t = VestingTranches(Vesting{3, 0, 12, {}}, Units(30'000), Date{2026, 6, 30});
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[2].date, (Date{2029, 6, 30}));
  EXPECT_EQ(t[2].amount, Units(10'000));
}

TEST(VestingTest, BackLoadedYearlyShares) {
  // 5/15/40/40, yearly vests.
  const auto t = VestingTranches(Vesting{4, 12, 12, {5, 15, 40, 40}}, Units(100'000), Date{2026, 1, 1});
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].amount, Units(5'000));
  EXPECT_EQ(t[1].amount, Units(15'000));
  EXPECT_EQ(t[2].amount, Units(40'000));
  EXPECT_EQ(t[3].amount, Units(40'000));
  EXPECT_EQ(t[3].date, (Date{2030, 1, 1}));
}

TEST(VestingTest, FrontLoadedMonthlySharesWithoutCliff) {
  // 33/33/22/12 monthly: year one vests 33% in twelve equal steps.
  const auto t = VestingTranches(Vesting{4, 0, 1, {33, 33, 22, 12}}, Units(120'000), Date{2026, 1, 1});
  ASSERT_EQ(t.size(), 48u);
  EXPECT_EQ(t[0].amount, Units(3'300));
  EXPECT_EQ(t[12].amount, Units(3'300));
  EXPECT_EQ(t[24].amount, Units(2'200));
  EXPECT_EQ(t[47].amount, Units(1'200));
  EXPECT_NEAR(VestedFraction(Vesting{4, 0, 1, {33, 33, 22, 12}}, 12), 0.33, 1e-12);
}

TEST(VestingTest, CustomSharesWithCliffVestAtTheCliff) {
  const Vesting v{4, 12, 3, {10, 20, 30, 40}};
  const auto t = VestingTranches(v, Units(10'000), Date{2026, 1, 1});
  EXPECT_EQ(t[0].month, 12);
  EXPECT_EQ(t[0].amount, Units(1'000));
  EXPECT_EQ(t[1].amount, Units(500));  // 20% over four quarters
}

TEST(VestingTest, OddCentsAlwaysAddUpToTheGrant) {
  const Money grant = Money::FromCents(1'000'001);
  for (const Vesting& v : {Vesting{4, 12, 1, {}}, Vesting{3, 0, 1, {}}, Vesting{4, 0, 1, {33.33, 33.33, 22.22, 11.12}},
                           Vesting{4, 12, 3, {5, 15, 40, 40}}}) {
    EXPECT_EQ(Sum(VestingTranches(v, grant, Date{2026, 1, 1})), grant);
  }
}

TEST(VestingTest, MonthEndStartClampsToShortMonthsWithoutDrift) {
  const auto t = VestingTranches(Vesting{1, 0, 1, {}}, Units(1'200), Date{2024, 1, 31});
  EXPECT_EQ(t[0].date, (Date{2024, 2, 29}));  // leap year
  EXPECT_EQ(t[1].date, (Date{2024, 3, 31}));  // back to the 31st: dates come from the start, not chained
  EXPECT_EQ(t[2].date, (Date{2024, 4, 30}));
  const auto u = VestingTranches(Vesting{1, 0, 1, {}}, Units(1'200), Date{2025, 1, 31});
  EXPECT_EQ(u[0].date, (Date{2025, 2, 28}));
}

TEST(VestingTest, LeapDayGrantVestsOnFebruaryEndInCommonYears) {
  const auto t = VestingTranches(Vesting{4, 12, 12, {}}, Units(4'000), Date{2024, 2, 29});
  EXPECT_EQ(t[0].date, (Date{2025, 2, 28}));
  EXPECT_EQ(t[3].date, (Date{2028, 2, 29}));
}

TEST(VestingTest, AnniversaryVestClosesTheYear) {
  EXPECT_EQ(YearOfMonth(1), 1);
  EXPECT_EQ(YearOfMonth(12), 1);
  EXPECT_EQ(YearOfMonth(13), 2);
  EXPECT_EQ(YearOfMonth(48), 4);
}

TEST(VestingTest, NothingBeforeTheCliff) {
  const Vesting v{4, 12, 1, {}};
  EXPECT_EQ(VestedFraction(v, 11), 0);
  EXPECT_DOUBLE_EQ(VestedFraction(v, 12), 0.25);
  EXPECT_DOUBLE_EQ(VestedFraction(v, 48), 1.0);
}

}  // namespace
}  // namespace walkaway::comp
