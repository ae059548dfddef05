#pragma once

// The compiled lexicon as the judgement's PhraseScanner service (walkaway/core/services.h): each
// hit of a text as a core::PhraseSignal, negated ones included.

#include <memory>
#include <string_view>
#include <vector>

#include "walkaway/core/services.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::scan {

class LexiconScanner : public core::PhraseScanner {
 public:
  // `scanner` is not owned: it must outlive this one. Fails only when the scratch space cannot be
  // allocated. Like Scratch, one LexiconScanner per thread.
  static core::Result<std::unique_ptr<LexiconScanner>> Create(const Scanner& scanner);

  core::Result<std::vector<core::PhraseSignal>> Scan(std::string_view text) const override;

 private:
  LexiconScanner(const Scanner& scanner, std::shared_ptr<Scanner::Scratch> scratch)
      : scanner_(scanner), scratch_(std::move(scratch)) {}
  const Scanner& scanner_;
  std::shared_ptr<Scanner::Scratch> scratch_;
};

}  // namespace walkaway::scan
