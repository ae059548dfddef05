#include "walkaway/core/text_match.h"

#include <array>

#include <gtest/gtest.h>

namespace walkaway::core {
namespace {

TEST(FirstNumberTest, KeepsTheHalfOfAContractWeek) {
  EXPECT_EQ(FirstNumber("37.5 hours a week"), 37.5);
  EXPECT_EQ(FirstNumber("about 40 hours."), 40.0);
  EXPECT_EQ(FirstNumber("no number"), std::nullopt);
  EXPECT_EQ(HoursText(37.5), "37.5");
  EXPECT_EQ(HoursText(40), "40");
}

TEST(FindPhrasesTest, MatchesWholeWordsCaseInsensitively) {
  constexpr std::array<std::string_view, 1> kPhrases = {"fast-paced"};
  auto hits = FindPhrases("A Fast-Paced team. We like it.", kPhrases);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].sentence, "A Fast-Paced team.");
  EXPECT_EQ(hits[0].line, 1);
  EXPECT_EQ(hits[0].column, 3);
}

TEST(FindPhrasesTest, IgnoresMatchesInsideWords) {
  constexpr std::array<std::string_view, 1> kPhrases = {"rush"};
  EXPECT_TRUE(FindPhrases("I used a brush and felt rushed.", kPhrases).empty());
}

TEST(FindPhrasesTest, ReportsLineAndColumnOnLaterLines) {
  constexpr std::array<std::string_view, 1> kPhrases = {"fix it later"};
  auto hits = FindPhrases("Good team.\nThe hours are long but I can fix it later.", kPhrases);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].line, 2);
  EXPECT_EQ(hits[0].column, 30);
  EXPECT_EQ(hits[0].sentence, "The hours are long but I can fix it later.");
}

TEST(FindPhrasesTest, SpacesMatchAnyWhitespace) {
  constexpr std::array<std::string_view, 1> kPhrases = {"wear many hats"};
  EXPECT_EQ(FindPhrases("you will wear\n many   hats", kPhrases).size(), 1u);
}

TEST(FindPhrasesTest, MarksNegation) {
  constexpr std::array<std::string_view, 1> kPhrases = {"on-call"};
  auto hits = FindPhrases("There is no on-call. Weekly on-call rota.", kPhrases);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_TRUE(hits[0].negated);
  EXPECT_FALSE(hits[1].negated);
}

TEST(FindPhrasesTest, NegationStopsAtSentenceEnd) {
  constexpr std::array<std::string_view, 1> kPhrases = {"rushed"};
  auto hits = FindPhrases("Not great. Rushed.", kPhrases);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_FALSE(hits[0].negated);
}

TEST(FindPhrasesTest, SurvivesInvalidUtf8) {
  constexpr std::array<std::string_view, 1> kPhrases = {"late"};
  auto hits = FindPhrases("\xff\xfe late \xc3", kPhrases);
  EXPECT_EQ(hits.size(), 1u);
}

constexpr std::array<std::string_view, 2> kPushPhrases = {"i'll push for", "fix it later"};

TEST(FindPhrasesTest, TypographicApostropheMatchesPlainOne) {
  const auto hits = FindPhrases("Then I\u2019ll push for more.", kPushPhrases);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].phrase, "i'll push for");
  EXPECT_EQ(hits[0].column, 6);
  EXPECT_EQ(hits[0].sentence, "Then I\u2019ll push for more.");
  EXPECT_FALSE(hits[0].negated);
}

TEST(FindPhrasesTest, TypographicNegationNegates) {
  const auto hits = FindPhrases("I won\u2019t fix it later.", kPushPhrases);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].negated);
}

TEST(FindPhrasesTest, KeepsTextOrderAcrossBothSpellings) {
  const auto hits = FindPhrases("I\u2019ll push for it. I'll push for it.\nfix it later", kPushPhrases);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].column, 1);
  EXPECT_EQ(hits[1].column, 21);  // columns count bytes: the curly apostrophe is 3
  EXPECT_EQ(hits[2].line, 2);
}

TEST(NormalizeTextTest, LowercasesAndCollapsesSpace) {
  EXPECT_EQ(NormalizeText("  Fully   Remote\n"), "fully remote");
}

}  // namespace
}  // namespace walkaway::core
