#include "scan/word_scan.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WALKAWAY_HAVE_AVX512_PASS 1
#endif

#include "scan/compact_text.h"
#include "scan/hit_context.h"

namespace walkaway::scan {

namespace {


// One bit per byte of the 64 at `p`: set for word bytes (hit_context.h's IsWordByte).
uint64_t WordBits64(const char* p) {
#if defined(__SSE2__)
  const __m128i k20 = _mm_set1_epi8(0x20);
  const __m128i kA = _mm_set1_epi8('a');
  const __m128i k25 = _mm_set1_epi8(25);
  const __m128i k0 = _mm_set1_epi8('0');
  const __m128i k9 = _mm_set1_epi8(9);
  const __m128i kUnderscore = _mm_set1_epi8('_');
  const __m128i kZero = _mm_setzero_si128();
  uint64_t bits = 0;
  for (int part = 0; part < 4; ++part) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * part));
    const __m128i letter_off = _mm_sub_epi8(_mm_or_si128(v, k20), kA);
    const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(letter_off, k25), letter_off);
    const __m128i digit_off = _mm_sub_epi8(v, k0);
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(digit_off, k9), digit_off);
    const __m128i high = _mm_cmplt_epi8(v, kZero);  // bytes >= 0x80
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(high, _mm_cmpeq_epi8(v, kUnderscore)));
    bits |= static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(word))) << (16 * part);
  }
  return bits;
#else
  uint64_t bits = 0;
  for (int i = 0; i < 64; ++i) {
    if (IsWordByte(static_cast<unsigned char>(p[i]))) bits |= uint64_t{1} << i;
  }
  return bits;
#endif
}

// The word mask of the whole text, with one zero block after it: a word's key reads the mask's
// bytes up to eight past its start.
void MarkWords(std::string_view text, std::vector<uint64_t>& mask) {
  const size_t n = text.size();
  const size_t blocks = (n + 63) / 64;
  mask.resize(blocks + 1);
  const char* p = text.data();
  for (size_t b = 0; b < n / 64; ++b) mask[b] = WordBits64(p + 64 * b);
  if (n % 64 != 0) {  // the last, partial block: zero bytes are not word bytes
    char tail[64] = {};
    std::memcpy(tail, p + 64 * (n / 64), n % 64);
    mask[n / 64] = WordBits64(tail);
  }
  mask[blocks] = 0;
}

// The key of the word starting at `begin`: its first eight bytes (fewer when the mask says the
// word is shorter), lower-cased as WordKey() does.
uint64_t KeyAt(std::string_view text, const unsigned char* mask_bytes, size_t begin) {
  uint16_t pair_of_bytes;
  std::memcpy(&pair_of_bytes, mask_bytes + begin / 8, 2);  // the zero block keeps this in bounds
  const unsigned word_bits = (static_cast<unsigned>(pair_of_bytes) >> (begin % 8)) & 0xFFu;
  const unsigned len = static_cast<unsigned>(__builtin_ctz(~word_bits));  // 1..8: bit 8 is clear
  uint64_t bytes = 0;
  std::memcpy(&bytes, text.data() + begin, begin + 8 <= text.size() ? 8 : text.size() - begin);
  return (bytes | 0x2020202020202020ULL) & (len == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1);
}

// The words from `starts` on, one at a time; `previous_key` (0: no word yet) and `previous_begin`
// carry the pair across calls.
void LookUpWords(std::string_view text, const AnchorIndex& index, const unsigned char* mask_bytes,
                 const uint32_t* starts, size_t count, uint64_t& previous_key, size_t& previous_begin,
                 std::vector<AnchorHit>& out) {
  for (size_t i = 0; i < count; ++i) {
    const size_t begin = starts[i];
    const uint64_t key = KeyAt(text, mask_bytes, begin);
    if (const std::span<const AnchorTarget> targets = index.Find(key); !targets.empty()) {
      out.push_back(AnchorHit{static_cast<uint32_t>(begin), targets});
    }
    if (previous_key != 0) {
      if (const std::span<const AnchorTarget> targets = index.Find(PairKey(previous_key, key)); !targets.empty()) {
        out.push_back(AnchorHit{static_cast<uint32_t>(previous_begin), targets});
      }
    }
    previous_key = key;
    previous_begin = begin;
  }
}

