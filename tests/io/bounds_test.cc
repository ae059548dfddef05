// The caps of docs/hardening.md that had no test of their own: interview entries, values in one
// file, and what the UTF-8 gate accepts (a BOM, CRLF line ends) next to what it refuses. Each test
// is listed in the bounds table there.

#include <gtest/gtest.h>

#include <string>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using core::ErrorCode;
using testing::ErrorOf;
using testing::MinimalJson;
using testing::MinimalToml;

core::Result<LoadedCase> Load(std::string_view text, std::string_view name = "case.toml") {
  return ParseCase(text, name, Format::kAuto);
}

TEST(BoundsTest, AcceptsInterviewsUpToTheCapAndRejectsOneMore) {
  std::string at_cap = MinimalToml();
  for (size_t i = 0; i < kMaxInterviewsPerOffer; ++i) at_cap += "[[offers.interviews]]\nstage = \"s\"\n";
  ASSERT_TRUE(Load(at_cap)) << Load(at_cap).error().ToString();
  EXPECT_EQ(Load(at_cap)->c.offers[0].interviews.size(), kMaxInterviewsPerOffer);

  const std::string over = at_cap + "[[offers.interviews]]\nstage = \"s\"\n";
  const core::Error e = ErrorOf(over);
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_EQ(e.field_path, "offers[0].interviews");
  EXPECT_NE(e.message.find("more than the limit of 200"), std::string::npos) << e.ToString();
}

TEST(BoundsTest, AcceptsClaimsUpToTheCap) {
  std::string text = MinimalToml();
  for (size_t i = 0; i < kMaxClaimsPerOffer; ++i) text += "[[offers.claims]]\ntopic = \"t\"\nvalue = \"v\"\n";
  const auto loaded = Load(text);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->c.offers[0].claims.size(), kMaxClaimsPerOffer);
}

TEST(BoundsTest, RejectsMoreValuesThanTheCapInJsonBeforeDecoding) {
  // 1,000,001 numbers in one array: ~2 MB, under the size cap; the reader stops at the value cap.
  std::string text = "{\"candidate\": {\"name\": \"Sam\"}, \"x\": [";
  for (size_t i = 0; i <= kMaxValues; ++i) text += "1,";
  text.back() = ']';
  text += "}";
  const core::Error e = ErrorOf(text, "case.json");
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_NE(e.message.find("more than 1000000 values"), std::string::npos) << e.ToString();
}

TEST(BoundsTest, RejectsMoreValuesThanTheCapInToml) {
  std::string text = "x = [";
  for (size_t i = 0; i <= kMaxValues; ++i) text += "1,";
  text += "]\n";
  const core::Error e = ErrorOf(text);
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_NE(e.message.find("more than 1000000 values"), std::string::npos) << e.ToString();
}

TEST(BoundsTest, AcceptsAByteOrderMarkBeforeTomlAndJson) {
  const auto toml = Load("\xEF\xBB\xBF" + MinimalToml());
  ASSERT_TRUE(toml) << toml.error().ToString();
  EXPECT_EQ(toml->c.offers[0].id, "acme");
  const auto json = Load("\xEF\xBB\xBF" + MinimalJson(), "case.json");
  ASSERT_TRUE(json) << json.error().ToString();
  EXPECT_EQ(json->c.offers[0].id, "acme");
}

// A doubled BOM (some editors add one to a file that had one) loads too: we strip the first and
// toml++ / nlohmann-json each skip a leading BOM themselves.
TEST(BoundsTest, ToleratesADoubledByteOrderMark) {
  const auto toml = Load("\xEF\xBB\xBF\xEF\xBB\xBF" + MinimalToml());
  EXPECT_TRUE(toml) << toml.error().ToString();
  const auto json = Load("\xEF\xBB\xBF\xEF\xBB\xBF" + MinimalJson(), "case.json");
  EXPECT_TRUE(json) << json.error().ToString();
}

std::string WithCrlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

TEST(BoundsTest, AcceptsCrlfLineEndsAndCountsLinesTheSame) {
  const auto toml = Load(WithCrlf(MinimalToml() + "title = \"Engineer\"\n"));
  ASSERT_TRUE(toml) << toml.error().ToString();
  EXPECT_EQ(toml->c.offers[0].title, "Engineer");
  const auto json = Load(WithCrlf(MinimalJson()), "case.json");
  ASSERT_TRUE(json) << json.error().ToString();

  // An error on line 7 is on line 7 whichever line ends the file uses.
  const core::Error lf = ErrorOf(MinimalToml() + "base = \"82.000\"\n");
  const core::Error crlf = ErrorOf(WithCrlf(MinimalToml() + "base = \"82.000\"\n"));
  EXPECT_EQ(lf.location.line, 7);
  EXPECT_EQ(crlf.location.line, lf.location.line);
  EXPECT_EQ(crlf.location.column, lf.location.column);
}

TEST(BoundsTest, RejectsALoneCarriageReturnInsideAString) {
  // A bare CR is not a line end in TOML; inside a basic string it is a control character.
  const core::Error e = ErrorOf(MinimalToml() + "title = \"a\rb\"\n");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.location.line, 7);
}

TEST(BoundsTest, RejectsEachOverlongFormBeforeAnyParserSeesIt) {
  // "/" as 2, 3 and 4 bytes, and the lowest overlong 3-byte form of U+07FF.
  for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xE0\x9F\xBF"}) {
    for (const char* name : {"case.toml", "case.json"}) {
      const std::string text = std::string(name) == std::string("case.json")
                                   ? "{\"candidate\": {\"name\": \"" + bad + "\"}}"
                                   : "[candidate]\nname = \"" + bad + "\"\n";
      const core::Error e = ErrorOf(text, name);
      EXPECT_EQ(e.code, ErrorCode::kInvalidInput) << name;
      EXPECT_NE(e.message.find("not valid UTF-8"), std::string::npos) << e.ToString();
    }
  }
}

TEST(BoundsTest, RejectsEncodedSurrogatesInTomlAndJson) {
  for (const std::string bad : {"\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xA0\xBD\xED\xB8\x80"}) {
    const core::Error toml = ErrorOf("[candidate]\nname = \"" + bad + "\"\n");
    EXPECT_NE(toml.message.find("surrogate"), std::string::npos) << toml.ToString();
    const core::Error json = ErrorOf("{\"candidate\": {\"name\": \"" + bad + "\"}}", "case.json");
    EXPECT_NE(json.message.find("surrogate"), std::string::npos) << json.ToString();
  }
}

TEST(BoundsTest, RejectsANulByteInJsonToo) {
  const core::Error e = ErrorOf(std::string("{\"candidate\": {\"name\": \"a\0b\"}}", 30), "case.json");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_NE(e.message.find("NUL"), std::string::npos) << e.ToString();
  EXPECT_EQ(e.location.column, 26);
}

}  // namespace
}  // namespace walkaway::io
