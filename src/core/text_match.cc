#include "walkaway/core/text_match.h"

#include "walkaway/core/sentences.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace walkaway::core {
namespace {

char Lower(char c) { return AsciiLower(c); }
bool IsSpace(char c) { return IsTextSpace(c); }
// Bytes >= 0x80 (UTF-8 letters) count as word characters, so "café" is one word.
bool IsWordChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '\'' || u >= 0x80;
}

// Phones and word processors type the apostrophe as U+2019; it matches a plain ' in a phrase.
constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// Length of the match of `phrase` at text[pos], or 0. Spaces in the phrase match any whitespace run.
size_t MatchAt(std::string_view text, size_t pos, std::string_view phrase) {
  size_t t = pos;
  for (size_t p = 0; p < phrase.size(); ++p) {
    if (phrase[p] == ' ') {
      if (t >= text.size() || !IsSpace(text[t])) return 0;
      while (t < text.size() && IsSpace(text[t])) ++t;
      continue;
    }
    if (phrase[p] == '\'' && text.substr(t, kCurlyApostrophe.size()) == kCurlyApostrophe) {
      t += kCurlyApostrophe.size();
      continue;
    }
    if (t >= text.size() || Lower(text[t]) != Lower(phrase[p])) return 0;
    ++t;
  }
  return t - pos;
}

}  // namespace

std::vector<PhraseHit> FindPhrases(std::string_view text, std::span<const std::string_view> phrases) {
  std::vector<PhraseHit> hits;
  // Most positions start no phrase at all: a table of first letters skips them without trying
  // every phrase. This runs over every note and document for several rules, usually on short
  // texts, so the set-up must stay cheaper than the scan.
  bool starts[256] = {};
  for (std::string_view phrase : phrases) {
    if (!phrase.empty()) starts[static_cast<unsigned char>(Lower(phrase[0]))] = true;
  }
  int line = 1;
  size_t line_start = 0;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (pos > 0 && text[pos - 1] == '\n') {
      ++line;
      line_start = pos;
    }
    const char first = Lower(text[pos]);
    if (!starts[static_cast<unsigned char>(first)]) continue;
    if (pos > 0 && IsWordChar(text[pos - 1]) && IsWordChar(text[pos])) continue;
    for (std::string_view phrase : phrases) {
      if (phrase.empty() || Lower(phrase[0]) != first) continue;
      const size_t len = MatchAt(text, pos, phrase);
      if (len == 0) continue;
      const size_t end = pos + len;
      if (end < text.size() && IsWordChar(text[end]) && IsWordChar(phrase.back())) continue;
      hits.push_back(PhraseHit{phrase, SentenceAround(text, pos, end), line,
                               static_cast<int>(pos - line_start) + 1, IsNegatedAt(text, pos, end)});
    }
  }
  return hits;
}

std::string NormalizeText(std::string_view text) {
  std::string out;
  bool in_space = true;
  for (char c : text) {
    if (IsSpace(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += Lower(c);
      in_space = false;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<double> FirstNumber(std::string_view text) {
  const size_t at = text.find_first_of("0123456789");
  if (at == std::string_view::npos) return std::nullopt;
  size_t end = at;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
  if (end + 1 < text.size() && text[end] == '.' && text[end + 1] >= '0' && text[end + 1] <= '9') {
    ++end;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
  }
  double value = 0;
  if (std::from_chars(text.data() + at, text.data() + end, value).ec != std::errc()) return std::nullopt;
  return value;
}

std::string HoursText(double hours) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", hours);
  std::string out = buf;
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

}  // namespace walkaway::core
