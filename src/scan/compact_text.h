#pragma once

// The text Hyperscan reads: every run of whitespace (space, tab, CR, LF, FF, VT) becomes one
// space, so lexicon phrases compile to long literals with single spaces ("wear many hats") instead
// of words joined by "\s{1,3}", which Hyperscan splits into short, frequent literals (0.24 vs
// 0.36 GB/s, docs/scanner.md). Offsets map back to the original text through a short list of
// shifts, one per run of two or more whitespace bytes (a lone "\n" becomes a space in place).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace walkaway::scan {

// The bytes a run of which becomes one space: space, tab, LF, VT, FF, CR.
inline bool IsCompactedSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#if defined(__SSE2__)
// IsCompactedSpace of the 16 bytes in v, as 0xFF/0x00 bytes: the fast paths of the compaction,
// of counting compacted bytes and of collapsing a quoted sentence.
inline __m128i CompactedSpaces16(__m128i v) {
  const __m128i from_tab = _mm_sub_epi8(v, _mm_set1_epi8('\t'));
  return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                      _mm_cmpeq_epi8(_mm_min_epu8(from_tab, _mm_set1_epi8(4)), from_tab));  // '\t' .. '\r'
}
#endif

// The offset `count` compacted bytes after (before) `from` in `text`, a whitespace run counting as
// one byte, clamped to the text; a run that begins in the span is taken whole. Branch-free loops:
// the scanner calls them for every regex window.
size_t AdvanceCompacted(std::string_view text, size_t from, size_t count);
size_t RetreatCompacted(std::string_view text, size_t from, size_t count);

// From `compact` on, compact offsets map to `original + (offset - compact)`.
struct Shift {
  uint32_t compact = 0;
  uint32_t original = 0;
};

// Fills `out` (reused, no allocation once large enough) and `shifts` (starts with {0, 0}).
// `text` must be shorter than 4 GiB.
void CompactWhitespace(std::string_view text, std::string& out, std::vector<Shift>& shifts);

// The original offset of compact offset `at` (a byte of the compact text).
size_t OriginalOffset(const std::vector<Shift>& shifts, size_t at);

}  // namespace walkaway::scan