// The vector passes' rare path: the lanes whose word (bit in `single`) or pair (bit in `pair`) got
// past the filter are probed in the table one by one, in text order.
void ProbeLanes(const AnchorIndex& index, int lanes, unsigned single, unsigned pair, const uint64_t* keys,
                const uint64_t* begins, const uint64_t* pair_keys, const uint64_t* pair_begins,
                std::vector<AnchorHit>& out) {
  for (int lane = 0; lane < lanes; ++lane) {
    if ((single >> lane) & 1) {
      if (std::span<const AnchorTarget> t = index.Probe(keys[lane]); !t.empty()) {
        out.push_back(AnchorHit{static_cast<uint32_t>(begins[lane]), t});
      }
    }
    if ((pair >> lane) & 1) {
      if (std::span<const AnchorTarget> t = index.Probe(pair_keys[lane]); !t.empty()) {
        out.push_back(AnchorHit{static_cast<uint32_t>(pair_begins[lane]), t});
      }
    }
  }
}

void FindPortable(std::string_view text, const AnchorIndex& index, WordScratch& scratch, std::vector<AnchorHit>& out) {
  MarkWords(text, scratch.mask);
  const size_t blocks = scratch.mask.size() - 1;
  std::vector<uint32_t>& starts = scratch.starts;
  starts.clear();
  uint64_t carry = 0;  // the previous block's last byte is a word byte
  for (size_t b = 0; b < blocks; ++b) {
    const uint64_t w = scratch.mask[b];
    for (uint64_t s = w & ~((w << 1) | carry); s != 0; s &= s - 1) {
      starts.push_back(static_cast<uint32_t>(64 * b + static_cast<size_t>(__builtin_ctzll(s))));
    }
    carry = w >> 63;
  }
  uint64_t previous_key = 0;
  size_t previous_begin = 0;
  LookUpWords(text, index, reinterpret_cast<const unsigned char*>(scratch.mask.data()), starts.data(), starts.size(),
              previous_key, previous_begin, out);
}

#if defined(WALKAWAY_HAVE_AVX512_PASS)

// GCC 12 warns that the AVX-512 intrinsics' internal "undefined" operands may be used
// uninitialized (a false positive in its own headers).
#if !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// Which of eight keys get past the index's bitmap (the first half of AnchorIndex::Find()).
__attribute__((target("avx512f,avx512bw,avx512dq"))) inline __mmask8 InBitmap(const uint64_t* bitmap, __m512i keys) {
  const __m512i folded = _mm512_xor_si512(keys, _mm512_srli_epi64(keys, 32));
  const __m512i h = _mm512_and_si512(_mm512_mul_epu32(folded, _mm512_set1_epi64(AnchorIndex::kHashMultiplier)),
                                     _mm512_set1_epi64(0xFFFFFFFFLL));
  const __m512i low6 = _mm512_set1_epi64(63);
  const __m512i one = _mm512_set1_epi64(1);
  const __m512i bits = _mm512_or_si512(_mm512_sllv_epi64(one, _mm512_and_si512(_mm512_srli_epi64(h, AnchorIndex::kFirstBitShift), low6)),
                                       _mm512_sllv_epi64(one, _mm512_and_si512(_mm512_srli_epi64(h, AnchorIndex::kSecondBitShift), low6)));
  const __m512i words = _mm512_i64gather_epi64(_mm512_srli_epi64(h, 32 - AnchorIndex::kBitmapWordBits), bitmap, 8);
  return _mm512_cmpeq_epi64_mask(_mm512_and_si512(words, bits), bits);
}

