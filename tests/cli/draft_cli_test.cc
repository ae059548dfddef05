// `walkaway draft`: every kind for every offer of every example either writes a clean message or
// says clearly why the kind does not fit (exit 2); the error paths; and the evaluate report's plan.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"
#include "walkaway/io/case_file.h"
#include "walkaway/report/draft.h"
#include "support/run_cli.h"

namespace walkaway::cli {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = fs::path(WALKAWAY_SOURCE_DIR) / "examples";

using Outcome = testing::CliOutcome;
using testing::RunCli;

// The same check as tests/report/draft_test.cc: nothing of a template shows.
::testing::AssertionResult IsClean(const std::string& text) {
  for (std::string_view bad : {"{", "}", "  ", "\"\"", "''", "()", " ,", " .", " \n"}) {
    if (text.find(bad) != std::string::npos) {
      return ::testing::AssertionFailure() << "found \"" << bad << "\" in:\n" << text;
    }
  }
  if (!text.starts_with("Subject: ")) return ::testing::AssertionFailure() << "no subject line";
  return ::testing::AssertionSuccess();
}

std::vector<fs::path> ExampleFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kExamples)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".toml" || ext == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(DraftCliTest, EveryKindForEveryOfferOfEveryExampleIsCleanOrACleanRefusal) {
  int written = 0;
  int refused = 0;
  for (const fs::path& file : ExampleFiles()) {
    core::Result<io::LoadedCase> loaded = io::ReadCaseFile(file);
    ASSERT_TRUE(loaded) << file;
    for (const core::Offer& offer : loaded->c.offers) {
      for (std::string_view kind : report::kDraftKindNames) {
        SCOPED_TRACE(file.filename().string() + " --offer " + offer.id + " --kind " + std::string(kind));
        const Outcome r = RunCli({"draft", file.string(), "--offer", offer.id, "--kind", std::string(kind)});
        if (r.code == 0) {
          ++written;
          EXPECT_TRUE(IsClean(r.out));
          EXPECT_TRUE(r.err.empty()) << r.err;
          // Every message names the offer's company or falls back to a neutral greeting.
          EXPECT_NE(r.out.find(offer.company.empty() ? "Hello," : offer.company), std::string::npos);
        } else {
          ++refused;
          EXPECT_EQ(r.code, kExitInvalid) << r.err;
          EXPECT_TRUE(r.out.empty());
          EXPECT_NE(r.err.find("walkaway: error: "), std::string::npos);
          EXPECT_TRUE(kind == "extension" || kind == "confirm" || kind == "counter") << r.err;
        }
      }
    }
  }
  EXPECT_GT(written, 40);
  EXPECT_GT(refused, 0);
}

TEST(DraftCliTest, CounterForANegotiateExampleCarriesThePlansNumbers) {
  const Outcome r =
      RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "northwind", "--kind", "counter"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Northwind Logistics"), std::string::npos);
  EXPECT_NE(r.out.find("EUR"), std::string::npos) << r.out;
}

TEST(DraftCliTest, ConfirmQuotesTheVerbalClaimOfTheExample) {
  const Outcome r =
      RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "northwind", "--kind", "confirm"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"two days in the office is fine for you\""), std::string::npos) << r.out;
}

TEST(DraftCliTest, UnknownOfferSuggestsTheClosestId) {
  const Outcome r =
      RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "northwnd", "--kind", "decline"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("did you mean 'northwind'"), std::string::npos) << r.err;
}

TEST(DraftCliTest, UnknownKindListsTheKinds) {
  const Outcome r =
      RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "northwind", "--kind", "haggle"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("unknown draft kind \"haggle\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("extension, confirm, counter, decline, accept"), std::string::npos) << r.err;
}

TEST(DraftCliTest, MissingOfferOrKindIsAUsageError) {
  EXPECT_EQ(RunCli({"draft", (kExamples / "demo.toml").string(), "--kind", "accept"}).code, kExitInvalid);
  EXPECT_EQ(RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "northwind"}).code, kExitInvalid);
}

TEST(DraftCliTest, MissingCaseFileIsAnError) {
  const Outcome r = RunCli({"draft", (kExamples / "no-such-case.toml").string(), "--offer", "x", "--kind", "accept"});
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.err.find("walkaway: error: "), std::string::npos);
}

TEST(DraftCliTest, WritesToTheOutputFile) {
  const fs::path dir = fs::temp_directory_path() / "walkaway-draft-cli-test";
  fs::create_directories(dir);
  const fs::path file = dir / "decline.txt";
  const Outcome r = RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "tidewater", "--kind", "decline",
                            "-o", file.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::ifstream in(file);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_TRUE(s.str().starts_with("Subject: "));
  fs::remove_all(dir);
}

TEST(DraftCliTest, UnwritableOutputPathIsAnIoError) {
  const Outcome r = RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "tidewater", "--kind", "decline",
                            "-o", "/nonexistent-dir/for/sure/decline.txt"});
  EXPECT_EQ(r.code, kExitIo) << r.err;
  EXPECT_NE(r.err.find("walkaway: error: "), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

TEST(DraftCliTest, MalformedTodayIsAnError) {
  const Outcome r = RunCli({"draft", (kExamples / "demo.toml").string(), "--offer", "northwind", "--kind",
                            "extension", "--today", "28/11/2026"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("--today"), std::string::npos) << r.err;
}

// The evaluate report carries a plan for each NEGOTIATE offer and null for the others.
TEST(EvaluatePlanTest, JsonReportHasAPlanExactlyForNegotiateOffers) {
  for (const fs::path& file : ExampleFiles()) {
    const Outcome r = RunCli({"evaluate", file.string(), "--format", "json"});
    ASSERT_EQ(r.code, 0) << file << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    for (const nlohmann::json& offer : doc["offers"]) {
      SCOPED_TRACE(file.filename().string() + "#" + offer["id"].get<std::string>());
      const bool negotiate = offer["verdict"]["decision"] == "negotiate";
      ASSERT_EQ(offer["plan"].is_object(), negotiate);
      if (!negotiate) continue;
      const nlohmann::json& plan = offer["plan"];
      EXPECT_LE(plan["search"]["evaluations"].get<int>(), 1024 + 32);
      if (plan["reaches_accept"].get<bool>()) {
        EXPECT_FALSE(plan["asks"].empty());
      } else {
        EXPECT_FALSE(plan["unclosable"].empty());
      }
    }
  }
}

TEST(EvaluatePlanTest, TextReportShowsThePlan) {
  const Outcome r = RunCli({"evaluate", (kExamples / "demo.toml").string(), "--offer", "northwind", "--details"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Negotiation plan"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("candidate asks in"), std::string::npos);
}

}  // namespace
}  // namespace walkaway::cli
