// Canada 2026: CPP, CPP2, EI and federal + Ontario / British Columbia income tax, worked by hand from
// ca-2026.toml and ca-2026-credits.toml:
//   CPP 5.95 % of pay between 3,500 and 74,600 = base 4.95 % (a credit) + first additional 1 % (a deduction);
//   CPP2 4 % between 74,600 and 85,000 (a deduction); EI 1.63 % up to 68,900 (a credit).
//   net income = pay - pre-tax contributions - first additional CPP - CPP2.
//   Federal: 14 % to 58,523, 20.5 % to 117,045, 26 % to 181,440, 29 % to 258,482, 33 % above; credits at
//   14 % of (basic personal amount 16,452, falling linearly to 14,829 between net income 181,440 and 258,482
//   + Canada employment amount 1,500 + base CPP + EI).
//   Ontario: 5.05 % to 53,891, 9.15 % to 107,785, 11.16 % to 150,000, 12.16 % to 220,000, 13.16 % above;
//   credits at 5.05 % of (12,989 + base CPP + EI); surtax 20 % of basic tax above 5,818 + 36 % above 7,446.
//   The Ontario Health Premium has no figure in the data (MISSING): left out under kUseAndSay.
//   British Columbia: 5.06 % to 50,363, 7.7 % to 100,728, 10.5 % to 115,648, 12.29 % to 140,430, 14.7 % to
//   190,405, 16.8 % to 265,545, 20.5 % above; credits at 5.06 % of (base CPP + EI); the basic personal amount
//   is MISSING and left out under kUseAndSay.
// Every amount is rounded half up to the cent.

#include <gtest/gtest.h>

#include "tax/tax_test_support.h"

