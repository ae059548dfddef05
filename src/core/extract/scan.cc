#include "core/extract/scan.h"

#include "walkaway/core/sentences.h"

#include <array>

namespace walkaway::core::extract {
namespace {

constexpr std::array<std::string_view, 20> kSmallNumbers = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                    "sixty",  "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                       "may",     "june",     "july",      "august",
                                                       "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};

}  // namespace

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsWordByte(char c) { return IsAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string Fold(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = Lower(c);
  return out;
}

std::vector<Span> Sentences(std::string_view text) {
  std::vector<Span> out;
  size_t begin = 0;
  // Leading whitespace is not part of a sentence, so a sentence's place is its first word.
  int line = 1;
  size_t line_start = 0;
  size_t counted = 0;  // newlines before `counted` are in `line`
  const auto push = [&](size_t b, size_t e) {
    b = SkipSpace(text, b);
    if (b >= e) return;
    for (; counted < b; ++counted) {
      if (text[counted] == '\n') {
        ++line;
        line_start = counted + 1;
      }
    }
    out.push_back({b, e, line, line_start});
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsSentenceEnd(text, i)) continue;
    push(begin, i + 1);
    begin = i + 1;
  }
  push(begin, text.size());
  return out;
}

TextPlace PlaceOf(std::string_view text, Span sentence, size_t offset) {
  TextPlace place;
  place.offset = offset;
  place.line = sentence.line;
  size_t line_start = sentence.line_start;
  for (size_t i = sentence.line_start; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++place.line;
      line_start = i + 1;
    }
  }
  place.column = static_cast<int>(offset - line_start) + 1;
  bool in_space = true;
  place.sentence.reserve(sentence.end - sentence.begin);
  for (size_t i = sentence.begin; i < sentence.end && i < text.size(); ++i) {
    if (IsSpace(text[i])) {
      if (!in_space) place.sentence += ' ';
      in_space = true;
    } else {
      place.sentence += text[i];
      in_space = false;
    }
  }
  while (!place.sentence.empty() && place.sentence.back() == ' ') place.sentence.pop_back();
  return place;
}

bool WordAt(std::string_view folded, size_t pos, std::string_view word) {
  if (pos > folded.size() || folded.size() - pos < word.size()) return false;
  if (folded.substr(pos, word.size()) != word) return false;
  if (pos > 0 && IsWordByte(folded[pos - 1]) && IsWordByte(word.front())) return false;
  const size_t end = pos + word.size();
  return end >= folded.size() || !IsWordByte(folded[end]) || !IsWordByte(word.back());
}

size_t FindWord(std::string_view folded, std::string_view word, size_t begin, size_t end) {
  // Search only up to `end`: a search of the whole rest of the text per sentence is quadratic.
  const std::string_view window = folded.substr(0, std::min(end, folded.size()));
  for (size_t pos = window.find(word, begin); pos != std::string_view::npos; pos = window.find(word, pos + 1)) {
    if (WordAt(folded, pos, word)) return pos;
  }
  return std::string_view::npos;
}

bool HasWord(std::string_view folded, std::string_view word, Span span) {
  return FindWord(folded, word, span.begin, span.end) != std::string_view::npos;
}

size_t SkipSpace(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  return pos;
}

std::optional<NumberAt> ReadCount(std::string_view folded, size_t pos) {
  if (pos < folded.size() && IsDigit(folded[pos])) {
    if (pos > 0 && (IsWordByte(folded[pos - 1]) || folded[pos - 1] == '.' || folded[pos - 1] == ',')) {
      return std::nullopt;
    }
    int value = 0;
    size_t end = pos;
    while (end < folded.size() && IsDigit(folded[end]) && end - pos < 6) value = value * 10 + (folded[end++] - '0');
    if (end < folded.size() && IsDigit(folded[end])) return std::nullopt;
    return NumberAt{value, end};
  }
  for (size_t t = 0; t < kTens.size(); ++t) {
    if (folded.substr(pos, kTens[t].size()) != kTens[t]) continue;
    const int tens = static_cast<int>(t + 2) * 10;
    const size_t after = pos + kTens[t].size();
    if (after < folded.size() && (folded[after] == '-' || folded[after] == ' ')) {
      for (size_t u = 1; u < 10; ++u) {
        if (WordAt(folded, after + 1, kSmallNumbers[u])) {
          return NumberAt{tens + static_cast<int>(u), after + 1 + kSmallNumbers[u].size()};
        }
      }
    }
    if (WordAt(folded, pos, kTens[t])) return NumberAt{tens, after};
  }
  for (size_t n = kSmallNumbers.size(); n-- > 0;) {
    if (WordAt(folded, pos, kSmallNumbers[n])) return NumberAt{static_cast<int>(n), pos + kSmallNumbers[n].size()};
  }
  if (WordAt(folded, pos, "an")) return NumberAt{1, pos + 2};
  if (WordAt(folded, pos, "a")) return NumberAt{1, pos + 1};
  return std::nullopt;
}

std::optional<MonthAt> ReadMonth(std::string_view folded, size_t pos) {
  if (pos > 0 && IsWordByte(folded[pos - 1])) return std::nullopt;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (WordAt(folded, pos, kMonths[m])) return MonthAt{static_cast<int>(m + 1), pos + kMonths[m].size()};
  }
  for (size_t m = 0; m < kMonths.size(); ++m) {
    // "may" is also a verb; only its full form (above) counts, and only next to a number.
    for (std::string_view abbr : {kMonths[m].substr(0, 3), kMonths[m].substr(0, 4)}) {
      if (m == 4 || (abbr.size() == 4 && m != 8)) continue;
      if (!WordAt(folded, pos, abbr)) continue;
      size_t end = pos + abbr.size();
      if (end < folded.size() && folded[end] == '.') ++end;
      return MonthAt{static_cast<int>(m + 1), end};
    }
  }
  return std::nullopt;
}

std::optional<WeekdayAt> ReadWeekday(std::string_view folded, size_t pos) {
  for (size_t d = 0; d < kWeekdays.size(); ++d) {
    if (WordAt(folded, pos, kWeekdays[d])) return WeekdayAt{static_cast<int>(d), pos + kWeekdays[d].size()};
    const std::string_view abbr = kWeekdays[d].substr(0, 3);
    if (WordAt(folded, pos, abbr)) {
      size_t end = pos + 3;
      if (end < folded.size() && folded[end] == '.') ++end;
      return WeekdayAt{static_cast<int>(d), end};
    }
  }
  return std::nullopt;
}

bool NegatedAt(std::string_view folded, size_t pos) { return IsNegatedBefore(folded, pos); }

}  // namespace walkaway::core::extract
