#pragma once

// The inner loop of decoding a JSON string, 64 bytes at a time on AVX-512 (BW and VBMI2): plain
// bytes are copied and one-letter escapes (\n \t \r \b \f \" \\ \/) decoded with no branch per
// escape. Job posts carry a "\n" every ~90 bytes, and a mispredicted branch at each one was the
// cost of the 16-byte loop in jsonl.cc (perf annotate: a quarter of its samples).

#include <cstddef>

namespace walkaway::scan {

// True when this CPU runs UnescapeBlocks() (checked once).
bool HasAvx512Unescape();

// Decodes the string body from p[i] on (p[n] is past the line's end) into `o`, whole blocks at a
// time, and returns where it stopped: at the closing quote, at anything it leaves to the caller's
// decoder (a "\u" escape or any other, a control byte, two backslashes in a row), or fewer than 64
// bytes before `n`; p[result] is then that byte, never inside an escape. `o` advances by the bytes
// written; it may write up to 64 bytes past what it keeps, so the output needs as much room as the
// input from i to n. Call only when HasAvx512Unescape().
size_t UnescapeBlocks(const char* p, size_t i, size_t n, char*& o);

}  // namespace walkaway::scan
