#include "core/rules/signal_util.h"

#include <algorithm>

#include "core/rules/rule_util.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
std::vector<SignalSentence> SignalSentences(const RuleContext& ctx, RuleId rule) {
  std::vector<SignalSentence> out;
  for (const PhraseSignal* s : CountedSignals(ctx.phrases, rule)) {
    auto same = std::find_if(out.begin(), out.end(), [&](const SignalSentence& g) {
      return g.first->field == s->field && g.first->sentence == s->sentence;
    });
    if (same == out.end()) {
      out.push_back(SignalSentence{s, {s}, s->severity});
    } else {
      same->signals.push_back(s);
      same->severity = MoreSerious(same->severity, s->severity);
    }
  }
  return out;
}

Evidence SignalEvidence(const PhraseSignal& s) { return Evidence{s.field, s.sentence, s.line, s.column}; }

bool AlreadyQuoted(const std::vector<Finding>& findings, const PhraseSignal& s) {
  for (const Finding& f : findings) {
    for (const Evidence& e : f.evidence) {
      // "offers[0].documents[1].text" and "offers[0].documents[1]" name the same document.
      // One phrase engine cuts the sentence for the rules' lists and for the scanner
      // (walkaway/core/sentences.h), so the same sentence is the same string.
      if (e.field.SameItem(s.field) && e.quote == s.sentence) return true;
    }
  }
  return false;
}

std::string PhraseKey(std::string_view phrase) {
  std::string key = NormalizeText(phrase);
  std::replace(key.begin(), key.end(), '-', ' ');
  return key;
}

std::vector<std::string> PhraseKeys(const SignalSentence& sentence) {
  std::vector<std::string> keys;
  for (const PhraseSignal* s : sentence.signals) {
    std::string key = PhraseKey(s->phrase.empty() ? s->entry_id : s->phrase);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  return keys;
}

std::string QuotedPhrases(const SignalSentence& sentence) {
  std::vector<std::string> quoted;
  std::vector<std::string> keys;
  for (const PhraseSignal* s : sentence.signals) {
    const std::string& words = s->phrase.empty() ? s->entry_id : s->phrase;
    std::string key = PhraseKey(words);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    keys.push_back(std::move(key));
    quoted.push_back("\"" + words + "\"");
  }
  return JoinList(quoted);
}

std::string DocumentName(std::string_view kind) {
  const std::string k = NormalizeText(kind);
  if (k == "offer_letter") return "the offer letter";
  if (k == "job_post") return "the job post";
  if (k == "recruiter_messages") return "the recruiter's messages";
  if (k == "interview_notes") return "your interview notes";
  return "the document";
}

bool IsJobPost(std::string_view kind) { return NormalizeText(kind) == "job_post"; }
bool IsInterviewNotes(std::string_view kind) { return NormalizeText(kind) == "interview_notes"; }

Severity CapSeverity(Severity severity, Severity cap) { return severity < cap ? cap : severity; }
Severity MoreSerious(Severity a, Severity b) { return a < b ? a : b; }

}  // namespace walkaway::core
