// The phrase engine's primitives (walkaway/core/sentences.h), which the rules' phrase lists, the
// extractors and the lexicon scanner share: sentence ends, the quoted sentence, negation.

#include "walkaway/core/sentences.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <string>

#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

size_t EndOf(std::string_view text, std::string_view after) { return text.find(after) + after.size() - 1; }

TEST(SentenceEndTest, StopsAfterPunctuationFollowedBySpace) {
  const std::string t = "One. Two! Three? Four.x";
  EXPECT_TRUE(IsSentenceEnd(t, EndOf(t, "One.")));
  EXPECT_TRUE(IsSentenceEnd(t, EndOf(t, "Two!")));
  EXPECT_TRUE(IsSentenceEnd(t, EndOf(t, "Three?")));
  EXPECT_FALSE(IsSentenceEnd(t, EndOf(t, "Four.")));  // "Four.x" is one word
}

TEST(SentenceEndTest, AbbreviationsAndInitialsDoNotEndASentence) {
  const std::string t = "Start Jan. 5, e.g. soon, with J. Smith. Then I. Done.";
  EXPECT_FALSE(IsSentenceEnd(t, EndOf(t, "Jan.")));
  EXPECT_FALSE(IsSentenceEnd(t, EndOf(t, "e.g.")));
  EXPECT_FALSE(IsSentenceEnd(t, EndOf(t, "J.")));
  EXPECT_TRUE(IsSentenceEnd(t, EndOf(t, "Smith.")));
  EXPECT_TRUE(IsSentenceEnd(t, EndOf(t, "I.")));
}

TEST(SentenceEndTest, BlankLinesAndListItemsEndASentence) {
  const std::string t = "Heading\n\nBody line\n- item one\ncontinued";
  EXPECT_TRUE(IsSentenceEnd(t, t.find('\n')));                 // before a blank line
  EXPECT_TRUE(IsSentenceEnd(t, t.find("\n- ")));               // before a list item
  EXPECT_FALSE(IsSentenceEnd(t, t.find("\ncontinued")));       // a wrapped line goes on
}

TEST(SentenceAroundTest, QuotesTheWholeSentenceWithWhitespaceCollapsed) {
  const std::string t = "First one.  The   bonus is\n  discretionary. Last.";
  const size_t at = t.find("discretionary");
  EXPECT_EQ(SentenceAround(t, at, at + 13), "The bonus is discretionary.");
}

TEST(SentenceAroundTest, CutsLongSentencesWithAnEllipsis) {
  const std::string t = std::string(600, 'a') + " word " + std::string(600, 'b');
  const size_t at = t.find("word");
  const std::string s = SentenceAround(t, at, at + 4);
  EXPECT_EQ(s.substr(0, 3), "...");
  EXPECT_EQ(s.substr(s.size() - 3), "...");
  EXPECT_LE(s.size(), 2 * kMaxSentenceSide + 4 + 6);
}

TEST(SentenceAroundTest, AlwaysValidUtf8) {
  const std::string t = "Bad \xFF\xFE bytes here.";
  const size_t at = t.find("here");
  EXPECT_TRUE(IsValidUtf8(SentenceAround(t, at, at + 4)));
}

TEST(NegationTest, OneListOfNegationWords) {
  for (std::string_view w : {"no", "Not", "never", "without", "nor", "neither", "cannot", "isn't", "DON'T", "won\xE2\x80\x99t"}) {
    EXPECT_TRUE(IsNegator(w)) << w;
  }
  for (std::string_view w : {"now", "note", "known", "on", "n't"}) EXPECT_FALSE(IsNegator(w)) << w;
}

TEST(NegationTest, ANegationWordWithinThreeWordsBeforeInTheSameClause) {
  const std::string t = "There is no unlimited PTO here";
  EXPECT_TRUE(IsNegatedBefore(t, t.find("unlimited")));
  const std::string far = "We do not think the team offers unlimited PTO";
  EXPECT_FALSE(IsNegatedBefore(far, far.find("unlimited")));
  const std::string clause = "No, unlimited PTO is offered";
  EXPECT_FALSE(IsNegatedBefore(clause, clause.find("unlimited")));  // the comma ends the clause
}

TEST(NegationTest, ADenialRightAfterNegatesToo) {
  const std::string t = "A cover letter is not required.";
  EXPECT_TRUE(IsNegatedAt(t, 2, 14));
  const std::string optional = "Weekend work is optional.";
  EXPECT_TRUE(IsNegatedAt(optional, 0, 12));
  const std::string plain = "Weekend work is expected.";
  EXPECT_FALSE(IsNegatedAt(plain, 0, 12));
}

// The rules' phrase lists quote the sentence and read the negation the engine does, whatever
// the text: one engine, one answer.
RC_GTEST_PROP(PhraseEngineTest, RulePhraseHitsQuoteAndNegateAsTheEngineDoes, ()) {
  const std::string filler = *rc::gen::container<std::string>(rc::gen::element(' ', 'a', 'b', '.', ',', '\n', 'x', 'N', 'o', 't', '-'));
  const bool negate = *rc::gen::arbitrary<bool>();
  const std::string text = filler + (negate ? " not " : " ") + "fast-paced" + filler + ".";
  constexpr std::string_view kPhrase[] = {"fast-paced"};
  for (const PhraseHit& hit : FindPhrases(text, kPhrase)) {
    const size_t line_start = [&] {
      size_t start = 0;
      for (int l = 1; l < hit.line; ++l) start = text.find('\n', start) + 1;
      return start;
    }();
    const size_t at = line_start + static_cast<size_t>(hit.column - 1);
    RC_ASSERT(hit.sentence == SentenceAround(text, at, at + 10));
    RC_ASSERT(hit.negated == IsNegatedAt(text, at, at + 10));
  }
}

}  // namespace
}  // namespace walkaway::core