// hit_context.h's IsWordByte for the 64 bytes of v, one bit each.
__attribute__((target("avx512f,avx512bw"))) inline uint64_t WordBytes64(__m512i v) {
  const __m512i letter_offset = _mm512_sub_epi8(_mm512_or_si512(v, _mm512_set1_epi8(0x20)), _mm512_set1_epi8('a'));
  const __mmask64 letter = _mm512_cmple_epu8_mask(letter_offset, _mm512_set1_epi8(25));
  const __mmask64 digit = _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('0')), _mm512_set1_epi8(9));
  return _cvtmask64_u64(letter | digit | _mm512_movepi8_mask(v) | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('_')));
}

// The same pass eight words at a time: word starts are compressed out of each block's mask, and
// for eight starts at once the text's bytes and the bitmap's words are gathered, so a word costs
// a few instructions and no branch. Only the rare words the bitmap lets through (and the text's
// last words, whose eight bytes would read past its end) go one at a time.
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vbmi2,popcnt"))) void FindAvx512(std::string_view text,
                                                                          const AnchorIndex& index,
                                                                          WordScratch& scratch,
                                                                          std::vector<AnchorHit>& out) {
  const size_t n = text.size();
  const size_t blocks = (n + 63) / 64;
  std::vector<uint64_t>& mask = scratch.mask;
  mask.resize(blocks + 1);
  const char* p = text.data();
  for (size_t b = 0; b < blocks; ++b) {
    const size_t at = 64 * b;
    const __mmask64 valid = n - at >= 64 ? ~__mmask64{0} : (__mmask64{1} << (n - at)) - 1;
    mask[b] = WordBytes64(_mm512_maskz_loadu_epi8(valid, p + at));  // masked lanes never fault, and are 0
  }
  mask[blocks] = 0;
  // The words' starts: one byte compress of the block's offsets (VBMI2), widened to 32 bits. A
  // block of 64 bytes rarely holds more than 16 word starts; the others take a second step.
  std::vector<uint32_t>& starts = scratch.starts;
  starts.resize((n + 1) / 2 + 64);  // every other byte a start at most, plus the stores' slack
  const __m512i kByteOffsets = _mm512_set_epi8(63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46,
                                               45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28,
                                               27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10,
                                               9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
  size_t count = 0;
  uint64_t carry = 0;
  for (size_t b = 0; b < blocks; ++b) {
    const uint64_t w = mask[b];
    const uint64_t s = w & ~((w << 1) | carry);
    carry = w >> 63;
    const __m512i offsets = _mm512_maskz_compress_epi8(static_cast<__mmask64>(s), kByteOffsets);
    const __m512i base = _mm512_set1_epi32(static_cast<int>(64 * b));
    const size_t found = static_cast<size_t>(__builtin_popcountll(s));
    _mm512_storeu_si512(starts.data() + count, _mm512_add_epi32(_mm512_cvtepu8_epi32(_mm512_castsi512_si128(offsets)), base));
    if (found > 16) {
      for (size_t part = 1; part < 4 && 16 * part < found; ++part) {
        const __m128i bytes = part == 1 ? _mm512_extracti32x4_epi32(offsets, 1)
                              : part == 2 ? _mm512_extracti32x4_epi32(offsets, 2)
                                          : _mm512_extracti32x4_epi32(offsets, 3);
        _mm512_storeu_si512(starts.data() + count + 16 * part, _mm512_add_epi32(_mm512_cvtepu8_epi32(bytes), base));
      }
    }
    count += found;
  }
  const auto* mask_bytes = reinterpret_cast<const unsigned char*>(mask.data());
  const uint64_t* bitmap = index.bitmap();
  const __m512i kLower = _mm512_set1_epi64(0x2020202020202020LL);
  __m512i last_keys = _mm512_setzero_si512();  // lane 7: the word before this batch
  __m512i last_begins = _mm512_setzero_si512();
  uint64_t previous_key = 0;
  size_t previous_begin = 0;
  size_t i = 0;
  for (; i + 8 <= count && starts[i + 7] + 8 <= n; i += 8) {
    const __m512i begins = _mm512_cvtepu32_epi64(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(starts.data() + i)));
    // The word's first bytes, up to eight: which of the gathered bytes are word bytes, as one bit
    // per byte, then per lane the run of ones from its first byte. Clearing each lane's top bit
    // keeps the "+1" below from carrying into the next lane; the top bit is added back when the
    // seven below it are all word bytes.
    const __m512i bytes = _mm512_i64gather_epi64(begins, p, 1);
    const uint64_t word = WordBytes64(bytes);
    const uint64_t low7 = word & 0x7F7F7F7F7F7F7F7FULL;
    const uint64_t run = (~low7 & (low7 + 0x0101010101010101ULL)) - 0x0101010101010101ULL;
    const uint64_t in_word = run | (word & (run << 1) & 0x8080808080808080ULL);
    const __m512i keys = _mm512_maskz_mov_epi8(_cvtu64_mask64(in_word), _mm512_or_si512(bytes, kLower));
    const __mmask8 single = InBitmap(bitmap, keys);
    // Pairs: each word with the one before it (lane 0 with the last word of the batch before).
    const __m512i firsts = _mm512_alignr_epi64(keys, last_keys, 7);
    const __m512i pair_keys = _mm512_xor_si512(_mm512_rol_epi64(firsts, 23), keys);
    __mmask8 pair = InBitmap(bitmap, pair_keys);
    if (i == 0) pair &= static_cast<__mmask8>(~1u);  // the text's first word has no word before it
    if ((single | pair) != 0) {
      alignas(64) uint64_t key_lanes[8], begin_lanes[8], first_begin_lanes[8], pair_lanes[8];
      _mm512_store_si512(key_lanes, keys);
      _mm512_store_si512(begin_lanes, begins);
      _mm512_store_si512(first_begin_lanes, _mm512_alignr_epi64(begins, last_begins, 7));
      _mm512_store_si512(pair_lanes, pair_keys);
      ProbeLanes(index, 8, single, pair, key_lanes, begin_lanes, pair_lanes, first_begin_lanes, out);
    }
    last_keys = keys;
    last_begins = begins;
  }
  if (i > 0) {
    alignas(64) uint64_t key_lanes[8], begin_lanes[8];
    _mm512_store_si512(key_lanes, last_keys);
    _mm512_store_si512(begin_lanes, last_begins);
    previous_key = key_lanes[7];
    previous_begin = begin_lanes[7];
  }
  LookUpWords(text, index, mask_bytes, starts.data() + i, count - i, previous_key, previous_begin, out);
}

