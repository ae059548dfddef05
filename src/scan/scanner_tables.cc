#include "scan/scanner_tables.h"

#include "scan/literal_expansion.h"
#include "scan/regex_anchors.h"

namespace walkaway::scan {

core::Error PatternError(const LexiconEntry& entry, std::string_view why) {
  core::Error error = core::Error::InvalidInput("lexicon entry '" + entry.id + "': bad pattern \"" + entry.pattern +
                                                "\": " + std::string(why));
  error.location = entry.location;
  return error;
}

// The string table of a lexicon, each string with its anchor word; an error names an entry with
// a string that holds no word at all (nothing to look up first).
core::Result<LiteralTable> ExpandEntries(const std::vector<LexiconEntry>& entries) {
  LiteralTable table;
  table.expanded.assign(entries.size(), false);
  for (size_t i = 0; i < entries.size(); ++i) {
    std::optional<std::vector<std::string>> strings = ExpandToLiterals(entries[i].pattern, entries[i].is_regex);
    if (!strings) continue;
    table.expanded[i] = true;
    for (std::string& text : *strings) {
      const std::optional<AnchorSpan> word = ChooseAnchor(text, true, true);  // hits are whole words
      if (!word) return PatternError(entries[i], "it matches \"" + text + "\", which holds no letter or digit to look for");
      table.entry.push_back(static_cast<uint32_t>(i));
      table.word_begin.push_back(static_cast<uint32_t>(word->begin));
      table.word_end.push_back(static_cast<uint32_t>(word->end));
      table.text.push_back(std::move(text));
    }
  }
  return table;
}

// The stretches of the entries left as regexes.
core::Result<StretchTable> StretchEntries(const std::vector<LexiconEntry>& entries, const LiteralTable& strings) {
  StretchTable table;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (strings.expanded[i]) continue;
    const std::optional<std::vector<RegexAnchor>> anchors =
        entries[i].is_regex ? RegexAnchorsOf(entries[i].pattern) : LiteralAnchorsOf(entries[i].pattern);
    if (entries[i].is_regex && UsesTextAnchors(entries[i].pattern)) {
      return PatternError(entries[i],
                          "^, $, \\A and \\z are not supported: a regex runs in a window around its words, where they "
                          "would match at the window's edges");
    }
    if (!anchors) {
      return PatternError(entries[i],
                          "every match must contain a whole word of plain letters or digits, outside repeats and "
                          "classes, for the scanner to look for first (docs/scanner.md, \"Word anchors\")");
    }
    for (const RegexAnchor& anchor : *anchors) {
      table.entry.push_back(static_cast<uint32_t>(i));
      table.word_begin.push_back(static_cast<uint32_t>(anchor.word_begin));
      table.word_end.push_back(static_cast<uint32_t>(anchor.word_end));
      table.text.push_back(anchor.stretch);
      table.sides.push_back((anchor.starts_match ? kStartsMatch : 0) | (anchor.ends_match ? kEndsMatch : 0));
    }
  }
  return table;
}

// The anchor words of both tables, looked up by the word pass; `all_text` gets every string and
// stretch end to end.
void IndexAnchors(const LiteralTable& strings, const StretchTable& stretches, AnchorIndex& index,
                  std::string& all_text) {
  all_text.clear();
  const auto place = [&](const std::string& text) {
    const auto begin = static_cast<uint32_t>(all_text.size());
    all_text += text;
    return begin;
  };
  for (size_t k = 0; k < strings.text.size(); ++k) {
    const uint32_t begin = place(strings.text[k]);
    index.Add(AnchorKey(strings.text[k], strings.word_begin[k], strings.word_end[k]),
              AnchorTarget{static_cast<uint32_t>(k), strings.word_begin[k], begin,
                           static_cast<uint32_t>(strings.text[k].size())});
  }
  for (size_t k = 0; k < stretches.text.size(); ++k) {
    const uint32_t begin = place(stretches.text[k]);
    index.Add(AnchorKey(stretches.text[k], stretches.word_begin[k], stretches.word_end[k]),
              AnchorTarget{static_cast<uint32_t>(k) | AnchorTarget::kRegexBit, stretches.word_begin[k], begin,
                           static_cast<uint32_t>(stretches.text[k].size())});
  }
  index.Finish();
}

}  // namespace walkaway::scan
