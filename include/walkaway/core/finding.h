#pragma once

// A finding: one thing a rule noticed about one offer, with the evidence behind it and what to do.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/ask.h"
#include "walkaway/core/evidence.h"
#include "walkaway/core/registry.h"

namespace walkaway::core {

// Ordered from most to least serious; kPositive is a point in the offer's favour.
enum class Severity { kBlocker, kMajor, kMinor, kPositive };

// Where a signal comes from. Independent major flags (DESIGN.md §2) are counted per channel, so
// three complaints about the same interview do not outvote one written term.
enum class Channel {
  kTerms,       // the written offer: pay, equity, hours, mode, progression facts
  kTiming,      // deadline, extension
  kClaims,      // what people said, written or not
  kInterviews,  // how the process treated the person
  kDocuments,   // the words of the letter, post or messages
  kSelf,        // the person's own reflection and notes
};

struct Finding {
  Code code{};  // its rule and topic are registry properties (RuleOf, TopicOf)
  Severity severity = Severity::kMinor;
  Channel channel = Channel::kTerms;
  std::string offer_id{};
  std::string message{};     // plain language, one or two sentences
  std::vector<Evidence> evidence{};
  std::string advice{};      // what to do about it, in our words
  std::optional<Ask> ask{};  // set when a concrete request could resolve it
  std::string question{};    // set when the finding is missing information: what to ask
  RuleId rule() const { return RuleOf(code); }
  friend bool operator==(const Finding&, const Finding&) = default;
};

std::string_view ToString(Severity severity);
std::string_view ToString(Channel channel);

// Major or blocker.
inline bool IsSerious(const Finding& f) { return f.severity == Severity::kMajor || f.severity == Severity::kBlocker; }
// Whether the finding weighs on the verdict (MINDSET's reminders do not).
inline bool CountsTowardVerdict(const Finding& f) { return CountsTowardVerdict(f.rule()); }

}  // namespace walkaway::core