// IsWordByte of the 32 bytes of v, one bit each (AVX2 has no unsigned byte compare: min does it).
__attribute__((target("avx2"))) inline uint32_t WordBytes32(__m256i v) {
  const __m256i letter_offset = _mm256_sub_epi8(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), _mm256_set1_epi8('a'));
  const __m256i letter = _mm256_cmpeq_epi8(_mm256_min_epu8(letter_offset, _mm256_set1_epi8(25)), letter_offset);
  const __m256i digit_offset = _mm256_sub_epi8(v, _mm256_set1_epi8('0'));
  const __m256i digit = _mm256_cmpeq_epi8(_mm256_min_epu8(digit_offset, _mm256_set1_epi8(9)), digit_offset);
  const __m256i word = _mm256_or_si256(_mm256_or_si256(letter, digit), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('_')));
  return static_cast<uint32_t>(_mm256_movemask_epi8(word)) | static_cast<uint32_t>(_mm256_movemask_epi8(v));
}

// Which of four keys get past the index's bitmap (AnchorIndex::Find(), first half).
__attribute__((target("avx2"))) inline unsigned InBitmap4(const uint64_t* bitmap, __m256i keys) {
  const __m256i folded = _mm256_xor_si256(keys, _mm256_srli_epi64(keys, 32));
  const __m256i h = _mm256_and_si256(_mm256_mul_epu32(folded, _mm256_set1_epi64x(AnchorIndex::kHashMultiplier)),
                                     _mm256_set1_epi64x(0xFFFFFFFFLL));
  const __m256i low6 = _mm256_set1_epi64x(63);
  const __m256i one = _mm256_set1_epi64x(1);
  const __m256i bits = _mm256_or_si256(_mm256_sllv_epi64(one, _mm256_and_si256(_mm256_srli_epi64(h, AnchorIndex::kFirstBitShift), low6)),
                                       _mm256_sllv_epi64(one, _mm256_and_si256(_mm256_srli_epi64(h, AnchorIndex::kSecondBitShift), low6)));
  const __m256i words = _mm256_i64gather_epi64(reinterpret_cast<const long long*>(bitmap),
                                               _mm256_srli_epi64(h, 32 - AnchorIndex::kBitmapWordBits), 8);
  const __m256i hit = _mm256_cmpeq_epi64(_mm256_and_si256(words, bits), bits);
  return static_cast<unsigned>(_mm256_movemask_pd(_mm256_castsi256_pd(hit)));
}

