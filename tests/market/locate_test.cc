#include <gtest/gtest.h>

#include "market/market_test_support.h"

namespace walkaway::market {
namespace {

using testing::Q;

constexpr std::string_view kTitles =
    "kind,key,value\n"
    "abbrev,sr,senior\n"
    "level,senior,senior\n"
    "family,data scientist,data_scientist\n"
    "family,registered nurse,registered_nurse\n"
    "family,software engineer,software_engineer\n"
    "soc,data_scientist,15-2051\n"
    "soc,registered_nurse,29-1141\n";

SalaryGroup Group(std::string family, Level level, std::string country, int year, std::string currency,
                  int64_t n) {
  return SalaryGroup{std::move(family),
                     level,
                     std::move(country),
                     year,
                     std::move(currency),
                     n,
                     Q(100000, 120000, 150000, 180000, 220000)};
}

MarketIndex SmallIndex() {
  MarketIndex index;
  EXPECT_TRUE(ParseTitleTable(kTitles, "titles.csv", index.titles));
  index.groups = {
      Group("data_scientist", Level::kSenior, "US", 2024, "USD", 400),
      Group("data_scientist", Level::kSenior, "US", 2025, "USD", 30),
      Group("data_scientist", Level::kAll, "US", 2025, "USD", 900),
      Group("data_scientist", Level::kSenior, "DE", 2024, "EUR", 7),
      Group("data_scientist", Level::kSenior, "GB", 2024, "GBP", 60),
      Group("software_engineer", Level::kSenior, "US", 2025, "USD", 12),
  };
  index.occupations = {{"15-2051", "Data Scientists", 192710, Q(61070, 79810, 108020, 147670, 184090)},
                       {"29-1141", "Registered Nurses", 3175390, Q(63720, 75990, 86070, 104670, 132680)}};
  index.aijobs = {"aijobs test", "2025-08-03"};
  index.bls = {"bls test", "2023-05"};
  SortIndex(index);
  return index;
}

const core::Money k150k = core::Money::FromUnits(150000);

TEST(LocateTest, UsesTheLatestYearWithEnoughSalaries) {
  const MarketPosition p = Locate(SmallIndex(), "Sr. Data Scientist", "us", k150k, "usd");
  ASSERT_EQ(p.status, MarketStatus::kFound) << p.reason;
  EXPECT_EQ(p.source, MarketSource::kAiJobs);
  EXPECT_EQ(p.year, 2025);
  EXPECT_EQ(p.sample_size, 30);
  EXPECT_EQ(p.level, Level::kSenior);
  EXPECT_DOUBLE_EQ(p.percentile.value, 50.0);
  EXPECT_EQ(p.as_of, "2025-08-03");
}

TEST(LocateTest, TitleWithoutLevelComparesWithAllLevels) {
  const MarketPosition p = Locate(SmallIndex(), "Data Scientist", "US", k150k, "USD");
  ASSERT_EQ(p.status, MarketStatus::kFound) << p.reason;
  EXPECT_EQ(p.level, Level::kAll);
  EXPECT_EQ(p.sample_size, 900);
}

TEST(LocateTest, WeakTitleMatchIsNoComparableData) {
  const MarketPosition p = Locate(SmallIndex(), "Chief Happiness Officer", "US", k150k, "USD");
  EXPECT_EQ(p.status, MarketStatus::kNoComparableData);
  EXPECT_NE(p.reason.find("not a title we can compare"), std::string::npos) << p.reason;
  EXPECT_EQ(p.source, MarketSource::kNone);
}

TEST(LocateTest, SmallSampleIsNoComparableDataWithTheCount) {
  const MarketPosition p = Locate(SmallIndex(), "Senior Data Scientist", "DE", k150k, "EUR");
  EXPECT_EQ(p.status, MarketStatus::kNoComparableData);
  EXPECT_NE(p.reason.find("only 7 survey salaries"), std::string::npos) << p.reason;
  EXPECT_NE(p.reason.find("at least 20"), std::string::npos) << p.reason;
}

TEST(LocateTest, SmallUsSampleWithoutOccupationIsNoComparableData) {
  const MarketPosition p = Locate(SmallIndex(), "Senior Software Engineer", "US", k150k, "USD");
  EXPECT_EQ(p.status, MarketStatus::kNoComparableData);
  EXPECT_NE(p.reason.find("only 12"), std::string::npos) << p.reason;
  EXPECT_NE(p.reason.find("no BLS occupation"), std::string::npos) << p.reason;
}

TEST(LocateTest, OtherCurrencyWithoutRateIsNoComparableData) {
  const MarketPosition p = Locate(SmallIndex(), "Senior Data Scientist", "GB", k150k, "USD");
  EXPECT_EQ(p.status, MarketStatus::kNoComparableData);
  EXPECT_NE(p.reason.find("in GBP, not USD"), std::string::npos) << p.reason;
}

TEST(LocateTest, GivenRateConvertsIntoTheDataCurrency) {
  LocateOptions options;
  options.rate = ExchangeRate{"USD", "GBP", 0.8};
  const MarketPosition p = Locate(SmallIndex(), "Senior Data Scientist", "UK", k150k, "USD", options);
  ASSERT_EQ(p.status, MarketStatus::kFound) << p.reason;
  EXPECT_EQ(p.country, "GB");
  EXPECT_DOUBLE_EQ(p.amount_units, 120000.0);
  EXPECT_DOUBLE_EQ(p.percentile.value, 25.0);
}

TEST(LocateTest, UsTitleWithoutSurveyDataFallsBackToBls) {
  const MarketPosition p =
      Locate(SmallIndex(), "Registered Nurse", "US", core::Money::FromUnits(86070), "USD");
  ASSERT_EQ(p.status, MarketStatus::kFound) << p.reason;
  EXPECT_EQ(p.source, MarketSource::kBlsOews);
  EXPECT_EQ(p.occupation, "29-1141 Registered Nurses");
  EXPECT_EQ(p.level, Level::kAll);
  EXPECT_EQ(p.employment, 3175390);
  EXPECT_DOUBLE_EQ(p.percentile.value, 50.0);
}

TEST(LocateTest, BlsIsUsOnly) {
  const MarketPosition p = Locate(SmallIndex(), "Registered Nurse", "CA", k150k, "CAD");
  EXPECT_EQ(p.status, MarketStatus::kNoComparableData);
  EXPECT_NE(p.reason.find("no survey salaries"), std::string::npos) << p.reason;
}

TEST(LocateTest, BadCountryAndCurrencyCodesAreExplained) {
  EXPECT_NE(Locate(SmallIndex(), "Data Scientist", "USA", k150k, "USD").reason.find("two-letter"),
            std::string::npos);
  EXPECT_NE(Locate(SmallIndex(), "Data Scientist", "US", k150k, "dollars").reason.find("three-letter"),
            std::string::npos);
}

TEST(LocateTest, ThresholdsAreOptions) {
  LocateOptions options;
  options.min_sample_size = 5;
  EXPECT_EQ(Locate(SmallIndex(), "Senior Data Scientist", "DE", k150k, "EUR", options).status,
            MarketStatus::kFound);
}

TEST(DescribePositionTest, NamesPercentileGroupSampleAndSource) {
  const std::string line = DescribePosition(Locate(SmallIndex(), "Sr. Data Scientist", "US", k150k, "USD"));
  EXPECT_EQ(line,
            "50th percentile of 30 data scientist salaries (senior level) in US, 2025 "
            "(median 150,000 USD; aijobs test, as of 2025-08-03)");
}

TEST(DescribePositionTest, SaysBelowTheLowestQuantile) {
  const std::string line =
      DescribePosition(Locate(SmallIndex(), "Data Scientist", "US", core::Money::FromUnits(50000), "USD"));
  EXPECT_EQ(line.rfind("below the 10th percentile", 0), 0u) << line;
}

TEST(DescribePositionTest, NoDataStartsWithTheReason) {
  const std::string line = DescribePosition(Locate(SmallIndex(), "Engineer", "US", k150k, "USD"));
  EXPECT_EQ(line.rfind("no comparable data: ", 0), 0u) << line;
}

}  // namespace
}  // namespace walkaway::market
