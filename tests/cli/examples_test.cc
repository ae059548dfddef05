// Golden tests on examples/: each example keeps its verdicts, its text report and its JSON report
// byte for byte. After a deliberate change, regenerate with
//   WALKAWAY_UPDATE_GOLDEN=1 build/bin/walkaway_cli_tests --gtest_filter='ExamplesTest.*'
// and review the diff of tests/golden/ like code.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"
#include "walkaway/core/rules.h"

namespace walkaway::cli {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = WALKAWAY_SOURCE_DIR;

struct Expected {
  const char* file;
  const char* offer;
  const char* decision;
};

// What each example is for (examples/README.md says it in prose).
constexpr Expected kExpected[] = {
    {"demo.toml", "northwind", "negotiate"},          {"demo.toml", "rocketcart", "walk_away"},
    {"demo.toml", "tidewater", "accept"},             {"exploding-offer.toml", "flashpay", "walk_away"},
    {"remote-drift.toml", "meridian", "negotiate"},   {"title-trap.toml", "scaleforge", "walk_away"},
    {"lowball.toml", "vitalis", "walk_away"},         {"missing-facts.toml", "harbor", "not_yet"},
    {"aligned.toml", "atlantico", "accept"},          {"scarcity.toml", "corvid", "not_yet"},
    {"career-ladder.toml", "lionbridge", "negotiate"}, {"usd-offer.json", "stellar", "accept"},
    {"startup-options.toml", "nimbus", "negotiate"}, {"startup-options.toml", "orbital", "accept"},
    {"scam-posting.toml", "brightlane", "walk_away"}, {"contract-clauses.toml", "kestrel", "negotiate"},
    {"moving-for-pay.toml", "thistle", "accept"},     {"moving-for-pay.toml", "nordlicht", "negotiate"},
    {"moving-for-pay.toml", "maple", "accept"},       {"notice-clash.toml", "harbourline", "negotiate"},
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string RunOk(std::vector<std::string> args) {
  std::ostringstream out, err;
  Environment env;
  env.today = core::Date{2026, 11, 28};  // examples carry as_of, so this is never used
  const int code = Run(args, out, err, env);
  EXPECT_EQ(code, 0) << err.str();
  return out.str();
}

std::vector<std::string> ExampleFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kRoot / "examples")) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".toml" || ext == ".json") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Relative paths keep the golden files independent of where the clone lives.
std::string ExampleArg(const std::string& file) { return "examples/" + file; }

class ExamplesTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::current_path(kRoot); }
};

