// SIGN-PROGRESSION: no transparency on development, feedback or advancement. Reads the structured
// facts (ladder, review cycle, written criteria, mentorship, learning budget), verbal promotion
// promises, and vague growth wording in documents and claims: the list below, and the scanner's
// progression lexicon for the documents (docs/document-signals.md).

#include <algorithm>
#include <array>

#include "core/rules/rule_util.h"
#include "core/rules/signal_util.h"
#include "walkaway/core/claim_text.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

// Wording that sounds like growth but commits to nothing.
constexpr std::array<std::string_view, 9> kVaguePhrases = {
    "potential for growth", "opportunities to grow", "opportunity to grow",
    "we'll revisit",        "we will revisit",       "room to grow",
    "as the company grows", "future opportunities",  "growth potential"};

// A review cycle longer than this means feedback less than once a year.
constexpr int kMaxReviewMonths = 12;

Finding Make(const RuleContext& ctx, Code code, Severity severity, Channel channel,
             std::string message) {
  Finding f = NewFinding(ctx, code, severity, channel);
  f.message = std::move(message);
  return f;
}

// One structured fact: what it means when false, and the question that finds it out.
struct Fact {
  std::optional<bool> holds;
  Field field;
  std::string_view when_false;
  std::string_view question;
  GrowthItem ask;
};

std::vector<Fact> Facts(const Progression& p) {
  std::optional<bool> regular;
  if (p.review_cycle_months) regular = *p.review_cycle_months <= kMaxReviewMonths;
  return {
      {p.ladder_shared, Field::kProgressionLadderShared, "no career ladder was shared",
       "Is there a written career ladder?", GrowthItem::kLadder},
      {regular, Field::kProgressionReviewCycleMonths, "feedback comes less than once a year",
       "How often are reviews?", GrowthItem::kReviews},
      {p.promotion_criteria_written, Field::kProgressionPromotionCriteriaWritten,
       "there are no written promotion criteria", "What are the written criteria for the next level?",
       GrowthItem::kCriteria},
      {p.mentorship, Field::kProgressionMentorship, "there is no mentorship", "Is there a mentor or buddy?",
       GrowthItem::kMentor},
      {p.learning_budget, Field::kProgressionLearningBudget, "there is no learning budget",
       "Is there a learning budget?", GrowthItem::kLearningBudget},
  };
}

// The first three facts are about advancement and feedback themselves; the last two are support.
constexpr size_t kCoreFacts = 3;

std::string Join(const std::vector<std::string_view>& parts, std::string_view sep) {
  std::string out;
  for (std::string_view part : parts) out += (out.empty() ? "" : std::string(sep)) + std::string(part);
  return out;
}

// Facts known to be false, and what is still unknown about the core facts.
void FactFindings(const RuleContext& ctx, std::vector<Finding>& out) {
  const std::vector<Fact> facts = Facts(ctx.offer.progression);
  std::vector<std::string_view> missing;
  std::vector<std::string_view> false_facts;
  GrowthInWriting asks;
  std::vector<Evidence> evidence;
  for (size_t i = 0; i < facts.size(); ++i) {
    if (!facts[i].holds) {
      if (i < kCoreFacts) missing.push_back(facts[i].question);
    } else if (!*facts[i].holds) {
      false_facts.push_back(facts[i].when_false);
      asks.items.push_back(facts[i].ask);
      evidence.push_back({OfferRef(ctx, facts[i].field), {}, 0, 0});
    }
  }
  if (!false_facts.empty()) {
    const Severity severity = false_facts.size() >= 2 ? Severity::kMajor : Severity::kMinor;
    Finding f = Make(ctx, Code::kProgressionOpaque, severity, Channel::kTerms,
                     "On development and advancement: " + Join(false_facts, "; ") + ".");
    f.evidence = std::move(evidence);
    f.ask = std::move(asks);
    f.advice = "Without a ladder, criteria and regular feedback, advancement depends on goodwill.";
    out.push_back(std::move(f));
  }
  if (missing.size() == kCoreFacts) {
    Finding f = Make(ctx, Code::kProgressionUnknown, Severity::kMajor, Channel::kTerms,
                     "Nothing is known about the career ladder, reviews or promotion criteria.");
    f.question = Join(missing, " ");
    f.advice = "Ask before accepting; how an employer answers is itself informative.";
    out.push_back(std::move(f));
  } else if (!missing.empty()) {
    Finding f = Make(ctx, Code::kProgressionPartlyUnknown, Severity::kMinor, Channel::kTerms,
                     "Part of the progression picture is missing.");
    f.question = Join(missing, " ");
    out.push_back(std::move(f));
  }
}

