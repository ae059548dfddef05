// `walkaway evaluate` scans a case's documents with the lexicon (docs/document-signals.md): a scam
// sentence walks away end to end, a lexicon that cannot be loaded is an I/O error (exit 3) rather
// than a verdict that silently ignores the documents, and a case without documents never needs it.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"
#include "support/run_cli.h"

namespace walkaway::cli {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = WALKAWAY_SOURCE_DIR;

using Outcome = testing::CliOutcome;
using testing::RunCli;

// A small case whose one offer meets every non-negotiable; `documents` is its documents table.
fs::path WriteCase(const std::string& name, const std::string& documents) {
  const fs::path dir = fs::temp_directory_path() / "walkaway-evaluate-documents";
  fs::create_directories(dir);
  const fs::path file = dir / name;
  std::ofstream(file) << R"(as_of = 2026-11-21
[candidate]
currency = "EUR"
[candidate.non_negotiables]
base_min = "50k"
[[offers]]
id = "quill"
company = "Quill"
title = "Analyst"
received = 2026-11-10
deadline = 2026-11-30
base = "60k"
)" << documents << "\n";
  return file;
}

nlohmann::json Offer(const Outcome& r) { return nlohmann::json::parse(r.out)["offers"][0]; }

bool HasRule(const nlohmann::json& offer, const std::string& rule_id) {
  for (const auto& f : offer["findings"]) {
    if (f["rule_id"] == rule_id) return true;
  }
  return false;
}

TEST(EvaluateDocumentsTest, AScamSentenceInTheJobPostWalksAway) {
  const fs::path file = WriteCase(
      "scam.toml",
      R"(documents = { job_post = { text = "Data entry from home.\nNew hires pay an upfront fee of $150 for equipment." } })");
  const Outcome r = RunCli({"evaluate", file.string(), "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json offer = Offer(r);
  EXPECT_EQ(offer["verdict"]["decision"], "walk_away");
  const nlohmann::json& first = offer["findings"][0];
  EXPECT_EQ(first["rule_id"], "SCAM");
  EXPECT_EQ(first["severity"], "blocker");
  EXPECT_EQ(first["evidence"][0]["field_path"], "offers[0].documents[0].text");
  EXPECT_EQ(first["evidence"][0]["line"], 2);
  EXPECT_EQ(first["evidence"][0]["quote"], "New hires pay an upfront fee of $150 for equipment.");
}

TEST(EvaluateDocumentsTest, TheTextReportQuotesTheSentenceWithLineAndColumn) {
  const fs::path file = WriteCase(
      "scam-text.toml", R"(documents = { job_post = { text = "Data entry from home.\nPay an upfront fee of $150." } })");
  const Outcome r = RunCli({"evaluate", file.string(), "--details"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("WALK AWAY"), std::string::npos) << r.out;
  // The evidence line: the document's field, then the line and column of "upfront" in it.
  EXPECT_NE(r.out.find("offers[0].documents[0].text (line 2, col 8): \"Pay an"), std::string::npos) << r.out;
}

TEST(EvaluateDocumentsTest, ANegatedScamPhraseCountsForNothing) {
  const fs::path file =
      WriteCase("negated.toml", R"(documents = { job_post = { text = "There is no application fee." } })");
  const Outcome r = RunCli({"evaluate", file.string(), "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_FALSE(HasRule(Offer(r), "SCAM"));
}

TEST(EvaluateDocumentsTest, AMissingLexiconIsAnIoErrorNotASilentVerdict) {
  const fs::path file = WriteCase("missing-lexicon.toml", R"(documents = { job_post = { text = "Hello." } })");
  const Outcome r = RunCli({"evaluate", file.string(), "--lexicon", "/nonexistent/lexicon"});
  EXPECT_EQ(r.code, kExitIo);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("cannot load the lexicon needed to read this case's documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/lexicon"), std::string::npos);
  EXPECT_NE(r.err.find("--lexicon"), std::string::npos);  // the hint says how to fix it
}

TEST(EvaluateDocumentsTest, AMissingLexiconIsAJsonErrorWithJsonOutput) {
  const fs::path file = WriteCase("missing-lexicon-json.toml", R"(documents = { job_post = { text = "Hello." } })");
  const Outcome r = RunCli({"evaluate", file.string(), "--lexicon", "/nonexistent/lexicon", "--format", "json"});
  EXPECT_EQ(r.code, kExitIo);
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_TRUE(doc.contains("error")) << r.out;
}

TEST(EvaluateDocumentsTest, ABrokenLexiconIsAnIoError) {
  const fs::path dir = fs::temp_directory_path() / "walkaway-broken-lexicon";
  fs::create_directories(dir);
  std::ofstream(dir / "bad.toml") << "category = \"scam\"\n[[entry]]\nid = \"scam.x\"\n";
  const fs::path file = WriteCase("broken-lexicon.toml", R"(documents = { job_post = { text = "Hello." } })");
  const Outcome r = RunCli({"evaluate", file.string(), "--lexicon", dir.string(), "--no-cache"});
  EXPECT_EQ(r.code, kExitIo);
  EXPECT_NE(r.err.find("bad.toml"), std::string::npos) << r.err;
}

TEST(EvaluateDocumentsTest, ACaseWithoutDocumentsNeverLoadsTheLexicon) {
  const fs::path file = WriteCase("no-documents.toml", "");
  const Outcome r = RunCli({"evaluate", file.string(), "--lexicon", "/nonexistent/lexicon"});
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST(EvaluateDocumentsTest, TheScamExampleWalksAwayBecauseOfItsDocuments) {
  fs::current_path(kRoot);
  const Outcome r = RunCli({"evaluate", "examples/scam-posting.toml", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json offer = Offer(r);
  EXPECT_EQ(offer["verdict"]["decision"], "walk_away");
  EXPECT_EQ(offer["findings"][0]["rule_id"], "SCAM");
  EXPECT_EQ(offer["findings"][0]["severity"], "blocker");
}

}  // namespace
}  // namespace walkaway::cli
