#include "scan/hit_context.h"

#include <gtest/gtest.h>

namespace walkaway::scan {
namespace {

TEST(HitContextTest, SentenceStopsAtFullStopsBlankLinesAndListItems) {
  const std::string text = "Intro. The bonus is discretionary. Next.\n\n- item one\n- item fee two";
  EXPECT_EQ(SentenceAround(text, text.find("discretionary"), text.find("discretionary") + 13),
            "The bonus is discretionary.");
  EXPECT_EQ(SentenceAround(text, text.find("fee"), text.find("fee") + 3), "- item fee two");
}

TEST(HitContextTest, NegationLooksThreeWordsBackWithinTheClause) {
  const std::string text = "We do not offer unlimited PTO";
  EXPECT_TRUE(IsNegatedAt(text, text.find("unlimited"), text.size()));
  const std::string far = "Not that we would ever offer unlimited PTO";
  EXPECT_FALSE(IsNegatedAt(far, far.find("unlimited"), far.size()));
  const std::string after = "A deposit is not needed";
  EXPECT_TRUE(IsNegatedAt(after, 2, 9));
  const std::string plain = "A deposit is needed";
  EXPECT_FALSE(IsNegatedAt(plain, 2, 9));
}

TEST(HitContextTest, BoundariesTreatUtf8BytesAsLetters) {
  EXPECT_TRUE(HasWordBoundaries("a fee b", 2, 5));
  EXPECT_FALSE(HasWordBoundaries("feed", 0, 3));
  EXPECT_FALSE(HasWordBoundaries("\xC3\xA9" "fee", 2, 5));
  EXPECT_TRUE(HasWordBoundaries("$500!", 0, 4));  // punctuation at the edge needs no boundary
}

}  // namespace
}  // namespace walkaway::scan
