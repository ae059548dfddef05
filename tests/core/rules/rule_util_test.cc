#include "core/rules/rule_util.h"

#include <gtest/gtest.h>

#include <array>

#include "support/builders.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;

TEST(AsWrittenTest, QuotesThePhraseAsTheSentenceWritesIt) {
  EXPECT_EQ(AsWritten("Sure, I Can Change that later.", "i can change"), "I Can Change");
  EXPECT_EQ(AsWritten("Nothing here.", "i can change"), "i can change");
}

TEST(AffirmedSentencesTest, GroupsHitsBySentenceAndDropsNegatedOnes) {
  constexpr std::array<std::string_view, 3> kWords = {"weekends", "late nights", "crunch"};
  const auto sentences = AffirmedSentences("Weekends and late nights. No crunch. Weekends again!", kWords);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].sentence, "Weekends and late nights.");
  EXPECT_EQ(sentences[0].phrases.size(), 2u);
  EXPECT_EQ(sentences[1].sentence, "Weekends again!");
}

TEST(TextSourcesTest, OwnTextsUseTheReflectionThatApplies) {
  Case c = AlignedCase();
  c.offers[0].notes = "mine";
  c.reflection->notes = "shared";
  const OfferMetrics m = ComputeMetrics(c.candidate, c.offers[0]);
  const OfferFacts facts = DeriveFacts(c, c.offers[0], m, Date{2026, 11, 21});
  RuleContext ctx{c, c.offers[0], 0, m, facts, Date{2026, 11, 21}, {}, {}};
  auto texts = OwnTexts(ctx);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(walkaway::core::FieldPath(texts[0].field), "offers[0].notes");
  EXPECT_EQ(walkaway::core::FieldPath(texts[1].field), "reflection.notes");
  c.offers[0].reflection = Reflection{};
  EXPECT_EQ(OwnTexts(ctx).size(), 1u);  // the offer's own, empty reflection wins
}

TEST(TextSourcesTest, EmployerTextsSkipEmptyTextAndKeepChannels) {
  Case c = AlignedCase();
  c.offers[0].documents = {{"offer_letter", "a.txt", ""}, {"job_post", "b.txt", "Post."}};
  const OfferMetrics m = ComputeMetrics(c.candidate, c.offers[0]);
  const OfferFacts facts = DeriveFacts(c, c.offers[0], m, Date{2026, 11, 21});
  RuleContext ctx{c, c.offers[0], 0, m, facts, Date{2026, 11, 21}, {}, {}};
  const auto texts = EmployerTexts(ctx);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(walkaway::core::FieldPath(texts[0].field), "offers[0].documents[1]");
  EXPECT_EQ(texts[0].channel, Channel::kDocuments);
  EXPECT_EQ(walkaway::core::FieldPath(texts[1].field), "offers[0].claims[0].value");
  EXPECT_EQ(texts[1].channel, Channel::kClaims);
  EXPECT_EQ(walkaway::core::FieldPath(texts[2].field), "offers[0].interviews[0].notes");
  EXPECT_EQ(texts[2].channel, Channel::kInterviews);
}

TEST(FormatTest, JoinsListsAndNumbers) {
  EXPECT_EQ(JoinList({}), "");
  EXPECT_EQ(JoinList({"a"}), "a");
  EXPECT_EQ(JoinList({"a", "b", "c"}), "a, b and c");
  EXPECT_EQ(FormatNumber(6), "6");
  EXPECT_EQ(FormatNumber(42.5), "42.5");
}

}  // namespace
}  // namespace walkaway::core
