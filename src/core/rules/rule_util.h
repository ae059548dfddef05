#pragma once

// Small helpers shared by the rule files: where the free text of a case lives, phrase hits grouped
// by sentence, and finding construction. Private to the core.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim_text.h"  // OfferPath, used by every rule with this header
#include "walkaway/core/finding.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {

// One piece of free text a rule reads: its field path, its text, and the channel it speaks for.
struct TextSource {
  std::string field_path{};
  std::string_view text{};  // points into the case; valid as long as the RuleContext is
  Channel channel = Channel::kSelf;
};

// The person's own words: the offer's notes, then the notes of the reflection that applies to it.
std::vector<TextSource> OwnTexts(const RuleContext& ctx);

// The employer's words, in this order: document texts (kDocuments), claim values (kClaims) and
// interview notes (kInterviews, what the person wrote down they were told).
std::vector<TextSource> EmployerTexts(const RuleContext& ctx);

// "offers[2].reflection" when the offer has its own reflection, else "reflection".
std::string ReflectionPath(const RuleContext& ctx);


// The sentences of `text` with at least one non-negated hit, in text order, one entry per sentence
// (a sentence that says "fix it later, once I'm in" is one concern, not two).
struct SentenceHit {
  std::string sentence{};
  int line = 0;  // of the first hit in the sentence
  int column = 0;
  std::vector<std::string_view> phrases{};  // distinct phrases that matched, first hit first
};
std::vector<SentenceHit> AffirmedSentences(std::string_view text, std::span<const std::string_view> phrases);

// `phrase` as the sentence writes it ("I can change" for the list's "i can change"), for quoting in
// messages; the phrase itself when the sentence does not contain it verbatim.
std::string AsWritten(std::string_view sentence, std::string_view phrase);

// Whether `text` contains any of `words` (whole words, case-insensitive, negated or not).
bool MentionsAny(std::string_view text, std::span<const std::string_view> words);
// The first of `words` that `text` contains, or empty.
std::string_view FirstMention(std::string_view text, std::span<const std::string_view> words);

// A finding of `rule_id` about ctx.offer, with the code, severity and channel set.
Finding NewFinding(const RuleContext& ctx, std::string_view rule_id, std::string code, Severity severity,
                   Channel channel);

// Major or blocker.
bool IsSerious(const Finding& f);

// The serious findings of one channel: which rules raised them, and the first one's evidence.
struct ChannelFlags {
  Channel channel = Channel::kSelf;
  std::vector<std::string> rules{};  // distinct rule ids, first seen first
  std::vector<Evidence> first_evidence{};
};

// Serious findings among `prior` grouped by channel, in report order (timing, claims, interviews,
// documents, self). kTerms is left out because the gates and the negotiation asks weigh it, and so
// are the phase-two rules (EVAL-PATTERNS, MINDSET), which only restate. Two or more groups are the
// "independent major flags" of DESIGN.md §2.
std::vector<ChannelFlags> IndependentFlags(std::span<const Finding> prior);

Evidence FieldEvidence(std::string field_path);
Evidence QuoteEvidence(std::string field_path, const SentenceHit& hit);

// "a, b and c".
std::string JoinList(const std::vector<std::string>& items);
// "6" for whole numbers, else one decimal: "6.5".
std::string FormatNumber(double value);

}  // namespace walkaway::core
