#pragma once

// Lexicon patterns that match a small, finite set of strings become those strings, so Hyperscan
// runs them as plain literals: regexes made of short common words ("(by|before) (the )?end of")
// split into hundreds of 2-4 byte fragments otherwise, which was the scanner's throughput ceiling
// (docs/scanner.md, "Literal expansion").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace walkaway::scan {

// More strings than this for one entry and it stays a regex: the literal table stays small.
constexpr size_t kMaxLiteralsPerEntry = 256;

// Every string the entry's pattern matches in compacted text (compact_text.h), lower-cased (ASCII),
// sorted and unique, with the same treatment of spaces, apostrophes and (in literal entries)
// hyphens as ExpressionFor() in scanner.cc. Regexes may use groups, `(?:`, `|`, `?` on one atom,
// literal and escaped punctuation characters and classes of plain characters (`[- ]`, `[sz]`);
// anything else (`\d`, `\w`, `.`, `*`, `+`, `{n,m}`, ranges, anchors), a language over `cap`
// strings or one that holds the empty string gives nullopt: the entry stays a regex.
std::optional<std::vector<std::string>> ExpandToLiterals(std::string_view pattern, bool is_regex,
                                                         size_t cap = kMaxLiteralsPerEntry);

}  // namespace walkaway::scan
