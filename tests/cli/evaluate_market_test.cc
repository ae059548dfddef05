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

nlohmann::json Evaluate(const std::string& file, int* code) {
  Environment env;
  env.today = core::Date{2026, 11, 28};
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

// Sets WALKAWAY_DATA_DIR for one test and restores it after.
class DataDir {
 public:
  explicit DataDir(const std::string& value) {
    if (const char* old = std::getenv("WALKAWAY_DATA_DIR")) old_ = old;
    setenv("WALKAWAY_DATA_DIR", value.c_str(), 1);
  }
  ~DataDir() {
    if (old_) {
      setenv("WALKAWAY_DATA_DIR", old_->c_str(), 1);
    } else {
      unsetenv("WALKAWAY_DATA_DIR");
    }
  }

 private:
  std::optional<std::string> old_;
};

TEST(EvaluateMarketTest, OfferWithCountryGetsItsMarketPosition) {
  DataDir data(std::string(WALKAWAY_SOURCE_DIR) + "/data");
  int code = -1;
  const auto doc = Evaluate(WriteCase("with_country.toml", "country = \"us\"\n"), &code);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(MarketCodes(doc), std::vector<std::string>{"pay.market_low"});
}

TEST(EvaluateMarketTest, MissingIndexGivesNoMarketFindingAndNoError) {
  DataDir data("/nonexistent/walkaway-data");
  int code = -1;
  const auto doc = Evaluate(WriteCase("no_index.toml", "country = \"US\"\n"), &code);
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(MarketCodes(doc).empty());
  EXPECT_FALSE(doc["offers"][0]["verdict"]["decision"].get<std::string>().empty());
}

TEST(EvaluateMarketTest, OfferWithoutCountryIsNotLocated) {
  DataDir data(std::string(WALKAWAY_SOURCE_DIR) + "/data");
  int code = -1;
  const auto doc = Evaluate(WriteCase("no_country.toml", ""), &code);
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(MarketCodes(doc).empty());
}

}  // namespace
}  // namespace walkaway::cli
