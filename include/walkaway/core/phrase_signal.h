#pragma once

// One hit of the document scanner's lexicon (data/lexicon/*.toml, docs/scanner.md) on one of an
// offer's documents, as the core sees it: plain data copied out of the scanner by the adapter
// (walkaway_decide's InputGatherer), so the core never links the scanner. The rules of the entry's
// rule id read these (docs/document-signals.md).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/finding.h"

namespace walkaway::core {

struct PhraseSignal {
  std::string offer_id{};       // the offer whose document was scanned
  int document_index = 0;       // index into that offer's `documents`
  std::string document_kind{};  // "offer_letter", "job_post", "recruiter_messages", "interview_notes", "other"
  FieldRef field{};             // the document's text: offers[0].documents[1].text
  std::string entry_id{};       // "scam.pay-for-training"
  std::string category{};       // "scam"
  RuleId rule{};                // the rule it feeds: SCAM, BIAS-STRESS, ...
  Severity severity = Severity::kMinor;  // the lexicon's severity for this one phrase
  std::string explanation{};    // the lexicon's plain-English "why"
  std::string phrase{};         // the words that matched, as the document writes them
  std::string sentence{};       // the whole sentence, as the scanner quotes it
  int line = 0;                 // of the hit inside the document's text, 1-based
  int column = 0;               // 1-based, in bytes
  bool negated = false;         // "no unlimited PTO": reported by the scanner, never counted
  friend bool operator==(const PhraseSignal&, const PhraseSignal&) = default;
};

// The signals of `rule` that count: not negated, in scan order.
inline std::vector<const PhraseSignal*> CountedSignals(std::span<const PhraseSignal> signals, RuleId rule) {
  std::vector<const PhraseSignal*> out;
  for (const PhraseSignal& s : signals) {
    if (!s.negated && s.rule == rule) out.push_back(&s);
  }
  return out;
}

// One clause, one finding (issue #12, item 7): "flexible to work additional hours without
// additional pay" is hit by a workload entry and by the unpaid-overtime clause, and two rules then
// report one sentence. Of two counted signals of different rules whose words overlap in the same
// text, the one that outranks keeps the clause: higher severity, then a clause rule (CONTRACT,
// SCAM: each has its own remedy) over a reading of tone, then the earlier. Negated signals stay.
std::vector<PhraseSignal> OneSignalPerClause(std::vector<PhraseSignal> signals);

}  // namespace walkaway::core