// The pass four words at a time for CPUs with AVX2 but not AVX-512 (most AMD servers before Zen 4):
// the starts come from the mask as in the portable pass, then the same gathers and filter test as
// FindAvx512 over four lanes.
__attribute__((target("avx2,bmi,popcnt"))) void FindAvx2(std::string_view text, const AnchorIndex& index,
                                                         WordScratch& scratch, std::vector<AnchorHit>& out) {
  MarkWords(text, scratch.mask);
  const size_t n = text.size();
  const size_t blocks = scratch.mask.size() - 1;
  std::vector<uint32_t>& starts = scratch.starts;
  starts.clear();
  uint64_t carry = 0;
  for (size_t b = 0; b < blocks; ++b) {
    const uint64_t w = scratch.mask[b];
    for (uint64_t s = w & ~((w << 1) | carry); s != 0; s &= s - 1) {
      starts.push_back(static_cast<uint32_t>(64 * b + static_cast<size_t>(__builtin_ctzll(s))));
    }
    carry = w >> 63;
  }
  const char* p = text.data();
  const size_t count = starts.size();
  const uint64_t* bitmap = index.bitmap();
  const __m256i kLower = _mm256_set1_epi64x(0x2020202020202020LL);
  // Bit k of a 32-bit mask to byte k: each byte takes its mask byte, then tests its own bit.
  const __m256i kMaskByte = _mm256_setr_epi64x(0, 0x0101010101010101LL, 0x0202020202020202LL, 0x0303030303030303LL);
  const __m256i kBitOfByte = _mm256_set1_epi64x(static_cast<long long>(0x8040201008040201ULL));
  __m256i last_keys = _mm256_setzero_si256();  // lane 3: the word before this batch
  __m256i last_begins = _mm256_setzero_si256();
  uint64_t previous_key = 0;
  size_t previous_begin = 0;
  size_t i = 0;
  for (; i + 4 <= count && starts[i + 3] + 8 <= n; i += 4) {
    const __m256i begins = _mm256_cvtepu32_epi64(_mm_loadu_si128(reinterpret_cast<const __m128i*>(starts.data() + i)));
    const __m256i bytes = _mm256_i64gather_epi64(reinterpret_cast<const long long*>(p), begins, 1);
    // Per lane the run of word bytes from its first (FindAvx512 explains the arithmetic).
    const uint32_t word = WordBytes32(bytes);
    const uint32_t low7 = word & 0x7F7F7F7Fu;
    const uint32_t run = (~low7 & (low7 + 0x01010101u)) - 0x01010101u;
    const uint32_t in_word = run | (word & (run << 1) & 0x80808080u);
    const __m256i spread = _mm256_shuffle_epi8(_mm256_set1_epi32(static_cast<int>(in_word)), kMaskByte);
    const __m256i byte_mask = _mm256_cmpeq_epi8(_mm256_and_si256(spread, kBitOfByte), kBitOfByte);
    const __m256i keys = _mm256_and_si256(_mm256_or_si256(bytes, kLower), byte_mask);
    const unsigned single = InBitmap4(bitmap, keys);
    // Pairs: each word with the one before it (lane 0 with the last word of the batch before).
    const __m256i firsts = _mm256_blend_epi32(_mm256_permute4x64_epi64(keys, _MM_SHUFFLE(2, 1, 0, 0)),
                                              _mm256_permute4x64_epi64(last_keys, _MM_SHUFFLE(3, 3, 3, 3)), 0x03);
    const __m256i pair_keys =
        _mm256_xor_si256(_mm256_or_si256(_mm256_slli_epi64(firsts, 23), _mm256_srli_epi64(firsts, 41)), keys);
    unsigned pair = InBitmap4(bitmap, pair_keys);
    if (i == 0) pair &= ~1u;  // the text's first word has no word before it
    if ((single | pair) != 0) {
      alignas(32) uint64_t key_lanes[4], begin_lanes[4], first_begin_lanes[4], pair_lanes[4];
      _mm256_store_si256(reinterpret_cast<__m256i*>(key_lanes), keys);
      _mm256_store_si256(reinterpret_cast<__m256i*>(begin_lanes), begins);
      _mm256_store_si256(reinterpret_cast<__m256i*>(first_begin_lanes),
                         _mm256_blend_epi32(_mm256_permute4x64_epi64(begins, _MM_SHUFFLE(2, 1, 0, 0)),
                                            _mm256_permute4x64_epi64(last_begins, _MM_SHUFFLE(3, 3, 3, 3)), 0x03));
      _mm256_store_si256(reinterpret_cast<__m256i*>(pair_lanes), pair_keys);
      ProbeLanes(index, 4, single, pair, key_lanes, begin_lanes, pair_lanes, first_begin_lanes, out);
    }
    last_keys = keys;
    last_begins = begins;
  }
  if (i > 0) {
    alignas(32) uint64_t key_lanes[4], begin_lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(key_lanes), last_keys);
    _mm256_store_si256(reinterpret_cast<__m256i*>(begin_lanes), last_begins);
    previous_key = key_lanes[3];
    previous_begin = begin_lanes[3];
  }
  LookUpWords(text, index, reinterpret_cast<const unsigned char*>(scratch.mask.data()), starts.data() + i, count - i,
              previous_key, previous_begin, out);
}

