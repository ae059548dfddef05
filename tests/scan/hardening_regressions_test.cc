// Regressions from the hardening work (docs/hardening.md), each named after the input that found
// it; the inputs themselves are kept under fuzz/regressions/<target>/ and replayed by scripts/fuzz-ci.

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/scan_command.h"
#include "walkaway/scan/jsonl.h"
#include "walkaway/scan/text_prep.h"

namespace walkaway::scan {
namespace {

using Clock = std::chrono::steady_clock;

// fuzz/regressions/jsonl_line/crash-3e283dd3346b7fbdd8863510c060f6b47bcb108a: a numeric id that is
// not a JSON number was copied into the output as written, so the output line was not JSON.
TEST(HardeningRegressionTest, Crash3e283dd3_NumericIdMustBeAJsonNumber) {
  JsonlRecord r;
  EXPECT_FALSE(ParseJsonlRecord(R"({"id":-0-0.0e+.0e+1,"text":"x"})", r));
  for (const char* bad : {"1.", ".5", "01", "1e", "1e+", "--1", "1-2", "+1", "1.2.3", "-", "0x10", "1e5e5"}) {
    EXPECT_FALSE(ParseJsonlRecord(std::string(R"({"id":)") + bad + R"(,"text":"x"})", r)) << bad;
  }
  for (const char* good : {"0", "-0", "42", "-7", "1.5", "0.25", "1e9", "2E-3", "-1.5e+10"}) {
    ASSERT_TRUE(ParseJsonlRecord(std::string(R"({"id":)") + good + R"(,"text":"x"})", r)) << good;
    EXPECT_EQ(r.id_json, good);
    std::string out;
    AppendErrorJson(out, 1, r.id_json, "m");
    EXPECT_FALSE(nlohmann::json::parse(out, nullptr, false).is_discarded()) << out;
  }
  // Skipped values follow the same grammar.
  EXPECT_FALSE(ParseJsonlRecord(R"({"n":1-2,"text":"x"})", r));
  EXPECT_TRUE(ParseJsonlRecord(R"({"n":[1,-2.5e3],"text":"x"})", r));
}

// fuzz/regressions/jsonl_line/crash-b85e6b1b6ef0dd586e60daa1cb1aa7c20e86bfea: an id of 1.7e30877...
// is a grammatical JSON number that overflows a double; strict readers (nlohmann-json) refused the
// output line that copied it.
TEST(HardeningRegressionTest, CrashB85e6b1b_NumericIdMustFitADouble) {
  JsonlRecord r;
  const core::Status s = ParseJsonlRecord(R"({"id":17771e30877777777777777777,"text":"Pay an application fee"})", r);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("out of range"), std::string::npos) << s.error().message;
  EXPECT_FALSE(ParseJsonlRecord(R"({"id":1e-400,"text":"x"})", r));
  ASSERT_TRUE(ParseJsonlRecord(R"({"id":12345678901234567890123,"text":"x"})", r));  // big, but a double
  EXPECT_EQ(r.id_json, "12345678901234567890123");
  ASSERT_TRUE(ParseJsonlRecord(R"({"id":1.7976931348623157e308,"text":"x"})", r));
}

// fuzz/regressions/scan_document/lt-run-quadratic: every '<' searched the rest of the file for a
// '>', so an HTML file of '<' took time quadratic in its size (800 KB: 13 s; the 64 MiB scan cap:
// about a day).
TEST(HardeningRegressionTest, LtRunQuadratic_StrippingARunOfLessThanSignsIsLinear) {
  const std::string html = "<html>" + std::string(4u << 20, '<');
  const auto start = Clock::now();
  const StrippedHtml s = StripHtml(html);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
  EXPECT_TRUE(s.text == " " + std::string(4u << 20, '<'));  // "<html>" becomes one space
  // Same output as before: a '<' with a '>' later is a tag, one without is text.
  EXPECT_EQ(StripHtml("x <i>y</i> < z").text, "x  y  < z");
  EXPECT_EQ(StripHtml("a < b <i>c</i> < d > e").text, "a  c    e");
}

// fuzz/regressions/scan_document/amp-run-quadratic: every '&' searched the rest of the file for a
// ';' before giving up on an entity.
TEST(HardeningRegressionTest, AmpRunQuadratic_DecodingARunOfAmpersandsIsLinear) {
  const std::string html = "<html>" + std::string(4u << 20, '&');
  const auto start = Clock::now();
  const StrippedHtml s = StripHtml(html);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
  EXPECT_TRUE(s.text == " " + std::string(4u << 20, '&'));
  // The entity length limit is unchanged: a name of up to 9 bytes after '&' decodes.
  EXPECT_EQ(StripHtml("&#00000065;").text, "A");
  EXPECT_EQ(StripHtml("&#000000065;").text, "&#000000065;");
  EXPECT_EQ(StripHtml("x &amp;").text, "x &");
  EXPECT_EQ(StripHtml("x &amp").text, "x &amp");
}

// Found in review: each escaped key, id or skipped string got a fresh buffer zero-filled to the
// end of the line, so a line of many escaped strings took time quadratic in its length (a 16 MiB
// line of "\n" strings: ~10^13 bytes of memset).
TEST(HardeningRegressionTest, ManyEscapedStringsInOneLineParseInLinearTime) {
  std::string line = "{\"skip\":[";
  for (int i = 0; i < 200000; ++i) line += "\"\\n\",";
  line += "\"\\n\"],\"id\":\"\\u0041\",\"text\":\"an application fee\"}";
  JsonlRecord record;
  const auto start = Clock::now();
  ASSERT_TRUE(ParseJsonlRecord(line, record));
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
  EXPECT_EQ(record.text, "an application fee");
  EXPECT_EQ(record.id_json, "\"A\"");
}

// Bound: `walkaway scan FILE` refuses a file over kMaxScanFileBytes (64 MiB) from its size,
// before reading it (a sparse 1 GiB file, so the test writes nothing).
TEST(ScanBoundsTest, RefusesAFileOverTheScanCapWithoutReadingIt) {
  const auto dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "scan-test-tmp" / "bounds";
  std::filesystem::create_directories(dir);
  const auto file = dir / "big.txt";
  std::ofstream(file, std::ios::binary | std::ios::trunc) << "x";
  std::filesystem::resize_file(file, 1u << 30);
  cli::ScanOptions options;
  options.files = {file.string()};
  options.lexicon = WALKAWAY_LEXICON_DIR;
  options.no_cache = true;
  std::istringstream in;
  std::ostringstream out, err;
  const auto start = Clock::now();
  EXPECT_EQ(cli::RunScan(options, in, out, err, cli::Environment{}), 2);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(20));  // the lexicon compile, not the file
  EXPECT_NE(err.str().find("too large (1024 MiB, over the limit of 64 MiB)"), std::string::npos) << err.str();
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace walkaway::scan