namespace walkaway::tax {
namespace {

using testing::Cents;
using testing::Line;
using testing::Pay;
using testing::Rules;
using testing::Salary;
using testing::Units;

constexpr const char* kFederal = "Federal income tax";

TEST(CanadaOntarioTest, ThirtyThousand) {
  // CPP on 26,500: base 1,311.75, additional 265.00; EI 1.63 % x 30,000 = 489.00; net 29,735.
  // Federal 14 % x 29,735 = 4,162.90; credits 14 % x (16,452 + 1,500 + 1,311.75 + 489) = 2,765.385 -> 2,765.39;
  // tax 1,397.51. Ontario 5.05 % x 29,735 = 1,501.6175 -> 1,501.62; credits 5.05 % x (12,989 + 1,311.75 + 489)
  // = 746.882375 -> 746.88; tax 754.74.
  const TakeHomePay p = Pay(Rules("CA", "ON"), Salary(30'000));
  EXPECT_EQ(Line(p, "CPP"), Cents(157'675));
  EXPECT_EQ(Line(p, "EI"), Units(489));
  EXPECT_EQ(Line(p, kFederal), Cents(139'751));
  EXPECT_EQ(Line(p, "Ontario income tax"), Cents(75'474));
}

TEST(CanadaOntarioTest, EightyThousandPaysCpp2AndMaximumEi) {
  // CPP on 71,100: base 3,519.45 + additional 711.00 = 4,230.45 (the maximum); CPP2 4 % x 5,400 = 216.00;
  // EI maximum 1,123.07. net 80,000 - 711 - 216 = 79,073.
  // Federal 14 % x 58,523 = 8,193.22 + 20.5 % x 20,550 = 4,212.75 -> 12,405.97; credits 14 % x (16,452 + 1,500
  // + 3,519.45 + 1,123.07) = 3,163.2328 -> 3,163.23; tax 9,242.74.
  // Ontario 5.05 % x 53,891 = 2,721.4955 + 9.15 % x 25,182 = 2,304.153 -> 5,025.65; credits 5.05 % x
  // (12,989 + 3,519.45 + 1,123.07) = 890.39176 -> 890.39; basic 4,135.26 (< 5,818: no surtax).
  // Take-home 80,000 - 9,242.74 - 4,135.26 - 5,569.52 = 61,052.48.
  const TakeHomePay p = Pay(Rules("CA", "ON"), Salary(80'000));
  EXPECT_EQ(Line(p, "CPP"), Cents(423'045));
  EXPECT_EQ(Line(p, "CPP2"), Units(216));
  EXPECT_EQ(Line(p, "EI"), Cents(112'307));
  EXPECT_EQ(Line(p, kFederal), Cents(924'274));
  EXPECT_EQ(Line(p, "Ontario income tax"), Cents(413'526));
  EXPECT_EQ(p.take_home, Cents(6'105'248));
}

TEST(CanadaOntarioTest, HundredTwentyThousandWithSurtax) {
  // CPP2 maximum 4 % x 10,400 = 416. net 120,000 - 711 - 416 = 118,873.
  // Federal 8,193.22 + 20.5 % x 58,522 = 11,997.01 + 26 % x 1,828 = 475.28 -> 20,665.51; less 3,163.23 = 17,502.28.
  // Ontario 2,721.4955 + 9.15 % x 53,894 = 4,931.301 + 11.16 % x 11,088 = 1,237.4208 -> 8,890.22; less 890.39
  // = basic 7,999.83; surtax 20 % x 2,181.83 = 436.366 + 36 % x 553.83 = 199.3788 -> 635.74; total 8,635.57.
  const TakeHomePay p = Pay(Rules("CA", "ON"), Salary(120'000));
  EXPECT_EQ(Line(p, "CPP2"), Units(416));
  EXPECT_EQ(Line(p, kFederal), Cents(1'750'228));
  EXPECT_EQ(Line(p, "Ontario income tax"), Cents(863'557));
  EXPECT_EQ(p.take_home, Cents(8'809'263));
}

TEST(CanadaOntarioTest, TwoHundredThousandBasicPersonalAmountPhasesDown) {
  // net 198,873: BPA 16,452 - 17,433 x 1,623 / 77,042 = 16,452 - 367.25 = 16,084.75 (to the cent, down).
  // Federal 8,193.22 + 11,997.01 + 26 % x 64,395 = 16,742.70 + 29 % x 17,433 = 5,055.57 -> 41,988.50;
  // credits 14 % x (16,084.75 + 1,500 + 3,519.45 + 1,123.07) = 3,111.8178 -> 3,111.82; tax 38,876.68.
  // Ontario 2,721.4955 + 4,931.301 + 11.16 % x 42,215 = 4,711.194 + 12.16 % x 48,873 = 5,942.9568 -> 18,306.95;
  // basic 17,416.56; surtax 20 % x 11,598.56 = 2,319.712 + 36 % x 9,970.56 = 3,589.4016 -> 5,909.11;
  // total 23,325.67.
  const TakeHomePay p = Pay(Rules("CA", "ON"), Salary(200'000));
  EXPECT_EQ(Line(p, kFederal), Cents(3'887'668));
  EXPECT_EQ(Line(p, "Ontario income tax"), Cents(2'332'567));
}

TEST(CanadaOntarioTest, ThreeHundredThousandMinimumBasicPersonalAmount) {
  // net 298,873 >= 258,482: BPA 14,829. Federal 8,193.22 + 11,997.01 + 16,742.70 + 29 % x 77,042 = 22,342.18
  // + 33 % x 40,391 = 13,329.03 -> 72,604.14; credits 14 % x (14,829 + 1,500 + 3,519.45 + 1,123.07)
  // = 2,936.0128 -> 2,936.01; tax 69,668.13. Contributions are at their maxima: 4,230.45 + 416 + 1,123.07.
  const TakeHomePay p = Pay(Rules("CA", "ON"), Salary(300'000));
  EXPECT_EQ(Line(p, kFederal), Cents(6'966'813));
  EXPECT_EQ(p.contributions, Cents(423'045 + 41'600 + 112'307));
}

TEST(CanadaOntarioTest, PreTaxPensionLowersNetIncome) {
  // 80,000 with 8,000 into a registered pension: net 79,073 - 8,000 = 71,073.
  // Federal 8,193.22 + 20.5 % x 12,550 = 2,572.75 -> 10,765.97; less 3,163.23 = 7,602.74.
  YearIncome in = Salary(80'000);
  in.pretax_retirement = Units(8'000);
  EXPECT_EQ(Line(Pay(Rules("CA", "ON"), in), kFederal), Cents(760'274));
}

TEST(CanadaBritishColumbiaTest, ThirtyThousand) {
  // net 29,735 (as Ontario): 5.06 % x 29,735 = 1,504.591 -> 1,504.59; credits 5.06 % x (1,311.75 + 489)
  // = 91.11795 -> 91.12; tax 1,413.47.
  EXPECT_EQ(Line(Pay(Rules("CA", "BC"), Salary(30'000)), "British Columbia income tax"), Cents(141'347));
}

TEST(CanadaBritishColumbiaTest, EightyThousand) {
  // net 79,073: 2,548.3678 + 7.7 % x 28,710 = 2,210.67 -> 4,759.0378 -> 4,759.04; credits 234.91 (maximum
  // CPP base and EI); tax 4,524.13.
  EXPECT_EQ(Line(Pay(Rules("CA", "BC"), Salary(80'000)), "British Columbia income tax"), Cents(452'413));
}

TEST(CanadaBritishColumbiaTest, SixtyThousand) {
  // CPP on 56,500: base 2,796.75, additional 565.00; EI 978.00; net 59,435. Federal as Ontario: 5,338.43.
  // BC 5.06 % x 50,363 = 2,548.3678 + 7.7 % x 9,072 = 698.544 -> 3,246.91; credits 5.06 % x (2,796.75 + 978)
  // = 191.00235 -> 191.00; tax 3,055.91.
  const TakeHomePay p = Pay(Rules("CA", "BC"), Salary(60'000));
  EXPECT_EQ(Line(p, kFederal), Cents(533'843));
  EXPECT_EQ(Line(p, "British Columbia income tax"), Cents(305'591));
}

TEST(CanadaBritishColumbiaTest, HundredTwentyThousand) {
  // net 118,873: 2,548.3678 + 7.7 % x 50,365 = 3,878.105 + 10.5 % x 14,920 = 1,566.60 + 12.29 % x 3,225
  // = 396.3525 -> 8,389.43; credits 5.06 % x (3,519.45 + 1,123.07) = 234.911512 -> 234.91; tax 8,154.52.
  const TakeHomePay p = Pay(Rules("CA", "BC"), Salary(120'000));
  EXPECT_EQ(Line(p, "British Columbia income tax"), Cents(815'452));
  EXPECT_EQ(p.take_home, Cents(8'857'368));
}

TEST(CanadaBritishColumbiaTest, ThreeHundredThousandTopBracket) {
  // net 298,873: 2,548.3678 + 3,878.105 + 1,566.60 + 12.29 % x 24,782 = 3,045.7078 + 14.7 % x 49,975
  // = 7,346.325 + 16.8 % x 75,140 = 12,623.52 + 20.5 % x 33,328 = 6,832.24 -> 37,840.8656 -> 37,840.87;
  // less 234.91 = 37,605.96.
  EXPECT_EQ(Line(Pay(Rules("CA", "BC"), Salary(300'000)), "British Columbia income tax"), Cents(3'760'596));
}

}  // namespace
}  // namespace walkaway::tax
