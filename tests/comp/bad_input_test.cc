// Every bad pay-model input is a clear error naming its field.

#include <gtest/gtest.h>

#include "walkaway/comp/projection.h"
#include "walkaway/io/case_file.h"

namespace walkaway::comp {
namespace {

constexpr std::string_view kHead = R"(
[candidate]
currency = "USD"
[[offers]]
id = "acme"
company = "Acme"
base = "100k"
)";

core::Error ParseError(const std::string& extra) {
  const std::string text = std::string(kHead) + extra;
  core::Result<io::LoadedCase> r = io::ParseCase(text, "case.toml", io::Format::kToml);
  if (r.has_value()) {
    ADD_FAILURE() << "expected an error for:\n" << extra;
    return {};
  }
  return r.error();
}

core::Error ProjectionError(const std::string& extra, ProjectionOptions o = {}) {
  const std::string text = std::string(kHead) + extra;
  core::Result<io::LoadedCase> r = io::ParseCase(text, "case.toml", io::Format::kToml);
  if (!r.has_value()) {
    ADD_FAILURE() << r.error().ToString();
    return {};
  }
  Projector p(r->c, o);
  if (!p.Check()) return p.Check().error();
  core::Result<core::PayProjection> out = p.Offer(0, core::Date{2026, 1, 1});
  if (out.has_value()) {
    ADD_FAILURE() << "expected a projection error for:\n" << extra;
    return {};
  }
  return out.error();
}

TEST(BadInputTest, SharesNotSummingToHundred) {
  const core::Error e = ParseError(R"(equity = { kind = "rsu", grant = "40k", vesting = { years = 4, yearly_pct = [5, 15, 40, 30] } })");
  EXPECT_EQ(e.field_path, "offers[0].equity.vesting.yearly_pct");
  EXPECT_NE(e.message.find("not 100"), std::string::npos);
}

TEST(BadInputTest, CliffLongerThanVesting) {
  EXPECT_EQ(ParseError(R"(equity = { kind = "rsu", grant = "40k", vesting = { years = 1, cliff_months = 18 } })").field_path,
            "offers[0].equity.vesting.cliff_months");
}

TEST(BadInputTest, NegativeStrikeAndNegativeStockPrice) {
  EXPECT_EQ(ParseError(R"(equity = { kind = "options", shares = 1000, strike = -1, fmv = 2 })").field_path,
            "offers[0].equity.strike");
  EXPECT_EQ(ParseError(R"(equity = { kind = "rsu", grant = "40k", public_stock = { price = -5 } })").field_path,
            "offers[0].equity.public_stock.price");
}

TEST(BadInputTest, UnknownCurrency) {
  EXPECT_EQ(ParseError("currency = \"XYZ\"\n").field_path, "offers[0].currency");
}

TEST(BadInputTest, HorizonOfZeroOrHundredYears) {
  EXPECT_EQ(ParseError("[model]\nhorizon_years = 0\n").field_path, "model.horizon_years");
  EXPECT_EQ(ParseError("[model]\nhorizon_years = 100\n").field_path, "model.horizon_years");
  EXPECT_EQ(ProjectionError("", {100, {}, {}}).field_path, "--years");
  EXPECT_EQ(ProjectionError("", {{}, 5, {}}).field_path, "--paths");
}

TEST(BadInputTest, UnknownCompanyStageAndImpossibleOdds) {
  EXPECT_EQ(ParseError(R"(equity = { kind = "options", shares = 1000, strike = 1, company = { stage = "series_z" } })").field_path,
            "offers[0].equity.company.stage");
  EXPECT_EQ(ParseError(R"(equity = { kind = "options", shares = 1000, strike = 1, company = { stage = "seed", exit_odds_pct = 60, fail_odds_pct = 60 } })")
                .field_path,
            "offers[0].equity.company.fail_odds_pct");
}

TEST(BadInputTest, BonusPayoutRangeUpsideDown) {
  EXPECT_EQ(ParseError("bonus = { target_pct = 10, payout = { low_pct = 150, high_pct = 50 } }\n").field_path,
            "offers[0].bonus.payout.low_pct");
}

TEST(BadInputTest, MixedCurrencyWithoutRateIsNotConvertedSilently) {
  const core::Error e = ProjectionError("currency = \"EUR\"\n");
  EXPECT_EQ(e.field_path, "offers[0].exchange_rate");
}

TEST(BadInputTest, SharesWithoutAPrice) {
  EXPECT_EQ(ProjectionError(R"(equity = { kind = "rsu", shares = 1000 })").field_path, "offers[0].equity.fmv");
}

TEST(BadInputTest, UnknownCostOfLivingArea) {
  EXPECT_EQ(ProjectionError("col_area = \"atlantis\"\n").field_path, "offers[0].col_area");
}

}  // namespace
}  // namespace walkaway::comp
