#include "walkaway/core/money.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

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

// The range and its saturation (money.h, docs/hardening.md "Arithmetic").
constexpr int64_t kMax = Money::kMaxCents;
constexpr int64_t kInt64Min = std::numeric_limits<int64_t>::min();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
const Money kOneCent = Money::FromCents(1);

// The operators work in constant expressions too.
static_assert(Money::Max() + Money::FromCents(1) == Money::Max());
static_assert((Money::FromUnits(2) * 3).cents() == 600);
static_assert(-Money::Min() == Money::Max());

TEST(MoneyTest, SumPastTheLimitSaturates) {
  EXPECT_EQ(Money::Max() + kOneCent, Money::Max());
  EXPECT_EQ(Money::Max() + Money::Max(), Money::Max());
  EXPECT_EQ(Money::Min() + -kOneCent, Money::Min());
  EXPECT_EQ(Money::Min() + Money::Min(), Money::Min());
  Money m = Money::Max();
  m += kOneCent;
  EXPECT_EQ(m, Money::Max());
}

TEST(MoneyTest, SumInsideTheLimitIsExact) {
  EXPECT_EQ((Money::FromCents(kMax - 1) + kOneCent).cents(), kMax);
  EXPECT_EQ((Money::Max() + Money::Min()).cents(), 0);
  EXPECT_EQ((Money::FromCents(-kMax + 1) + -kOneCent).cents(), -kMax);
  // -kMax - 1 is INT64_MIN, which fits an int64 but not the range: the nearer end.
  EXPECT_EQ((Money::Min() + -kOneCent).cents(), -kMax);
}

TEST(MoneyTest, DifferencePastTheLimitSaturates) {
  EXPECT_EQ(Money::Min() - Money::Max(), Money::Min());
  EXPECT_EQ(Money::Max() - Money::Min(), Money::Max());
  EXPECT_EQ(Money::Min() - kOneCent, Money::Min());
  Money m = Money::Min();
  m -= Money::Max();
  EXPECT_EQ(m, Money::Min());
  EXPECT_EQ((Money::Max() - Money::Max()).cents(), 0);
}

