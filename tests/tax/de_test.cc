// Germany 2026: employee social insurance and the wage tax of the official programme (PAP Lohnsteuer2026,
// Steuerklasse I unless said, annual pay period, statutory insurance, childless, average Zusatzbeitrag
// 2.9 %), worked by hand from de-2026.toml and de-2026-pap.toml:
//   pension 9.3 % and unemployment 1.3 % up to 101,400; health 7.3 % + 2.9 %/2 = 8.75 % and care
//   1.8 % + 0.6 % (childless) = 2.4 % up to 69,750; each rounded to the cent.
//   Vorsorgepauschale VSP = ceil(floor_cent(9.3 % x min(wage, 101,400)) + floor_cent((7 % + 1.45 % + 2.4 %)
//   x min(wage, 69,750))) [the 1,900 comparison never wins in these cases];
//   zvE = wage - 1,230 - 36 - VSP; X = floor(zvE); tariff § 32a: zone 2 (914.51 y + 1,400) y,
//   y = (X - 12,348)/10,000; zone 3 (173.10 z + 2,397) z + 1,034.87, z = (X - 17,799)/10,000; zone 4
//   0.42 X - 11,135.63; zone 5 0.45 X - 19,470.38; rounded down to the euro.
//   Soli above a wage tax of 20,350: min(5.5 % x tax, 11.9 % x (tax - 20,350)), rounded down to the cent.

#include <gtest/gtest.h>

#include "tax/tax_test_support.h"

