#pragma once

// The small scanning toolkit the extractors share: sentences with their byte ranges, places
// (line, column, quoted sentence), ASCII case folding, words and number words. Private to the core.
// Every function reads only inside the view it is given, so invalid UTF-8 is just bytes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/extract.h"

namespace walkaway::core::extract {

struct Span {
  size_t begin = 0;
  size_t end = 0;         // one past the last byte
  int line = 1;           // a line at or before `begin`, and where it starts: PlaceOf counts
  size_t line_start = 0;  // lines from here, so placing a mention never rescans the whole text
};

char Lower(char c);
bool IsDigit(char c);
bool IsAlpha(char c);  // ASCII letters only
bool IsSpace(char c);
// Letters, digits and bytes >= 0x80: what a word is made of.
bool IsWordByte(char c);

// "Hello World" -> "hello world" (ASCII only; other bytes unchanged, length kept, so offsets in the
// folded copy are offsets in the original).
std::string Fold(std::string_view text);

// The text cut where the phrase engine ends a sentence (core::IsSentenceEnd) and at its end.
std::vector<Span> Sentences(std::string_view text);

// The place of `offset` inside `text`: line and column, and the sentence `sentence` quoted with its
// whitespace collapsed.
TextPlace PlaceOf(std::string_view text, Span sentence, size_t offset);

// Whether folded text at `pos` starts with `word` and the word ends there (no word byte after it,
// nor before `pos`).
bool WordAt(std::string_view folded, size_t pos, std::string_view word);
// The position of the first whole-word `word` in folded[begin, end), or npos.
size_t FindWord(std::string_view folded, std::string_view word, size_t begin, size_t end);
bool HasWord(std::string_view folded, std::string_view word, Span span);

// Skips spaces, tabs and newlines from `pos`.
size_t SkipSpace(std::string_view text, size_t pos);

// A whole number at `pos` written in digits ("48") or words ("two", "twelve", "forty-eight"),
// with the position after it.
struct NumberAt {
  int value = 0;
  size_t end = 0;
};
std::optional<NumberAt> ReadCount(std::string_view folded, size_t pos);

// "january".."december" and "jan".."dec" (also "sept", with an optional '.'): month 1..12 and end.
struct MonthAt {
  int month = 0;
  size_t end = 0;
};
std::optional<MonthAt> ReadMonth(std::string_view folded, size_t pos);

// "monday".."sunday" and "mon".."sun": 0 = Monday .. 6 = Sunday.
struct WeekdayAt {
  int weekday = 0;
  size_t end = 0;
};
std::optional<WeekdayAt> ReadWeekday(std::string_view folded, size_t pos);

// Whether a negation word is among the three words before `pos` in its clause
// (core::IsNegatedBefore: the one list of negation words).
bool NegatedAt(std::string_view folded, size_t pos);

}  // namespace walkaway::core::extract
