#include "walkaway/scan/lexicon_scanner.h"

namespace walkaway::scan {

core::Result<std::unique_ptr<LexiconScanner>> LexiconScanner::Create(const Scanner& scanner) {
  core::Result<std::shared_ptr<Scanner::Scratch>> scratch = scanner.NewScratch();
  if (!scratch) return scratch.error();
  return std::unique_ptr<LexiconScanner>(new LexiconScanner(scanner, std::move(*scratch)));
}

core::Result<std::vector<core::PhraseSignal>> LexiconScanner::Scan(std::string_view text) const {
  core::Result<ScanResult> result = scanner_.Scan(text, *scratch_);
  if (!result) return result.error();
  std::vector<core::PhraseSignal> out;
  out.reserve(result->hits.size());
  for (const ScanHit& hit : result->hits) {
    core::PhraseSignal s;
    s.entry_id = hit.entry->id;
    s.category = hit.entry->category;
    s.rule = hit.entry->rule;
    s.severity = hit.entry->severity;
    s.explanation = hit.entry->explanation;
    s.phrase = std::string(text.substr(hit.begin, hit.end - hit.begin));
    s.sentence = hit.sentence;
    s.line = hit.line;
    s.column = hit.column;
    s.negated = hit.negated;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace walkaway::scan
