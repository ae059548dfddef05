// The schedule primitive against a naive reference: brackets summed band by band, a deduction applied
// before them. The look-up (bucket index, per-bucket lines, crowded buckets, the range past the index) must
// give exactly the naive value everywhere; RapidCheck draws brackets close together and far apart.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <vector>

#include "tax/interpret.h"
#include "walkaway/tax/schedule.h"

namespace walkaway::tax {
namespace {

// Sum over the brackets of rate x the part of x inside each (1e-7 cents).
int64_t NaiveE7(const std::vector<Bracket>& b, int64_t x) {
  int64_t v = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    const int64_t hi = i + 1 < b.size() ? b[i + 1].floor : x;
    if (x > b[i].floor) v += (std::min(x, hi) - b[i].floor) * b[i].rate;
  }
  return v;
}

int64_t NaiveRate(const std::vector<Bracket>& b, int64_t x) {
  int64_t r = 0;
  for (const Bracket& br : b) {
    if (x >= br.floor) r = br.rate;
  }
  return r;
}

TEST(ScheduleTest, BracketsGiveTheCumulativeTax) {
  const Schedule s = Schedule::FromBrackets({{0, 1'000'000}, {1'240'000, 1'200'000}, {5'040'000, 2'200'000}});
  // 10 % x 12,400 + 12 % x 21,500 = 1,240 + 2,580 = 3,820 at 33,900.
  EXPECT_EQ(s.Cents(3'390'000), 382'000);
  EXPECT_EQ(s.RateAt(3'390'000), 1'200'000);
  EXPECT_EQ(s.Cents(0), 0);
}

TEST(ScheduleTest, BandStopsAtItsCeiling) {
  const Schedule ss = Schedule::Band(0, 18'450'000, 620'000);
  EXPECT_EQ(ss.Cents(30'000'000), 1'143'900);
  EXPECT_EQ(ss.RateAt(30'000'000), 0);
  const Schedule cpp2 = Schedule::Band(7'460'000, 8'500'000, 400'000);
  EXPECT_EQ(cpp2.Cents(8'000'000), 21'600);
  EXPECT_EQ(cpp2.Cents(7'000'000), 0);
}

TEST(ScheduleTest, DeductionTiersComposeIntoJumps) {
  // 10 % above 0; deduction 1,000 up to 5,000 (exclusive), none from 5,000.
  const Schedule s = Schedule::WithDeduction(Schedule::FromBrackets({{0, 1'000'000}}), {{0, 100'000}, {500'000, 0}});
  EXPECT_EQ(s.Cents(50'000), 0);          // below the deduction
  EXPECT_EQ(s.Cents(499'999), 40'000);    // 10 % x 3,999.99 = 399.999 -> 400.00
  EXPECT_EQ(s.Cents(500'000), 50'000);    // the deduction is gone: 10 % x 5,000
  EXPECT_EQ(s.RateAt(50'000), 0);
  EXPECT_EQ(s.RateAt(200'000), 1'000'000);
}

TEST(ScheduleTest, SumAddsValuesAndRates) {
  const Schedule a = Schedule::FromBrackets({{0, 1'000'000}, {100'000, 2'000'000}});
  const Schedule b = Schedule::Band(50'000, 150'000, 500'000);
  const Schedule s = Schedule::Sum({&a, &b});
  for (int64_t x : {0, 49'999, 50'000, 99'999, 100'000, 149'999, 150'000, 10'000'000}) {
    EXPECT_EQ(s.ValueE7(x), a.ValueE7(x) + b.ValueE7(x)) << x;
    EXPECT_EQ(s.RateAt(x), a.RateAt(x) + b.RateAt(x)) << x;
  }
}

TEST(GermanTariffTest, ZoneBoundariesFollowThePap) {
  const std::vector<GermanZone> zones = {
      {12'348, 0, 0, 0, 0},
      {17'799, 12'348, 91'451, 140'000, 0},
      {69'878, 17'799, 17'310, 239'700, 103'487},
      {277'825, 0, 0, 420'000, -1'113'563},
      {INT64_MAX, 0, 0, 450'000, -1'947'038},
  };
  EXPECT_EQ(GermanTariff(zones, 12'348), 0);
  // X = 12,349: y = 0.0001; (914.51 x 0.0001 + 1,400) x 0.0001 = 0.14 -> 0.
  EXPECT_EQ(GermanTariff(zones, 12'349), 0);
  // X = 17,799: y = 0.5451; (914.51 x 0.5451 + 1,400) x 0.5451 = 1,898.5 x 0.5451 = 1,034.87 -> 1,034.
  EXPECT_EQ(GermanTariff(zones, 17'799), 1'034);
  // X = 17,800: z = 0.0001: (173.10 x 0.0001 + 2,397) x 0.0001 + 1,034.87 = 1,035.11 -> 1,035.
  EXPECT_EQ(GermanTariff(zones, 17'800), 1'035);
  // X = 277,826: 0.45 x 277,826 - 19,470.38 = 105,551.32 -> 105,551 (zone 4 would give 105,551.29).
  EXPECT_EQ(GermanTariff(zones, 277'826), 105'551);
}

RC_GTEST_PROP(SchedulePropertyTest, LookUpEqualsNaiveSumEverywhere, ()) {
  // Floors: gaps from 1 cent (crowded buckets) to beyond the indexed range of 2.68 million units.
  const int n = *rc::gen::inRange(1, 16);
  std::vector<Bracket> b{{0, *rc::gen::inRange<int64_t>(0, kRateOne + 1)}};
  for (int i = 1; i < n; ++i) {
    const int64_t gap = *rc::gen::oneOf(rc::gen::inRange<int64_t>(1, 100), rc::gen::inRange<int64_t>(100, 10'000'000),
                                        rc::gen::inRange<int64_t>(10'000'000, 500'000'000));
    b.push_back(Bracket{b.back().floor + gap, *rc::gen::inRange<int64_t>(0, kRateOne + 1)});
  }
  const Schedule s = Schedule::FromBrackets(b);
  for (int k = 0; k < 20; ++k) {
    const int64_t x = *rc::gen::oneOf(rc::gen::inRange<int64_t>(0, b.back().floor + 1000),
                                      rc::gen::inRange<int64_t>(0, kMaxScheduleInput));
    RC_ASSERT(s.ValueE7(x) == NaiveE7(b, x));
    RC_ASSERT(s.RateAt(x) == NaiveRate(b, x));
  }
}

RC_GTEST_PROP(SchedulePropertyTest, DeductionTiersEqualNaiveComposition, ()) {
  const std::vector<Bracket> b{{0, 1'000'000}, {*rc::gen::inRange<int64_t>(1, 5'000'000), 2'500'000}};
  std::vector<ExemptionTier> tiers{{0, *rc::gen::inRange<int64_t>(0, 3'000'000)}};
  const int extra = *rc::gen::inRange(0, 3);
  for (int i = 0; i < extra; ++i) {
    tiers.push_back({tiers.back().from_income + *rc::gen::inRange<int64_t>(1, 4'000'000),
                     *rc::gen::inRange<int64_t>(0, 3'000'000)});
  }
  const Schedule s = Schedule::WithDeduction(Schedule::FromBrackets(b), tiers);
  for (int k = 0; k < 20; ++k) {
    const int64_t x = *rc::gen::inRange<int64_t>(0, 20'000'000);
    int64_t d = 0;
    for (const ExemptionTier& t : tiers) {
      if (x >= t.from_income) d = t.amount;
    }
    RC_ASSERT(s.ValueE7(x) == NaiveE7(b, std::max<int64_t>(0, x - d)));
  }
}

}  // namespace
}  // namespace walkaway::tax
