// `walkaway evaluate` places each offer's base in the market when the offer has a title, a country
// and a base (docs/market.md); without the market index it still evaluates, with no market finding.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"

namespace walkaway::cli {
namespace {

std::string WriteCase(const std::string& name, const std::string& country_line) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "walkaway_market_cli_test";
  std::filesystem::create_directories(dir);
  const std::filesystem::path path = dir / name;
  std::ofstream(path) << "[candidate]\ncurrency = \"USD\"\n\n[[offers]]\nid = \"acme\"\ncompany = \"Acme\"\n"
                      << "title = \"Sr. Data Scientist\"\n" << country_line << "base = \"120k\"\n";
  return path.string();
}

// `walkaway evaluate FILE --format json` with WALKAWAY_DATA_DIR set to `data_dir`.
nlohmann::json Evaluate(const std::string& file, int* code, const std::string& data_dir) {
  Environment env;
  env.today = core::Date{2026, 11, 28};
  env.vars["WALKAWAY_DATA_DIR"] = data_dir;
  std::ostringstream out, err;
  *code = Run({"evaluate", file, "--format", "json"}, out, err, env);
  return nlohmann::json::parse(out.str());
}

std::vector<std::string> MarketCodes(const nlohmann::json& doc) {
  std::vector<std::string> codes;
  for (const auto& f : doc["offers"][0]["findings"]) {
    const std::string code = f["code"];
    if (code.rfind("pay.market", 0) == 0) codes.push_back(code);
  }
  return codes;
}

TEST(EvaluateMarketTest, OfferWithCountryGetsItsMarketPosition) {
  int code = -1;
  const auto doc = Evaluate(WriteCase("with_country.toml", "country = \"us\"\n"), &code, std::string(WALKAWAY_SOURCE_DIR) + "/data");
  EXPECT_EQ(code, 0);
  EXPECT_EQ(MarketCodes(doc), std::vector<std::string>{"pay.market_low"});
}

TEST(EvaluateMarketTest, MissingIndexGivesNoMarketFindingAndNoError) {
  int code = -1;
  const auto doc = Evaluate(WriteCase("no_index.toml", "country = \"US\"\n"), &code, "/nonexistent/walkaway-data");
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(MarketCodes(doc).empty());
  EXPECT_FALSE(doc["offers"][0]["verdict"]["decision"].get<std::string>().empty());
}

TEST(EvaluateMarketTest, OfferWithoutCountryIsNotLocated) {
  int code = -1;
  const auto doc = Evaluate(WriteCase("no_country.toml", ""), &code, std::string(WALKAWAY_SOURCE_DIR) + "/data");
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(MarketCodes(doc).empty());
}

}  // namespace
}  // namespace walkaway::cli
