#include "scan/compact_text.h"

#include <gtest/gtest.h>

#include <random>

namespace walkaway::scan {
namespace {

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The obvious byte-by-byte version, to hold the SIMD path to.
std::string Naive(std::string_view text, std::vector<size_t>& original) {
  std::string out;
  original.clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsSpace(text[i])) {
      if (!out.empty() && out.back() == ' ' && i > 0 && IsSpace(text[i - 1])) continue;
      out += ' ';
    } else {
      out += text[i];
    }
    original.push_back(i);
  }
  return out;
}

TEST(CompactTextTest, CollapsesEveryWhitespaceRunToOneSpaceAndMapsOffsetsBack) {
  std::string out;
  std::vector<Shift> shifts;
  const std::string text = "wear\r\n  many\thats,  a  long line of plain words  here\n\n";
  CompactWhitespace(text, out, shifts);
  EXPECT_EQ(out, "wear many hats, a long line of plain words here ");
  EXPECT_EQ(OriginalOffset(shifts, out.find("many")), text.find("many"));
  EXPECT_EQ(OriginalOffset(shifts, out.find("here")), text.find("here"));
  EXPECT_EQ(OriginalOffset(shifts, 4), 4u);  // a collapsed run maps to where it began
}

TEST(CompactTextTest, MatchesTheByteByByteVersionOnRandomText) {
  std::mt19937 rng(11);
  const char alphabet[] = {'a', 'b', ' ', ' ', '\n', '\t', '\r', '\x01', '\xC3', '\xA9', '.'};
  std::string out;
  std::vector<Shift> shifts;
  std::vector<size_t> original;
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 90, 'x');
    const int spaces = static_cast<int>(rng() % 4);  // some texts mostly plain, for the 16-byte path
    for (char& c : text) c = (rng() % 8 < static_cast<unsigned>(spaces)) ? alphabet[rng() % sizeof alphabet] : 'w';
    CompactWhitespace(text, out, shifts);
    ASSERT_EQ(out, Naive(text, original)) << round;
    for (size_t i = 0; i < out.size(); ++i) ASSERT_EQ(OriginalOffset(shifts, i), original[i]) << round << " " << i;
  }
}

}  // namespace
}  // namespace walkaway::scan

namespace walkaway::scan {
namespace {

TEST(CompactedStepsTest, AWhitespaceRunCountsAsOneByteEitherWay) {
  const std::string text = "ab \n\t cd  e";  // compacted: "ab cd e"
  EXPECT_EQ(AdvanceCompacted(text, 0, 2), 2u);   // "ab"
  EXPECT_EQ(AdvanceCompacted(text, 0, 3), 6u);   // "ab " takes the whole run
  EXPECT_EQ(AdvanceCompacted(text, 0, 5), 8u);   // "ab cd"
  EXPECT_EQ(AdvanceCompacted(text, 0, 99), text.size());
  EXPECT_EQ(RetreatCompacted(text, text.size(), 1), 10u);  // "e"
  EXPECT_EQ(RetreatCompacted(text, text.size(), 2), 8u);   // " e": the run "  " whole
  EXPECT_EQ(RetreatCompacted(text, 6, 1), 2u);             // the run before "cd"
  EXPECT_EQ(RetreatCompacted(text, 3, 99), 0u);
}

TEST(CompactedStepsTest, AdvanceAgreesWithCountingTheCompactedTextOnRandomText) {
  std::mt19937 rng(7);
  const char alphabet[] = {'a', 'b', ' ', ' ', '\n', '\t', '\r', '.'};
  std::string compact;
  std::vector<Shift> shifts;
  for (int round = 0; round < 3000; ++round) {
    std::string text(rng() % 200, 'x');
    for (char& c : text) c = alphabet[rng() % sizeof alphabet];
    const size_t from = text.empty() ? 0 : rng() % text.size();
    const size_t count = rng() % 120;
    const size_t to = AdvanceCompacted(text, from, count);
    // The compacted text of [from, to) is `count` bytes long (or all there is), and `to` never
    // stops inside a whitespace run.
    CompactWhitespace(std::string_view(text).substr(from, to - from), compact, shifts);
    if (to < text.size()) {
      ASSERT_EQ(compact.size(), count) << round;
      ASSERT_FALSE(to > from && IsCompactedSpace(text[to - 1]) && IsCompactedSpace(text[to])) << round;
    } else {
      ASSERT_LE(compact.size(), count) << round;
    }
  }
}

}  // namespace
}  // namespace walkaway::scan
