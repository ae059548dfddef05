#pragma once

// Helpers for the rules that read the document scanner's hits (PhraseSignal, RuleContext::phrases):
// grouping hits by sentence, quoting them, recognising a sentence a rule already reported from its
// own phrase list, and the severity caps of docs/document-signals.md. Private to the core.

#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/finding.h"
#include "walkaway/core/phrase_signal.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {

// The counted hits of one sentence of one document: one concern, however many phrases it has.
struct SignalSentence {
  const PhraseSignal* first = nullptr;         // the first hit: field path, sentence, line, column
  std::vector<const PhraseSignal*> signals{};  // every counted hit in the sentence, first first
  Severity severity = Severity::kPositive;     // the most serious lexicon severity among them
};

// The counted (never negated) hits of `rule` in ctx.phrases, grouped by document and sentence,
// in scan order.
std::vector<SignalSentence> SignalSentences(const RuleContext& ctx, RuleId rule);

// The quote of a sentence at its place: the document's text, the sentence, line and column.
Evidence SignalEvidence(const PhraseSignal& s);

// Whether some finding already quotes this sentence of this document: same document (its text or
// the document as a whole) and the same sentence, as the one phrase engine cuts it.
bool AlreadyQuoted(const std::vector<Finding>& findings, const PhraseSignal& s);

// "\"long hours\" and \"whatever it takes\"": the matched words of a sentence, each once.
std::string QuotedPhrases(const SignalSentence& sentence);

// The distinct matched words of a sentence, each normalised ("fast-paced" and "Fast paced" are one).
std::vector<std::string> PhraseKeys(const SignalSentence& sentence);
std::string PhraseKey(std::string_view phrase);

// "the job post", "the offer letter", "the recruiter's messages", "your interview notes",
// "the document".
std::string DocumentName(std::string_view kind);

// A job post is advertising; its words never carry more than a minor flag on their own.
bool IsJobPost(std::string_view kind);
// The person's own notes of what was said in the interviews.
bool IsInterviewNotes(std::string_view kind);

// `severity`, but no more serious than `cap` (kMajor caps a blocker to major, and so on).
Severity CapSeverity(Severity severity, Severity cap);
// The more serious of the two.
Severity MoreSerious(Severity a, Severity b);

}  // namespace walkaway::core
