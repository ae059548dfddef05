#pragma once

// The scanner's word pass (word_anchors.h): marks every word byte of a text 64 at a time, walks
// the word starts and looks each word up in the anchor index; and the comparison of a lexicon
// string around an anchor word, where a space in the string stands for any whitespace run.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "scan/word_anchors.h"

namespace walkaway::scan {

struct AnchorHit {
  uint32_t begin = 0;  // where the anchor starts in the text (a pair: its first word)
  std::span<const AnchorTarget> targets{};
};

// Reused between texts: one bit per byte (word byte or not) and the words' start offsets.
struct WordScratch {
  std::vector<uint64_t> mask;
  std::vector<uint32_t> starts;
};

// Which implementation FindAnchorWords() runs: kAuto picks AVX-512 when this CPU has it (F, BW,
// DQ, VBMI2; checked once), else AVX2, else the portable loop; a level the CPU lacks falls to the
// next one down. The tests run each and compare.
enum class WordPass { kAuto, kPortable, kAvx2, kAvx512 };
bool HasAvx2WordPass();
bool HasAvx512WordPass();

// Every word and every pair of neighbouring words of `text` (shorter than 4 GiB) that is an anchor,
// in text order of their last word (a word's own anchor before the pair it ends).
void FindAnchorWords(std::string_view text, const AnchorIndex& index, WordScratch& scratch,
                     std::vector<AnchorHit>& out, WordPass pass = WordPass::kAuto);

// Whether `s` (lower case, single spaces) occurs in `text` with its byte `offset` at text byte
// `at`: ASCII letters compare without case, a space in `s` matches a whole run of whitespace
// (space, tab, CR, LF, FF, VT), other bytes compare exactly. On success [*begin, *end) is the
// occurrence in `text`, bounded as the compacted text would give it (compact_text.h): a leading
// space covers its whole run, a trailing one only the run's first byte.
bool MatchSpacedAt(std::string_view text, size_t at, std::string_view s, size_t offset, size_t* begin, size_t* end);

}  // namespace walkaway::scan
