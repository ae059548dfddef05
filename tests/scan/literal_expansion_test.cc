#include "scan/literal_expansion.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "scan_test_util.h"

namespace walkaway::scan {
namespace {

using testing::BuildOrDie;
using testing::Entry;
using testing::ScanOrDie;
using Strings = std::vector<std::string>;

const std::string kCurly = "\xE2\x80\x99";

TEST(LiteralExpansionTest, GroupsAlternationsAndOptionalPartsExpandToEveryString) {
  EXPECT_EQ(ExpandToLiterals("(by|before) (the )?end of day", true),
            (Strings{"before end of day", "before the end of day", "by end of day", "by the end of day"}));
  EXPECT_EQ(ExpandToLiterals("exploding offers?", true), (Strings{"exploding offer", "exploding offers"}));
  EXPECT_EQ(ExpandToLiterals("(?:a|b)c|d", true), (Strings{"ac", "bc", "d"}));
}

TEST(LiteralExpansionTest, ClassesOfPlainCharactersAndEscapedPunctuationExpand) {
  EXPECT_EQ(ExpandToLiterals("non[- ]?compete", true), (Strings{"non compete", "non-compete", "noncompete"}));
  EXPECT_EQ(ExpandToLiterals("organi[sz]ed", true), (Strings{"organised", "organized"}));
  EXPECT_EQ(ExpandToLiterals("\\$5 fee", true), (Strings{"$5 fee"}));
}

TEST(LiteralExpansionTest, StringsAreLowerCasedAndDeduplicated) {
  EXPECT_EQ(ExpandToLiterals("(EOD|eod|Eod)", true), (Strings{"eod"}));
}

TEST(LiteralExpansionTest, SpaceRunsBecomeOneSpace) {
  EXPECT_EQ(ExpandToLiterals("end   of day", true), (Strings{"end of day"}));
  EXPECT_EQ(ExpandToLiterals("  end \t of day ", false), (Strings{"end of day"}));
}

TEST(LiteralExpansionTest, ApostrophesMatchStraightAndCurlyForms) {
  EXPECT_EQ(ExpandToLiterals("we're family", false), (Strings{"we're family", "we" + kCurly + "re family"}));
  EXPECT_EQ(ExpandToLiterals("(don't|do not) ask", true),
            (Strings{"do not ask", "don't ask", "don" + kCurly + "t ask"}));
}

TEST(LiteralExpansionTest, HyphensInLiteralEntriesMatchAHyphenASpaceOrNothing) {
  EXPECT_EQ(ExpandToLiterals("fast-paced", false), (Strings{"fast paced", "fast-paced", "fastpaced"}));
  // In a regex a hyphen is just a hyphen.
  EXPECT_EQ(ExpandToLiterals("fast-paced", true), (Strings{"fast-paced"}));
}

TEST(LiteralExpansionTest, LanguagesOverTheCapStayRegexes) {
  EXPECT_EQ(ExpandToLiterals("(a|b) (c|d)", true, 4)->size(), 4u);
  EXPECT_EQ(ExpandToLiterals("(a|b) (c|d) (e|f)", true, 4), std::nullopt);
  EXPECT_EQ(ExpandToLiterals("a|b|c|d|e", true, 4), std::nullopt);
  EXPECT_EQ(ExpandToLiterals("a-b-c-d", false, 8), std::nullopt);  // 27 strings
}

TEST(LiteralExpansionTest, InfiniteOrUnsupportedSyntaxStaysARegex) {
  for (const char* pattern : {"\\d+ hours", "\\d{1,2} hours", "up to \\d", "rescheduled (\\w+ )?times", "a.b", "ab*",
                              "ab+", "a{2}", "[a-z]+", "[^a] b", "^start", "end$", "(?i)abc", "(?=a)b", "a??",
                              "\\bword\\b", "a\\x41", "(a|b", "a)b", "[ab", "", "(a)?", "x|"}) {
    EXPECT_EQ(ExpandToLiterals(pattern, true), std::nullopt) << pattern;
  }
  EXPECT_EQ(ExpandToLiterals(" \t ", false), std::nullopt);
}

TEST(LiteralExpansionTest, ExpandedEntriesHitLikeTheirRegexIncludingTheLeftmostStart) {
  const Scanner scanner = BuildOrDie({Entry("t.eod", "(by|before) (the )?end of (the )?(day|week)", true),
                                      Entry("t.hyphen", "non-compete"), Entry("t.digits", "\\d+ hours", true)});
  const ScanResult result =
      ScanOrDie(scanner, "Sign BY THE\n  end of the day. A non compete. Reply in 48 hours. At the end of day.");
  ASSERT_EQ(result.hits.size(), 3u);
  EXPECT_EQ(result.hits[0].entry->id, "t.eod");
  EXPECT_EQ(result.hits[0].begin, 5u);  // "BY THE\n  end of the day", not the shorter "end of ..."
  EXPECT_EQ(result.hits[0].end, 28u);
  EXPECT_EQ(result.hits[1].entry->id, "t.hyphen");
  EXPECT_EQ(result.hits[2].entry->id, "t.digits");
}

TEST(LiteralExpansionTest, AllExpandedLexiconStillLoadsFromTheCache) {
  const auto dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "scan-test-tmp" / "literal-cache";
  std::filesystem::remove_all(dir);
  const Scanner cold = BuildOrDie({Entry("t.a", "wear many hats"), Entry("t.b", "on[- ]call", true)}, dir);
  EXPECT_FALSE(cold.build_info().from_cache);
  const Scanner warm = BuildOrDie({Entry("t.a", "wear many hats"), Entry("t.b", "on[- ]call", true)}, dir);
  EXPECT_TRUE(warm.build_info().from_cache);
  const ScanResult result = ScanOrDie(warm, "You wear many hats and are on call.");
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(result.hits[1].entry->id, "t.b");
  EXPECT_EQ(result.hits[1].begin, 27u);
}

}  // namespace
}  // namespace walkaway::scan
