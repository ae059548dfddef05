#pragma once

// The rules' phrase lists over free text (notes, reflection, claims, documents): case-insensitive
// ASCII, whole words, with the sentence around each hit and its line and column. Sentences and
// negation are the phrase engine's (walkaway/core/sentences.h), the same the lexicon scanner and the
// extractors use, so one sentence is quoted and negated alike whoever finds it.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace walkaway::core {

struct PhraseHit {
  std::string_view phrase{};  // the phrase from the list that matched
  std::string sentence{};     // the whole sentence containing it, trimmed
  int line = 0;               // 1-based line of the match inside the text
  int column = 0;             // 1-based byte column of the match inside that line
  bool negated = false;       // IsNegatedAt: a negation word just before, or a denial just after
};

// Every occurrence of every phrase, in text order. A phrase matches at word boundaries only
// ("rush" does not match "brush"); spaces in a phrase match any run of whitespace, and an
// apostrophe matches both ' and the typographic U+2019 ("don't", "don’t").
std::vector<PhraseHit> FindPhrases(std::string_view text, std::span<const std::string_view> phrases);

// Lower-cases ASCII and collapses whitespace: used to compare claim values ("Fully Remote" vs
// "fully  remote").
std::string NormalizeText(std::string_view text);

// The first number of the text with its decimals ("37.5 hours a week" -> 37.5); a whole number
// reads as itself. For hours, which contracts often state with a half.
std::optional<double> FirstNumber(std::string_view text);
// Hours as people write them: "40", "37.5".
std::string HoursText(double hours);

}  // namespace walkaway::core
