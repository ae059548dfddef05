#pragma once

// The parsed lexicon as bytes, stored in the same cache file as the compiled databases, so a cold
// start with a warm cache reads no TOML (docs/scanner.md). Our own flat format: little-endian
// integers and length-prefixed strings; Read() checks every length and fails on anything short.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/scan/lexicon.h"

namespace walkaway::scan {

// Appends the lexicon and one number per entry (the widest match of its expression).
void WriteLexiconBlob(const Lexicon& lexicon, const std::vector<uint32_t>& widths, std::string& out);

// Reads what WriteLexiconBlob wrote, starting at `pos` (moved past it). False on malformed bytes.
bool ReadLexiconBlob(std::string_view in, size_t& pos, Lexicon& lexicon, std::vector<uint32_t>& widths);

// A fast 64-bit checksum (8 bytes a step, four lanes) for cache payloads of a few MB: FNV-1a byte by
// byte cost ~3 ms per MB of cold start. Not cryptographic.
uint64_t FastChecksum(std::string_view bytes);

}  // namespace walkaway::scan
