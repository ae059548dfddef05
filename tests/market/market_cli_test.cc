#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "walkaway/cli/run.h"

namespace walkaway::cli {
namespace {

struct Outcome {
  int code = 0;
  std::string out;
  std::string err;
};

Outcome RunCli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = Run(args, out, err, Environment{core::Date{2026, 11, 28}, false, true});
  return {code, out.str(), err.str()};
}

TEST(MarketCommandTest, PrintsPositionGroupSampleAndSource) {
  const Outcome r = RunCli({"market", "Sr. Data Scientist", "--country", "US", "--pay", "160k"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("percentile of"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("data_scientist / senior / US"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("n = "), std::string::npos);
  EXPECT_NE(r.out.find("aijobs.net"), std::string::npos);
}

TEST(MarketCommandTest, JsonCarriesEveryNumber) {
  const Outcome r =
      RunCli({"market", "Senior SWE", "--country", "US", "--pay", "$150,000", "--format", "json"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["status"], "found");
  EXPECT_EQ(j["group"]["family"], "software_engineer");
  EXPECT_GE(j["group"]["sample_size"].get<int>(), 20);
  EXPECT_TRUE(j["quantiles"]["p50"].is_number());
  EXPECT_GT(j["percentile"]["value"].get<double>(), 0.0);
  EXPECT_EQ(j["source"]["as_of"], "2025-08-03");
}

TEST(MarketCommandTest, NoComparableDataIsAnAnswerNotAnError) {
  const Outcome r = RunCli({"market", "Engineer", "--country", "US", "--pay", "90k", "--format", "json"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["status"], "no_comparable_data");
  EXPECT_FALSE(j["reason"].get<std::string>().empty());
}

TEST(MarketCommandTest, NonUsPayNeedsACurrency) {
  const Outcome r = RunCli({"market", "Data Scientist", "--country", "DE", "--pay", "70000"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("--currency"), std::string::npos) << r.err;
  EXPECT_EQ(RunCli({"market", "Data Scientist", "--country", "DE", "--pay", "70k EUR"}).code, kExitOk);
}

TEST(MarketCommandTest, RateMustBeWellFormed) {
  const Outcome r =
      RunCli({"market", "Data Scientist", "--country", "GB", "--pay", "70k EUR", "--rate", "1.2"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("EUR/USD=1.08"), std::string::npos) << r.err;
}

TEST(MarketCommandTest, RateLetsOtherCurrenciesCompare) {
  const Outcome r = RunCli({"market", "Data Scientist", "--country", "GB", "--pay", "70k EUR", "--rate",
                            "EUR/GBP=0.85", "--format", "json"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["status"], "found") << j["reason"];
  EXPECT_EQ(j["group"]["currency"], "GBP");
  EXPECT_DOUBLE_EQ(j["compared_amount"].get<double>(), 59500.0);
}

TEST(MarketCommandTest, BadPayAndConflictingCurrencyAreUsageErrors) {
  EXPECT_EQ(RunCli({"market", "Data Scientist", "--country", "US", "--pay", "lots"}).code, kExitInvalid);
  EXPECT_EQ(
      RunCli({"market", "Data Scientist", "--country", "US", "--pay", "70k EUR", "--currency", "USD"}).code,
      kExitInvalid);
  EXPECT_EQ(RunCli({"market", "Data Scientist", "--country", "US", "--pay", "70k", "--currency", "XYZ"}).code,
            kExitInvalid);
  EXPECT_EQ(RunCli({"market", "Data Scientist", "--pay", "70k"}).code, kExitInvalid);
}

TEST(MarketCommandTest, MissingDataFolderIsAClearError) {
  const Outcome r =
      RunCli({"market", "Data Scientist", "--country", "US", "--pay", "70k", "--data-dir", "/nonexistent"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("WALKAWAY_DATA_DIR"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace walkaway::cli
