// Cases written as a new user would write them (tests/cases/), judged through the CLI as that user
// runs it. Each is one class of error issue #12 found in such cases; the test says what a careful
// adviser would do with it, not which exact findings come out.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "walkaway/cli/run.h"

namespace walkaway::cli {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = WALKAWAY_SOURCE_DIR;

nlohmann::json JudgeJson(const std::string& path) {
  std::ostringstream out, err;
  Environment env;
  env.today = core::Date{2026, 11, 23};  // the cases carry as_of, so this is never used
  const int code = Run({"evaluate", path, "--format", "json"}, out, err, env);
  EXPECT_EQ(code, 0) << err.str();
  return nlohmann::json::parse(out.str());
}

std::vector<std::string> Codes(const nlohmann::json& offer) {
  std::vector<std::string> codes;
  for (const auto& f : offer["findings"]) codes.push_back(f["code"]);
  return codes;
}

const nlohmann::json* FindingWithCode(const nlohmann::json& offer, const std::string& code) {
  for (const auto& f : offer["findings"]) {
    if (f["code"] == code) return &f;
  }
  return nullptr;
}

class RealisticCaseTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::current_path(kRoot); }
};

// Class 2: one offer that meets the person's lines, little savings and almost no pipeline. The
// relief is a bias to check, and here the facts bear the worry out: it must not count against the
// offer, and the report says the worry has a basis.
TEST_F(RealisticCaseTest, ANewGraduateWithOneGoodOfferAndThinOptionsIsNotToldToWalkAway) {
  const nlohmann::json doc = JudgeJson("tests/cases/new-grad-one-offer.toml");
  const nlohmann::json& offer = doc["offers"][0];
  EXPECT_NE(offer["verdict"]["decision"], "walk_away");
  EXPECT_NE(offer["verdict"]["decision"], "not_yet");
  const nlohmann::json* scarcity = FindingWithCode(offer, "scarcity.relief");
  ASSERT_NE(scarcity, nullptr) << "the relief is still named as something to check";
  EXPECT_EQ((*scarcity)["severity"], "minor");
  EXPECT_NE((*scarcity)["message"].get<std::string>().find("The worry has a basis"), std::string::npos)
      << (*scarcity)["message"];
  for (const std::string& code : Codes(offer)) EXPECT_NE(code, "patterns.independent_flags");
}

// Class 1: the deadline the person recorded and the letter's sentence stating it are one fact.
// Attaching the letter must not turn one concern into "warning signs in independent places".
TEST_F(RealisticCaseTest, ALetterRepeatingTheRecordedDeadlineDoesNotCountItTwice) {
  const nlohmann::json with_letter = JudgeJson("tests/cases/deadline-twice.toml");

  // The same case without its documents line, written beside it so relative paths still hold.
  std::ifstream in(kRoot / "tests/cases/deadline-twice.toml");
  std::ostringstream without;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("documents", 0) != 0) without << line << "\n";
  }
  const fs::path dir = fs::temp_directory_path() / "walkaway-realistic-cases";
  fs::create_directories(dir);
  const fs::path bare = dir / "deadline-without-letter.toml";
  std::ofstream(bare) << without.str();
  const nlohmann::json without_letter = JudgeJson(bare.string());

  const nlohmann::json& a = with_letter["offers"][0];
  const nlohmann::json& b = without_letter["offers"][0];
  EXPECT_EQ(a["verdict"]["decision"], b["verdict"]["decision"]);
  EXPECT_NE(a["verdict"]["decision"], "walk_away");
  for (const std::string& code : Codes(a)) EXPECT_NE(code, "patterns.independent_flags");
}

