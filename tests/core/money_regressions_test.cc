// Regressions from fuzzing core::ParseMoney (docs/hardening.md), named after the input that found
// them; the inputs are kept under fuzz/regressions/parse_money/ and replayed by scripts/fuzz-ci.

#include <gtest/gtest.h>

#include "walkaway/core/money.h"

namespace walkaway::core {
namespace {

// fuzz/regressions/parse_money/crash-76c39baf738a740d5a9eb0f9aa79156f81d76a99: "10000000.00010m" is
// 10^13 + 100 units: the whole part passed the cap check, the fraction pushed the total over it,
// and the printed amount no longer parsed back.
TEST(MoneyRegressionTest, Crash76c39baf_AFractionCannotPushAnAmountPastTheCap) {
  const Result<MoneyText> over = ParseMoney("10000000.00010m");
  ASSERT_FALSE(over);
  EXPECT_NE(over.error().message.find("too large"), std::string::npos) << over.error().message;
  EXPECT_FALSE(ParseMoney("10000000000000.01"));
  EXPECT_TRUE(ParseMoney("9999999999999.99"));
  const Result<MoneyText> at_cap = ParseMoney("10000000m");
  ASSERT_TRUE(at_cap);
  EXPECT_EQ(at_cap->amount, Money::FromUnits(10'000'000'000'000));
  EXPECT_TRUE(ParseMoney(FormatMoney(at_cap->amount)));
  EXPECT_TRUE(ParseMoney("9999999.99999m"));
}

}  // namespace
}  // namespace walkaway::core
