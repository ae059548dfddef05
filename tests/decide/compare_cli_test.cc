// `walkaway compare`: the report on the bundled examples, JSON, Markdown, -o, and bad input (exit 2).

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"
#include "support/run_cli.h"

namespace walkaway::cli {
namespace {

const std::string kExamples = std::string(WALKAWAY_SOURCE_DIR) + "/examples/";
const std::string kDemo = kExamples + "demo.toml";

using Outcome = testing::CliOutcome;
using testing::RunCli;

std::string TempPath(const std::string& name) {
  return std::string(WALKAWAY_BINARY_DIR) + "/compare_cli_test_" + name;
}

std::string WriteCase(const std::string& name, const std::string& text) {
  const std::string path = TempPath(name);
  std::ofstream(path) << text;
  return path;
}

// Offers in Edinburgh, Berlin and Toronto for someone in Manchester: pay is compared after tax, and the
// report and the JSON say so (docs/compare.md, docs/tax.md).
TEST(CompareCliTest, OffersInDifferentTaxPlacesAreComparedOnTakeHome) {
  const Outcome r = RunCli({"compare", kExamples + "moving-for-pay.toml"});
  ASSERT_EQ(r.code, 0) << r.err;
  // The report wraps at 80 columns: read it as one line.
  std::string flat;
  for (const char ch : r.out) {
    if (ch == '\n') {
      flat += ' ';
    } else if (ch != ' ' || flat.empty() || flat.back() != ' ') {
      flat += ch;
    }
  }
  EXPECT_NE(flat.find("nordlicht (Nordlicht Mobility): NEGOTIATE. Take-home after tax about"), std::string::npos)
      << r.out;
  EXPECT_NE(flat.find("an estimate, not tax advice"), std::string::npos) << r.out;
  const Outcome j = RunCli({"compare", kExamples + "moving-for-pay.toml", "--format", "json"});
  ASSERT_EQ(j.code, 0) << j.err;
  const nlohmann::json doc = nlohmann::json::parse(j.out);
  EXPECT_EQ(doc["pay_anchors"]["after_tax"], true);
  EXPECT_EQ(doc["pay_anchors"]["source"], "current job");
  const Outcome demo = RunCli({"compare", kDemo, "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(demo.out)["pay_anchors"]["after_tax"], false);  // Lisbon has no tax tables
}

TEST(CompareCliTest, DemoReportFitsEightyColumnsAndLeadsWithTheHeadline) {
  for (const char* details : {"", "--details"}) {
    std::vector<std::string> args{"compare", kDemo};
    if (*details) args.push_back(details);
    const Outcome r = RunCli(args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.find("Best fit for what you told us matters: tidewater"), r.out.find('\n') + 2) << r.out;
    EXPECT_NE(r.out.find("rocketcart (RocketCart): WALK AWAY. Out: your limit on weekly hours"), std::string::npos);
    EXPECT_NE(r.out.find("northwind"), std::string::npos);
    EXPECT_EQ(r.out.find("Gates and Pareto filter") != std::string::npos, *details != 0) << details;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) EXPECT_LE(line.size(), 80u) << line;
  }
}

TEST(CompareCliTest, StartupOptionsComparesBothOffers) {
  const Outcome r = RunCli({"compare", kExamples + "startup-options.toml", "--details"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("nimbus"), std::string::npos);
  EXPECT_NE(r.out.find("orbital"), std::string::npos);
  EXPECT_NE(r.out.find("rank acceptability"), std::string::npos);
}

TEST(CompareCliTest, JsonFollowsTheSchema) {
  const Outcome r = RunCli({"compare", kDemo, "--format", "json", "--draws", "2000", "--seed", "4"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], "walkaway.compare/1");
  EXPECT_EQ(j["offers"].size(), 3u);
  EXPECT_EQ(j["weights"]["source"], "rank");
  EXPECT_TRUE(j["offers"][0]["criteria"].contains("pay"));
  if (!j["smaa"].is_null()) {
    EXPECT_EQ(j["smaa"]["draws"], 2000);
    EXPECT_EQ(j["smaa"]["seed"], 4);
  }
  EXPECT_TRUE(j["winner"].is_string());
}

TEST(CompareCliTest, MarkdownHasTables) {
  const Outcome r = RunCli({"compare", kDemo, "--format", "md", "--draws", "500", "--details"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("# Comparing offers", 0), 0u);
  EXPECT_NE(r.out.find("|---|"), std::string::npos);
}

TEST(CompareCliTest, SameSeedSameOutput) {
  EXPECT_EQ(RunCli({"compare", kDemo, "--seed", "3", "--draws", "1000"}).out,
            RunCli({"compare", kDemo, "--seed", "3", "--draws", "1000"}).out);
}

TEST(CompareCliTest, OutputGoesToAFileWhenAsked) {
  const std::string path = TempPath("out.txt");
  std::remove(path.c_str());
  const Outcome r = RunCli({"compare", kDemo, "--draws", "500", "-o", path});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("== Each offer =="), std::string::npos);
}

TEST(CompareCliTest, OneOfferExitsTwoNamingOffers) {
  const std::string path = WriteCase("one.toml", "[candidate]\ncurrency = \"EUR\"\n\n[[offers]]\nid = \"a\"\ncompany = \"A\"\n");
  const Outcome r = RunCli({"compare", path});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("offers"), std::string::npos);
  EXPECT_NE(r.err.find("at least two offers"), std::string::npos);
}

TEST(CompareCliTest, UnknownCriterionExitsTwoWithItsPath) {
  const std::string path = WriteCase("unknown.toml",
                                     "[candidate]\ncurrency = \"EUR\"\n[candidate.priorities]\nrank = [\"pay\", \"vibes\"]\n\n"
                                     "[[offers]]\nid = \"a\"\ncompany = \"A\"\n\n[[offers]]\nid = \"b\"\ncompany = \"B\"\n");
  const Outcome r = RunCli({"compare", path, "--format", "json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("candidate.priorities.rank[1]"), std::string::npos);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["error"]["field"], "candidate.priorities.rank[1]");
}

TEST(CompareCliTest, NegativeWeightExitsTwo) {
  const std::string path = WriteCase("negative.toml",
                                     "[candidate]\ncurrency = \"EUR\"\n[candidate.priorities]\nweights = { pay = -1 }\n\n"
                                     "[[offers]]\nid = \"a\"\ncompany = \"A\"\n\n[[offers]]\nid = \"b\"\ncompany = \"B\"\n");
  const Outcome r = RunCli({"compare", path});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("candidate.priorities.weights.pay"), std::string::npos);
}

TEST(CompareCliTest, BadDrawsTodayAndMissingFileExitTwo) {
  EXPECT_EQ(RunCli({"compare", kDemo, "--draws", "5"}).code, 2);
  EXPECT_EQ(RunCli({"compare", kDemo, "--today", "2026-13-01"}).code, 2);
  EXPECT_EQ(RunCli({"compare", kExamples + "no-such-file.toml"}).code, 2);
  EXPECT_EQ(RunCli({"compare", kDemo, "--format", "pdf"}).code, 2);
}

}  // namespace
}  // namespace walkaway::cli