// Class 10: "by end of day Thursday (19th)" is the 19th, not the day the letter was written (which
// made the deadline "passed"); "within five working days of your acceptance" is no reply-by date;
// the person's note about another company's deadline is not this offer's. And the sentence that
// states the deadline is the date fact, which the dates weigh: not a second, major sign of pressure.
TEST_F(RealisticCaseTest, DatesInWordsAreReadAsTheDayTheyName) {
  const nlohmann::json doc = JudgeJson("tests/cases/dates-in-words.toml");
  const nlohmann::json& offer = doc["offers"][0];
  EXPECT_EQ(FindingWithCode(offer, "pressure.deadline_passed"), nullptr);
  EXPECT_EQ(FindingWithCode(offer, "pressure.phrase"), nullptr);
  const nlohmann::json* near = FindingWithCode(offer, "pressure.deadline_near");
  ASSERT_NE(near, nullptr);
  EXPECT_NE((*near)["message"].get<std::string>().find("2026-11-19"), std::string::npos) << (*near)["message"];
  // One fact, one finding: the empty ledger is said once.
  int empty_ledger = 0;
  for (const std::string& code : Codes(offer)) empty_ledger += code == "role.no_claims" || code == "vague.no_claims";
  EXPECT_EQ(empty_ledger, 1);
}

// Class 4: the hiring manager's "fully remote" against a letter that says three days in Leeds,
// for a person who needs remote and lists no Leeds. The spoken promise answers the place line as
// it answers the work-mode line: NEGOTIATE with one ask (get it written), not WALK AWAY on the
// place alone; and the summary does not give the same ask's fact twice as two reasons.
TEST_F(RealisticCaseTest, ASpokenRemotePromiseAnswersThePlaceLineToo) {
  const nlohmann::json doc = JudgeJson("tests/cases/spoken-remote.toml");
  const nlohmann::json& offer = doc["offers"][0];
  EXPECT_EQ(offer["verdict"]["decision"], "negotiate");
  for (const auto& gate : offer["gates"]) {
    if (gate["name"] == "locations") {
      EXPECT_EQ(gate["negotiable"], true) << gate;
    }
  }
  ASSERT_FALSE(offer["verdict"]["asks"].empty());
  EXPECT_EQ(offer["verdict"]["asks"][0]["type"], "claims_in_writing");
  EXPECT_EQ(offer["verdict"]["asks"][0]["claims"][0]["topic"], "work_mode");
  for (const auto& reason : offer["verdict"]["reasons"]) {
    EXPECT_EQ(reason.get<std::string>().find("Where you can work"), std::string::npos) << reason;
  }
}

// Class 11: a six-month contract whose extension and "guaranteed" bonus were only spoken of. The
// guaranteed floor holds only the written term's base; the outlook's later years are empty and say
// why; both spoken promises are asked for in writing.
TEST_F(RealisticCaseTest, ASpokenExtensionAndBonusAreNotGuaranteedMoney) {
  const nlohmann::json doc = JudgeJson("tests/cases/fixed-term-contract.toml");
  const nlohmann::json& offer = doc["offers"][0];
  EXPECT_NE(offer["verdict"]["decision"], "accept");
  const nlohmann::json& years = offer["projection"]["years"];
  ASSERT_GE(years.size(), 3u);
  EXPECT_EQ(years[0]["floor"], 2'400'000) << "six months of the written 48k base, in cents, and no bonus";
  EXPECT_GT(years[0]["p50"].get<int64_t>(), 2'400'000) << "the discretionary bonus is still possible";
  for (size_t y = 1; y < years.size(); ++y) {
    EXPECT_EQ(years[y]["floor"], 0) << y;
    EXPECT_EQ(years[y]["p50"], 0) << y << ": no extension is written";
  }
  bool outlook_says_why = false;
  for (const auto& f : offer["findings"]) {
    if (f["rule_id"] == "EVAL-LONGTERM" &&
        f["message"].get<std::string>().find("the contract ends after 6 months") != std::string::npos) {
      outlook_says_why = true;
    }
  }
  EXPECT_TRUE(outlook_says_why);
  std::string asks;
  for (const auto& a : offer["verdict"]["asks"]) asks += a["text"].get<std::string>() + "\n";
  EXPECT_NE(asks.find("extended to permanent"), std::string::npos) << asks;
  EXPECT_NE(asks.find("guaranteed 10% bonus"), std::string::npos) << asks;
}

}  // namespace
}  // namespace walkaway::cli
