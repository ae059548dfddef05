// The money extractor, table-driven: the first amount of each sentence, its currency, per-year
// value, period, bounds and topic.

#include <gtest/gtest.h>

#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

struct MoneyCase {
  const char* name;
  const char* text;
  const char* currency;
  int64_t annual_low;   // whole units; for a percentage, the percent
  int64_t annual_high;
  MoneyPeriod period;
  const char* topic;
  bool range;
  bool ceiling;
};

const MoneyCase kMoneyCases[] = {
    {"CodeBefore", "Your annual base salary will be EUR 81,000, paid monthly.", "EUR", 81000, 81000,
     MoneyPeriod::kYear, "base", false, false},
    {"CodeAfter", "You will receive 40,000 EUR of restricted stock units.", "EUR", 40000, 40000,
     MoneyPeriod::kUnstated, "equity", false, false},
    {"DollarK", "The base salary is $95k.", "USD", 95000, 95000, MoneyPeriod::kUnstated, "base", false, false},
    {"PoundRangeEnDash", "Salary: \xC2\xA3" "70,000\xE2\x80\x93\xC2\xA3" "80,000 depending on experience.", "GBP",
     70000, 80000, MoneyPeriod::kUnstated, "base", true, false},
    {"RangeWithSharedSuffix", "We pay EUR 70-80k base.", "EUR", 70000, 80000, MoneyPeriod::kUnstated, "base", true,
     false},
    {"BetweenAnd", "The salary is between $90k and $110k.", "USD", 90000, 110000, MoneyPeriod::kUnstated, "base",
     true, false},
    {"RangeWithTo", "Base pay of USD 100,000 to 120,000.", "USD", 100000, 120000, MoneyPeriod::kUnstated, "base", true,
     false},
    {"MonthlyAdjectiveAnnualised", "We offer a monthly base salary of SGD 5,500.", "SGD", 66000, 66000,
     MoneyPeriod::kMonth, "base", false, false},
    {"PerMonthAfter", "Your salary is EUR 4,000 per month.", "EUR", 48000, 48000, MoneyPeriod::kMonth, "base", false,
     false},
    {"Hourly", "Pay is $50 an hour.", "USD", 104000, 104000, MoneyPeriod::kHour, "base", false, false},
    {"Weekly", "Earn \xC2\xA3" "600 a week in pay.", "GBP", 31200, 31200, MoneyPeriod::kWeek, "base", false, false},
    {"EuroSymbolAndMillion", "The equity grant is worth \xE2\x82\xAC" "1.2m.", "EUR", 1200000, 1200000,
     MoneyPeriod::kUnstated, "equity", false, false},
    {"CurrencyWord", "A signing bonus of 10,000 euros.", "EUR", 10000, 10000, MoneyPeriod::kUnstated, "sign_on", false,
     false},
    {"UpToPercentIsACeiling", "An annual bonus of up to 10% of base salary.", "", 10, 10, MoneyPeriod::kUnstated,
     "bonus", false, true},
    {"PercentTarget", "A bonus with a target of 8% of base salary.", "", 8, 8, MoneyPeriod::kUnstated, "bonus", false,
     false},
    {"PercentRange", "A bonus of 10-15% of base.", "", 10, 15, MoneyPeriod::kUnstated, "bonus", true, false},
    {"PercentWord", "A bonus of 12 percent.", "", 12, 12, MoneyPeriod::kUnstated, "bonus", false, false},
    {"UpToAmount", "Commission of up to USD 20,000 a year.", "USD", 20000, 20000, MoneyPeriod::kYear, "bonus", false,
     true},
    {"SignOnBeatsBonus", "A sign-on bonus of GBP 5,000 is included.", "GBP", 5000, 5000, MoneyPeriod::kUnstated,
     "sign_on", false, false},
    {"KWithoutCurrencyInPayContext", "The base salary is 85k.", "", 85000, 85000, MoneyPeriod::kUnstated, "base",
     false, false},
};

class MoneyTableTest : public ::testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyTableTest, ReadsTheFirstAmount) {
  const MoneyCase& c = GetParam();
  const std::vector<MoneyMention> found = ExtractMoney(c.text);
  ASSERT_FALSE(found.empty()) << c.text;
  const MoneyMention& m = found.front();
  EXPECT_FALSE(m.ambiguous);
  EXPECT_EQ(m.currency, c.currency);
  if (m.percent) {
    EXPECT_EQ(m.pct_low, static_cast<double>(c.annual_low));
    EXPECT_EQ(m.pct_high, static_cast<double>(c.annual_high));
  } else {
    EXPECT_EQ(m.annual_low, Money::FromUnits(c.annual_low));
    EXPECT_EQ(m.annual_high, Money::FromUnits(c.annual_high));
  }
  EXPECT_EQ(m.period, c.period);
  EXPECT_EQ(m.topic, c.topic);
  EXPECT_EQ(m.range, c.range);
  EXPECT_EQ(m.ceiling, c.ceiling);
}

INSTANTIATE_TEST_SUITE_P(Forms, MoneyTableTest, ::testing::ValuesIn(kMoneyCases),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ExtractMoneyTest, EuropeanThousandsDotIsAmbiguousNotGuessed) {
  const auto found = ExtractMoney("Your monthly salary is EUR 5.500.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].ambiguous);
  EXPECT_EQ(found[0].low, Money{});
}

TEST(ExtractMoneyTest, DecimalCentsAreNotAmbiguous) {
  const auto found = ExtractMoney("Base pay is EUR 5,500.50 a month.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].ambiguous);
  EXPECT_EQ(found[0].low, Money::FromCents(550050));
}

TEST(ExtractMoneyTest, BareNumbersYearsAndDaysAreNotMoney) {
  EXPECT_TRUE(ExtractMoney("You will have 30 days of paid leave from 2027 on.").empty());
  EXPECT_TRUE(ExtractMoney("Reply by 02/12/2026 at 17:00.").empty());
}

TEST(ExtractMoneyTest, ReadsEveryAmountOfASentenceInOrder) {
  const auto found = ExtractMoney("Base EUR 81,000 and a sign-on bonus of EUR 5,000.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].topic, "base");
  EXPECT_EQ(found[1].topic, "sign_on");
  EXPECT_EQ(found[1].place.column, 40);
}

TEST(ExtractMoneyTest, LowerCaseCodeIsNotACurrency) {
  EXPECT_TRUE(ExtractMoney("the usd 500 thing").empty());
}

}  // namespace
}  // namespace walkaway::core
