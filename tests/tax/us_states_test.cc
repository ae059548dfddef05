// US state and New York City income taxes, 2026, worked by hand from us-states-2026.csv, us-nyc-2026.csv
// and us-state-rules-2026.csv. California's brackets and standard deduction are flagged (indexed, only
// 2025 values published in the source): these cases use FlaggedValues::kUseAndSay, i.e. the 2025 figures,
// and flags_test.cc checks that kRefuse refuses them.

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

core::Money StateTax(std::string_view region, const YearIncome& in, std::string_view line,
                     FilingStatus status = FilingStatus::kSingle, std::string_view locality = "") {
  return Line(Pay(Rules("US", region, locality, Filing(status)), in), line);
}

// California, single: standard deduction 5,706; brackets 1 % to 11,079, 2 % to 26,264, 4 % to 41,452,
// 6 % to 57,542, 8 % to 72,724, 9.3 % to 371,479, 10.3 % to 445,771, 11.3 % to 742,953, 12.3 % above;
// plus the 1 % Mental Health Services Tax on taxable income over 1,000,000 (from the state's note).
// Tax up to 72,724: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 = 3,201.97.

TEST(UsCaliforniaTest, LowIncomeInTwoPercentBracket) {
  // taxable 30,000 - 5,706 = 24,294: 1 % x 11,079 = 110.79; 2 % x 13,215 = 264.30. Total 375.09.
  EXPECT_EQ(StateTax("CA", Salary(30'000), "California income tax"), Cents(37'509));
}

TEST(UsCaliforniaTest, MiddleIncomeInNinePointThreeBracket) {
  // taxable 94,294: 3,201.97 + 9.3 % x (94,294 - 72,724) = 21,570 x 9.3 % = 2,006.01. Total 5,207.98.
  EXPECT_EQ(StateTax("CA", Salary(100'000), "California income tax"), Cents(520'798));
}

TEST(UsCaliforniaTest, HundredFiftyThousand) {
  // taxable 144,294: 3,201.97 + 9.3 % x 71,570 = 6,656.01. Total 9,857.98.
  const TakeHomePay p = Pay(Rules("US", "CA"), Salary(150'000));
  EXPECT_EQ(Line(p, "California income tax"), Cents(985'798));
  // 150,000 - federal 24,734 - CA 9,857.98 - FICA 11,475 = 103,933.02
  EXPECT_EQ(p.take_home, Cents(10'393'302));
}

TEST(UsCaliforniaTest, HighIncomeInElevenPointThreeBracket) {
  // taxable 494,294: 3,201.97 + 9.3 % x 298,755 = 27,784.215 + 10.3 % x 74,292 = 7,652.076
  // + 11.3 % x 48,523 = 5,483.099. Total 44,121.36 (44,121.360).
  EXPECT_EQ(StateTax("CA", Salary(500'000), "California income tax"), Cents(4'412'136));
}

TEST(UsCaliforniaTest, MentalHealthServicesTaxAboveOneMillion) {
  // taxable 1,194,294: 3,201.97 + 27,784.215 + 7,652.076 + 11.3 % x 297,182 = 33,581.566
  // + 12.3 % x 451,341 = 55,514.943 = 127,734.770; plus 1 % x 194,294 = 1,942.94. Total 129,677.71.
  EXPECT_EQ(StateTax("CA", Salary(1'200'000), "California income tax"), Cents(12'967'771));
}

TEST(UsCaliforniaTest, MarriedJointUsesJointSchedule) {
  // std 11,412; taxable 188,588: 1 % x 22,158 = 221.58; 2 % x 30,370 = 607.40; 4 % x 30,376 = 1,215.04;
  // 6 % x 32,180 = 1,930.80; 8 % x 30,364 = 2,429.12; 9.3 % x 43,140 = 4,012.02. Total 10,415.96.
  EXPECT_EQ(StateTax("CA", Salary(200'000), "California income tax", FilingStatus::kMarriedJoint), Cents(1'041'596));
}

// New York State, single: standard deduction 8,000; 3.9 % to 8,500, 4.4 % to 11,700, 5.15 % to 13,900,
// 5.4 % to 80,650, 5.9 % to 215,400, 6.85 % to 1,077,550, 9.65 % to 5,000,000 ...
// Tax up to 13,900: 331.50 + 140.80 + 113.30 = 585.60; up to 80,650: + 5.4 % x 66,750 = 3,604.50 -> 4,190.10.
// New York City (on NY taxable income), single: 3.078 % to 12,000, 3.762 % to 25,000, 3.819 % to 50,000,
// 3.876 % above. Up to 50,000: 369.36 + 489.06 + 954.75 = 1,813.17.

TEST(UsNewYorkTest, FortyThousand) {
  // taxable 32,000: 585.60 + 5.4 % x 18,100 = 977.40. Total 1,563.00.
  // NYC: 369.36 + 489.06 + 3.819 % x 7,000 = 267.33. Total 1,125.75.
  const TakeHomePay p = Pay(Rules("US", "NY", "NYC"), Salary(40'000));
  EXPECT_EQ(Line(p, "New York income tax"), Units(1'563));
  EXPECT_EQ(Line(p, "New York City income tax"), Cents(112'575));
}

TEST(UsNewYorkTest, EightyThousand) {
  // taxable 72,000: 585.60 + 5.4 % x 58,100 = 3,137.40. Total 3,723.00.
  // NYC: 1,813.17 + 3.876 % x 22,000 = 852.72. Total 2,665.89.
  const TakeHomePay p = Pay(Rules("US", "NY", "NYC"), Salary(80'000));
  EXPECT_EQ(Line(p, "New York income tax"), Units(3'723));
  EXPECT_EQ(Line(p, "New York City income tax"), Cents(266'589));
}

TEST(UsNewYorkTest, HundredFiftyThousandInTheCity) {
  // taxable 142,000: 4,190.10 + 5.9 % x 61,350 = 3,619.65. Total 7,809.75.
  // NYC: 1,813.17 + 3.876 % x 92,000 = 3,565.92. Total 5,379.09.
  // Take-home 150,000 - 24,734 - 7,809.75 - 5,379.09 - 11,475 = 100,602.16.
  const TakeHomePay p = Pay(Rules("US", "NY", "NYC"), Salary(150'000));
  EXPECT_EQ(Line(p, "New York income tax"), Cents(780'975));
  EXPECT_EQ(Line(p, "New York City income tax"), Cents(537'909));
  EXPECT_EQ(p.take_home, Cents(10'060'216));
}

TEST(UsNewYorkTest, ThreeHundredThousand) {
  // taxable 292,000: 4,190.10 + 5.9 % x 134,750 = 7,950.25 + 6.85 % x 76,600 = 5,247.10. Total 17,387.45.
  // NYC: 1,813.17 + 3.876 % x 242,000 = 9,379.92. Total 11,193.09.
  const TakeHomePay p = Pay(Rules("US", "NY", "NYC"), Salary(300'000));
  EXPECT_EQ(Line(p, "New York income tax"), Cents(1'738'745));
  EXPECT_EQ(Line(p, "New York City income tax"), Cents(1'119'309));
}

TEST(UsNewYorkTest, MillionAndAHalfInNinePointSixFiveBracket) {
  // taxable 1,492,000: 4,190.10 + 7,950.25 + 6.85 % x 862,150 = 59,057.275 + 9.65 % x 414,450 = 39,994.425.
  // Total 111,192.05. NYC: 1,813.17 + 3.876 % x 1,442,000 = 55,891.92. Total 57,705.09.
  const TakeHomePay p = Pay(Rules("US", "NY", "NYC"), Salary(1'500'000));
  EXPECT_EQ(Line(p, "New York income tax"), Cents(11'119'205));
  EXPECT_EQ(Line(p, "New York City income tax"), Cents(5'770'509));
}

TEST(UsNewYorkTest, MarriedJointInTheCity) {
  // NY joint: std 16,050, taxable 183,950: 3.9 % x 17,150 = 668.85; 4.4 % x 6,450 = 283.80; 5.15 % x 4,300
  // = 221.45; 5.4 % x 133,650 = 7,217.10; 5.9 % x 22,400 = 1,321.60. Total 9,712.80.
  // NYC joint: 3.078 % x 21,600 = 664.848; 3.762 % x 23,400 = 880.308; 3.819 % x 45,000 = 1,718.55;
  // 3.876 % x 93,950 = 3,641.502. Total 6,905.208 -> 6,905.21.
  const TakeHomePay p = Pay(Rules("US", "NY", "NYC", Filing(FilingStatus::kMarriedJoint)), Salary(200'000));
  EXPECT_EQ(Line(p, "New York income tax"), Cents(971'280));
  EXPECT_EQ(Line(p, "New York City income tax"), Cents(690'521));
}

TEST(UsNewYorkTest, OutsideTheCityHasNoCityTax) {
  const TakeHomePay p = Pay(Rules("US", "NY"), Salary(150'000));
  EXPECT_EQ(Line(p, "New York income tax"), Cents(780'975));
  EXPECT_FALSE(testing::HasLine(p, "New York City income tax"));
}

TEST(UsMassachusettsTest, FlatRateAfterExemption) {
  // 5 % x (50,000 - 4,400) = 2,280; 5 % x (150,000 - 4,400) = 7,280; joint: 5 % x (150,000 - 8,800) = 7,060.
  EXPECT_EQ(StateTax("MA", Salary(50'000), "Massachusetts income tax"), Units(2'280));
  EXPECT_EQ(StateTax("MA", Salary(150'000), "Massachusetts income tax"), Units(7'280));
  EXPECT_EQ(StateTax("MA", Salary(150'000), "Massachusetts income tax", FilingStatus::kMarriedJoint), Units(7'060));
}

TEST(UsMassachusettsTest, SurtaxAboveThresholdFromTheNote) {
  // taxable 1,995,600: 5 % = 99,780; 4 % x (1,995,600 - 1,083,150) = 36,498. Total 136,278.
  // joint: taxable 1,991,200: 5 % = 99,560; 4 % x 908,050 = 36,322. Total 135,882.
  EXPECT_EQ(StateTax("MA", Salary(2'000'000), "Massachusetts income tax"), Units(136'278));
  EXPECT_EQ(StateTax("MA", Salary(2'000'000), "Massachusetts income tax", FilingStatus::kMarriedJoint),
            Units(135'882));
}

TEST(UsPennsylvaniaTest, FlatRateOnAllWages) {
  // 3.07 % x 60,000 = 1,842; 3.07 % x 150,000 = 4,605 (no deduction or exemption).
  // 3.07 % x 30,000 = 921; x 1,000,000 = 30,700; married, the same rate: 3.07 % x 100,000 = 3,070.
  EXPECT_EQ(StateTax("PA", Salary(60'000), "Pennsylvania income tax"), Units(1'842));
  EXPECT_EQ(StateTax("PA", Salary(150'000), "Pennsylvania income tax"), Units(4'605));
  EXPECT_EQ(StateTax("PA", Salary(30'000), "Pennsylvania income tax"), Units(921));
  EXPECT_EQ(StateTax("PA", Salary(1'000'000), "Pennsylvania income tax"), Units(30'700));
  EXPECT_EQ(StateTax("PA", Salary(100'000), "Pennsylvania income tax", FilingStatus::kMarriedJoint), Units(3'070));
}

TEST(UsIllinoisTest, PerPersonExemptionDoublesForMarriedJoint) {
  // single: 4.95 % x (100,000 - 2,850) = 4,808.925 -> 4,808.93; joint: 4.95 % x (100,000 - 5,700) = 4,667.85.
  EXPECT_EQ(StateTax("IL", Salary(100'000), "Illinois income tax"), Cents(480'893));
  EXPECT_EQ(StateTax("IL", Salary(100'000), "Illinois income tax", FilingStatus::kMarriedJoint), Cents(466'785));
}

TEST(UsIllinoisTest, HeadOfHouseholdHasOneExemption) {
  // 4.95 % x (80,000 - 2,850) = 3,818.925 -> 3,818.93.
  EXPECT_EQ(StateTax("IL", Salary(80'000), "Illinois income tax", FilingStatus::kHeadOfHousehold), Cents(381'893));
}

TEST(UsIllinoisTest, ExemptionStopsAboveIncomeLimitACliff) {
  // At 250,000: 4.95 % x 247,150 = 12,233.925 -> 12,233.93. One cent more and the exemption is gone:
  // 4.95 % x 250,000.01 = 12,375.0005 -> 12,375.00: a statutory cliff of 141 dollars.
  EXPECT_EQ(StateTax("IL", Salary(250'000), "Illinois income tax"), Cents(1'223'393));
  const YearIncome above{Cents(25'000'001), {}, {}, {}, {}, {}};
  EXPECT_EQ(StateTax("IL", above, "Illinois income tax"), Cents(1'237'500));
}

TEST(UsColoradoTest, TaxesFederalTaxableIncome) {
  // 4.4 % x (100,000 - 16,100) = 3,691.60; x (50,000 - 16,100) = 1,491.60; x (250,000 - 16,100) = 10,291.60;
  // joint: 4.4 % x (150,000 - 32,200) = 5,183.20; head of household: 4.4 % x (80,000 - 24,150) = 2,457.40.
  EXPECT_EQ(StateTax("CO", Salary(100'000), "Colorado income tax"), Cents(369'160));
  EXPECT_EQ(StateTax("CO", Salary(50'000), "Colorado income tax"), Cents(149'160));
  EXPECT_EQ(StateTax("CO", Salary(250'000), "Colorado income tax"), Cents(1'029'160));
  EXPECT_EQ(StateTax("CO", Salary(150'000), "Colorado income tax", FilingStatus::kMarriedJoint), Cents(518'320));
  EXPECT_EQ(StateTax("CO", Salary(80'000), "Colorado income tax", FilingStatus::kHeadOfHousehold), Cents(245'740));
}

TEST(UsOhioTest, ExemptionTiersByIncome) {
  // brackets 1.27448 % to 26,050 (= 332.00204), 2.75 % above.
  // 40,000: tier 2,400 -> taxable 37,600: 332.00204 + 2.75 % x 11,550 = 317.625 -> 649.62704 -> 649.63.
  // 40,001: tier 2,150 -> taxable 37,851: 332.00204 + 2.75 % x 11,801 = 324.5275 -> 656.52954 -> 656.53.
  // 100,000: tier 1,900 -> 98,100: 332.00204 + 2.75 % x 72,050 = 1,981.375 -> 2,313.37704 -> 2,313.38.
  // 600,000: no exemption -> 332.00204 + 2.75 % x 573,950 = 15,783.625 -> 16,115.62704 -> 16,115.63.
  // 20,000: taxable 17,600 x 1.27448 % = 224.30848 -> 224.31.
  EXPECT_EQ(StateTax("OH", Salary(20'000), "Ohio income tax"), Cents(22'431));
  EXPECT_EQ(StateTax("OH", Salary(40'000), "Ohio income tax"), Cents(64'963));
  EXPECT_EQ(StateTax("OH", Salary(40'001), "Ohio income tax"), Cents(65'653));
  EXPECT_EQ(StateTax("OH", Salary(100'000), "Ohio income tax"), Cents(231'338));
  EXPECT_EQ(StateTax("OH", Salary(600'000), "Ohio income tax"), Cents(1'611'563));
}

TEST(UsWashingtonTest, NoIncomeTaxButCaveatOnPayrollPremiums) {
  const PlaceRules rules = Rules("US", "WA");
  const TakeHomePay p = Pay(rules, Salary(150'000));
  EXPECT_EQ(p.take_home, Units(113'791));  // the Texas figure: federal and FICA only
  bool mentions_pfml = false;
  for (const std::string& c : rules.caveats) mentions_pfml |= c.find("PFML") != std::string::npos;
  EXPECT_TRUE(mentions_pfml);
}

}  // namespace
}  // namespace walkaway::tax
