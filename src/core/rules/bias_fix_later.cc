// BIAS-FIX-LATER: "I can fix this later". The person's own notes and reflection notes are read for
// sentences that put a concern off until after signing. Such a sentence is major when it names
// something that is negotiable now (hours, pay, office days...), because that is exactly the leverage
// that disappears with the signature; otherwise it is minor and asks what would have to change.

#include <algorithm>
#include <array>
#include <string>

#include "core/rules/rule_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kBiasFixLater;

constexpr std::array<std::string_view, 21> kPhrases = {
    "fix it later",       "fix this later",    "fix that later",     "change it later",
    "once i'm in",        "once i am in",      "after i join",       "i'll push for",
    "i will push for",    "it'll get better",  "it will get better", "they'll change",
    "they will change",   "renegotiate later", "negotiate later",    "sort it out later",
    "deal with it later", "i can change",      "grow into it",       "it's only temporary",
    "just for a year",
};

// "I can fix the commute later": a verb of putting something right, then, later in the same
// sentence, a word that puts it after joining. The fixed phrases above only see "fix it later".
constexpr std::array<std::string_view, 12> kDeferVerbs = {
    "fix", "change", "sort", "deal with", "renegotiate", "negotiate", "push for", "ask for",
    "bring up", "raise", "address", "work on",
};
constexpr std::array<std::string_view, 9> kLaterMarkers = {
    "later", "down the road", "once i start", "after i start", "once i'm there", "once i am there",
    "after i'm in", "in a few months", "after probation",
};

// The words from the verb to the marker ("fix the commute later"), when a verb comes before a
// marker in `sentence`; empty otherwise.
std::string DeferredSpan(std::string_view sentence) {
  const std::string lower = NormalizeText(sentence);
  if (lower.size() != sentence.size()) return {};  // whitespace collapsed: offsets would not map
  const std::vector<PhraseHit> verbs = FindPhrases(lower, kDeferVerbs);
  const std::vector<PhraseHit> markers = FindPhrases(lower, kLaterMarkers);
  for (const PhraseHit& verb : verbs) {
    if (verb.negated || verb.line != 1) continue;
    for (const PhraseHit& marker : markers) {
      if (marker.negated || marker.line != 1 || marker.column <= verb.column) continue;
      const size_t from = static_cast<size_t>(verb.column - 1);
      const size_t to = static_cast<size_t>(marker.column - 1) + marker.phrase.size();
      if (to - from > 60) continue;  // too far apart to be one thought
      return std::string(sentence.substr(from, to - from));
    }
  }
  return {};
}

// A word that names a term someone could agree before signing, and how we name that term in an ask.
struct Topic {
  std::string_view word;
  std::string_view term;
  NegotiableTerm ask;
};

constexpr std::array<Topic, 13> kTopics = {{
    {"on-call", "the on-call load and how it is paid", NegotiableTerm::kOnCall},
    {"on call", "the on-call load and how it is paid", NegotiableTerm::kOnCall},
    {"oncall", "the on-call load and how it is paid", NegotiableTerm::kOnCall},
    {"hours", "the expected weekly hours", NegotiableTerm::kHours},
    {"overtime", "the expected weekly hours", NegotiableTerm::kHours},
    {"pay", "the salary", NegotiableTerm::kSalary},
    {"salary", "the salary", NegotiableTerm::kSalary},
    {"remote", "the remote arrangement", NegotiableTerm::kRemote},
    {"office", "the number of office days", NegotiableTerm::kOfficeDays},
    {"title", "the job title", NegotiableTerm::kTitle},
    {"manager", "who you report to", NegotiableTerm::kManager},
    {"commute", "the office location and office days", NegotiableTerm::kCommute},
    {"bonus", "the bonus terms", NegotiableTerm::kBonus},
}};

// Remedies in the person's own hands ("fix my commute later by moving closer"): nothing the employer
// has to agree, so no leverage is lost by signing, and it is no reason to push back now. It stays a
// note to check the plan is realistic.
constexpr std::array<std::string_view, 10> kOwnRemedies = {
    "by moving", "move closer", "moving closer", "move nearer", "moving nearer", "relocate", "relocating",
    "buy a car", "get a car", "by cycling",
};

// The negotiable term the sentence names, or nullptr.
const Topic* NegotiableTopic(std::string_view sentence) {
  std::array<std::string_view, kTopics.size()> words{};
  for (size_t i = 0; i < kTopics.size(); ++i) words[i] = kTopics[i].word;
  const std::string_view word = FirstMention(sentence, words);
  for (const Topic& topic : kTopics) {
    if (topic.word == word) return &topic;
  }
  return nullptr;
}

Finding FixLaterFinding(const RuleContext& ctx, const TextSource& source, const SentenceHit& hit) {
  const bool own_remedy = !FindPhrases(hit.sentence, kOwnRemedies).empty();
  const Topic* topic = own_remedy ? nullptr : NegotiableTopic(hit.sentence);
  Finding f = NewFinding(ctx, topic ? Code::kFixLaterNegotiableTerm : Code::kFixLaterPhrase,
                         topic ? Severity::kMajor : Severity::kMinor, Channel::kSelf);
  f.evidence.push_back(QuoteEvidence(source.field, hit));
  const std::string said = hit.phrases.empty() ? DeferredSpan(hit.sentence)
                                               : AsWritten(hit.sentence, hit.phrases.front());
  f.message = "You plan to sort something out after joining (\"" + said + "\"): " + hit.sentence;
  f.advice =
      "What is not agreed before you sign rarely improves afterwards: your leverage is highest "
      "now, before you have said yes.";
  if (topic) {
    f.message += " It is about " + std::string(topic->term) + ", which can be agreed now.";
    f.ask = AgreeBeforeSigning{topic->ask};
  } else if (own_remedy) {
    f.advice = "That fix is in your hands, not the employer's, so signing costs no leverage over it.";
    f.question = "What will it cost you, in money and time, and by when can you do it?";
  } else {
    f.question = "What exactly would have to change, and who has agreed to change it?";
  }
  return f;
}

}  // namespace

std::vector<Finding> RunBiasFixLater(const RuleContext& ctx) {
  std::vector<Finding> out;
  for (const TextSource& source : OwnTexts(ctx)) {
    const std::vector<SentenceHit> fixed = AffirmedSentences(source.text, kPhrases);
    for (const SentenceHit& hit : fixed) out.push_back(FixLaterFinding(ctx, source, hit));
    for (SentenceHit hit : AffirmedSentences(source.text, kLaterMarkers)) {
      const bool seen = std::any_of(fixed.begin(), fixed.end(), [&](const SentenceHit& s) {
        return s.sentence == hit.sentence;
      });
      if (seen || DeferredSpan(hit.sentence).empty()) continue;
      hit.phrases.clear();  // quoted by its span, not by the marker alone
      out.push_back(FixLaterFinding(ctx, source, hit));
    }
  }
  return out;
}

}  // namespace walkaway::core
