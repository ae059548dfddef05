#include "scan/word_anchors.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "scan/regex_anchors.h"
#include "scan/word_scan.h"

namespace walkaway::scan {
namespace {

std::string Span(std::string_view s, const AnchorSpan& a) { return std::string(s.substr(a.begin, a.end - a.begin)); }

TEST(WordKeyTest, FoldsAsciiCaseAndKeepsTheFirstEightBytes) {
  EXPECT_EQ(WordKey("Hats"), WordKey("hats"));
  EXPECT_NE(WordKey("hat"), WordKey("hats"));
  EXPECT_EQ(WordKey("responsibilities"), WordKey("RESPONSIBLE"));  // the same eight bytes
  EXPECT_NE(WordKey("caf\xC3\xA9"), WordKey("cafe"));
}

TEST(WordCommonnessTest, FunctionWordsAreCommonAndLongWordsRare) {
  EXPECT_GT(WordCommonness("the"), WordCommonness("team"));
  EXPECT_GT(WordCommonness("team"), WordCommonness("clawback"));
  EXPECT_GT(WordCommonness("up"), WordCommonness("hats"));
  EXPECT_EQ(WordCommonness("The"), WordCommonness("the"));
}

TEST(ChooseAnchorTest, PrefersARarePairOverACommonWord) {
  const std::string s = "may change your responsibilities";
  const std::optional<AnchorSpan> a = ChooseAnchor(s, true, true);
  ASSERT_TRUE(a);
  EXPECT_EQ(Span(s, *a), "change your");  // the longer of the two rarest pairs
  const std::optional<AnchorSpan> b = ChooseAnchor("your responsibilities", true, true);
  ASSERT_TRUE(b);
  EXPECT_EQ(Span("your responsibilities", *b), "your responsibilities");
}

TEST(ChooseAnchorTest, AOneWordStringIsItsOwnAnchor) {
  const std::optional<AnchorSpan> a = ChooseAnchor("clawback", true, true);
  ASSERT_TRUE(a);
  EXPECT_EQ(Span("clawback", *a), "clawback");
  EXPECT_FALSE(ChooseAnchor("%", true, true));
}

TEST(ChooseAnchorTest, AWordAtAnUnboundedEdgeIsNotEligible) {
  // "investment" may continue into a longer word in the text when the string's end is not a word boundary.
  const std::optional<AnchorSpan> a = ChooseAnchor("initial investment", true, false);
  ASSERT_TRUE(a);
  EXPECT_EQ(Span("initial investment", *a), "initial");
  EXPECT_FALSE(ChooseAnchor("investment", false, true));
}

TEST(AnchorIndexTest, FindsTheTargetsOfAKeyAndNothingForOtherWords) {
  AnchorIndex index;
  index.Add(WordKey("hats"), AnchorTarget{3, 10});
  index.Add(WordKey("hats"), AnchorTarget{4, 0});
  index.Add(PairKey(WordKey("end"), WordKey("day")), AnchorTarget{5 | AnchorTarget::kRegexBit, 2});
  index.Finish();
  ASSERT_EQ(index.Find(WordKey("HATS")).size(), 2u);
  EXPECT_EQ(index.Find(WordKey("hats"))[1].target, 4u);
  EXPECT_EQ(index.Find(PairKey(WordKey("end"), WordKey("day"))).size(), 1u);
  EXPECT_TRUE(index.Find(WordKey("day")).empty());
  EXPECT_TRUE(index.Find(WordKey("team")).empty());
  EXPECT_EQ(index.word_count(), 2u);
  EXPECT_EQ(index.target_count(), 3u);
}

// ----- the word pass -----

AnchorIndex SmallIndex() {
  AnchorIndex index;
  index.Add(WordKey("hats"), AnchorTarget{1, 0});
  index.Add(PairKey(WordKey("end"), WordKey("of")), AnchorTarget{2, 0});
  index.Add(PairKey(WordKey("wear"), WordKey("many")), AnchorTarget{3, 0});
  index.Add(WordKey("responsibilities"), AnchorTarget{4, 0});
  index.Finish();
  return index;
}

std::vector<std::pair<uint32_t, uint32_t>> Hits(std::string_view text, const AnchorIndex& index, WordPass pass) {
  WordScratch scratch;
  std::vector<AnchorHit> out;
  FindAnchorWords(text, index, scratch, out, pass);
  std::vector<std::pair<uint32_t, uint32_t>> hits;
  for (const AnchorHit& hit : out) hits.emplace_back(hit.begin, hit.targets[0].target);
  return hits;
}

TEST(WordPassTest, FindsWordsAndPairsAcrossAnyNonWordBytes) {
  const AnchorIndex index = SmallIndex();
  const std::string text = "We WEAR\n\t many HATS; by the end-of day. Whats?";
  const auto hits = Hits(text, index, WordPass::kPortable);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0], std::make_pair(uint32_t{3}, uint32_t{3}));   // "WEAR ... many" from WEAR
  EXPECT_EQ(hits[1], std::make_pair(uint32_t{15}, uint32_t{1}));  // HATS, not "Whats"
  EXPECT_EQ(hits[2], std::make_pair(uint32_t{28}, uint32_t{2}));  // "end-of"
}

