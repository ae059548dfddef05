// `walkaway comp`: the table, the JSON with its chart series, options and bad input (exit 2).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "walkaway/api/engine.h"
#include "walkaway/cli/run.h"
#include "walkaway/io/case_file.h"
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


// Take-home pay (docs/tax.md) from the data folder's tax/ tables.
const std::string kMoving = std::string(WALKAWAY_SOURCE_DIR) + "/examples/moving-for-pay.toml";

Outcome RunWithDataDir(const std::vector<std::string>& args, const std::string& data_dir) {
  Environment env;
  env.today = core::Date{2026, 11, 28};
  env.vars["WALKAWAY_DATA_DIR"] = data_dir;
  std::ostringstream out, err;
  const int code = Run(args, out, err, env);
  return {code, out.str(), err.str()};
}

std::filesystem::path FreshDir(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("walkaway_comp_cli_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(CompCliTest, ShowsTakeHomeBesideGrossForJobsInFourPlaces) {
  const Outcome r = RunCli({"comp", kMoving, "--paths", "2000"});
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* place : {"take-home in Scotland, United Kingdom (2026-27 tables; estimate, not tax advice)",
                            "take-home in Berlin, Germany (2026 tables; estimate, not tax advice)",
                            "take-home in Ontario, Canada (2026 tables; estimate, not tax advice)",
                            "take-home in England, United Kingdom (2026-27 tables; estimate, not tax advice)"}) {
    EXPECT_NE(r.out.find(place), std::string::npos) << place << "\n" << r.out;
  }
  EXPECT_NE(r.out.find("year 1 taxes on the expected pay: Wage tax (Lohnsteuer)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("tax note: left out, no figure in the data: MISSING: Ontario Health Premium"),
            std::string::npos);
}

TEST(CompCliTest, JsonCarriesTakeHomePerYearAndItsBasis) {
  const Outcome r = RunCli({"comp", kMoving, "--offer", "nordlicht", "--paths", "1000", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  const nlohmann::json& job = j["jobs"][0];
  EXPECT_EQ(job["tax"]["place"], "Berlin, Germany");
  EXPECT_EQ(job["tax"]["disclaimer"], "estimate, not tax advice");
  const nlohmann::json& year = job["years"][0];
  EXPECT_LT(year["take_home"]["p50"].get<int64_t>(), year["p50"].get<int64_t>());
  EXPECT_EQ(job["series"]["take_home_p50"][0], year["take_home"]["p50"]);
  bool wage_tax = false;
  for (const auto& line : year["take_home"]["lines"]) wage_tax = wage_tax || line["kind"] == "income_tax";
  EXPECT_TRUE(wage_tax);
}

TEST(CompCliTest, AJobWithoutAPlaceSaysWhyItHasNoTakeHome) {
  const Outcome r = RunCli({"comp", kExample, "--paths", "1000"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("no take-home pay: the job has no location"), std::string::npos) << r.out;
}

TEST(CompCliTest, ADataFolderWithoutTaxTablesGivesGrossFiguresOnly) {
  const std::filesystem::path dir = FreshDir("no_tax");
  const Outcome r = RunWithDataDir({"comp", kMoving, "--paths", "1000"}, dir.string());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("P50"), std::string::npos);
  EXPECT_EQ(r.out.find("take-home"), std::string::npos) << r.out;
  std::filesystem::remove_all(dir);
}

TEST(CompCliTest, ABrokenTaxFileIsAnIoErrorNamingTheFile) {
  const std::filesystem::path dir = FreshDir("broken_tax");
  std::filesystem::create_directories(dir / "tax");
  std::ofstream(dir / "tax" / "us-federal-2026.toml") << "[federal\nrate = \n";
  const Outcome r = RunWithDataDir({"comp", kMoving, "--paths", "1000"}, dir.string());
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("cannot load the tax tables for take-home pay"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("us-federal-2026.toml"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::filesystem::remove_all(dir);
}

// The library's Engine reports a broken tax file on every call, not once and then gross figures quietly.
TEST(EngineTaxTest, ABrokenTaxFileIsAnErrorEveryTime) {
  const std::filesystem::path dir = FreshDir("engine_broken_tax");
  std::filesystem::create_directories(dir / "tax");
  std::ofstream(dir / "tax" / "us-federal-2026.toml") << "[federal\n";
  auto loaded = io::ReadCaseFile(kMoving);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  Engine engine({.data_dir = dir});
  for (int call = 0; call < 2; ++call) {
    const core::Status s = engine.PrepareTaxRules(loaded->c);
    ASSERT_FALSE(s) << "call " << call;
    EXPECT_EQ(s.error().code, core::ErrorCode::kIo);
    EXPECT_FALSE(engine.Judge(loaded->c, core::Date{2026, 11, 23})) << "call " << call;
  }
  EXPECT_EQ(engine.tax_rules(), nullptr);
  std::filesystem::remove_all(dir);
}

TEST(CompCliTest, AnUnknownTaxRegionIsAnErrorAtItsPlaceInTheFile) {
  const std::filesystem::path dir = FreshDir("bad_region");
  const std::filesystem::path file = dir / "case.toml";
  std::ofstream(file) << "[candidate]\ncurrency = \"USD\"\n\n[[offers]]\nid = \"acme\"\ncompany = \"Acme\"\n"
                      << "base = \"100k\"\ntax = { country = \"US\", region = \"ZZ\" }\n";
  for (const char* command : {"comp", "validate", "evaluate"}) {
    const Outcome r = RunCli({command, file.string()});
    EXPECT_EQ(r.code, 2) << command << ": " << r.err;
    EXPECT_NE(r.err.find("case.toml:8:"), std::string::npos) << command << ": " << r.err;
    EXPECT_NE(r.err.find("offers[0].tax.region: no tax data for region 'ZZ' of United States"), std::string::npos)
        << command << ": " << r.err;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace walkaway::cli
