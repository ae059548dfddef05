#include "scan/hit_context.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "scan/compact_text.h"
#include "walkaway/scan/scanner.h"
#include "walkaway/scan/text_prep.h"

namespace walkaway::scan {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsClauseEnd(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'; }
bool IsWord(char c) { return IsWordByte(static_cast<unsigned char>(c)) || c == '\''; }

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::any_of(set.begin(), set.end(), [&](std::string_view w) { return EqualsAsciiLower(word, w); });
}

bool IsNegator(std::string_view word) {
  // Every word near every hit is asked: rule most out by length and first letter before comparing.
  if (word.size() < 2 || word.size() > 7) return false;
  const char first = AsciiLower(word[0]);
  if (first != 'n' && first != 'w' && first != 'i' && first != 'a' && first != 'd' && first != 'c') {
    return false;
  }
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

// Only these bytes can end a sentence; IsSentenceEnd then looks at what follows them.
bool MayEndSentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

#if defined(__SSE2__)
// One bit per byte of the 16 at p that is '.', '!', '?' or '\n'.
unsigned SentenceEndCandidates(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i stop_or_bang =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
  const __m128i ask_or_break =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(stop_or_bang, ask_or_break)));
}
#endif

// The first sentence end in [from, to), or `to`. Most bytes cannot end one, so 16 are ruled out
// at a time and IsSentenceEnd only sees the candidates.
size_t FirstSentenceEnd(std::string_view text, size_t from, size_t to) {
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= to; i += 16) {
    for (unsigned mask = SentenceEndCandidates(text.data() + i); mask != 0; mask &= mask - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      if (IsSentenceEnd(text, at)) return at;
    }
  }
#endif
  for (; i < to; ++i) {
    if (MayEndSentence(text[i]) && IsSentenceEnd(text, i)) return i;
  }
  return to;
}

// The last sentence end in [from, to), or std::string_view::npos.
size_t LastSentenceEnd(std::string_view text, size_t from, size_t to) {
  size_t i = to;
#if defined(__SSE2__)
  for (; i >= from + 16; i -= 16) {
    for (unsigned mask = SentenceEndCandidates(text.data() + i - 16); mask != 0;) {
      const unsigned bit = 31u - static_cast<unsigned>(__builtin_clz(mask));
      const size_t at = i - 16 + bit;
      if (IsSentenceEnd(text, at)) return at;
      mask &= ~(1u << bit);
    }
  }
#endif
  while (i > from) {
    --i;
    if (MayEndSentence(text[i]) && IsSentenceEnd(text, i)) return i;
  }
  return std::string_view::npos;
}

// Appends text[from, to) with leading and trailing whitespace dropped and every inner run of
// whitespace turned into one space, writing straight into `out` (no push_back per byte).
void AppendCollapsed(std::string_view text, size_t from, size_t to, std::string& out) {
  while (from < to && IsSpace(text[from])) ++from;
  const size_t base = out.size();
  out.resize(base + (to - from));
  const char* p = text.data();
  char* o = out.data() + base;
  size_t i = from;
  bool prev_space = false;  // the last byte written is a space
  while (i < to) {
#if defined(__SSE2__)
    // 16 bytes without two whitespace bytes in a row are copied at once, each whitespace byte
    // turned into a space: postings almost always have single spaces and lone line breaks.
    const __m128i kSpace = _mm_set1_epi8(' ');
    while (i + 16 <= to) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i white = CompactedSpaces16(v);
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(white));
      if ((mask & (mask >> 1)) != 0 || ((mask & 1u) != 0 && prev_space)) break;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o),
                       _mm_or_si128(_mm_andnot_si128(white, v), _mm_and_si128(white, kSpace)));
      i += 16;
      o += 16;
      prev_space = (mask & 0x8000u) != 0;
    }
    if (i >= to) break;
#endif
    const char c = p[i++];
    if (!IsSpace(c)) {
      *o++ = c;
      prev_space = false;
    } else if (!prev_space) {
      *o++ = ' ';
      prev_space = true;
    }
  }
  if (prev_space) --o;  // the trailing space; never the first byte written, as `from` is not a space
  out.resize(static_cast<size_t>(o - out.data()));
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
    if (IsNegator(before[i]) || (before[i].size() > 3 && EqualsAsciiLower(before[i].substr(before[i].size() - 3), "n't"))) {
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
  const size_t s_limit = begin > kMaxSentenceSide ? begin - kMaxSentenceSide : 0;
  const size_t last_end = LastSentenceEnd(text, s_limit, begin);
  size_t s = last_end == std::string_view::npos ? s_limit : last_end + 1;
  const bool cut_left = s == s_limit && s > 0 && !IsSentenceEnd(text, s - 1);
  const size_t e_limit = std::min(text.size(), end + kMaxSentenceSide);
  size_t e = FirstSentenceEnd(text, end, e_limit);
  const bool cut_right = e == e_limit && e < text.size();
  if (e < text.size() && !cut_right && text[e] != '\n') ++e;  // keep the full stop
  // Do not start or stop in the middle of a UTF-8 character.
  while (cut_left && s < begin && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) ++s;
  while (cut_right && e > end && e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
  std::string out;
  out.reserve(e - s + 6);
  if (cut_left) out += "...";
  AppendCollapsed(text, s, e, out);
  if (cut_right) out += "...";
  return IsValidUtf8(out) ? out : ValidUtf8(out);
}

}  // namespace walkaway::scan
