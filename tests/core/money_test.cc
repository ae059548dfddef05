#include "walkaway/core/money.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace walkaway::core {
namespace {

Money Units(int64_t units) { return Money::FromUnits(units); }

TEST(ParseMoneyTest, AcceptsCommonForms) {
  struct Case {
    const char* text;
    int64_t cents;
    const char* currency;
  };
  const Case cases[] = {
      {"82000", 8'200'000, ""},        {"82,000", 8'200'000, ""},      {"82k", 8'200'000, ""},
      {"82K", 8'200'000, ""},          {"82.5k", 8'250'000, ""},       {"1.2m", 120'000'000, ""},
      {"82000.50", 8'200'050, ""},     {"$82,000", 8'200'000, "USD"},  {"82k EUR", 8'200'000, "EUR"},
      {"EUR 82000", 8'200'000, "EUR"}, {"\xE2\x82\xAC" "85k", 8'500'000, "EUR"},
      {"1,250,000", 125'000'000, ""},  {" 90k ", 9'000'000, ""},       {"0", 0, ""},
  };
  for (const Case& c : cases) {
    auto m = ParseMoney(c.text);
    ASSERT_TRUE(m) << c.text << ": " << m.error().message;
    EXPECT_EQ(m->amount.cents(), c.cents) << c.text;
    EXPECT_EQ(m->currency, c.currency) << c.text;
  }
}

TEST(ParseMoneyTest, RejectsNegativeAmount) {
  auto m = ParseMoney("-5000");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("negative"), std::string::npos);
}

TEST(ParseMoneyTest, RejectsEuropeanThousandsDotAsAmbiguous) {
  auto m = ParseMoney("82.000");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("ambiguous"), std::string::npos);
}

TEST(ParseMoneyTest, RejectsDecimalComma) {
  auto m = ParseMoney("82,5");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("decimal comma"), std::string::npos);
}

TEST(ParseMoneyTest, RejectsMisplacedGroups) {
  for (const char* text : {"8,2000", "82,00,0", ",82000", "82,000,00", "1234,567"}) {
    EXPECT_FALSE(ParseMoney(text)) << text;
  }
}

TEST(ParseMoneyTest, RejectsUnknownSuffixAndCurrency) {
  EXPECT_FALSE(ParseMoney("82x"));
  auto m = ParseMoney("82k XYZ");
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("unknown currency"), std::string::npos);
}

TEST(ParseMoneyTest, RejectsEmptyAndWordy) {
  EXPECT_FALSE(ParseMoney(""));
  EXPECT_FALSE(ParseMoney("   "));
  EXPECT_FALSE(ParseMoney("lots"));
  EXPECT_FALSE(ParseMoney("EUR"));
}

TEST(ParseMoneyTest, RejectsFractionsOfACent) {
  EXPECT_FALSE(ParseMoney("10.005"));
  EXPECT_FALSE(ParseMoney("1.234567k"));
}

TEST(ParseMoneyTest, RejectsHugeAmounts) { EXPECT_FALSE(ParseMoney("99999999999999999999")); }

TEST(ParseMoneyTest, RejectsSuffixWithGroups) { EXPECT_FALSE(ParseMoney("82,000k")); }

TEST(MoneyTest, ScaledRoundsHalfAwayFromZero) {
  EXPECT_EQ(Money::FromCents(5).Scaled(0.5).cents(), 3);
  EXPECT_EQ(Units(82'000).Scaled(0.10), Units(8'200));
}

TEST(FormatMoneyTest, GroupsThousands) {
  EXPECT_EQ(FormatMoney(Units(82'000)), "82,000");
  EXPECT_EQ(FormatMoney(Money::FromCents(125'000'050)), "1,250,000.50");
  EXPECT_EQ(FormatMoney(Units(950), "EUR"), "950 EUR");
  EXPECT_EQ(FormatMoney(-Units(1'250)), "-1,250");
}

TEST(FormatMoneyTest, ShortForms) {
  EXPECT_EQ(FormatMoneyShort(Units(82'000)), "82k");
  EXPECT_EQ(FormatMoneyShort(Units(1'200'000)), "1.2m");
  EXPECT_EQ(FormatMoneyShort(Units(2'500)), "2.5k");
  EXPECT_EQ(FormatMoneyShort(Units(950)), "950");
}

RC_GTEST_PROP(MoneyProperty, FormatThenParseRoundTrips, ()) {
  const int64_t cents = *rc::gen::inRange<int64_t>(0, 1'000'000'000'000);
  const Money m = Money::FromCents(cents);
  const std::string text = FormatMoney(m);
  // FormatMoney drops ".00" but keeps two decimals otherwise, which ParseMoney reads back exactly.
  auto parsed = ParseMoney(text);
  RC_ASSERT(parsed.has_value());
  RC_ASSERT(parsed->amount == m);
}

}  // namespace
}  // namespace walkaway::core