TEST(MoneyTest, ProductPastTheLimitSaturatesWithTheProductsSign) {
  EXPECT_EQ(Money::Max() * 2, Money::Max());
  EXPECT_EQ(Money::Max() * -2, Money::Min());
  EXPECT_EQ(Money::Min() * 2, Money::Min());
  EXPECT_EQ(Money::Min() * -2, Money::Max());
  EXPECT_EQ(Money::Max() * kInt64Min, Money::Min());
  EXPECT_EQ(Money::Min() * kInt64Min, Money::Max());
  EXPECT_EQ(kOneCent * kInt64Min, Money::Min());  // exactly INT64_MIN: outside the range
  EXPECT_EQ(Money::Max() * 0, Money{});
  // The largest amount a case may state times 9,000 is still exact; times 10,000 is not.
  const Money cap = Money::FromUnits(kMaxAmountUnits);
  EXPECT_EQ((cap * 9'000).cents(), 9'000'000'000'000'000'000);
  EXPECT_EQ(cap * 10'000, Money::Max());
}

TEST(MoneyTest, Int64MinIsNeverHeld) {
  EXPECT_EQ(Money::FromCents(kInt64Min), Money::Min());
  EXPECT_EQ(Money::Min().cents(), -kMax);
  EXPECT_EQ((-Money::FromCents(kInt64Min)).cents(), kMax);
  EXPECT_EQ(FormatMoney(Money::FromCents(kInt64Min)), "-92,233,720,368,547,758.07");
  EXPECT_EQ(FormatMoney(Money::Max()), "92,233,720,368,547,758.07");
  EXPECT_EQ(FormatMoneyShort(Money::Max()), "92233720368.5m");
}

TEST(MoneyTest, FromUnitsPastTheLimitSaturates) {
  EXPECT_EQ(Money::FromUnits(kMax / 100).cents(), kMax / 100 * 100);
  EXPECT_EQ(Money::FromUnits(kMax / 100 + 1), Money::Max());
  EXPECT_EQ(Money::FromUnits(-(kMax / 100) - 1), Money::Min());
  EXPECT_EQ(Money::FromUnits(kInt64Min), Money::Min());
}

TEST(MoneyTest, ScaledHandlesNaNInfinityAndOutOfRange) {
  const Money m = Units(82'000);
  EXPECT_EQ(m.Scaled(kNaN), Money{});
  EXPECT_EQ(m.Scaled(kInf), Money::Max());
  EXPECT_EQ(m.Scaled(-kInf), Money::Min());
  EXPECT_EQ((-m).Scaled(kInf), Money::Min());
  EXPECT_EQ(Money{}.Scaled(kInf), Money{});  // 0 x infinity is NaN: zero
  EXPECT_EQ(m.Scaled(1e300), Money::Max());
  EXPECT_EQ(Money::Max().Scaled(1.0), Money::Max());  // 2^63 - 1 is 2^63 as a double
  EXPECT_EQ(Money::Min().Scaled(1.0), Money::Min());
  // The largest amount at the largest exchange rate leaves the range; validation refuses it first.
  EXPECT_EQ(Money::FromUnits(kMaxAmountUnits).Scaled(1e6), Money::Max());
  EXPECT_EQ(Money::FromUnits(kMaxAmountUnits).Scaled(1e-6), Money::FromUnits(10'000'000));
}

TEST(MoneyTest, ScaledNearTheLimitIsTheRoundedDoubleProduct) {
  // The last double below 2^63 is 2^63 - 1024: still inside the range, exact.
  EXPECT_EQ(Money::FromCents(1).Scaled(9223372036854774784.0).cents(), 9'223'372'036'854'774'784);
  EXPECT_EQ(Money::FromCents(-1).Scaled(9223372036854774784.0).cents(), -9'223'372'036'854'774'784);
  EXPECT_EQ(Money::FromCents(2).Scaled(4611686018427387904.0), Money::Max());  // exactly 2^63
  EXPECT_EQ(Money::FromCents(-2).Scaled(4611686018427387904.0), Money::Min());
  EXPECT_EQ(Money::FromCents(-5).Scaled(0.5).cents(), -3);  // half away from zero
}

TEST(MoneyTest, FromUnitsRoundedRoundsHalfAwayAndSaturates) {
  EXPECT_EQ(Money::FromUnitsRounded(1.5), Units(2));
  EXPECT_EQ(Money::FromUnitsRounded(-1.5), Units(-2));
  EXPECT_EQ(Money::FromUnitsRounded(82'000.4), Units(82'000));
  EXPECT_EQ(Money::FromUnitsRounded(kNaN), Money{});
  EXPECT_EQ(Money::FromUnitsRounded(kInf), Money::Max());
  EXPECT_EQ(Money::FromUnitsRounded(-kInf), Money::Min());
  EXPECT_EQ(Money::FromUnitsRounded(9.2e16).cents(), 9'200'000'000'000'000'000);
  EXPECT_EQ(Money::FromUnitsRounded(9.3e16), Money::Max());  // x 100 passes the range
  EXPECT_EQ(Money::FromUnitsRounded(1e19), Money::Max());    // past int64 before the x 100
  EXPECT_EQ(Money::FromUnitsRounded(-1e300), Money::Min());
}

TEST(MoneyTest, FromCentsRoundedRoundsHalfAwayAndSaturates) {
  EXPECT_EQ(Money::FromCentsRounded(250.5).cents(), 251);
  EXPECT_EQ(Money::FromCentsRounded(-250.5).cents(), -251);
  EXPECT_EQ(Money::FromCentsRounded(kNaN), Money{});
  EXPECT_EQ(Money::FromCentsRounded(9223372036854775808.0), Money::Max());
  EXPECT_EQ(Money::FromCentsRounded(-9223372036854775808.0), Money::Min());
  EXPECT_EQ(Money::FromCentsRounded(-kInf), Money::Min());
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

// Every int64 (INT64_MIN included), with the ends of the range and small values more often than
// chance would pick them.
rc::Gen<int64_t> AnyCents() {
  return rc::gen::oneOf(rc::gen::inRange<int64_t>(kInt64Min, kMax),
                        rc::gen::elementOf(std::vector<int64_t>{kInt64Min, kInt64Min + 1, -kMax, -kMax + 1, -1, 0, 1,
                                                                kMax - 1, kMax, kMax / 2, kMax / 2 + 1, -(kMax / 2) - 1,
                                                                kMax / 100, kMax / 100 + 1}),
                        rc::gen::arbitrary<int64_t>());
}

// Every double: any bit pattern (NaNs, infinities, subnormals, huge), and the interesting ones.
rc::Gen<double> AnyDouble() {
  return rc::gen::oneOf(
      rc::gen::map(rc::gen::inRange<uint64_t>(0, std::numeric_limits<uint64_t>::max()),
                   [](uint64_t bits) { return std::bit_cast<double>(bits); }),
      rc::gen::elementOf(std::vector<double>{kNaN, kInf, -kInf, 0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1e-6, 1e6, 2.0,
                                             std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                                             std::numeric_limits<double>::denorm_min(), 9223372036854775808.0,
                                             9223372036854774784.0, -9223372036854775808.0}),
      rc::gen::arbitrary<double>());
}

__extension__ using Wide = __int128;

// The documented law: the exact result when it is in [-kMax, kMax], else the nearer end.
int64_t Clamped(Wide exact) {
  if (exact > kMax) return kMax;
  if (exact < -kMax) return -kMax;
  return static_cast<int64_t>(exact);
}

RC_GTEST_PROP(MoneyProperty, SumsAndDifferencesAreExactOrSaturate, ()) {
  const int64_t a_raw = *AnyCents();
  const int64_t b_raw = *AnyCents();
  const Money a = Money::FromCents(a_raw);
  const Money b = Money::FromCents(b_raw);
  RC_ASSERT(a.cents() == Clamped(a_raw));  // INT64_MIN becomes -kMax, nothing else changes
  RC_ASSERT((a + b).cents() == Clamped(Wide{a.cents()} + b.cents()));
  RC_ASSERT((a - b).cents() == Clamped(Wide{a.cents()} - b.cents()));
  RC_ASSERT((-a).cents() == -a.cents());
  Money sum = a;
  sum += b;
  RC_ASSERT(sum == a + b);
  Money difference = a;
  difference -= b;
  RC_ASSERT(difference == a - b);
}

RC_GTEST_PROP(MoneyProperty, ProductsAreExactOrSaturate, ()) {
  const Money a = Money::FromCents(*AnyCents());
  const int64_t factor = *AnyCents();
  RC_ASSERT((a * factor).cents() == Clamped(Wide{a.cents()} * factor));
  const int64_t units = *AnyCents();
  RC_ASSERT(Money::FromUnits(units).cents() == Clamped(Wide{units} * 100));
}

RC_GTEST_PROP(MoneyProperty, ScalingByAnyDoubleIsTheRoundedProductOrAnEnd, ()) {
  const Money a = Money::FromCents(*AnyCents());
  const double factor = *AnyDouble();
  const Money scaled = a.Scaled(factor);
  RC_ASSERT(scaled.cents() != kInt64Min);
  const double product = static_cast<double>(a.cents()) * factor;
  if (std::isnan(product)) {
    RC_ASSERT(scaled == Money{});
  } else if (product >= 9223372036854775808.0) {
    RC_ASSERT(scaled == Money::Max());
  } else if (product <= -9223372036854775808.0) {
    RC_ASSERT(scaled == Money::Min());
  } else {
    // Within half a cent of the double product, and on the side away from zero at a tie.
    const long double error = static_cast<long double>(scaled.cents()) - static_cast<long double>(product);
    RC_ASSERT(std::fabs(error) <= 0.5L);
    if (std::fabs(error) == 0.5L) RC_ASSERT((error > 0) == (product > 0));
  }
}

RC_GTEST_PROP(MoneyProperty, RoundingADoubleIsExactOrAnEnd, ()) {
  const double value = *AnyDouble();
  const Money units = Money::FromUnitsRounded(value);
  const Money cents = Money::FromCentsRounded(value);
  if (std::isnan(value)) {
    RC_ASSERT(units == Money{});
    RC_ASSERT(cents == Money{});
    return;
  }
  if (std::fabs(value) < 9223372036854775808.0) {
    const int64_t rounded = std::llround(value);
    RC_ASSERT(units.cents() == Clamped(Wide{rounded} * 100));
    RC_ASSERT(cents.cents() == Clamped(rounded));
  } else {
    RC_ASSERT(units == (value > 0 ? Money::Max() : Money::Min()));
    RC_ASSERT(cents == (value > 0 ? Money::Max() : Money::Min()));
  }
}

}  // namespace

// Issue #12, item 5: monthly or hourly pay typed where a case wants the year is an error that says
// the yearly figure where it is plain, never a silent conversion.
TEST(ParseMoneyTest, PayForAnotherPeriodIsAnErrorWithTheYearlyFigure) {
  const auto monthly = ParseMoney("5,166 per month");
  ASSERT_FALSE(monthly);
  EXPECT_NE(monthly.error().message.find("5,166 a month is 61,992 a year (12 months)"), std::string::npos)
      << monthly.error().message;
  const auto hourly = ParseMoney("28 an hour");
  ASSERT_FALSE(hourly);
  EXPECT_NE(hourly.error().message.find("hours a week and by 52"), std::string::npos) << hourly.error().message;
  EXPECT_TRUE(ParseMoney("61,992"));
}

}  // namespace walkaway::core
