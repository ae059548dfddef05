#include "walkaway/scan/text_prep.h"

#include <gtest/gtest.h>

namespace walkaway::scan {
namespace {

TEST(TextPrepTest, StripsTagsScriptsAndDecodesEntities) {
  const StrippedHtml s = StripHtml(
      "<html><script>var fee=1;</script><p>Fees &amp; costs&nbsp;&#36;50 &#x41;&bogus;</p><!-- x --></html>");
  EXPECT_EQ(s.text.find("var"), std::string::npos);
  EXPECT_NE(s.text.find("Fees & costs $50 A&bogus;"), std::string::npos) << s.text;
  EXPECT_EQ(s.text.size(), s.source_offset.size());
}

TEST(TextPrepTest, UnterminatedTagsAndCommentsDoNotCrash) {
  EXPECT_EQ(StripHtml("a < b").text, "a < b");
  EXPECT_TRUE(StripHtml("<!-- never closed").text.empty());
  EXPECT_NO_FATAL_FAILURE(StripHtml("<script>no end"));
  EXPECT_NO_FATAL_FAILURE(StripHtml("&#99999999999;&#x;&"));
}

TEST(TextPrepTest, DetectsKindByExtensionThenContent) {
  EXPECT_EQ(DetectKind("a.HTML", ""), DocumentKind::kHtml);
  EXPECT_EQ(DetectKind("a.md", ""), DocumentKind::kMarkdown);
  EXPECT_EQ(DetectKind("a.txt", "  <!DOCTYPE html><p>"), DocumentKind::kHtml);
  EXPECT_EQ(DetectKind("a.txt", "hello"), DocumentKind::kPlain);
}

TEST(TextPrepTest, BinaryIsNulOrManyControlBytes) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04 abc"));
  EXPECT_FALSE(LooksBinary("plain text\twith tabs\r\n"));
  EXPECT_FALSE(LooksBinary(""));
}

TEST(TextPrepTest, RepairsInvalidUtf8) {
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_EQ(ValidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(ValidUtf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(TextPrepTest, LocatesLineAndColumn) {
  const LineColumn lc = Locate("ab\ncd\nef", 7);
  EXPECT_EQ(lc.line, 3);
  EXPECT_EQ(lc.column, 2);
}

}  // namespace
}  // namespace walkaway::scan
