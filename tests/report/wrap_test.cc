#include <gtest/gtest.h>

#include "walkaway/report/report.h"

namespace walkaway::report {
namespace {

TEST(WrapTest, BreaksAtWidthWithHangingIndent) {
  EXPECT_EQ(Wrap("one two three four", 10, "- ", "  "), "- one two\n  three\n  four\n");
}

TEST(WrapTest, KeepsLongWordsWhole) {
  EXPECT_EQ(Wrap("a averyveryverylongword b", 8, "", ""), "a\naveryveryverylongword\nb\n");
}

TEST(WrapTest, CountsUtf8CharactersNotBytes) {
  // "€" is three bytes but one column: "90 € x" fits in 6 columns.
  EXPECT_EQ(Wrap("90 \xE2\x82\xAC x", 6, "", ""), "90 \xE2\x82\xAC x\n");
}

TEST(WrapTest, EmptyTextGivesPrefixAndNewline) { EXPECT_EQ(Wrap("", 10, "- ", ""), "- \n"); }

TEST(LocateFieldTest, FallsBackToNearestLocatedParent) {
  std::map<std::string, core::SourceLocation> locations = {{"offers[0]", {"case.toml", 12, 1}},
                                                           {"offers[0].deadline", {"case.toml", 20, 12}}};
  ReportOptions o;
  o.case_path = "case.toml";
  o.locations = &locations;
  EXPECT_EQ(LocateField(o, "offers[0].deadline"), "case.toml:20:12");
  EXPECT_EQ(LocateField(o, "offers[0].interviews[1].notes"), "case.toml:12:1");
  EXPECT_EQ(LocateField(o, "candidate.currency"), "");
}

}  // namespace
}  // namespace walkaway::report