void CheckGolden(const fs::path& golden, const std::string& actual) {
  if (std::getenv("WALKAWAY_UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with WALKAWAY_UPDATE_GOLDEN=1";
  EXPECT_EQ(Slurp(golden), actual) << "report changed: " << golden;
}

// The judgement without a figure of the pay model: each offer's verdict, gates, findings (codes,
// severities, channels, evidence, asks) and plan asks, but no message text, metrics or
// projection. A change to the Monte Carlo leaves these files alone unless a verdict or a finding
// changes with it.
nlohmann::json JudgementPart(const nlohmann::json& doc) {
  nlohmann::json offers = nlohmann::json::array();
  for (const auto& o : doc["offers"]) {
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : o["findings"]) {
      nlohmann::json evidence = nlohmann::json::array();
      for (const auto& e : f["evidence"]) evidence.push_back({{"field_path", e["field_path"]}, {"line", e["line"]}});
      findings.push_back({{"rule_id", f["rule_id"]}, {"code", f["code"]}, {"severity", f["severity"]},
                          {"channel", f["channel"]}, {"evidence", evidence},
                          {"ask", f["ask"].is_null() ? nlohmann::json(nullptr) : f["ask"]["type"]}});
    }
    nlohmann::json gates = nlohmann::json::array();
    for (const auto& g : o["gates"]) gates.push_back({{"name", g["name"]}, {"status", g["status"]}, {"negotiable", g["negotiable"]}});
    nlohmann::json asks = nlohmann::json::array();
    for (const auto& a : o["verdict"]["asks"]) asks.push_back(a["text"]);
    nlohmann::json plan = nullptr;
    if (!o["plan"].is_null()) {
      nlohmann::json plan_asks = nlohmann::json::array();
      for (const auto& a : o["plan"]["asks"]) plan_asks.push_back(a["type"]);
      plan = {{"reaches_accept", o["plan"]["reaches_accept"]}, {"asks", plan_asks}};
    }
    offers.push_back({{"id", o["id"]},
                      {"decision", o["verdict"]["decision"]},
                      {"confidence", o["verdict"]["confidence"]},
                      {"asks", asks},
                      {"gates", gates},
                      {"findings", findings},
                      {"plan", plan}});
  }
  return {{"offers", offers}};
}

// The pay model's figures alone: each offer's metrics and projection.
nlohmann::json PayPart(const nlohmann::json& doc) {
  nlohmann::json offers = nlohmann::json::array();
  for (const auto& o : doc["offers"]) offers.push_back({{"id", o["id"]}, {"metrics", o["metrics"]}, {"projection", o["projection"]}});
  return {{"offers", offers}};
}

// Three goldens per example: the report a person reads (.txt: the summary and, with --details,
// everything behind it), the judgement without
// figures (.judgement.json) and the pay model's figures (.pay.json), so a review sees at once
// whether a change moved verdicts and findings or only figures.
TEST_F(ExamplesTest, EveryExampleMatchesItsGoldenReports) {
  for (const std::string& file : ExampleFiles()) {
    SCOPED_TRACE(file);
    const std::string stem = fs::path(file).stem().string();
    CheckGolden(kRoot / "tests/golden" / (stem + ".txt"), RunOk({"evaluate", ExampleArg(file), "--details"}));
    const nlohmann::json doc = nlohmann::json::parse(RunOk({"evaluate", ExampleArg(file), "--format", "json"}));
    CheckGolden(kRoot / "tests/golden" / (stem + ".judgement.json"), JudgementPart(doc).dump(2) + "\n");
    CheckGolden(kRoot / "tests/golden" / (stem + ".pay.json"), PayPart(doc).dump(2) + "\n");
  }
}

// The plain report is for a person under stress (issue #12): every example's fits 40 lines, and
// names no rule and no method; those stay in --details, the JSON and the docs.
TEST_F(ExamplesTest, ThePlainReportFitsAScreenAndNamesNoRuleOrMethod) {
  for (const std::string& file : ExampleFiles()) {
    SCOPED_TRACE(file);
    const std::string text = RunOk({"evaluate", ExampleArg(file)});
    EXPECT_LE(std::count(text.begin(), text.end(), '\n'), 40) << text;
    for (const core::RuleInfo& rule : core::AllRules()) {
      EXPECT_EQ(text.find(std::string(core::ToString(rule.id))), std::string::npos) << text;
    }
    for (const char* method : {"SMAA", "TOPSIS", "Kendall", "centroid", "Pareto"}) {
      EXPECT_EQ(text.find(method), std::string::npos) << method << " in\n" << text;
    }
    EXPECT_NE(text.find("walkaway evaluate --details"), std::string::npos);
  }
}

TEST_F(ExamplesTest, EachExampleGivesItsIntendedVerdict) {
  for (const Expected& e : kExpected) {
    SCOPED_TRACE(std::string(e.file) + " " + e.offer);
    auto doc = nlohmann::json::parse(RunOk({"evaluate", ExampleArg(e.file), "--offer", e.offer, "--format", "json"}));
    EXPECT_EQ(doc["offers"][0]["verdict"]["decision"], e.decision);
  }
}

TEST_F(ExamplesTest, ExamplesCoverEveryVerdictAndEveryRule) {
  std::set<std::string> decisions, rules;
  for (const std::string& file : ExampleFiles()) {
    auto doc = nlohmann::json::parse(RunOk({"evaluate", ExampleArg(file), "--format", "json"}));
    for (const auto& offer : doc["offers"]) {
      decisions.insert(offer["verdict"]["decision"].get<std::string>());
      for (const auto& f : offer["findings"]) {
        if (f["severity"] != "positive") rules.insert(f["rule_id"].get<std::string>());
      }
    }
  }
  EXPECT_EQ(decisions, (std::set<std::string>{"accept", "negotiate", "not_yet", "walk_away"}));
  for (const core::RuleInfo& rule : core::AllRules()) {
    EXPECT_TRUE(rules.count(std::string(core::ToString(rule.id)))) << "no example raises " << core::ToString(rule.id);
  }
}

TEST_F(ExamplesTest, EveryExampleIsDescribedInTheReadme) {
  const std::string readme = Slurp(kRoot / "examples/README.md");
  for (const std::string& file : ExampleFiles()) {
    EXPECT_NE(readme.find("`" + file + "`"), std::string::npos) << file << " is not in examples/README.md";
  }
}

}  // namespace
}  // namespace walkaway::cli
