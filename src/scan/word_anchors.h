#pragma once

// The scanner's first pass. Every hit of a lexicon entry contains at least one whole word that can
// be looked up on its own: "wear many hats" contains "hats", every match of "\d{1,2} hours?
// (left|remaining) to ..." contains "left" or "remaining". Scanning a text then means walking its
// words (maximal runs of IsWordByte bytes) and looking each one up in a small table; only the rare
// words that are anchors lead to a full comparison (a string) or a short Hyperscan run (a regex).
//
// Why not Hyperscan over the whole text: its literal matcher confirms candidates by the text's
// byte pairs, and a lexicon of English phrases shares the commonest pairs of English ("th", "e ",
// "in"), so with thousands of phrase strings it ran at ~0.35 GB/s on this machine against
// 3-4 GB/s for as many random strings (docs/scanner.md, "Word anchors"). Looking up whole words
// costs the same whatever the words are.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace walkaway::scan {

// What an anchor word leads to: a string of the literal table (compare it around the word) or a
// regex entry (run its expression in a window around the word).
struct AnchorTarget {
  static constexpr uint32_t kRegexBit = 1u << 31;
  uint32_t target = 0;  // a string index, or a regex stretch index | kRegexBit
  uint32_t offset = 0;  // where the anchor's first word begins in the string or stretch
  // The string or stretch itself, in the owner's one buffer of all of them: the comparison reads
  // it without a trip through a table of separately allocated strings (a cache miss each).
  uint32_t text_begin = 0;
  uint32_t text_length = 0;
};

// The lookup key of a word: its first eight bytes (fewer for a shorter word), each with bit 0x20
// set, packed little endian. For ASCII letters that is lower case; other word bytes change too
// ('_' becomes 0x7F, 0xC3 becomes 0xE3), which is harmless because text and lexicon go through
// the same folding and the full comparison that follows tells apart any words it merges. Longer
// words sharing eight bytes share a key. `word` holds word bytes only, so no key byte is zero and
// words of different lengths up to eight never collide.
uint64_t WordKey(std::string_view word);

// The key of two words in a row (whatever non-word bytes sit between them). A pair is far rarer
// than either word: "your responsibilities" against "responsibilities", common in job posts. A
// rotation and an xor, cheap in the vector pass; a collision only costs a comparison.
inline uint64_t PairKey(uint64_t first, uint64_t second) { return std::rotl(first, 23) ^ second; }

// A guess at how often `word` occurs per word of English text: high for the function words of a
// short list, then falling with length. Only used to pick the rarest word of a phrase as its anchor.
double WordCommonness(std::string_view word);

// How often the whole of `s` occurs, as for a pair: the product of its words' commonness, times
// ten per word after the first.
double PhraseCommonness(std::string_view s);

// The words (maximal runs of word bytes) of `s` with their offsets.
struct WordSpan {
  size_t begin = 0;
  size_t end = 0;
};
std::vector<WordSpan> WordsOf(std::string_view s);

// What the word pass looks up for a string: one word, or two words in a row, [begin, end) in the
// string, chosen as the rarest (a pair counts as the product of its words' commonness, times ten
// since neighbouring words go together), then the longest, then the first. A word at the string's
// start or end is only eligible when a word boundary is certain there (`start_bounded`,
// `end_bounded`): otherwise it may be the tail or head of a longer word in the text.
struct AnchorSpan {
  size_t begin = 0;
  size_t end = 0;
  double commonness = 0;
};
std::optional<AnchorSpan> ChooseAnchor(std::string_view s, bool start_bounded, bool end_bounded);

// The key of the anchor [begin, end) of `s`: WordKey of its one word or PairKey of its two.
uint64_t AnchorKey(std::string_view s, size_t begin, size_t end);

class AnchorIndex {
 public:
  void Add(uint64_t key, AnchorTarget target);
  // Builds the lookup structures; call once after the last Add().
  void Finish();

  // The targets of a word key; empty for most words, which a bitmap turns away before any probe.
  std::span<const AnchorTarget> Find(uint64_t key) const {
    const uint32_t h = Hash(key);
    if ((bitmap_[BitmapWord(h)] & BitmapBits(h)) != BitmapBits(h)) return {};
    return Probe(key);
  }

  // The pieces of Find() for the vectorised word pass (word_scan.cc). The bitmap is a blocked
  // Bloom filter: 2^12 words of 64 bits (32 KiB, within the first-level cache), two bits per key
  // in one word. The key folded to 32 bits is multiplied by a 32-bit odd constant (Fibonacci
  // hashing: one cheap vector multiply); the product's top 12 bits pick the word, the next two
  // sixes the bits. With the lexicon's 1,900 string anchors, one look-up in 1,611 of the words and
  // pairs of job posts passes it without being an anchor (measured on the Glassdoor descriptions);
  // with one bit a key in the same 32 KiB, one in 178 did, each a probe of the table.
  static constexpr uint32_t kHashMultiplier = 0x9E3779B1u;
  static constexpr unsigned kBitmapWordBits = 12;
  static constexpr size_t kBitmapWords = size_t{1} << kBitmapWordBits;
  static uint32_t Hash(uint64_t key) { return static_cast<uint32_t>(key ^ (key >> 32)) * kHashMultiplier; }
  static uint32_t BitmapWord(uint32_t h) { return h >> (32 - kBitmapWordBits); }
  static constexpr unsigned kFirstBitShift = 14;  // the two bit positions: h's bits 14-19 and 8-13
  static constexpr unsigned kSecondBitShift = 8;
  static uint64_t BitmapBits(uint32_t h) {
    return (uint64_t{1} << ((h >> kFirstBitShift) & 63)) | (uint64_t{1} << ((h >> kSecondBitShift) & 63));
  }
  const uint64_t* bitmap() const { return bitmap_.data(); }
  std::span<const AnchorTarget> Probe(uint64_t key) const;

  size_t word_count() const { return keys_.size(); }
  size_t target_count() const { return targets_.size(); }

 private:
  struct Pending {
    uint64_t key;
    AnchorTarget target;
  };
  std::vector<Pending> pending_;
  std::vector<uint64_t> bitmap_ = std::vector<uint64_t>(kBitmapWords, 0);
  // Open addressing, linear probing on a 64-bit multiplicative hash; slot value = index into
  // keys_/ranges_ + 1 (0: empty).
  std::vector<uint32_t> slots_;
  unsigned slot_shift_ = 64;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> ranges_;  // keys_.size() + 1 bounds into targets_
  std::vector<AnchorTarget> targets_;
};

}  // namespace walkaway::scan
