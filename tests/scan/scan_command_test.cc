#include "cli/scan_command.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace walkaway::cli {
namespace {

std::filesystem::path Write(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "scan-test-tmp" / "cli";
  std::filesystem::create_directories((dir / name).parent_path());
  std::ofstream(dir / name, std::ios::binary | std::ios::trunc) << bytes;
  return dir / name;
}

struct Output {
  int rc;
  std::string out, err;
};

Output Scan(ScanOptions options, const std::string& input = "") {
  options.lexicon = WALKAWAY_LEXICON_DIR;
  options.no_cache = true;
  std::istringstream in(input);
  std::ostringstream out, err;
  const int rc = RunScan(options, in, out, err, Environment{});
  return {rc, out.str(), err.str()};
}

TEST(ScanCommandTest, ReportsGroupedByCategoryWithLineColumnAndSentence) {
  const auto file = Write("offer.md", "# Offer\n\nYou may be eligible for a bonus.\nWire the remaining balance to us.\n");
  const Output o = Scan({.files = {file.string()}});
  EXPECT_EQ(o.rc, 0) << o.err;
  EXPECT_NE(o.out.find("  scam (1)\n    4:1  blocker  SCAM  scam.wire-money"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("3:5  major  BIAS-VAGUE  vague.may-be-eligible"), std::string::npos) << o.out;
  EXPECT_LT(o.out.find("scam ("), o.out.find("vague_promises ("));  // strongest first
}

// Issue #17, item 3: a job post that sets the window title, clears the screen and conceals the
// rest must not do so through our report.
TEST(ScanCommandTest, ControlSequencesInAQuotedSentenceAreShownNotObeyed) {
  const auto file = Write("hostile.txt", "\x1b]0;pwned\x07\x1b[2J\x1b[8m Wire the remaining balance to us.\n");
  const Output o = Scan({.files = {file.string()}});
  EXPECT_EQ(o.rc, 0) << o.err;
  EXPECT_EQ(o.out.find('\x1b'), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find('\x07'), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("\\x1B]0;pwned\\x07\\x1B[2J\\x1B[8m Wire the remaining balance"), std::string::npos) << o.out;
}

TEST(ScanCommandTest, HtmlHitsAreLocatedInTheHtmlFile) {
  const auto file = Write("post.html", "<html>\n<body>\n<p>Fast-paced &amp; <b>fun</b>, we offer unlimited PTO.</p>\n");
  const Output o = Scan({.files = {file.string()}});
  EXPECT_EQ(o.rc, 0) << o.err;
  EXPECT_NE(o.out.find("3:4  minor  BIAS-STRESS  workload.fast-paced"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("\"Fast-paced & fun , we offer unlimited PTO.\""), std::string::npos) << o.out;
}

TEST(ScanCommandTest, BinaryMissingAndEmptyFilesAreClearAndTheOthersStillScan) {
  const auto binary = Write("photo.png", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  const auto empty = Write("empty.txt", "");
  const Output o = Scan({.files = {binary.string(), "/nonexistent/x.txt", empty.string()}});
  EXPECT_EQ(o.rc, 2);
  EXPECT_NE(o.err.find("looks like a binary file"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("/nonexistent/x.txt"), std::string::npos) << o.err;
  EXPECT_NE(o.out.find("empty.txt: 0 signals"), std::string::npos) << o.out;
}

TEST(ScanCommandTest, JsonlModeWritesOneRecordPerLine) {
  const Output o = Scan({.jsonl = true, .threads = 2}, "{\"id\":\"a\",\"text\":\"This offer expires today.\"}\n{bad\n");
  EXPECT_EQ(o.rc, 0) << o.err;
  EXPECT_NE(o.out.find("{\"line\":1,\"id\":\"a\",\"hits\":[{\"entry\":\"pressure.expires\""), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("{\"line\":2,\"id\":null,\"error\":"), std::string::npos) << o.out;
}

TEST(ScanCommandTest, PhrasesListsEveryLiteralStringWithItsEntry) {
  const Output o = Scan({.phrases = true});
  EXPECT_EQ(o.rc, 0) << o.err;
  EXPECT_NE(o.out.find("workload.wear-many-hats\twear many hats\n"), std::string::npos) << o.out.substr(0, 400);
  EXPECT_NE(o.out.find("contract.non-compete\tnon compete\n"), std::string::npos);  // '-' also as a space
  EXPECT_EQ(o.out.find("pressure.within-hours\t"), std::string::npos);               // left a regex
  EXPECT_GT(std::count(o.out.begin(), o.out.end(), '\n'), 5000);
}

TEST(ScanCommandTest, PhrasesWithFilesOrJsonlIsAUsageError) {
  const Output with_jsonl = Scan({.jsonl = true, .phrases = true});
  EXPECT_EQ(with_jsonl.rc, 2);
  EXPECT_NE(with_jsonl.err.find("--phrases"), std::string::npos) << with_jsonl.err;
  EXPECT_EQ(Scan({.files = {"x.txt"}, .phrases = true}).rc, 2);
}

TEST(ScanCommandTest, NoFilesIsAUsageError) {
  EXPECT_EQ(Scan({}).rc, 2);
}

TEST(ScanCommandTest, BadLexiconFolderIsReported) {
  const auto dir = Write("bad-lexicon/scam.toml", "").parent_path();
  Write("bad-lexicon/scam.toml",
        "category = \"scam\"\n[[entry]]\nid = \"scam.bad\"\npattern = \"(oops\"\nregex = true\nrule = \"SCAM\"\n"
        "severity = \"major\"\nexplain = \"x\"\nexamples = [\"x\"]\ncounter_examples = [\"y\"]\n");
  ScanOptions options{.files = {"x"}};
  std::istringstream in;
  std::ostringstream out, err;
  options.lexicon = dir.string();
  options.no_cache = true;
  EXPECT_EQ(RunScan(options, in, out, err, Environment{}), 2);
  EXPECT_NE(err.str().find("scam.toml:4: lexicon entry 'scam.bad': bad pattern"), std::string::npos) << err.str();
}

}  // namespace
}  // namespace walkaway::cli
