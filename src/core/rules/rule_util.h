#pragma once

// Small helpers shared by the rule files: where the free text of a case lives, phrase hits grouped
// by sentence, and finding construction. Private to the core.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/claim_text.h"
#include "walkaway/core/finding.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {

// One piece of free text a rule reads: where it is, its text, and the channel it speaks for.
struct TextSource {
  FieldRef field{};
  std::string_view text{};  // points into the case; valid as long as the RuleContext is
  Channel channel = Channel::kSelf;
};

// The person's own words: the offer's notes, then the notes of the reflection that applies to it.
std::vector<TextSource> OwnTexts(const RuleContext& ctx);

// The employer's words, in this order: document texts (kDocuments), claim values (kClaims) and
// interview notes (kInterviews, what the person wrote down they were told).
std::vector<TextSource> EmployerTexts(const RuleContext& ctx);

// A field of the reflection that applies to ctx.offer: offers[2].reflection.gut when the offer has
// its own reflection, else reflection.gut.
FieldRef ReflectionRef(const RuleContext& ctx, Field field = Field::kWhole);
// A field of ctx.offer.
inline FieldRef OfferRef(const RuleContext& ctx, Field field = Field::kWhole) {
  return FieldRef::Offer(ctx.offer_index, field);
}


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

// A finding about ctx.offer with the code (and so the rule), severity and channel set.
Finding NewFinding(const RuleContext& ctx, Code code, Severity severity, Channel channel);

// One serious finding as a concern: which rule raised it, the fact it is about, where its evidence
// comes from.
struct Concern {
  RuleId rule = RuleId::kEvalNonneg;
  Topic topic = Topic::kGates;
  Channel channel = Channel::kSelf;
  std::vector<Evidence> evidence{};
};

// The "independent major flags" of DESIGN.md §2: serious findings among `prior`, taken in report
// order, each kept only when it differs from every one kept before in all three of rule, fact
// (topic) and source (channel). A fact counts once however many places state it (a deadline in
// the case and again in the letter), and two findings of one rule are one judgement, not two.
// kTerms is left out because the gates and the negotiation asks weigh it, and so are the
// phase-two rules (EVAL-PATTERNS, MINDSET), which only restate. Two or more concerns are a pattern.
std::vector<Concern> IndependentConcerns(std::span<const Finding> prior);

Evidence FieldEvidence(FieldRef field);
Evidence QuoteEvidence(FieldRef field, const SentenceHit& hit);

// "a, b and c".
std::string JoinList(const std::vector<std::string>& items);
// "6" for whole numbers, else one decimal: "6.5".
std::string FormatNumber(double value);

}  // namespace walkaway::core
