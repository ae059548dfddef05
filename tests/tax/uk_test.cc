// UK income tax, employee NI and student loans, tax year 2026-27, worked by hand from uk-2026-27.toml:
// personal allowance 12,570, reduced by 1 for every 2 of adjusted net income above 100,000; rUK bands
// above the allowance 20 % to 37,700, 40 % to 125,140, 45 % above; Scottish bands 19 % to 3,967, 20 % to
// 16,956, 21 % to 31,092, 42 % to 62,430, 45 % to 125,140, 48 % above. NI per month: 8 % between
// 1,047.50 and 4,189.17 (one twelfth of 12,570 and 50,270, to the penny), 2 % above; a month's NI is
// rounded to the penny. Student loans per month: 9 % (postgraduate 6 %) above a twelfth of the threshold,
// rounded down to whole pounds.

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

constexpr const char* kTax = "Income tax";
constexpr const char* kScottishTax = "Income tax (Scottish rates)";
constexpr const char* kNi = "National Insurance";

TEST(UkEnglandTest, BelowAllowanceAndPrimaryThresholdPaysNothing) {
  // 12,000 < 12,570: no tax. A month of 1,000 < 1,047.50: no NI.
  const TakeHomePay p = Pay(Rules("GB", "ENG"), Salary(12'000));
  EXPECT_EQ(Line(p, kTax), Units(0));
  EXPECT_EQ(Line(p, kNi), Units(0));
  EXPECT_EQ(p.take_home, Units(12'000));
}

TEST(UkEnglandTest, BasicRateTaxpayer) {
  // taxable 30,000 - 12,570 = 17,430 x 20 % = 3,486. NI: month 2,500: 8 % x 1,452.50 = 116.20; x 12 = 1,394.40.
  const TakeHomePay p = Pay(Rules("GB", "ENG"), Salary(30'000));
  EXPECT_EQ(Line(p, kTax), Units(3'486));
  EXPECT_EQ(Line(p, kNi), Cents(139'440));
}

TEST(UkEnglandTest, HigherRateTaxpayer) {
  // taxable 67,430: 20 % x 37,700 = 7,540; 40 % x 29,730 = 11,892. Total 19,432.
  // NI: month 6,666.67: 8 % x (4,189.17 - 1,047.50) = 251.3336; 2 % x (6,666.67 - 4,189.17) = 49.55;
  // 300.8836 -> 300.88 x 12 = 3,610.56.
  const TakeHomePay p = Pay(Rules("GB", "ENG"), Salary(80'000));
  EXPECT_EQ(Line(p, kTax), Units(19'432));
  EXPECT_EQ(Line(p, kNi), Cents(361'056));
  EXPECT_EQ(p.take_home, Cents(5'695'744));
}

TEST(UkEnglandTest, PersonalAllowanceTaperAboveHundredThousand) {
  // ANI 110,000: allowance 12,570 - (110,000 - 100,000) / 2 = 7,570; taxable 102,430:
  // 7,540 + 40 % x 64,730 = 25,892. Total 33,432 (the 60 % band).
  // NI: month 9,166.67: 251.3336 + 2 % x 4,977.50 = 99.55 -> 350.8836 -> 350.88 x 12 = 4,210.56.
  const TakeHomePay p = Pay(Rules("GB", "ENG"), Salary(110'000));
  EXPECT_EQ(Line(p, kTax), Units(33'432));
  EXPECT_EQ(Line(p, kNi), Cents(421'056));
}

TEST(UkEnglandTest, TaperToThePenny) {
  // ANI 100,001.01: reduction half of 1.01 = 0.505 -> 0.50 (rounded down to the penny); allowance
  // 12,569.50; taxable 87,431.51: 7,540 + 40 % x 49,731.51 = 19,892.604. Total 27,432.604 -> 27,432.60.
  const YearIncome in{Cents(10'000'101), {}, {}, {}, {}, {}};
  EXPECT_EQ(Line(Pay(Rules("GB", "ENG"), in), kTax), Cents(2'743'260));
}

TEST(UkEnglandTest, AdditionalRateWithNoAllowanceLeft) {
  // ANI 150,000: the allowance is gone (reduction 25,000 > 12,570); taxable 150,000:
  // 7,540 + 40 % x 87,440 = 34,976 + 45 % x 24,860 = 11,187. Total 53,703.
  // NI: month 12,500: 251.3336 + 2 % x 8,310.83 = 166.2166 -> 417.5502 -> 417.55 x 12 = 5,010.60.
  const TakeHomePay p = Pay(Rules("GB", "ENG"), Salary(150'000));
  EXPECT_EQ(Line(p, kTax), Units(53'703));
  EXPECT_EQ(Line(p, kNi), Cents(501'060));
}

TEST(UkEnglandTest, BonusInOneMonthPaysLessNiThanSpreadPay) {
  // 40,000 salary + 10,000 bonus. Income tax on 50,000: 37,430 x 20 % = 7,486.
  // NI: regular month 3,333.33: 8 % x 2,285.83 = 182.8664 -> 182.87, x 11 = 2,011.57; the bonus month
  // 13,333.33: 251.3336 + 2 % x 9,144.16 = 182.8832 -> 434.2168 -> 434.22. Total 2,445.79
  // (a 50,000 salary would pay 8 % x 37,430 = 2,994.40).
  const YearIncome in{Units(40'000), Units(10'000), {}, {}, {}, {}};
  const TakeHomePay p = Pay(Rules("GB", "ENG"), in);
  EXPECT_EQ(Line(p, kTax), Units(7'486));
  EXPECT_EQ(Line(p, kNi), Cents(244'579));
}

TEST(UkEnglandTest, PensionContributionLowersIncomeTaxNotNi) {
  // 60,000 with 6,000 pension (net pay arrangement): ANI 54,000, taxable 41,430: 7,540 + 40 % x 3,730 = 1,492.
  // Total 9,032. NI on 60,000: month 5,000: 251.3336 + 2 % x 810.83 = 16.2166 -> 267.55 x 12 = 3,210.60.
  YearIncome in = Salary(60'000);
  in.pretax_retirement = Units(6'000);
  const TakeHomePay p = Pay(Rules("GB", "ENG"), in);
  EXPECT_EQ(Line(p, kTax), Units(9'032));
  EXPECT_EQ(Line(p, kNi), Cents(321'060));
  EXPECT_EQ(p.take_home, Cents(6'000'000 - 600'000 - 903'200 - 321'060));
}

TEST(UkStudentLoanTest, PlanTwoRepaysNinePercentAboveMonthlyThreshold) {
  // Plan 2 threshold 29,385 / 12 = 2,448.75; month 3,333.33: 9 % x 884.58 = 79.6122 -> 79; x 12 = 948.
  TaxProfile profile;
  profile.student_loan = StudentLoan::kPlan2;
  EXPECT_EQ(Line(Pay(Rules("GB", "ENG", "", profile), Salary(40'000)), "Student loan (Plan 2)"), Units(948));
}

TEST(UkStudentLoanTest, BonusMonthRepaysOnTheBonus) {
  // 11 x 79 = 869; the bonus month 13,333.33: 9 % x 10,884.58 = 979.6122 -> 979. Total 1,848.
  TaxProfile profile;
  profile.student_loan = StudentLoan::kPlan2;
  const YearIncome in{Units(40'000), Units(10'000), {}, {}, {}, {}};
  EXPECT_EQ(Line(Pay(Rules("GB", "ENG", "", profile), in), "Student loan (Plan 2)"), Units(1'848));
}

TEST(UkStudentLoanTest, PostgraduateLoanSixPercent) {
  // threshold 21,000 / 12 = 1,750; 6 % x 1,583.33 = 94.9998 -> 94; x 12 = 1,128.
  TaxProfile profile;
  profile.postgraduate_loan = true;
  EXPECT_EQ(Line(Pay(Rules("GB", "ENG", "", profile), Salary(40'000)), "Postgraduate loan"), Units(1'128));
}

TEST(UkScotlandTest, StarterAndBasicRates) {
  // taxable 12,430: 19 % x 3,967 = 753.73; 20 % x 8,463 = 1,692.60. Total 2,446.33.
  EXPECT_EQ(Line(Pay(Rules("GB", "SCT"), Salary(25'000)), kScottishTax), Cents(244'633));
}

TEST(UkScotlandTest, IntermediateRate) {
  // taxable 27,430: 753.73 + 20 % x 12,989 = 2,597.80 + 21 % x 10,474 = 2,199.54. Total 5,551.07.
  EXPECT_EQ(Line(Pay(Rules("GB", "SCT"), Salary(40'000)), kScottishTax), Cents(555'107));
}

TEST(UkScotlandTest, AdvancedRate) {
  // taxable 67,430: 753.73 + 2,597.80 + 21 % x 14,136 = 2,968.56 + 42 % x 31,338 = 13,161.96
  // + 45 % x 5,000 = 2,250. Total 21,732.05. NI as in England: 3,610.56.
  const TakeHomePay p = Pay(Rules("GB", "SCT"), Salary(80'000));
  EXPECT_EQ(Line(p, kScottishTax), Cents(2'173'205));
  EXPECT_EQ(Line(p, kNi), Cents(361'056));
}

TEST(UkScotlandTest, TaperWithScottishBands) {
  // allowance 7,570, taxable 102,430: 753.73 + 2,597.80 + 2,968.56 + 13,161.96 + 45 % x 40,000 = 18,000.
  // Total 37,482.05.
  EXPECT_EQ(Line(Pay(Rules("GB", "SCT"), Salary(110'000)), kScottishTax), Cents(3'748'205));
}

TEST(UkScotlandTest, TopRate) {
  // taxable 200,000: 753.73 + 2,597.80 + 2,968.56 + 13,161.96 + 45 % x 62,710 = 28,219.50
  // + 48 % x 74,860 = 35,932.80. Total 83,634.35.
  EXPECT_EQ(Line(Pay(Rules("GB", "SCT"), Salary(200'000)), kScottishTax), Cents(8'363'435));
}

TEST(UkWalesTest, UsesTheRestOfUkTable) {
  EXPECT_EQ(Line(Pay(Rules("GB", "WLS"), Salary(80'000)), kTax), Units(19'432));
  EXPECT_EQ(Line(Pay(Rules("GB", "NIR"), Salary(80'000)), kTax), Units(19'432));
}

}  // namespace
}  // namespace walkaway::tax