#if !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif

}  // namespace

bool HasAvx2WordPass() {
#if defined(WALKAWAY_HAVE_AVX512_PASS)
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi");
  return has;
#else
  return false;
#endif
}

bool HasAvx512WordPass() {
#if defined(WALKAWAY_HAVE_AVX512_PASS)
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vbmi2");
  return has;
#else
  return false;
#endif
}

void FindAnchorWords(std::string_view text, const AnchorIndex& index, WordScratch& scratch,
                     std::vector<AnchorHit>& out, WordPass pass) {
  out.clear();
#if defined(WALKAWAY_HAVE_AVX512_PASS)
  if ((pass == WordPass::kAuto || pass == WordPass::kAvx512) && HasAvx512WordPass()) {
    FindAvx512(text, index, scratch, out);
    return;
  }
  if ((pass == WordPass::kAuto || pass == WordPass::kAvx512 || pass == WordPass::kAvx2) && HasAvx2WordPass()) {
    FindAvx2(text, index, scratch, out);
    return;
  }
#endif
  (void)pass;
  FindPortable(text, index, scratch, out);
}

bool MatchSpacedAt(std::string_view text, size_t at, std::string_view s, size_t offset, size_t* begin, size_t* end) {
  const size_t n = text.size();
  size_t j = at;
  for (size_t i = offset; i < s.size(); ++i) {
    if (s[i] == ' ') {
      if (j >= n || !IsCompactedSpace(text[j])) return false;
      const size_t run = j;
      while (j < n && IsCompactedSpace(text[j])) ++j;
      if (i + 1 == s.size()) j = run + 1;  // the compacted text ends the match at the run's one space
    } else {
      if (j >= n || AsciiLower(text[j]) != s[i]) return false;
      ++j;
    }
  }
  *end = j;
  j = at;
  for (size_t i = offset; i > 0; --i) {
    if (s[i - 1] == ' ') {
      if (j == 0 || !IsCompactedSpace(text[j - 1])) return false;
      while (j > 0 && IsCompactedSpace(text[j - 1])) --j;
    } else {
      if (j == 0 || AsciiLower(text[j - 1]) != s[i - 1]) return false;
      --j;
    }
  }
  *begin = j;
  return true;
}

}  // namespace walkaway::scan