// Promises of promotion that exist only as something someone said.
void VerbalPromises(const RuleContext& ctx, std::vector<Finding>& out) {
  const std::vector<const Claim*> verbal = VerbalClaims(ctx.offer, "promotion");
  if (verbal.empty()) return;
  const Claim& first = *verbal.front();
  Finding f = Make(ctx, Code::kProgressionVerbalPromotion, Severity::kMajor, Channel::kClaims,
                   "A promotion was promised only verbally: '" + first.value + "' (" +
                       (first.source.empty() ? std::string("unknown source") : first.source) +
                       (first.stage.empty() ? "" : ", " + first.stage) + ").");
  for (const Claim* claim : verbal) {
    const size_t k = static_cast<size_t>(claim - ctx.offer.claims.data());
    f.evidence.push_back({FieldRef::Claim(ctx.offer_index, static_cast<int>(k), Field::kValue), claim->value, 0, 0});
  }
  // The promise itself, with its timeline and criteria, written into the letter.
  ClaimsInWriting ask;
  for (const Claim* claim : verbal) ask.claims.push_back(ClaimRefOf(ctx.offer, *claim));
  f.ask = std::move(ask);
  f.advice = "A promotion that is not written down binds no one, least of all a future manager.";
  out.push_back(std::move(f));
}

void AddVagueHits(const RuleContext& ctx, std::string_view text, const FieldRef& path, Channel channel,
                  std::vector<Finding>& out) {
  std::vector<std::string> seen;
  for (const PhraseHit& hit : FindPhrases(text, kVaguePhrases)) {
    if (hit.negated || std::find(seen.begin(), seen.end(), hit.sentence) != seen.end()) continue;
    seen.push_back(hit.sentence);
    Finding f = Make(ctx, Code::kProgressionVaguePhrase, Severity::kMinor, channel,
                     "Growth is described in words that commit to nothing: \"" + hit.sentence + "\"");
    f.evidence = {{path, hit.sentence, hit.line, hit.column}};
    f.question = "What, concretely, would the next step be and when?";
    out.push_back(std::move(f));
  }
}

void VaguePhrases(const RuleContext& ctx, std::vector<Finding>& out) {
  for (size_t k = 0; k < ctx.offer.documents.size(); ++k) {
    AddVagueHits(ctx, ctx.offer.documents[k].text, FieldRef::Document(ctx.offer_index, static_cast<int>(k), Field::kText),
                 Channel::kDocuments, out);
  }
  for (size_t k = 0; k < ctx.offer.claims.size(); ++k) {
    if (IsExtracted(ctx.offer.claims[k])) continue;  // its document is read above
    AddVagueHits(ctx, ctx.offer.claims[k].value, FieldRef::Claim(ctx.offer_index, static_cast<int>(k), Field::kValue),
                 Channel::kClaims, out);
  }
}

// The scanner's progression hits in the documents, for sentences the list did not report. What a
// letter, the recruiter or an interviewer states about advancement ("promotion freeze", "no formal
// ladder") keeps the lexicon's severity; a job post's words are advertising and stay minor.
void DocumentSignals(const RuleContext& ctx, std::vector<Finding>& out) {
  for (const SignalSentence& sentence : SignalSentences(ctx, RuleId::kSignProgression)) {
    const PhraseSignal& first = *sentence.first;
    if (AlreadyQuoted(out, first)) continue;
    const Severity severity =
        IsJobPost(first.document_kind) ? Severity::kMinor : CapSeverity(sentence.severity, Severity::kMajor);
    Finding f = Make(ctx, Code::kProgressionDocumentSignal, severity, Channel::kDocuments,
                     "On advancement, " + DocumentName(first.document_kind) + " says (" + QuotedPhrases(sentence) +
                         "): \"" + first.sentence + "\"");
    f.evidence = {SignalEvidence(first)};
    f.advice = first.explanation;
    f.question = "What, concretely, would the next step be and when?";
    if (severity == Severity::kMajor) {
      f.ask = GrowthInWriting{{GrowthItem::kLadder, GrowthItem::kCriteria, GrowthItem::kReviews}};
    }
    out.push_back(std::move(f));
  }
}

}  // namespace

std::vector<Finding> RunSignProgression(const RuleContext& ctx) {
  std::vector<Finding> out;
  FactFindings(ctx, out);
  VerbalPromises(ctx, out);
  VaguePhrases(ctx, out);
  DocumentSignals(ctx, out);
  const Progression& p = ctx.offer.progression;
  if (p.ladder_shared == true && p.promotion_criteria_written == true && p.review_cycle_months &&
      *p.review_cycle_months <= kMaxReviewMonths) {
    Finding f = Make(ctx, Code::kProgressionTransparent, Severity::kPositive, Channel::kTerms,
                     "A career ladder was shared, promotion criteria are written, and reviews happen "
                     "every " +
                         std::to_string(*p.review_cycle_months) + " months.");
    f.evidence = {{OfferRef(ctx, Field::kProgression), {}, 0, 0}};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
