#include "walkaway/core/sentences.h"

#include <algorithm>
#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace walkaway::core {
namespace {

bool IsClauseEnd(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'; }
// Inside a word for negation: "don't", "can't" keep their apostrophe (a typographic one is the
// bytes E2 80 99, already word bytes).
bool IsNegationWordByte(char c) { return IsWordByte(static_cast<unsigned char>(c)) || c == '\''; }

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::any_of(set.begin(), set.end(), [&](std::string_view w) { return EqualsAsciiLower(word, w); });
}

// Words after which a full stop does not end a sentence: month abbreviations ("Jan. 5"), "e.g.",
// "i.e.", "approx.", titles.
constexpr std::string_view kAbbreviations[] = {"jan", "feb", "mar",  "apr", "jun", "jul", "aug", "sep",
                                               "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "mr",
                                               "mrs", "ms", "dr", "etc", "vs"};

bool IsAbbreviationBefore(std::string_view text, size_t dot) {
  size_t begin = dot;
  while (begin > 0 && dot - begin < 8) {
    const char c = text[begin - 1];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.')) break;
    --begin;
  }
  const std::string_view word = text.substr(begin, dot - begin);
  if (word.empty()) return false;
  // An initial: "J. Smith" (but not "I.", which ends "... than I.").
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' && word[0] != 'I') return true;
  return std::any_of(std::begin(kAbbreviations), std::end(kAbbreviations),
                     [&](std::string_view a) { return EqualsAsciiLower(word, a); });
}

// Only these bytes can end a sentence; IsSentenceEnd then looks at what surrounds them.
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

// IsTextSpace of the 16 bytes in v, as 0xFF/0x00 bytes.
__m128i Spaces16(__m128i v) {
  const __m128i from_tab = _mm_sub_epi8(v, _mm_set1_epi8('\t'));
  return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                      _mm_cmpeq_epi8(_mm_min_epu8(from_tab, _mm_set1_epi8(4)), from_tab));  // '\t' .. '\r'
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
  while (from < to && IsTextSpace(text[from])) ++from;
  const size_t base = out.size();
  out.resize(base + (to - from));
  const char* p = text.data();
  char* o = out.data() + base;
  size_t i = from;
  bool prev_space = false;  // the last byte written is a space
  while (i < to) {
#if defined(__SSE2__)
    // 16 bytes without two whitespace bytes in a row are copied at once, each whitespace byte
    // turned into a space: most texts have single spaces and lone line breaks.
    const __m128i kSpace = _mm_set1_epi8(' ');
    while (i + 16 <= to) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i white = Spaces16(v);
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
    if (!IsTextSpace(c)) {
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

// Up to N words before `pos`, nearest first, stopping at a clause end.
template <size_t N>
size_t WordsBefore(std::string_view text, size_t pos, std::array<std::string_view, N>& words) {
  size_t n = 0;
  size_t i = pos;
  while (n < N) {
    while (i > 0 && !IsNegationWordByte(text[i - 1])) {
      if (IsClauseEnd(text[i - 1])) return n;
      --i;
    }
    const size_t end = i;
    while (i > 0 && IsNegationWordByte(text[i - 1]) && end - i < 32) --i;
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
    while (i < text.size() && !IsNegationWordByte(text[i])) {
      if (IsClauseEnd(text[i])) return n;
      ++i;
    }
    const size_t begin = i;
    while (i < text.size() && IsNegationWordByte(text[i]) && i - begin < 32) ++i;
    if (i == begin) return n;
    words[n++] = text.substr(begin, i - begin);
  }
  return n;
}

// Length of the valid UTF-8 sequence at bytes[i], or 0.
size_t Utf8Length(std::string_view bytes, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no UTF-16 surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + n > bytes.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  }
  return n;
}

}  // namespace

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
  if (i + 1 < text.size() && !IsTextSpace(text[i + 1])) return false;
  return c != '.' || !IsAbbreviationBefore(text, i);
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

bool IsNegator(std::string_view word) {
  // Every word near every hit is asked: rule most out by length and first letter before comparing.
  if (word.size() < 2) return false;
  static constexpr std::string_view kCurlyNt = "n\xE2\x80\x99t";
  if (word.size() > 3 && (EqualsAsciiLower(word.substr(word.size() - 3), "n't") ||
                          (word.size() > 5 && EqualsAsciiLower(word.substr(word.size() - kCurlyNt.size()), kCurlyNt)))) {
    return true;
  }
  if (word.size() > 7) return false;
  const char first = AsciiLower(word[0]);
  if (first != 'n' && first != 'w' && first != 'c') return false;
  return IsOneOf(word, {"no", "not", "never", "without", "nor", "neither", "cannot"});
}

bool IsNegatedBefore(std::string_view text, size_t begin) {
  std::array<std::string_view, 3> before{};
  const size_t nb = WordsBefore(text, begin, before);
  for (size_t i = 0; i < nb; ++i) {
    if (IsNegator(before[i])) return true;
  }
  return false;
}

bool IsNegatedAt(std::string_view text, size_t begin, size_t end) {
  if (IsNegatedBefore(text, begin)) return true;
  // "... is not required", "... are not needed", "... is optional": the phrase is denied after it.
  std::array<std::string_view, 5> after{};
  const size_t na = WordsAfter(text, end, after);
  bool denial = false;
  for (size_t i = 0; i < na; ++i) {
    if (IsOneOf(after[i], {"optional", "voluntary"})) return true;
    if (IsNegator(after[i])) {
      denial = true;
    } else if (denial && IsOneOf(after[i], {"required", "needed", "necessary", "mandatory", "expected"})) {
      return true;
    }
  }
  return false;
}

bool IsValidUtf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
#if defined(__SSE2__)
    // Nearly every sentence is ASCII: skip 16 ASCII bytes at a time, straight to the first >= 0x80.
    while (i + 16 <= bytes.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
      const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
      if (high != 0) {
        i += static_cast<size_t>(__builtin_ctz(high));
        break;
      }
      i += 16;
    }
    if (i >= bytes.size()) break;
#endif
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t n = Utf8Length(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string ValidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    const size_t n = Utf8Length(bytes, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace walkaway::core
