#pragma once

// A finding: one thing a rule noticed about one offer, with the evidence behind it and what to do.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// One piece of evidence: a field of the case, or a quoted sentence with its place inside the text.
struct Evidence {
  std::string field_path{};  // "offers[0].deadline", "offers[0].interviews[1].notes"
  std::string quote{};       // the exact sentence or value; empty when the field says it all
  int line = 0;              // line of the quote inside the field's text (1-based); 0 = n/a
  int column = 0;            // column of the quote inside that line (1-based, bytes); 0 = n/a
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// A concrete request that would close a gap: the verdict's "asks".
enum class AskKind { kPay, kWriting, kDeadline, kOfficeDays, kHours, kProgression, kOther };

struct Ask {
  AskKind kind = AskKind::kOther;
  std::string text{};  // "base at least 85,000 EUR", "an extension to 2026-11-30"
  friend bool operator==(const Ask&, const Ask&) = default;
};

struct Finding {
  std::string rule_id{};     // "SIGN-PAY", ... (DESIGN.md §1)
  std::string code{};        // stable machine name, e.g. "pay.below_floor_negotiable"
  Severity severity = Severity::kMinor;
  Channel channel = Channel::kTerms;
  std::string offer_id{};
  std::string message{};     // plain language, one or two sentences
  std::vector<Evidence> evidence{};
  std::string advice{};      // what to do about it, in our words
  std::optional<Ask> ask{};  // set when a concrete request could resolve it
  std::string question{};    // set when the finding is missing information: what to ask
  friend bool operator==(const Finding&, const Finding&) = default;
};

std::string_view ToString(Severity severity);
std::string_view ToString(Channel channel);
std::string_view ToString(AskKind kind);

}  // namespace walkaway::core
