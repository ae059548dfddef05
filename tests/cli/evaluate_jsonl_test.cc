// `walkaway evaluate --jsonl` (docs/scale.md): one case per input line, one record per output line
// in input order, a bad line reported and the next one judged.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/run_cli.h"

namespace walkaway {
namespace {

using nlohmann::json;
using testing::RunCli;
using testing::RunCliWithInput;

const std::string kExamples = std::string(WALKAWAY_SOURCE_DIR) + "/examples/";

json ExampleCase() {
  std::ifstream in(kExamples + "usd-offer.json");
  return json::parse(in);
}

// The example case on one line, with an id when given.
std::string CaseLine(const json& id = nullptr) {
  json c = ExampleCase();
  if (!id.is_null()) c["id"] = id;
  return c.dump() + "\n";
}

void EraseLocations(json& doc) {
  if (doc.is_object()) {
    doc.erase("location");
    for (auto& [key, value] : doc.items()) EraseLocations(value);
  } else if (doc.is_array()) {
    for (json& value : doc) EraseLocations(value);
  }
}

std::vector<json> Records(const std::string& out) {
  std::vector<json> records;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) records.push_back(json::parse(line));
  return records;
}

TEST(EvaluateJsonlTest, JudgesEachLineInInputOrderAndRepeatsItsId) {
  const testing::CliOutcome r =
      RunCliWithInput({"evaluate", "--jsonl"}, CaseLine("first") + CaseLine(2) + CaseLine());
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<json> records = Records(r.out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["line"], 1);
  EXPECT_EQ(records[0]["id"], "first");
  EXPECT_EQ(records[1]["line"], 2);
  EXPECT_EQ(records[1]["id"], 2);
  EXPECT_EQ(records[2]["line"], 3);
  EXPECT_TRUE(records[2]["id"].is_null());
  for (const json& record : records) {
    EXPECT_EQ(record["judgement"]["offers"][0]["verdict"]["label"], "ACCEPT") << record.dump();
  }
}

TEST(EvaluateJsonlTest, JudgementIsTheSameDocumentEvaluateWritesForTheFile) {
  const testing::CliOutcome file = RunCli({"evaluate", kExamples + "usd-offer.json", "--format", "json"});
  ASSERT_EQ(file.code, 0) << file.err;
  const testing::CliOutcome line = RunCliWithInput({"evaluate", "--jsonl"}, CaseLine("x"));
  ASSERT_EQ(line.code, 0) << line.err;
  json expected = json::parse(file.out);
  json actual = Records(line.out).at(0)["judgement"];
  // Only where the case came from differs: the file's name, and the places of its fields (a line of
  // JSONL has its own lines and columns).
  EXPECT_EQ(actual["case"], "-");
  for (json* doc : {&expected, &actual}) {
    doc->erase("case");
    EraseLocations(*doc);
  }
  EXPECT_EQ(actual, expected);
}

TEST(EvaluateJsonlTest, ABadLineIsAnErrorRecordAndTheNextLineIsJudged) {
  json wrong = ExampleCase();
  wrong["id"] = "wrong";
  wrong["offers"][0]["base"] = "lots";
  const std::string input = "{broken\n" + std::string("[1, 2]\n") + "\n" + wrong.dump() + "\n" + CaseLine("ok") +
                            "{\"id\": [1], \"candidate\": {}}\n";
  const testing::CliOutcome r = RunCliWithInput({"evaluate", "--jsonl"}, input);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<json> records = Records(r.out);
  ASSERT_EQ(records.size(), 6u);
  for (size_t k : {0u, 1u, 2u, 3u, 5u}) {
    EXPECT_EQ(records[k]["line"], k + 1);
    ASSERT_TRUE(records[k].contains("error")) << records[k].dump();
    EXPECT_EQ(records[k]["error"]["code"], "invalid_input");
    EXPECT_EQ(records[k]["error"]["file"], "-");
  }
  EXPECT_EQ(records[2]["error"]["message"], "the line is empty; a record is one case as a JSON object");
  // The field path and the place on the input's line, with the id the line gave.
  EXPECT_EQ(records[3]["id"], "wrong");
  EXPECT_EQ(records[3]["error"]["field"], "offers[0].base");
  EXPECT_EQ(records[3]["error"]["line"], 4);
  EXPECT_GT(records[3]["error"]["column"].get<int>(), 1);
  EXPECT_EQ(records[4]["id"], "ok");
  EXPECT_TRUE(records[4].contains("judgement"));
  EXPECT_EQ(records[5]["error"]["field"], "id");
}

TEST(EvaluateJsonlTest, ALineOverTheCapIsSkippedWithoutStoppingTheStream) {
  std::string input = "{\"id\": \"huge\", \"pad\": \"" + std::string((16u << 20) + 10, 'x') + "\"}\n";
  input += CaseLine("after");
  const testing::CliOutcome r = RunCliWithInput({"evaluate", "--jsonl"}, input);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<json> records = Records(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["error"]["code"], "too_large");
  EXPECT_EQ(records[0]["error"]["line"], 1);
  EXPECT_EQ(records[1]["id"], "after");
  EXPECT_TRUE(records[1].contains("judgement"));
}

TEST(EvaluateJsonlTest, ALastLineWithoutNewlineAndACarriageReturnAreRead) {
  std::string first = CaseLine(1);
  first.insert(first.size() - 1, "\r");
  std::string last = CaseLine(2);
  last.pop_back();
  const testing::CliOutcome r = RunCliWithInput({"evaluate", "--jsonl"}, first + last);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<json> records = Records(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].contains("judgement"));
  EXPECT_TRUE(records[1].contains("judgement"));
}