TEST(WordPassTest, LongWordsMatchOnTheirFirstEightBytesAndTheTextsLastWordIsSeen) {
  const AnchorIndex index = SmallIndex();
  EXPECT_EQ(Hits("responsibility", index, WordPass::kPortable).size(), 1u);  // the comparison after decides
  EXPECT_EQ(Hits("hats", index, WordPass::kPortable).size(), 1u);
  EXPECT_TRUE(Hits("", index, WordPass::kPortable).empty());
  EXPECT_TRUE(Hits(" \n ", index, WordPass::kPortable).empty());
}

void ExpectPassAgreesWithPortable(WordPass pass);

TEST(WordPassTest, Avx512AndPortablePassesAgreeOnRandomText) {
  if (!HasAvx512WordPass()) GTEST_SKIP() << "this CPU has no AVX-512";
  ExpectPassAgreesWithPortable(WordPass::kAvx512);
}

TEST(WordPassTest, Avx2AndPortablePassesAgreeOnRandomText) {
  if (!HasAvx2WordPass()) GTEST_SKIP() << "this CPU has no AVX2";
  ExpectPassAgreesWithPortable(WordPass::kAvx2);
}

void ExpectPassAgreesWithPortable(WordPass pass) {
  const AnchorIndex index = SmallIndex();
  // Words of eight bytes and more that differ only after the eighth ("responsibility" shares its
  // key with "responsibilities"), so the key's masking at bytes 7 and 8 is exercised.
  const std::vector<std::string> words = {"hats", "HATS", "end", "of", "wear", "many", "responsibilities", "x",
                                          "caf\xC3\xA9", "12", "_", "whats", "responsibility", "Responsib",
                                          "responsi", "abcdefg", "abcdefgh", "abcdefghi"};
  const std::string separators[] = {" ", "\n", "-", ", ", "\t\t", "\xE2\x80\x99", ""};
  std::mt19937 rng(20261128);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const size_t n = rng() % 400;
    for (size_t i = 0; i < n; ++i) {
      text += words[rng() % words.size()];
      text += separators[rng() % std::size(separators)];
    }
    ASSERT_EQ(Hits(text, index, pass), Hits(text, index, WordPass::kPortable)) << text;
  }
}

// ----- comparing a string around its anchor -----

TEST(MatchSpacedTest, ASpaceMatchesAWholeWhitespaceRunAndLettersAnyCase) {
  size_t begin = 0, end = 0;
  const std::string text = "You Will WEAR\n\n  many hats.";
  ASSERT_TRUE(MatchSpacedAt(text, 9, "wear many hats", 0, &begin, &end));
  EXPECT_EQ(begin, 9u);
  EXPECT_EQ(end, 26u);
  ASSERT_TRUE(MatchSpacedAt(text, 17, "wear many hats", 5, &begin, &end));  // anchored on "many"
  EXPECT_EQ(begin, 9u);
  EXPECT_FALSE(MatchSpacedAt(text, 9, "wear many caps", 0, &begin, &end));
  EXPECT_FALSE(MatchSpacedAt("wearmany hats", 0, "wear many hats", 0, &begin, &end));
}

