#pragma once

// Anchor words for the lexicon entries that stay regexes (word_anchors.h): a short literal stretch
// that every match of the regex contains, with one whole word of it to look up first. For
// "up to \d+(\.\d+)? ?%" that is the stretch "up to " and its word "up": the scanner compares the
// stretch around every "up" and runs the regex only around the stretches it finds.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace walkaway::scan {

struct RegexAnchor {
  std::string stretch;     // lower case, as ExpandToLiterals() writes strings
  size_t word_begin = 0;   // the anchor (word_anchors.h: one word or two in a row) in the stretch
  size_t word_end = 0;
  // The stretch is the first (last) piece of its branch: a match begins (ends) where it does, so
  // the regex's window need not reach further that way.
  bool starts_match = false;
  bool ends_match = false;
};

// Splits the pattern at its top-level '|' and, for each branch, picks among the runs of
// consecutive finite pieces (a group, class, escaped or plain character with an optional '?')
// the one whose strings have the rarest whole words (WordCommonness), at most 64 strings. A word
// counts only when the stretch itself bounds it (a non-word byte on each side, or the branch's
// start or end, where the scanner demands a word boundary), so it is a whole word in any text
// the regex matches. nullopt when some branch has no such run: the lexicon loader refuses the
// entry (Scanner::Build names it).
std::optional<std::vector<RegexAnchor>> RegexAnchorsOf(std::string_view pattern);

// Whether the pattern uses ^, $, \A, \z or \Z: a regex runs in a window of the text, where those
// would mean the window's edges, so such an entry is refused (RegexAnchorsOf gives nullopt).
bool UsesTextAnchors(std::string_view pattern);

// The same for a literal entry too long to expand (ExpandToLiterals() gave up): its words that no
// '-' or '\'' touches, since those match other bytes or none; nullopt when there is none.
std::optional<std::vector<RegexAnchor>> LiteralAnchorsOf(std::string_view pattern);

}  // namespace walkaway::scan
