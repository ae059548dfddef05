// Unit tests of the io layer's internal pieces: UTF-8 checks, "did you mean", the TOML depth scan
// and field-path locations.

#include <gtest/gtest.h>

#include <string>

#include "walkaway/io/did_you_mean.h"
#include "io/locations.h"
#include "io/toml_depth.h"
#include "io/utf8.h"

namespace walkaway::io {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(CheckUtf8Text("", "f"));
  EXPECT_TRUE(CheckUtf8Text("plain ascii\n", "f"));
  EXPECT_TRUE(CheckUtf8Text("\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF", "f"));
}

TEST(Utf8Test, LocatesTheFirstBadByteInCharacters) {
  const core::Status s = CheckUtf8Text("ok\n\xE2\x82\xAC\xE2\x82\xAC x \x80", "f.toml");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().location, (core::SourceLocation{"f.toml", 2, 6}));
  EXPECT_NE(s.error().message.find("0x80"), std::string::npos);
}

TEST(Utf8Test, RejectsEachKindOfMalformedSequence) {
  const struct {
    std::string text;
    const char* why;
  } cases[] = {
      {"\xC0\x80", "overlong"},          {"\xC1\xBF", "overlong"},       {"\xE0\x9F\xBF", "overlong"},
      {"\xF0\x8F\xBF\xBF", "overlong"},  {"\xED\xA0\x80", "surrogate"},  {"\xED\xBF\xBF", "surrogate"},
      {"\xF4\x90\x80\x80", "U+10FFFF"}, {"\xF5\x80\x80\x80", "never"},  {"\xFF", "never"},
      {"\xE2\x82", "cut off"},           {"\xE2\x28\xA1", "cut off"},    {"\xBF", "never started"},
      {std::string("a\0", 2), "NUL"},
  };
  for (const auto& c : cases) {
    const core::Status s = CheckUtf8Text(c.text, "f");
    ASSERT_FALSE(s) << c.why;
    EXPECT_NE(s.error().message.find(c.why), std::string::npos) << s.error().message;
  }
}

TEST(Utf8Test, StripsOnlyALeadingByteOrderMark) {
  EXPECT_EQ(StripBom("\xEF\xBB\xBFx"), "x");
  EXPECT_EQ(StripBom("x\xEF\xBB\xBF"), "x\xEF\xBB\xBF");
  EXPECT_EQ(StripBom("\xEF\xBB"), "\xEF\xBB");
}

TEST(DidYouMeanTest, SuggestsCloseWordsAndUniquePrefixes) {
  const std::string_view keys[] = {"deadline", "received", "extension", "extended_to", "id"};
  EXPECT_EQ(Suggest("dedline", keys), "deadline");
  EXPECT_EQ(Suggest("deadlien", keys), "deadline");  // a swap is one edit
  EXPECT_EQ(Suggest("recieved", keys), "received");
  EXPECT_EQ(Suggest("dead", keys), "deadline");
  EXPECT_EQ(Suggest("exten", keys), "");  // two keys start that way
  EXPECT_EQ(Suggest("a", keys), "");
  EXPECT_EQ(Suggest("salary", keys), "");
  EXPECT_EQ(Suggest(std::string(1000, 'd'), keys), "");
}

TEST(DidYouMeanTest, CountsEditsWithTranspositions) {
  EXPECT_EQ(EditDistance("", "abc"), 3);
  EXPECT_EQ(EditDistance("abc", "abc"), 0);
  EXPECT_EQ(EditDistance("abc", "acb"), 1);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
}

TEST(TomlDepthTest, AcceptsOrdinaryNesting) {
  EXPECT_TRUE(CheckTomlDepth("a = [[1, 2], [3]]\n[x.y.z]\nb = { c = { d = 1 } }\n", "f", 64));
  // Dots inside strings, floats and comments are not key parts.
  std::string many_dots = "a = \"" + std::string(500, '.') + "\" # " + std::string(500, '.') + "\n";
  many_dots += "b = [" + std::string(100, '1') + ".5]\n";
  many_dots += "c = '''\n" + std::string(500, '.') + "\n'''\n";
  EXPECT_TRUE(CheckTomlDepth(many_dots, "f", 64));
  EXPECT_TRUE(CheckTomlDepth("\"a.b.c.d\" = 1\n", "f", 2));
}

TEST(TomlDepthTest, RejectsEachWayOfNestingTooDeep) {
  const std::string inputs[] = {
      "a = " + std::string(70, '['),
      "x" + [] { std::string s; for (int i = 0; i < 70; ++i) s += ".a"; return s; }() + " = 1\n",
      "[x" + [] { std::string s; for (int i = 0; i < 70; ++i) s += ".a"; return s; }() + "]\n",
      "a = " + [] { std::string s; for (int i = 0; i < 70; ++i) s += "{ b = "; return s; }(),
      "[a]\nb = [\n  # comment\n" + std::string(70, '[') + "\n",
  };
  for (const std::string& input : inputs) {
    const core::Status s = CheckTomlDepth(input, "f.toml", 64);
    ASSERT_FALSE(s) << input.substr(0, 40);
    EXPECT_EQ(s.error().code, core::ErrorCode::kTooLarge);
    EXPECT_EQ(s.error().location.file, "f.toml");
  }
}

TEST(LocationsTest, FallsBackToTheNearestWrittenAncestor) {
  LocationMap map;
  map["offers"] = {"f", 3, 1};
  map["offers[0]"] = {"f", 4, 1};
  map["offers[0].equity"] = {"f", 9, 10};
  EXPECT_EQ(NearestLocation(map, "offers[0].equity.vesting.cliff_months", "f").line, 9);
  EXPECT_EQ(NearestLocation(map, "offers[0].claims[3].topic", "f").line, 4);
  EXPECT_EQ(NearestLocation(map, "offers[2]", "f").line, 3);
  EXPECT_EQ(NearestLocation(map, "rubric.gut", "f"), (core::SourceLocation{"f", 0, 0}));
}

TEST(LocationsTest, QuotesKeysThatAreNotBare) {
  EXPECT_EQ(JoinKey("candidate.priorities.weights", "work life"), "candidate.priorities.weights[\"work life\"]");
  EXPECT_EQ(JoinKey("", "offers"), "offers");
  EXPECT_EQ(JoinIndex("offers", 2), "offers[2]");
}

}  // namespace
}  // namespace walkaway::io