TEST(MatchSpacedTest, StopsAtTheTextsEdgesAndEndsATrailingSpaceAtItsRunsFirstByte) {
  size_t begin = 0, end = 0;
  EXPECT_FALSE(MatchSpacedAt("many hats", 0, "wear many hats", 5, &begin, &end));
  EXPECT_FALSE(MatchSpacedAt("wear many", 0, "wear many hats", 0, &begin, &end));
  ASSERT_TRUE(MatchSpacedAt("up to   20", 0, "up to ", 0, &begin, &end));
  EXPECT_EQ(end, 6u);
}

// ----- anchors of regex entries -----

TEST(RegexAnchorsTest, PicksALiteralStretchEveryMatchContains) {
  const auto anchors = RegexAnchorsOf(R"(up to \d+(\.\d+)? ?%)");
  ASSERT_TRUE(anchors);
  ASSERT_EQ(anchors->size(), 1u);
  EXPECT_EQ((*anchors)[0].stretch, "up to");  // the space after is certain anyway: the next piece is one
  EXPECT_EQ((*anchors)[0].stretch.substr((*anchors)[0].word_begin, (*anchors)[0].word_end - (*anchors)[0].word_begin),
            "up to");
}

TEST(RegexAnchorsTest, AWordNextToAPieceThatStartsWithASpaceIsWhole) {
  const auto anchors = RegexAnchorsOf("(investment|buy[- ]in|initial purchase)( of [a-z]+)? (is )?(required|needed)");
  ASSERT_TRUE(anchors);
  bool saw_investment = false;
  for (const RegexAnchor& a : *anchors) saw_investment |= a.stretch == "investment";
  EXPECT_TRUE(saw_investment);
}

TEST(RegexAnchorsTest, EveryBranchGetsItsOwnStretches) {
  const auto anchors = RegexAnchorsOf("(5|10)%,? (35|40)%|back[- ]?loaded vesting");
  ASSERT_TRUE(anchors);
  bool saw_vesting = false, saw_digits = false;
  for (const RegexAnchor& a : *anchors) {
    saw_vesting |= a.stretch.find("vesting") != std::string::npos;
    saw_digits |= a.stretch.find('%') != std::string::npos;
  }
  EXPECT_TRUE(saw_vesting);
  EXPECT_TRUE(saw_digits);
}

TEST(RegexAnchorsTest, ARegexWithoutAWholeLiteralWordHasNoAnchor) {
  EXPECT_FALSE(RegexAnchorsOf(R"(\d+ ?%)"));
  EXPECT_FALSE(RegexAnchorsOf("[a-z]+ing"));  // "ing" may be the end of any word
  EXPECT_FALSE(RegexAnchorsOf("fee|\\d+"));   // one branch without a word is enough
}

TEST(RegexAnchorsTest, AWordNextToAnApostropheOrAClassRangeIsNotTakenAsWhole) {
  // "'" also matches the right quote, whose bytes are word bytes: in "weeks’9" there is no whole
  // word "weeks". "[!-~]" holds letters.
  EXPECT_FALSE(RegexAnchorsOf("weeks'\\d+"));
  EXPECT_FALSE(RegexAnchorsOf("[!-~]notice"));
  const auto spaced = RegexAnchorsOf("[!-~] notice period");
  ASSERT_TRUE(spaced);
  EXPECT_EQ((*spaced)[0].stretch.find("notice"), 1u);
}

TEST(RegexAnchorsTest, PatternsAnchoredToTheTextsEdgesAreRefused) {
  EXPECT_TRUE(UsesTextAnchors("^urgently hiring"));
  EXPECT_TRUE(UsesTextAnchors("hiring now$"));
  EXPECT_TRUE(UsesTextAnchors("\\Ahiring"));
  EXPECT_FALSE(UsesTextAnchors("[^a-z]hiring \\$5"));  // a negated class, an escaped dollar
  EXPECT_FALSE(RegexAnchorsOf("^urgently hiring"));
}

TEST(LiteralAnchorsTest, SkipsWordsTouchedByAHyphenOrApostrophe) {
  const auto anchors = LiteralAnchorsOf("non-compete clause we'll enforce");
  ASSERT_TRUE(anchors);
  ASSERT_EQ(anchors->size(), 1u);
  EXPECT_EQ((*anchors)[0].stretch, "enforce");
  EXPECT_FALSE(LiteralAnchorsOf("non-compete"));
}

}  // namespace
}  // namespace walkaway::scan
