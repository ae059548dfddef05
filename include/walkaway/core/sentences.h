#pragma once

// The one phrase engine's text primitives, shared by the rules' phrase lists (text_match.h), the
// extractors (src/core/extract) and the lexicon scanner (src/scan): what a word byte is, where a
// sentence ends, the sentence to quote around a match, and whether a match is negated, with one
// list of negation words and one of hedges. Every function reads only inside the view it is given,
// so any bytes are safe; quoted sentences are valid UTF-8.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace walkaway::core {

// ASCII letters, digits, '_' and every byte >= 0x80 (a UTF-8 letter is one word with its neighbours).
inline bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

// ASCII letters to lower case, every other byte as it is.
inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `word` is `lower` (already lower case) ignoring ASCII case.
inline bool EqualsAsciiLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (AsciiLower(word[i]) != lower[i]) return false;
  }
  return true;
}

// Space, tab, LF, VT, FF, CR.
inline bool IsTextSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Whether text[i] ends a sentence: '.', '!' or '?' followed by whitespace or the end of the text
// (a '.' after an abbreviation such as "Jan.", "e.g." or an initial "J." does not), a line break
// before a blank line, or a line break before a list item or heading ("- ", "* ", "#", ">", "•").
bool IsSentenceEnd(std::string_view text, size_t i);

// The quoted sentence may reach this many bytes on each side of the match; "..." marks a cut.
inline constexpr size_t kMaxSentenceSide = 240;

// The sentence holding [begin, end), whitespace collapsed, at most kMaxSentenceSide bytes each side
// of the match, always valid UTF-8 (bad bytes become U+FFFD).
std::string SentenceAround(std::string_view text, size_t begin, size_t end);

// The negation words (ASCII case ignored, ' or ’ in contractions): no, not, never, without, nor,
// neither, cannot, and every word ending in "n't" (isn't, don't, won't ...).
bool IsNegator(std::string_view word);

// A negation word among the three words before `begin`, within its clause (a '.', ',', ';', ':',
// '!', '?' or line break stops the look-back).
bool IsNegatedBefore(std::string_view text, size_t begin);

// IsNegatedBefore, or a denial right after the match in the same clause: "... is not required",
// "... are not needed", "... is optional". What the rules, the extractors and the scanner all ask.
bool IsNegatedAt(std::string_view text, size_t begin, size_t end);

// The hedges: words that commit the writer to nothing. BIAS-VAGUE reads them in letters and claims.
inline constexpr std::array<std::string_view, 15> kHedges = {
    "potential",     "may be eligible", "eligible for",
    "discretionary", "we'll revisit",   "we will revisit",
    "up to",         "subject to",      "at the company's discretion",
    "could",         "possibly",        "we'll see",
    "down the line", "in the future",   "to be discussed",
};

// Whether `bytes` is valid UTF-8, and a copy with every invalid sequence replaced by U+FFFD.
bool IsValidUtf8(std::string_view bytes);
std::string ValidUtf8(std::string_view bytes);

}  // namespace walkaway::core
