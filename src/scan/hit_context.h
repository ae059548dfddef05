#pragma once

// What the scanner works out around a raw match, on plain bytes: word boundaries here; negation and
// the sentence to quote are the core's phrase engine (walkaway/core/sentences.h).

#include <cstddef>
#include <string>
#include <string_view>

#include "walkaway/core/sentences.h"

namespace walkaway::scan {

// The phrase engine's primitives are the core's (walkaway/core/sentences.h): the scanner, the
// rules' phrase lists and the extractors cut sentences and read negation the same way.
using core::AsciiLower;
using core::EqualsAsciiLower;
using core::IsNegatedAt;
using core::IsWordByte;
using core::SentenceAround;

// True when the match [begin, end) does not start or end inside a word: "rush" in "brush" is not a hit.
bool HasWordBoundaries(std::string_view text, size_t begin, size_t end);

}  // namespace walkaway::scan