TEST(EvaluateJsonlTest, FirstLineNumbersTheRecordsAsTheWholeInputWould) {
  const testing::CliOutcome r =
      RunCliWithInput({"evaluate", "--jsonl", "--first-line", "1001"}, CaseLine() + "{broken\n");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<json> records = Records(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["line"], 1001);
  EXPECT_EQ(records[1]["line"], 1002);
  EXPECT_EQ(records[1]["error"]["line"], 1002);
}

TEST(EvaluateJsonlTest, WorkerThreadsWriteTheSameBytesAsOne) {
  std::string input;
  for (int i = 0; i < 70; ++i) input += i % 9 == 4 ? "{broken\n" : CaseLine(i);  // more than one batch
  const testing::CliOutcome one = RunCliWithInput({"evaluate", "--jsonl", "--threads", "1"}, input);
  const testing::CliOutcome two = RunCliWithInput({"evaluate", "--jsonl", "--threads", "2"}, input);
  ASSERT_EQ(one.code, 0) << one.err;
  ASSERT_EQ(two.code, 0) << two.err;
  EXPECT_EQ(Records(one.out).size(), 70u);
  EXPECT_EQ(one.out, two.out);
}

TEST(EvaluateJsonlTest, ADocumentNamedByPathIsAnErrorAndInlineTextIsRead) {
  json by_path = ExampleCase();
  by_path["offers"][0]["documents"] = {{"offer_letter", "letter.txt"}};
  json inline_text = ExampleCase();
  inline_text["offers"][0]["documents"] = {
      {"offer_letter", {{"text", "You must accept by end of day today or the offer lapses."}}}};
  const testing::CliOutcome r =
      RunCliWithInput({"evaluate", "--jsonl"}, by_path.dump() + "\n" + inline_text.dump() + "\n");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<json> records = Records(r.out);
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].contains("error")) << records[0].dump();
  EXPECT_EQ(records[0]["error"]["field"], "offers[0].documents.offer_letter");
  ASSERT_TRUE(records[1].contains("judgement")) << records[1].dump();
}

TEST(EvaluateJsonlTest, OptionsThatJsonlAlreadyDecidesAreRefused) {
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"evaluate", "--jsonl", "case.toml"},
                                             {"evaluate", "--jsonl", "--format", "json"},
                                             {"evaluate", "--jsonl", "-o", "out.jsonl"},
                                             {"evaluate", "--jsonl", "--offer", "a"},
                                             {"evaluate", "--jsonl", "--details"},
                                             {"evaluate", "--threads", "2", "case.toml"}}) {
    const testing::CliOutcome r = RunCliWithInput(args, CaseLine());
    EXPECT_EQ(r.code, 2) << args.back();
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  const testing::CliOutcome none = RunCli({"evaluate"});
  EXPECT_EQ(none.code, 2);
  EXPECT_NE(none.err.find("--jsonl"), std::string::npos) << none.err;
}

TEST(EvaluateJsonlTest, AMalformedTodayIsOneErrorNotOnePerLine) {
  const testing::CliOutcome r = RunCliWithInput({"evaluate", "--jsonl", "--today", "2026-13-01"}, CaseLine() + CaseLine());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--today"), std::string::npos) << r.err;
  const testing::CliOutcome ok = RunCliWithInput({"evaluate", "--jsonl", "--today", "2026-11-25"}, CaseLine());
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_EQ(Records(ok.out).at(0)["judgement"]["as_of"], "2026-11-25");
}

TEST(EvaluateJsonlTest, EmptyInputWritesNothing) {
  const testing::CliOutcome r = RunCliWithInput({"evaluate", "--jsonl"}, "");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace walkaway
