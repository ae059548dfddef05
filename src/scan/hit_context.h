#pragma once

// What the scanner works out around a raw match, on plain bytes: word boundaries, negation, the
// sentence to quote. Pure functions, tested directly in tests/scan.

#include <cstddef>
#include <string>
#include <string_view>

namespace walkaway::scan {

// ASCII letters, digits, '_' and every byte >= 0x80 (a UTF-8 letter is one word with its neighbours).
inline bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

// ASCII letters to lower case, every other byte as it is: the scanner's caseless matching.
inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `word` is `lower` (already lower case) ignoring ASCII case.
inline bool EqualsAsciiLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (AsciiLower(word[i]) != lower[i]) return false;
  }
  return true;
}

// True when the match [begin, end) does not start or end inside a word: "rush" in "brush" is not a hit.
bool HasWordBoundaries(std::string_view text, size_t begin, size_t end);

// "no", "not", "never", "without", "isn't"... among the three words before the match, or a
// "not required" / "not needed" / "optional" right after it, within the same clause.
bool IsNegatedAt(std::string_view text, size_t begin, size_t end);

// The sentence holding [begin, end): cut at ". ", "! ", "? ", a blank line or a new list item,
// at most kMaxSentenceSide bytes each side ("..." marks a cut), whitespace collapsed, valid UTF-8.
std::string SentenceAround(std::string_view text, size_t begin, size_t end);

}  // namespace walkaway::scan
