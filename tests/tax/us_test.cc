// US federal income tax and FICA, 2026, worked by hand from us-federal-2026.toml (IRS Rev. Proc. 2025-32
// figures): taxable = wages - pre-tax contributions - standard deduction, then the brackets; Social
// Security 6.2 % up to 184,500; Medicare 1.45 %; Additional Medicare 0.9 % above the threshold for the
// filing status. Texas has no income tax, so a Texas place shows the federal figures alone.
// The exact bracket formula is used (docs/tax.md): below 100,000 of taxable income the IRS Tax Table's
// $50 bands can differ from it by a few dollars.

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

constexpr const char* kFederal = "US federal income tax";

TEST(UsFederalTest, SingleBelowStandardDeductionPaysOnlyFica) {
  // 10,000 - 16,100 < 0: no income tax. SS 6.2 % x 10,000 = 620; Medicare 1.45 % x 10,000 = 145.
  const TakeHomePay p = Pay(Rules("US", "TX"), Salary(10'000));
  EXPECT_EQ(Line(p, kFederal), Units(0));
  EXPECT_EQ(Line(p, "Social Security"), Units(620));
  EXPECT_EQ(Line(p, "Medicare"), Units(145));
  EXPECT_EQ(p.take_home, Units(10'000 - 620 - 145));
}

TEST(UsFederalTest, SingleInTwelvePercentBracket) {
  // taxable 50,000 - 16,100 = 33,900: 10 % x 12,400 = 1,240; 12 % x (33,900 - 12,400) = 2,580. Total 3,820.
  EXPECT_EQ(Line(Pay(Rules("US", "TX"), Salary(50'000)), kFederal), Units(3'820));
}

TEST(UsFederalTest, SingleInTwentyFourPercentBracket) {
  // taxable 133,900: 1,240 + 12 % x 38,000 = 4,560 + 22 % x 55,300 = 12,166 + 24 % x 28,200 = 6,768.
  // Total 24,734. FICA: 9,300 + 2,175. Take-home 150,000 - 24,734 - 11,475 = 113,791.
  const TakeHomePay p = Pay(Rules("US", "TX"), Salary(150'000));
  EXPECT_EQ(Line(p, kFederal), Units(24'734));
  EXPECT_EQ(p.take_home, Units(113'791));
  EXPECT_NEAR(p.effective_rate, (24'734.0 + 11'475.0) / 150'000.0, 1e-12);
}

TEST(UsFederalTest, SingleInThirtyFivePercentBracketWithCents) {
  // taxable 283,900: 1,240 + 4,560 + 12,166 + 24 % x (201,775 - 105,700) = 23,058
  // + 32 % x (256,225 - 201,775) = 17,424 + 35 % x (283,900 - 256,225) = 9,686.25. Total 68,134.25.
  EXPECT_EQ(Line(Pay(Rules("US", "TX"), Salary(300'000)), kFederal), Cents(6'813'425));
}

TEST(UsFederalTest, SingleInTopBracket) {
  // taxable 983,900: 1,240 + 4,560 + 12,166 + 23,058 + 17,424 + 35 % x (640,600 - 256,225) = 134,531.25
  // + 37 % x (983,900 - 640,600) = 127,021. Total 320,000.25.
  EXPECT_EQ(Line(Pay(Rules("US", "TX"), Salary(1'000'000)), kFederal), Cents(32'000'025));
}

TEST(UsFederalTest, MarriedJointUsesJointBracketsAndDeduction) {
  // taxable 100,000 - 32,200 = 67,800: 10 % x 24,800 = 2,480; 12 % x 43,000 = 5,160. Total 7,640.
  EXPECT_EQ(Line(Pay(Rules("US", "TX", "", Filing(FilingStatus::kMarriedJoint)), Salary(100'000)), kFederal),
            Units(7'640));
}

TEST(UsFederalTest, MarriedJointHighIncomeWithAdditionalMedicare) {
  // taxable 367,800: 2,480 + 12 % x 76,000 = 9,120 + 22 % x 110,600 = 24,332 + 24 % x 156,400 = 37,536.
  // Total 73,468. SS 6.2 % x 184,500 = 11,439; Medicare 5,800; Additional 0.9 % x (400,000 - 250,000) = 1,350.
  const TakeHomePay p = Pay(Rules("US", "TX", "", Filing(FilingStatus::kMarriedJoint)), Salary(400'000));
  EXPECT_EQ(Line(p, kFederal), Units(73'468));
  EXPECT_EQ(Line(p, "Social Security"), Units(11'439));
  EXPECT_EQ(Line(p, "Medicare"), Units(5'800));
  EXPECT_EQ(Line(p, "Additional Medicare Tax"), Units(1'350));
  EXPECT_EQ(p.contributions, Units(11'439 + 5'800 + 1'350));
}

TEST(UsFederalTest, HeadOfHouseholdUsesItsOwnBrackets) {
  // taxable 80,000 - 24,150 = 55,850: 10 % x 17,700 = 1,770; 12 % x 38,150 = 4,578. Total 6,348.
  EXPECT_EQ(Line(Pay(Rules("US", "TX", "", Filing(FilingStatus::kHeadOfHousehold)), Salary(80'000)), kFederal),
            Units(6'348));
}

TEST(UsFederalTest, SingleAdditionalMedicareAboveTwoHundredThousand) {
  // Medicare 1.45 % x 250,000 = 3,625; Additional 0.9 % x 50,000 = 450; SS capped at 11,439.
  const TakeHomePay p = Pay(Rules("US", "TX"), Salary(250'000));
  EXPECT_EQ(Line(p, "Medicare"), Units(3'625));
  EXPECT_EQ(Line(p, "Additional Medicare Tax"), Units(450));
  EXPECT_EQ(Line(p, "Social Security"), Units(11'439));
}

TEST(UsFederalTest, PreTaxRetirementLowersIncomeTaxButNotFica) {
  // 150,000 with 20,000 into a 401(k): taxable 130,000 - 16,100 = 113,900: 17,966 + 24 % x 8,200 = 1,968
  // -> 19,934. FICA stays on 150,000: 11,475. Take-home 150,000 - 20,000 - 19,934 - 11,475 = 98,591.
  YearIncome in = Salary(150'000);
  in.pretax_retirement = Units(20'000);
  const TakeHomePay p = Pay(Rules("US", "TX"), in);
  EXPECT_EQ(Line(p, kFederal), Units(19'934));
  EXPECT_EQ(p.contributions, Units(11'475));
  EXPECT_EQ(p.take_home, Units(98'591));
}

TEST(UsFederalTest, BonusSignOnRsuAndOptionsAreOrdinaryWages) {
  // 100,000 base + 20,000 bonus + 10,000 sign-on + 15,000 RSU + 5,000 option spread = 150,000 of wages:
  // the same figures as a 150,000 salary (the 22 % supplemental rate is withholding, not the final tax).
  const YearIncome in{Units(100'000), Units(20'000), Units(10'000), Units(15'000), Units(5'000), {}};
  const TakeHomePay p = Pay(Rules("US", "TX"), in);
  EXPECT_EQ(p.gross, Units(150'000));
  EXPECT_EQ(p.take_home, Units(113'791));
}

TEST(UsTexasTest, HasNoStateIncomeTaxLine) {
  const PlaceRules rules = Rules("US", "TX");
  const TakeHomePay p = Pay(rules, Salary(150'000));
  EXPECT_EQ(p.income_tax, Line(p, kFederal));
  EXPECT_FALSE(testing::HasLine(p, "Texas income tax"));
}

}  // namespace
}  // namespace walkaway::tax