namespace walkaway::tax {
namespace {

using testing::Cents;
using testing::Filing;
using testing::Line;
using testing::Pay;
using testing::Rules;
using testing::Salary;
using testing::Units;

constexpr const char* kWageTax = "Wage tax (Lohnsteuer)";
constexpr const char* kSoli = "Solidarity surcharge";

TEST(GermanyTest, LowWageBelowBasicAllowancePaysOnlySocialInsurance) {
  // 10,000: pension 930, unemployment 130, health 875, care 240.
  // VSP = ceil(930 + 10.85 % x 10,000 = 1,085) = 2,015; the 1,900 comparison: ceil(930 + min(130 + 1,085,
  // 1,900)) = 2,145 wins. zvE = 10,000 - 1,266 - 2,145 = 6,589 < 12,348: no tax.
  const TakeHomePay p = Pay(Rules("DE", "BE"), Salary(10'000));
  EXPECT_EQ(Line(p, kWageTax), Units(0));
  EXPECT_EQ(p.contributions, Units(930 + 130 + 875 + 240));
  EXPECT_EQ(p.take_home, Units(7'825));
}

TEST(GermanyTest, ThirtyThousandInZoneThree) {
  // SI: 2,790 + 390 + 2,625 + 720 = 6,525. VSP = ceil(2,790 + 10.85 % x 30,000 = 3,255) = 6,045.
  // zvE = 30,000 - 1,266 - 6,045 = 22,689. z = 0.489; (173.10 x 0.489 + 2,397) x 0.489 + 1,034.87
  // = 2,481.6459 x 0.489 + 1,034.87 = 1,213.5248 + 1,034.87 = 2,248.39 -> 2,248.
  const TakeHomePay p = Pay(Rules("DE", "BE"), Salary(30'000));
  EXPECT_EQ(Line(p, kWageTax), Units(2'248));
  EXPECT_EQ(p.contributions, Units(6'525));
  EXPECT_EQ(p.take_home, Units(21'227));
}

TEST(GermanyTest, FiftyThousand) {
  // SI: 4,650 + 650 + 4,375 + 1,200 = 10,875. VSP = ceil(4,650 + 5,425) = 10,075.
  // zvE = 50,000 - 1,266 - 10,075 = 38,659; z = 2.086; (173.10 x 2.086 + 2,397) x 2.086 + 1,034.87
  // = 2,758.0866 x 2.086 + 1,034.87 = 5,753.3686 + 1,034.87 = 6,788.24 -> 6,788.
  const TakeHomePay p = Pay(Rules("DE", "BE"), Salary(50'000));
  EXPECT_EQ(Line(p, kWageTax), Units(6'788));
  EXPECT_EQ(p.take_home, Units(32'337));
}

TEST(GermanyTest, EightyThousandAboveHealthCeiling) {
  // Health and care stop at 69,750: 8.75 % x 69,750 = 6,103.125 -> 6,103.13; 2.4 % x 69,750 = 1,674.
  // Pension 7,440, unemployment 1,040. VSP = ceil(7,440 + floor_cent(10.85 % x 69,750 = 7,567.875) = 7,567.87)
  // = 15,008. zvE = 80,000 - 1,266 - 15,008 = 63,726; z = 4.5927;
  // (173.10 x 4.5927 + 2,397) x 4.5927 + 1,034.87 = 3,191.9964 x 4.5927 + 1,034.87 = 15,694.85 -> 15,694.
  // No Soli (15,694 <= 20,350). Take-home 80,000 - 15,694 - 16,257.13 = 48,048.87.
  const TakeHomePay p = Pay(Rules("DE", "BE"), Salary(80'000));
  EXPECT_EQ(Line(p, "Health insurance"), Cents(610'313));
  EXPECT_EQ(Line(p, "Care insurance"), Units(1'674));
  EXPECT_EQ(Line(p, kWageTax), Units(15'694));
  EXPECT_EQ(Line(p, kSoli), Units(0));
  EXPECT_EQ(p.take_home, Cents(4'804'887));
}

TEST(GermanyTest, HundredTwentyThousandAbovePensionCeilingWithSoliPhaseIn) {
  // Pension 9.3 % x 101,400 = 9,430.20; unemployment 1.3 % x 101,400 = 1,318.20; health 6,103.13; care 1,674.
  // VSP = ceil(9,430.20 + 7,567.87) = 16,999. zvE = 120,000 - 1,266 - 16,999 = 101,735 (zone 4):
  // 0.42 x 101,735 - 11,135.63 = 31,593.07 -> 31,593.
  // Soli: min(5.5 % x 31,593 = 1,737.615, 11.9 % x (31,593 - 20,350) = 1,337.917) -> 1,337.91.
  const TakeHomePay p = Pay(Rules("DE", "BE"), Salary(120'000));
  EXPECT_EQ(Line(p, "Pension insurance"), Cents(943'020));
  EXPECT_EQ(Line(p, "Unemployment insurance"), Cents(131'820));
  EXPECT_EQ(Line(p, kWageTax), Units(31'593));
  EXPECT_EQ(Line(p, kSoli), Cents(133'791));
  EXPECT_EQ(p.take_home, Cents(6'854'356));
}

TEST(GermanyTest, TwoHundredFiftyThousandFullSoli) {
  // VSP 16,999 (both ceilings reached). zvE = 250,000 - 1,266 - 16,999 = 231,735 (zone 4):
  // 0.42 x 231,735 - 11,135.63 = 86,193.07 -> 86,193. Soli: min(5.5 % x 86,193 = 4,740.615,
  // 11.9 % x 65,843 = 7,835.317) -> 4,740.61.
  const TakeHomePay p = Pay(Rules("DE", "BE"), Salary(250'000));
  EXPECT_EQ(Line(p, kWageTax), Units(86'193));
  EXPECT_EQ(Line(p, kSoli), Cents(474'061));
}

TEST(GermanyTest, MarriedSingleEarnerUsesSplittingTariff) {
  // Steuerklasse III: the same VSP and zvE as the 80,000 case (63,726); X = 63,726 / 2 = 31,863;
  // z = 1.4064; (173.10 x 1.4064 + 2,397) x 1.4064 + 1,034.87 = 2,640.4478 x 1.4064 + 1,034.87
  // = 3,713.5260 + 1,034.87 = 4,748.40 -> 4,748; x 2 = 9,496. Soli threshold 40,700: none.
  const TakeHomePay p = Pay(Rules("DE", "BE", "", Filing(FilingStatus::kMarriedJoint)), Salary(80'000));
  EXPECT_EQ(Line(p, kWageTax), Units(9'496));
  EXPECT_EQ(p.take_home, Cents(5'424'687));
}

TEST(GermanyTest, SaxonyCareRateIsHigher) {
  // Saxony: care 2.3 % + 0.6 % = 2.9 % x 60,000 = 1,740 (elsewhere 2.4 % = 1,440).
  // VSP = ceil(5,580 + (7 % + 1.45 % + 2.9 %) x 60,000 = 6,810) = 12,390; zvE = 60,000 - 1,266 - 12,390
  // = 46,344; z = 2.8545; (173.10 x 2.8545 + 2,397) x 2.8545 + 1,034.87 = 2,891.11395 x 2.8545 + 1,034.87
  // = 8,252.68 + 1,034.87 = 9,287.55 -> 9,287.
  const TakeHomePay p = Pay(Rules("DE", "SN"), Salary(60'000));
  EXPECT_EQ(Line(p, "Care insurance"), Units(1'740));
  EXPECT_EQ(Line(p, kWageTax), Units(9'287));
}

TEST(GermanyTest, ChildrenLowerTheCareRate) {
  // Three children: no childless surcharge, 1.8 % - 2 x 0.25 % = 1.3 % x 60,000 = 780.
  TaxProfile profile;
  profile.children = 3;
  EXPECT_EQ(Line(Pay(Rules("DE", "BY", "", profile), Salary(60'000)), "Care insurance"), Units(780));
}

TEST(GermanyTest, OwnZusatzbeitragReplacesTheAverage) {
  // Zusatzbeitrag 2.50 %: health 7.3 % + 1.25 % = 8.55 % x 50,000 = 4,275.
  TaxProfile profile;
  profile.health_extra_rate_bp = 250;
  EXPECT_EQ(Line(Pay(Rules("DE", "HH", "", profile), Salary(50'000)), "Health insurance"), Units(4'275));
}

}  // namespace
}  // namespace walkaway::tax
