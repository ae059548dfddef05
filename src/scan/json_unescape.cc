#include "scan/json_unescape.h"

#include <cstdint>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define WALKAWAY_HAVE_AVX512_UNESCAPE 1
#endif

namespace walkaway::scan {

bool HasAvx512Unescape() {
#if defined(WALKAWAY_HAVE_AVX512_UNESCAPE)
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi2");
  return has;
#else
  return false;
#endif
}

#if defined(WALKAWAY_HAVE_AVX512_UNESCAPE)

// GCC 12 warns about its own AVX-512 headers' "undefined" operands (a false positive).
#if !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

__attribute__((target("avx512f,avx512bw,avx512vbmi2,popcnt,bmi"))) size_t UnescapeBlocks(const char* p, size_t i,
                                                                                        size_t n, char*& o) {
  const __m512i quote = _mm512_set1_epi8('"');
  const __m512i backslash = _mm512_set1_epi8('\\');
  const __m512i control_max = _mm512_set1_epi8(0x1F);
  while (i + 64 <= n) {
    __m512i v = _mm512_loadu_si512(p + i);
    const uint64_t bs = _mm512_cmpeq_epi8_mask(v, backslash);
    const uint64_t q = _mm512_cmpeq_epi8_mask(v, quote);
    const uint64_t control = _mm512_cmple_epu8_mask(v, control_max);
    if ((bs | q | control) == 0) {  // the common block: plain bytes
      _mm512_storeu_si512(o, v);
      o += 64;
      i += 64;
      continue;
    }
    const uint64_t escaped = bs << 1;  // the byte after each backslash (one in bit 63 escapes the next block)
    const uint64_t letter_n = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('n'));
    const uint64_t letter_t = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('t'));
    const uint64_t letter_r = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('r'));
    const uint64_t letter_b = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('b'));
    const uint64_t letter_f = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('f'));
    const uint64_t slash = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('/'));
    const uint64_t simple = letter_n | letter_t | letter_r | letter_b | letter_f | q | bs | slash;
    // Where the caller must take over: a closing quote, a control byte, or the backslash of an
    // escape we do not decode here ("\u", a bad one, or "\\" whose parity is the caller's to read).
    uint64_t stops = (q & ~escaped) | control | (((escaped & ~simple) | (escaped & bs)) >> 1);
    size_t keep_bytes = 64;
    if (stops != 0) {
      keep_bytes = static_cast<size_t>(__builtin_ctzll(stops));
      // A stop that is itself escaped ("\<control>") stops at its backslash.
      if (keep_bytes > 0 && ((bs >> (keep_bytes - 1)) & 1) != 0) --keep_bytes;
    } else if ((bs >> 63) != 0) {
      keep_bytes = 63;  // its escaped byte is in the next block: start that block at the backslash
    }
    const uint64_t range = keep_bytes == 64 ? ~uint64_t{0} : (uint64_t{1} << keep_bytes) - 1;
    const uint64_t decode = escaped & range;
    v = _mm512_mask_mov_epi8(v, static_cast<__mmask64>(decode & letter_n), _mm512_set1_epi8('\n'));
    v = _mm512_mask_mov_epi8(v, static_cast<__mmask64>(decode & letter_t), _mm512_set1_epi8('\t'));
    v = _mm512_mask_mov_epi8(v, static_cast<__mmask64>(decode & letter_r), _mm512_set1_epi8('\r'));
    v = _mm512_mask_mov_epi8(v, static_cast<__mmask64>(decode & letter_b), _mm512_set1_epi8('\b'));
    v = _mm512_mask_mov_epi8(v, static_cast<__mmask64>(decode & letter_f), _mm512_set1_epi8('\f'));
    const uint64_t kept = range & ~(bs & range);  // every backslash in range starts an escape decoded here
    _mm512_storeu_si512(o, _mm512_maskz_compress_epi8(static_cast<__mmask64>(kept), v));
    o += __builtin_popcountll(kept);
    i += keep_bytes;
    if (stops != 0) return i;
  }
  return i;
}

#if !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#else

size_t UnescapeBlocks(const char*, size_t i, size_t, char*&) { return i; }

#endif

}  // namespace walkaway::scan
