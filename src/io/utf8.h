#pragma once

// Text checks done before any parser sees the bytes: toml++ 3.3 has reached undefined behaviour on
// some invalid UTF-8 (STACK.md), and a precise "line 3, column 7: byte 0xFF" beats a parser's guess.

#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::io {

// The text without a leading UTF-8 byte order mark (EF BB BF), which some editors write.
std::string_view StripBom(std::string_view text);

// Accepts well-formed UTF-8 without NUL bytes. Rejects stray continuation bytes, truncated
// sequences, overlong forms, UTF-16 surrogates and code points above U+10FFFF. The error's location
// is the first bad byte (`file`, line and column counted in characters from 1).
core::Status CheckUtf8Text(std::string_view text, std::string_view file);

}  // namespace walkaway::io
