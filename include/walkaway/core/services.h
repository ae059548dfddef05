#pragma once

// What a judgement may use beyond the case, as interfaces the core can name without linking their
// implementations: where an offer's pay sits in the market (walkaway_market implements it over
// the shipped index) and which lexicon phrases a text contains (walkaway_scan implements it over
// the compiled lexicon). The core only declares them; Judge (walkaway/judge/judge.h) calls them.

#include <optional>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/market_position.h"
#include "walkaway/core/phrase_signal.h"
#include "walkaway/core/result.h"

namespace walkaway::core {

class MarketLookup {
 public:
  virtual ~MarketLookup() = default;
  // Where `annual` (in `currency`) sits for offers like `offer` (its title and country); an empty
  // result when the offer cannot be placed at all (no title, country or base).
  virtual std::optional<MarketPosition> Locate(const Offer& offer, Money annual, std::string_view currency) const = 0;
};

class PhraseScanner {
 public:
  virtual ~PhraseScanner() = default;
  // The lexicon's hits in `text`, negated ones included, with the entry, rule, severity, the words
  // matched, the sentence, line and column set; the caller fills in which offer and document they
  // belong to. Fails only when the text cannot be scanned at all (2 GiB and more).
  // Not thread-safe: one scanner per thread.
  virtual Result<std::vector<PhraseSignal>> Scan(std::string_view text) const = 0;
};

}  // namespace walkaway::core
