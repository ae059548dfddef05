#include "scan/json_unescape.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace walkaway::scan {
namespace {

// What UnescapeBlocks must produce up to where it stops: the one-letter escapes decoded, nothing
// else touched; and where it must stop: the first closing quote, control byte or escape it leaves.
struct Reference {
  std::string decoded;
  size_t stop = 0;  // where a byte-by-byte decoder would hand over
};

Reference Decode(const std::string& s) {
  Reference r;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '"' || static_cast<unsigned char>(c) < 0x20) break;
    if (c == '\\') {
      if (i + 1 >= s.size()) break;
      const char e = s[i + 1];
      const std::string from = "ntrbf\"/", to = "\n\t\r\b\f\"/";
      const size_t k = from.find(e);
      if (k == std::string::npos || static_cast<unsigned char>(e) < 0x20) break;  // "\u", "\\", bad
      r.decoded += to[k];
      i += 2;
      continue;
    }
    r.decoded += c;
    ++i;
  }
  r.stop = i;
  return r;
}

TEST(JsonUnescapeTest, DecodesOneLetterEscapesAndStopsWhereTheByteDecoderMustTakeOver) {
  if (!HasAvx512Unescape()) GTEST_SKIP() << "this CPU has no AVX-512 VBMI2";
  const std::vector<std::string> pieces = {"plain text ", "caf\xC3\xA9 ", "\\n", "\\t", "\\r", "\\b", "\\f", "\\\"",
                                           "\\/", "\\\\", "\\u2019", "\\x", "\"", "\x01", "\\", std::string(70, 'w')};
  std::mt19937 rng(20261128);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const size_t count = rng() % 60;
    for (size_t k = 0; k < count; ++k) {
      // Mostly plain text and "\n", as in postings; the rest now and then.
      s += pieces[rng() % 8 == 0 ? rng() % pieces.size() : rng() % 3];
    }
    const Reference want = Decode(s);
    std::string out(s.size() + 64, '\0');
    char* o = out.data();
    const size_t stop = UnescapeBlocks(s.data(), 0, s.size(), o);
    const size_t written = static_cast<size_t>(o - out.data());
    // It may stop early (fewer than 64 bytes left) but never past the reference, and what it wrote
    // is the reference's decoding of the same prefix.
    ASSERT_LE(stop, want.stop) << round;
    const Reference prefix = Decode(s.substr(0, stop));
    ASSERT_EQ(prefix.stop, stop) << round << ": stopped inside an escape";
    ASSERT_EQ(std::string(out.data(), written), prefix.decoded) << round;
    if (stop < want.stop) {
      ASSERT_LT(s.size() - stop, 64u + 64u) << round << ": stopped early with room for a block";
    }
  }
}

TEST(JsonUnescapeTest, ABackslashEndingABlockIsDecodedWithTheNextBlock) {
  if (!HasAvx512Unescape()) GTEST_SKIP() << "this CPU has no AVX-512 VBMI2";
  std::string s = std::string(63, 'a') + "\\n" + std::string(100, 'b') + "\"";
  std::string out(s.size() + 64, '\0');
  char* o = out.data();
  const size_t stop = UnescapeBlocks(s.data(), 0, s.size(), o);
  ASSERT_EQ(stop, 127u);  // 63 bytes, then a block from the backslash; then fewer than 64 are left
  EXPECT_EQ(std::string(out.data(), static_cast<size_t>(o - out.data())),
            std::string(63, 'a') + "\n" + std::string(62, 'b'));
}

}  // namespace
}  // namespace walkaway::scan
