// SCAM: the job itself may be fake. Reads the scanner's scam lexicon on the offer's documents
// (docs/document-signals.md); nothing else in a case can tell. The design's verdict principle
// makes a scam signal a WALK AWAY, so:
//   - a phrase the lexicon rates blocker (paying to apply, train or buy equipment, a cheque to
//     deposit, money to forward) is a blocker on its own;
//   - phrases it rates major (a personal mailbox, an interview by chat app only, "earn $900 a
//     week") are a major flag with a question: verify the employer before anything else. Three
//     distinct ones together read as a scam and are a blocker;
//   - minor ones ("no experience needed", "urgently hiring") are shown and never decide.

#include <algorithm>

#include "core/rules/rule_util.h"
#include "core/rules/signal_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kScam;

// Distinct major scam phrases that together read as a scam, not as a clumsy job post.
constexpr size_t kMajorsForPattern = 3;

constexpr std::string_view kVerifyQuestion =
    "Is the employer real? Check it through its own website and main phone number, and a reply "
    "from a company e-mail address.";

constexpr std::string_view kNeverPayAdvice =
    "Real employers pay you, not the other way round: pay nothing, buy nothing through them, "
    "deposit no cheque and share no bank details. Report the posting to the site that carried it.";

// Whether two hits cover some of the same words: "earn $900 a week from home" matched by two
// entries is one sign, not two (issue #12, class 1).
bool Overlap(const PhraseSignal& a, const PhraseSignal& b) {
  if (a.document_index != b.document_index || a.line != b.line) return false;
  const size_t a_end = static_cast<size_t>(a.column) + a.phrase.size();
  const size_t b_end = static_cast<size_t>(b.column) + b.phrase.size();
  return static_cast<size_t>(a.column) < b_end && static_cast<size_t>(b.column) < a_end;
}

// The separate signs: one per entry, and hits on the same words count once whichever entries
// they come from.
std::vector<std::string> DistinctEntries(const std::vector<const SignalSentence*>& sentences) {
  std::vector<std::string> ids;
  std::vector<const PhraseSignal*> counted;
  for (const SignalSentence* sentence : sentences) {
    for (const PhraseSignal* s : sentence->signals) {
      if (std::find(ids.begin(), ids.end(), s->entry_id) != ids.end()) continue;
      if (std::any_of(counted.begin(), counted.end(), [&](const PhraseSignal* c) { return Overlap(*c, *s); })) continue;
      ids.push_back(s->entry_id);
      counted.push_back(s);
    }
  }
  return ids;
}

// "the job post (line 7): "Buy your laptop through our approved vendor."".
std::string Describe(const SignalSentence& sentence) {
  const PhraseSignal& s = *sentence.first;
  return DocumentName(s.document_kind) + " (line " + std::to_string(s.line) + "): \"" + s.sentence + "\"";
}

std::string Capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

Finding Make(const RuleContext& ctx, Code code, Severity severity,
             const std::vector<const SignalSentence*>& sentences) {
  Finding f = NewFinding(ctx, code, severity, Channel::kDocuments);
  for (const SignalSentence* sentence : sentences) f.evidence.push_back(SignalEvidence(*sentence->first));
  return f;
}

}  // namespace

std::vector<Finding> RunScam(const RuleContext& ctx) {
  std::vector<Finding> out;
  const std::vector<SignalSentence> sentences = SignalSentences(ctx, kRuleId);
  std::vector<const SignalSentence*> blockers, majors, minors;
  for (const SignalSentence& sentence : sentences) {
    if (sentence.severity == Severity::kBlocker) {
      blockers.push_back(&sentence);
    } else if (sentence.severity == Severity::kMajor) {
      majors.push_back(&sentence);
    } else {
      minors.push_back(&sentence);
    }
  }
  if (!blockers.empty()) {
    Finding f = Make(ctx, Code::kScamBlocker, Severity::kBlocker, blockers);
    f.message = Capitalised(Describe(*blockers.front())) + " " + blockers.front()->first->explanation;
    if (blockers.size() > 1) {
      f.message += " (" + std::to_string(blockers.size() - 1) + " more such " +
                   (blockers.size() == 2 ? "sentence" : "sentences") + " in the documents.)";
    }
    f.advice = std::string(kNeverPayAdvice);
    f.question = std::string(kVerifyQuestion);
    out.push_back(std::move(f));
  }
  if (!majors.empty()) {
    const std::vector<std::string> ids = DistinctEntries(majors);
    const bool pattern = ids.size() >= kMajorsForPattern;
    Finding f = Make(ctx, pattern ? Code::kScamPattern : Code::kScamSignal, pattern ? Severity::kBlocker : Severity::kMajor,
                     majors);
    f.message = pattern ? std::to_string(ids.size()) +
                              " separate signs of a job scam in the documents; the first, in " +
                              Describe(*majors.front())
                        : "A sign of a job scam: " + Describe(*majors.front()) + " " + majors.front()->first->explanation;
    f.advice = pattern ? std::string(kNeverPayAdvice)
                       : "Verify the employer before you send documents, bank details or money, or do any work.";
    f.question = std::string(kVerifyQuestion);
    out.push_back(std::move(f));
  }
  if (!minors.empty()) {
    Finding f = Make(ctx, Code::kScamWeakSignal, Severity::kMinor, minors);
    f.message = "Wording common in job scams, though also in honest posts: " + Describe(*minors.front());
    f.advice = minors.front()->first->explanation;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
