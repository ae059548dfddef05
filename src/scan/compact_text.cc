#include "scan/compact_text.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace walkaway::scan {
void CompactWhitespace(std::string_view text, std::string& out, std::vector<Shift>& shifts) {
  const size_t n = text.size();
  out.resize(n);
  shifts.clear();
  shifts.push_back(Shift{0, 0});
  const char* p = text.data();
  char* o = out.data();
  size_t i = 0, j = 0;
  bool prev_space = false;  // the last byte written is a space
  while (i < n) {
#if defined(__SSE2__)
    // Fast path: 16 bytes without two whitespace bytes in a row are copied with each whitespace
    // byte turned into a space: same length, so no shift (a lone "\n" is the common case).
    const __m128i kSpace = _mm_set1_epi8(' ');
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i white = CompactedSpaces16(v);
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(white));
      if ((mask & (mask >> 1)) != 0 || ((mask & 1u) != 0 && prev_space)) break;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o + j),
                       _mm_or_si128(_mm_andnot_si128(white, v), _mm_and_si128(white, kSpace)));
      i += 16;
      j += 16;
      prev_space = (mask & 0x8000u) != 0;
    }
    if (i >= n) break;
#endif
    const char c = p[i];
    if (!IsCompactedSpace(c)) {
      o[j++] = c;
      ++i;
      prev_space = false;
      continue;
    }
    size_t k = i + 1;
    while (k < n && IsCompactedSpace(p[k])) ++k;
    if (prev_space) {  // the run began in the block before: its space is already written
      shifts.push_back(Shift{static_cast<uint32_t>(j), static_cast<uint32_t>(k)});
    } else {
      o[j++] = ' ';
      if (k != i + 1) shifts.push_back(Shift{static_cast<uint32_t>(j), static_cast<uint32_t>(k)});
    }
    prev_space = true;
    i = k;
  }
  out.resize(j);
}

size_t AdvanceCompacted(std::string_view text, size_t from, size_t count) {
  size_t i = from;
  size_t counted = 0;
  bool previous_space = false;  // a run that began before `from` still counts once here
#if defined(__SSE2__)
  // 16 bytes at a time while a whole block fits in what is left to count: a whitespace byte right
  // after another counts nothing.
  while (i + 16 <= text.size() && counted + 16 <= count) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const unsigned white = static_cast<unsigned>(_mm_movemask_epi8(CompactedSpaces16(v)));
    const unsigned repeated = white & ((white << 1) | (previous_space ? 1u : 0u));
    counted += 16 - static_cast<size_t>(__builtin_popcount(repeated));
    previous_space = (white & 0x8000u) != 0;
    i += 16;
  }
#endif
  while (i < text.size() && counted < count) {
    const bool space = IsCompactedSpace(text[i]);
    counted += (space && previous_space) ? 0 : 1;
    previous_space = space;
    ++i;
  }
  while (previous_space && i < text.size() && IsCompactedSpace(text[i])) ++i;  // the rest of the run
  return i;
}

size_t RetreatCompacted(std::string_view text, size_t from, size_t count) {
  size_t i = from;
  size_t counted = 0;
  bool previous_space = false;
  while (i > 0 && counted < count) {
    const bool space = IsCompactedSpace(text[i - 1]);
    counted += (space && previous_space) ? 0 : 1;
    previous_space = space;
    --i;
  }
  while (previous_space && i > 0 && IsCompactedSpace(text[i - 1])) --i;
  return i;
}

size_t OriginalOffset(const std::vector<Shift>& shifts, size_t at) {
  auto it = std::upper_bound(shifts.begin(), shifts.end(), at,
                             [](size_t value, const Shift& s) { return value < s.compact; });
  const Shift& s = *(it - 1);  // shifts[0] is {0, 0}, so there is always one at or before `at`
  return s.original + (at - s.compact);
}

}  // namespace walkaway::scan
