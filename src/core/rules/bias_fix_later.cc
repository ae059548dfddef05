// BIAS-FIX-LATER: "I can fix this later". The person's own notes and reflection notes are read for
// sentences that put a concern off until after signing. Such a sentence is major when it names
// something that is negotiable now (hours, pay, office days...), because that is exactly the leverage
// that disappears with the signature; otherwise it is minor and asks what would have to change.

#include <array>

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
  const Topic* topic = NegotiableTopic(hit.sentence);
  Finding f = NewFinding(ctx, topic ? Code::kFixLaterNegotiableTerm : Code::kFixLaterPhrase,
                         topic ? Severity::kMajor : Severity::kMinor, Channel::kSelf);
  f.evidence.push_back(QuoteEvidence(source.field, hit));
  f.message = "You plan to sort something out after joining (\"" + AsWritten(hit.sentence, hit.phrases.front()) +
              "\"): " + hit.sentence;
  f.advice =
      "What is not agreed before you sign rarely improves afterwards: your leverage is highest "
      "now, before you have said yes.";
  if (topic) {
    f.message += " It is about " + std::string(topic->term) + ", which can be agreed now.";
    f.ask = AgreeBeforeSigning{topic->ask};
  } else {
    f.question = "What exactly would have to change, and who has agreed to change it?";
  }
  return f;
}

}  // namespace

std::vector<Finding> RunBiasFixLater(const RuleContext& ctx) {
  std::vector<Finding> out;
  for (const TextSource& source : OwnTexts(ctx)) {
    for (const SentenceHit& hit : AffirmedSentences(source.text, kPhrases)) {
      out.push_back(FixLaterFinding(ctx, source, hit));
    }
  }
  return out;
}

}  // namespace walkaway::core
