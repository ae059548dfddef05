// `walkaway comp`: the table, the JSON with its chart series, options and bad input (exit 2).

#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"
#include "support/run_cli.h"

namespace walkaway::cli {
namespace {

const std::string kExample = std::string(WALKAWAY_SOURCE_DIR) + "/examples/startup-options.toml";

using Outcome = testing::CliOutcome;
using testing::RunCli;

TEST(CompCliTest, PrintsATablePerYearForEachOfferAndTheCurrentJob) {
  const Outcome r = RunCli({"comp", kExample, "--paths", "2000"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("floor"), std::string::npos);
  EXPECT_NE(r.out.find("P90"), std::string::npos);
  EXPECT_NE(r.out.find("Current job"), std::string::npos);
  EXPECT_NE(r.out.find("chance the equity is worth nothing"), std::string::npos);
}

TEST(CompCliTest, JsonHasEveryYearAndAChartSeries) {
  const Outcome r = RunCli({"comp", kExample, "--offer", "nimbus", "--years", "3", "--paths", "1000", "--seed", "9",
                            "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], "walkaway.pay_projection/1");
  EXPECT_EQ(j["horizon_years"], 3);
  const nlohmann::json& job = j["jobs"][0];
  EXPECT_EQ(job["id"], "nimbus");
  EXPECT_EQ(job["seed"], 9);
  EXPECT_EQ(job["years"].size(), 3u);
  EXPECT_EQ(job["series"]["p50"].size(), 3u);
  EXPECT_LE(job["years"][0]["floor"].get<int64_t>(), job["years"][0]["p10"].get<int64_t>());
}

TEST(CompCliTest, SameSeedSameOutput) {
  EXPECT_EQ(RunCli({"comp", kExample, "--paths", "1000", "--seed", "3"}).out,
            RunCli({"comp", kExample, "--paths", "1000", "--seed", "3"}).out);
}

TEST(CompCliTest, BadHorizonUnknownOfferAndBadFileExitTwo) {
  Outcome r = RunCli({"comp", kExample, "--years", "100"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--years"), std::string::npos);
  r = RunCli({"comp", kExample, "--years", "0"});
  EXPECT_EQ(r.code, 2);
  r = RunCli({"comp", kExample, "--offer", "nope"});
  EXPECT_EQ(r.code, 2);
  r = RunCli({"comp", std::string(WALKAWAY_SOURCE_DIR) + "/examples/does-not-exist.toml"});
  EXPECT_EQ(r.code, 2);
}

}  // namespace
}  // namespace walkaway::cli
