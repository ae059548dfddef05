#pragma once

// What the scanner keeps besides the lexicon, how it is built from the lexicon
// (scanner_tables.cc) and how the cache file holds it (scanner_cache.cc): the strings of the entries that expand, the stretches of those left as
// regexes, their Hyperscan databases.

#include <hs.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "scan/word_anchors.h"
#include "walkaway/core/result.h"
#include "walkaway/scan/lexicon.h"

namespace walkaway::scan {

// Entries whose pattern is a small finite language (literal_expansion.h) become their strings;
// each string is found by comparing it around its anchor word (word_anchors.h).
struct LiteralTable {
  std::vector<bool> expanded;  // per entry
  std::vector<uint32_t> entry;
  std::vector<uint32_t> word_begin;  // the anchor word within the string
  std::vector<uint32_t> word_end;
  std::vector<std::string> text;
};

// The other entries, run by Hyperscan: each has literal stretches (regex_anchors.h), one of
// which every match contains; the regex runs only in a window around a stretch found in the text.
struct StretchTable {
  std::vector<uint32_t> sides;  // kStartsMatch | kEndsMatch (RegexAnchor)
  std::vector<uint32_t> entry;
  std::vector<uint32_t> word_begin;
  std::vector<uint32_t> word_end;
  std::vector<std::string> text;
};

constexpr uint32_t kStartsMatch = 1;
constexpr uint32_t kEndsMatch = 2;

// The cache file's payload (database_cache.h holds the header). Serialize gives "" when Hyperscan
// cannot serialize a database; Deserialize fills `lexicon` when not null, the widths, the regex
// databases and both tables, and is false (nothing left allocated) on bytes that do not parse.
std::string Serialize(const Lexicon& lexicon, const std::vector<uint32_t>& widths,
                      const std::vector<hs_database_t*>& regexes, const LiteralTable& strings,
                      const StretchTable& stretches);
bool Deserialize(std::string_view payload, Lexicon* lexicon, std::vector<uint32_t>& widths,
                 std::vector<hs_database_t*>& regexes, LiteralTable& strings, StretchTable& stretches);

// Frees every database and empties the vector.
void FreeDatabases(std::vector<hs_database_t*>& regexes);

// A lexicon entry's pattern refused, with the entry's id, pattern and file:line.
core::Error PatternError(const LexiconEntry& entry, std::string_view why);

// The string table of a lexicon, each string with its anchor (scanner_tables.cc); an error names
// an entry with a string that holds no word at all.
core::Result<LiteralTable> ExpandEntries(const std::vector<LexiconEntry>& entries);

// The stretches of the entries left as regexes; an error names an entry with no whole literal
// word to look for, or with ^, $, \A or \z.
core::Result<StretchTable> StretchEntries(const std::vector<LexiconEntry>& entries, const LiteralTable& strings);

// The anchors of both tables in `index`, looked up by the word pass; `all_text` gets every string
// and stretch end to end (AnchorTarget::text_begin).
void IndexAnchors(const LiteralTable& strings, const StretchTable& stretches, AnchorIndex& index, std::string& all_text);

}  // namespace walkaway::scan
