#include "io/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace walkaway::io {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string Hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// Length of the well-formed sequence starting at text[i], or 0 with `why` set.
size_t SequenceLength(std::string_view text, size_t i, std::string& why) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  size_t length = 0;
  unsigned char low = 0x80;  // allowed range of the second byte
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // below is an overlong form
    if (lead == 0xED) high = 0x9F;  // above is a UTF-16 surrogate
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // below is an overlong form
    if (lead == 0xF4) high = 0x8F;  // above is past U+10FFFF
  } else {
    why = IsContinuation(lead)   ? "byte " + Hex(lead) + " continues a character that never started"
          : lead == 0xC0 || lead == 0xC1 ? "byte " + Hex(lead) + " starts an overlong encoding"
                                         : "byte " + Hex(lead) + " can never appear in UTF-8";
    return 0;
  }
  if (i + length > text.size()) {
    why = "the character starting with byte " + Hex(lead) + " is cut off by the end of the text";
    return 0;
  }
  const unsigned char second = byte(i + 1);
  if (second < low || second > high) {
    if (!IsContinuation(second)) {
      why = "the character starting with byte " + Hex(lead) + " is cut off";
    } else if (lead == 0xED) {
      why = "bytes " + Hex(lead) + " " + Hex(second) + " encode a UTF-16 surrogate";
    } else if (lead == 0xF4) {
      why = "bytes " + Hex(lead) + " " + Hex(second) + " encode a code point above U+10FFFF";
    } else {
      why = "bytes " + Hex(lead) + " " + Hex(second) + " are an overlong encoding";
    }
    return 0;
  }
  for (size_t k = 2; k < length; ++k) {
    if (!IsContinuation(byte(i + k))) {
      why = "the character starting with byte " + Hex(lead) + " is cut off";
      return 0;
    }
  }
  return length;
}

}  // namespace

std::string_view StripBom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

namespace {

// Line and column (in characters) of text[offset], for the one error message that needs them.
core::SourceLocation Locate(std::string_view text, size_t offset, std::string_view file) {
  int line = 1;
  int column = 1;
  for (size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if (!IsContinuation(c)) {
      ++column;
    }
  }
  return {std::string(file), line, column};
}

// True when none of the 8 bytes is NUL or above 0x7F: the common case, checked a word at a time.
bool IsPlainAsciiWord(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  constexpr uint64_t kLow = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const bool has_zero = ((word - kLow) & ~word & kHigh) != 0;
  return !has_zero && (word & kHigh) == 0;
}

}  // namespace

core::Status CheckUtf8Text(std::string_view text, std::string_view file) {
  size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size() && IsPlainAsciiWord(text.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    std::string why;
    size_t length = 1;
    if (c >= 0x80) length = SequenceLength(text, i, why);
    if (c == 0 || !why.empty()) {
      core::Error error = core::Error::InvalidInput(
          c == 0 ? "a NUL byte: this looks like a binary file, not text" : "not valid UTF-8: " + why);
      error.location = Locate(text, i, file);
      error.hint = c == 0 ? "case files and documents are plain text" : "save the file as UTF-8";
      return error;
    }
    i += length;
  }
  return core::Ok{};
}

}  // namespace walkaway::io
