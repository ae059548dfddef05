#include "scan/hit_context.h"

#include <algorithm>
#include <array>

#include "walkaway/scan/scanner.h"
#include "walkaway/scan/text_prep.h"

namespace walkaway::scan {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsClauseEnd(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsWord(char c) { return IsWordByte(static_cast<unsigned char>(c)) || c == '\''; }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::any_of(set.begin(), set.end(), [&](std::string_view w) { return EqualsLower(word, w); });
}

bool IsNegator(std::string_view word) {
  return IsOneOf(word, {"no", "not", "never", "without", "isn't", "aren't", "wasn't", "don't", "doesn't",
                        "didn't", "won't", "cannot", "can't", "nor", "neither"});
}

// Up to `count` words before `pos`, nearest first, stopping at a clause end.
template <size_t N>
size_t WordsBefore(std::string_view text, size_t pos, std::array<std::string_view, N>& words) {
  size_t n = 0;
  size_t i = pos;
  while (n < N) {
    while (i > 0 && !IsWord(text[i - 1])) {
      if (IsClauseEnd(text[i - 1])) return n;
      --i;
    }
    const size_t end = i;
    while (i > 0 && IsWord(text[i - 1]) && end - i < 32) --i;
    if (i == end) return n;
    words[n++] = text.substr(i, end - i);
  }
  return n;
}

template <size_t N>
size_t WordsAfter(std::string_view text, size_t pos, std::array<std::string_view, N>& words) {
  size_t n = 0;
  size_t i = pos;
  while (n < N) {
    while (i < text.size() && !IsWord(text[i])) {
      if (IsClauseEnd(text[i])) return n;
      ++i;
    }
    const size_t begin = i;
    while (i < text.size() && IsWord(text[i]) && i - begin < 32) ++i;
    if (i == begin) return n;
    words[n++] = text.substr(begin, i - begin);
  }
  return n;
}

bool IsSentenceEnd(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n') {
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j >= text.size() || text[j] == '\n') return true;  // a blank line
    const char next = text[j];
    return next == '-' || next == '*' || next == '#' || next == '>' ||
           text.substr(j, 3) == "\xE2\x80\xA2";  // a new list item or heading: "•" too
  }
  if (c != '.' && c != '!' && c != '?') return false;
  return i + 1 >= text.size() || IsSpace(text[i + 1]);
}

}  // namespace

bool HasWordBoundaries(std::string_view text, size_t begin, size_t end) {
  if (begin >= end || end > text.size()) return false;
  const auto at = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  if (begin > 0 && IsWordByte(at(begin)) && IsWordByte(at(begin - 1))) return false;
  if (end < text.size() && IsWordByte(at(end - 1)) && IsWordByte(at(end))) return false;
  return true;
}

bool IsNegatedAt(std::string_view text, size_t begin, size_t end) {
  std::array<std::string_view, 3> before{};
  const size_t nb = WordsBefore(text, begin, before);
  for (size_t i = 0; i < nb; ++i) {
    if (IsNegator(before[i]) || (before[i].size() > 3 && EqualsLower(before[i].substr(before[i].size() - 3), "n't"))) {
      return true;
    }
  }
  // "... is not required", "... are not needed", "... is optional": the phrase is denied after it.
  std::array<std::string_view, 5> after{};
  const size_t na = WordsAfter(text, end, after);
  bool denial = false;
  for (size_t i = 0; i < na; ++i) {
    if (IsOneOf(after[i], {"optional", "voluntary"})) return true;
    if (IsNegator(after[i]) || IsOneOf(after[i], {"isn't", "aren't"})) {
      denial = true;
    } else if (denial && IsOneOf(after[i], {"required", "needed", "necessary", "mandatory", "expected"})) {
      return true;
    }
  }
  return false;
}

std::string SentenceAround(std::string_view text, size_t begin, size_t end) {
  size_t s = begin;
  const size_t s_limit = begin > kMaxSentenceSide ? begin - kMaxSentenceSide : 0;
  while (s > s_limit && !IsSentenceEnd(text, s - 1)) --s;
  const bool cut_left = s == s_limit && s > 0 && !IsSentenceEnd(text, s - 1);
  size_t e = end;
  const size_t e_limit = std::min(text.size(), end + kMaxSentenceSide);
  while (e < e_limit && !IsSentenceEnd(text, e)) ++e;
  const bool cut_right = e == e_limit && e < text.size();
  if (e < text.size() && !cut_right && text[e] != '\n') ++e;  // keep the full stop
  // Do not start or stop in the middle of a UTF-8 character.
  while (cut_left && s < begin && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) ++s;
  while (cut_right && e > end && e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
  std::string out = cut_left ? "..." : "";
  bool in_space = true;
  for (size_t i = s; i < e; ++i) {
    if (IsSpace(text[i])) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += text[i];
      in_space = false;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (cut_right) out += "...";
  return IsValidUtf8(out) ? out : ValidUtf8(out);
}

}  // namespace walkaway::scan
