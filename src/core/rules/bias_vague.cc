// BIAS-VAGUE: vague promises accepted instead of written clarity. Two views of the same problem:
// the claims ledger (how much of the offer's value, and which key terms, rest on words nobody wrote
// down) and the wording of letters and claims ("discretionary", "we'll revisit", "up to"), from
// the list below and, for documents, from the scanner's vague-promises lexicon
// (docs/document-signals.md).

#include <algorithm>
#include <cctype>
#include <array>
#include <cstdio>
#include <iterator>

#include "core/rules/rule_util.h"
#include "core/rules/signal_util.h"
#include "walkaway/core/sentences.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kBiasVague;

// The hedges of the phrase engine (walkaway/core/sentences.h): one list for every rule.
constexpr const auto& kVaguePhrases = kHedges;

// A vague sentence about these is about money or advancement, so it is major.
constexpr std::array<std::string_view, 10> kPayWords = {
    "bonus",  "bonuses",   "equity",     "salary", "raise",
    "raises", "promotion", "promotions", "stock",  "compensation",
};

// Topics whose unwritten claims change what the job is or pays.
constexpr std::array<std::string_view, 9> kKeyTopics = {
    "base", "bonus", "equity", "promotion", "work_mode", "office_days", "title", "on_call", "hours",
};

bool IsKeyTopic(std::string_view topic) {
  for (std::string_view key : kKeyTopics) {
    if (key == topic) return true;
  }
  return false;
}

// "'bonus of 15k is basically guaranteed' (recruiter, screen)".
std::string Describe(const Claim& claim) {
  std::string where = claim.source.empty() ? "source not recorded" : claim.source;
  if (!claim.stage.empty()) where += ", " + claim.stage;
  return "'" + claim.value + "' (" + where + ")";
}

// The share of the offer's value that rests on unwritten claims with an amount.
void AddValueFinding(const RuleContext& ctx, std::vector<Finding>& out) {
  Finding f = NewFinding(ctx, Code::kVagueUnwrittenValue, Severity::kMinor, Channel::kClaims);
  Money sum{};
  std::vector<std::string> listed;
  ClaimsInWriting ask;
  for (size_t i = 0; i < ctx.offer.claims.size(); ++i) {
    const Claim& claim = ctx.offer.claims[i];
    if (!AskableInWriting(ctx.c.candidate, ctx.offer, claim) || !claim.amount) continue;
    const std::optional<Money> amount = ToCandidateCurrency(ctx.c.candidate, ctx.offer, *claim.amount);
    if (amount) sum += *amount;
    listed.push_back(Describe(claim));
    ask.claims.push_back(ClaimRefOf(ctx.offer, claim));
    f.evidence.push_back(ClaimEvidence(claim, ctx.offer_index, i, Field::kAmount));
  }
  if (listed.empty()) return;
  f.ask = std::move(ask);
  f.advice =
      "Money that rests on a sentence nobody wrote down is money you may never see; count it "
      "only once it is in the letter.";
  const std::optional<Money> whole =
      ctx.metrics.first_year_total ? ctx.metrics.first_year_total : ctx.metrics.base;
  if (!whole || *whole <= Money{} || sum <= Money{}) {
    f.code = Code::kVagueUnwrittenValueUnknown;
    f.message =
        "Part of the offer's value rests on unwritten promises, but we cannot say how large a "
        "share without the base salary in the same currency.";
    f.question = "What is the base salary, in writing, and in which currency?";
    out.push_back(std::move(f));
    return;
  }
  const double share = 100.0 * sum.units() / whole->units();
  char pct[32];
  std::snprintf(pct, sizeof pct, "%.1f%%", share);
  f.severity = share > ctx.c.rubric.vague_share_major_pct ? Severity::kMajor : Severity::kMinor;
  f.message = FormatMoney(sum, ctx.c.candidate.currency) + " a year (" + pct + " of the " +
              (ctx.metrics.first_year_total ? "first-year total" : "base") +
              ") rests on promises that are not in writing.";
  out.push_back(std::move(f));
}

// Unwritten claims on the terms that define the job: one is minor, two or more are major.
void AddKeyClaimsFinding(const RuleContext& ctx, std::vector<Finding>& out) {
  Finding f = NewFinding(ctx, Code::kVagueUnwrittenKeyClaims, Severity::kMinor, Channel::kClaims);
  std::vector<std::string> listed;
  ClaimsInWriting ask;
  for (size_t i = 0; i < ctx.offer.claims.size(); ++i) {
    const Claim& claim = ctx.offer.claims[i];
    if (!AskableInWriting(ctx.c.candidate, ctx.offer, claim) || !IsKeyTopic(claim.topic)) continue;
    listed.push_back(Describe(claim));
    ask.claims.push_back(ClaimRefOf(ctx.offer, claim));
    f.evidence.push_back(ClaimEvidence(claim, ctx.offer_index, i, Field::kWhole));
  }
  if (listed.empty()) return;
  if (listed.size() >= 2) f.severity = Severity::kMajor;
  f.message = std::to_string(listed.size()) + (listed.size() == 1 ? " key promise is" : " key promises are") +
              " only verbal: " + JoinList(listed) + ".";
  f.advice = "A promise that matters enough to sway you matters enough to be written into the offer.";
  f.ask = std::move(ask);
  out.push_back(std::move(f));
}

// An amount a document states only as a ceiling ("up to 10% of base"), read in this sentence.
const Claim* CeilingIn(const RuleContext& ctx, const SentenceHit& hit) {
  for (const Claim& claim : ctx.offer.claims) {
    if (claim.origin && claim.origin->vague && claim.origin->sentence == hit.sentence) return &claim;
  }
  return nullptr;
}

Finding PhraseFinding(const RuleContext& ctx, const TextSource& source, const SentenceHit& hit) {
  const bool about_pay = MentionsAny(hit.sentence, kPayWords);
  // Vague pay wording said out loud is a promise that binds nobody: major. The same words in a
  // letter ("may be eligible for a discretionary bonus") are the standard way to state pay at risk,
  // written and honest about it: minor, and the pay model counts that money as at risk.
  const bool spoken = source.channel == Channel::kClaims;
  Finding f = NewFinding(ctx, about_pay ? Code::kVaguePayWording : Code::kVagueWording,
                         about_pay && spoken ? Severity::kMajor : Severity::kMinor, source.channel);
  f.evidence.push_back(QuoteEvidence(source.field, hit));
  f.message = "Vague wording (\"" + AsWritten(hit.sentence, hit.phrases.front()) + "\"): " + hit.sentence;
  f.advice = "Words like these commit the employer to nothing; ask what exactly is promised.";
  f.question = "What exactly is promised here, how much, when, and on what conditions?";
  if (about_pay) {
    f.ask = ExactTerms{f.evidence.front()};
  }
  if (const Claim* ceiling = CeilingIn(ctx, hit); ceiling && source.channel == Channel::kDocuments) {
    // The extractor read the amount: say plainly that a ceiling promises nothing above zero.
    f.message += " Only a ceiling is written (" + ceiling->value + "), so the amount could be zero.";
    f.question = "What is the expected " + ceiling->topic + ", and what was it for this team last year?";
  }
  return f;
}

// "up to" hedges an amount ("up to 10% of base", "up to $5,000"); "move up to Analyst II" is a
// step on a ladder, not vague pay (issue #12, class 5). True when some "up to" in the sentence is
// followed by a figure.
bool UpToAFigure(std::string_view sentence) {
  const std::string lower = NormalizeText(sentence);
  for (size_t at = lower.find("up to "); at != std::string::npos; at = lower.find("up to ", at + 1)) {
    size_t p = at + 6;
    for (std::string_view skip : {"a ", "an ", "the "}) {
      if (lower.compare(p, skip.size(), skip) == 0) p += skip.size();
    }
    if (p < lower.size() && (std::isdigit(static_cast<unsigned char>(lower[p])) || lower[p] == '$' ||
                             lower.compare(p, 2, "\xc2\xa3") == 0 || lower.compare(p, 3, "\xe2\x82\xac") == 0)) {
      return true;
    }
  }
  return false;
}

void AddWordingFindings(const RuleContext& ctx, std::vector<Finding>& out) {
  for (const TextSource& source : EmployerTexts(ctx)) {
    if (source.channel == Channel::kInterviews) continue;  // interview notes are the person's words
    for (SentenceHit hit : AffirmedSentences(source.text, kVaguePhrases)) {
      if (!UpToAFigure(hit.sentence)) std::erase(hit.phrases, std::string_view("up to"));
      if (hit.phrases.empty()) continue;
      out.push_back(PhraseFinding(ctx, source, hit));
    }
  }
}

// The scanner's vague-promise hits in the documents, for sentences the list above did not report.
// A letter or a post states pay at risk in these words as a matter of course: minor. In a
// recruiter's messages or the person's interview notes they are a promise someone made in
// conversation, so a phrase the lexicon rates major, about pay, is major with an ask.
void AddSignalFindings(const RuleContext& ctx, std::vector<Finding>& out) {
  for (const SignalSentence& sentence : SignalSentences(ctx, kRuleId)) {
    const PhraseSignal& first = *sentence.first;
    if (AlreadyQuoted(out, first)) continue;
    const bool about_pay = MentionsAny(first.sentence, kPayWords);
    const bool conversation =
        IsInterviewNotes(first.document_kind) || NormalizeText(first.document_kind) == "recruiter_messages";
    const bool major = about_pay && conversation && sentence.severity <= Severity::kMajor;
    Finding f = NewFinding(ctx, about_pay ? Code::kVaguePayWording : Code::kVagueWording,
                           major ? Severity::kMajor : Severity::kMinor, Channel::kDocuments);
    f.evidence.push_back(SignalEvidence(first));
    f.message = "Vague wording (" + QuotedPhrases(sentence) + ") in " + DocumentName(first.document_kind) +
                ": " + first.sentence;
    f.advice = first.explanation.empty()
                   ? "Words like these commit the employer to nothing; ask what exactly is promised."
                   : first.explanation;
    f.question = "What exactly is promised here, how much, when, and on what conditions?";
    if (about_pay) {
      f.ask = ExactTerms{SignalEvidence(first)};
    }
    out.push_back(std::move(f));
  }
}

}  // namespace

std::vector<Finding> RunBiasVague(const RuleContext& ctx) {
  std::vector<Finding> out;
  // The ledger the person kept; claims read from documents are not promises they recorded.
  std::vector<Claim> claims;
  std::copy_if(ctx.offer.claims.begin(), ctx.offer.claims.end(), std::back_inserter(claims),
               [](const Claim& c) { return !IsExtracted(c); });
  // An empty ledger is one fact, reported once, by SIGN-ROLE (role.no_claims): it stops this
  // rule's check as much as that one's (issue #12, class 1).
  AddValueFinding(ctx, out);
  AddKeyClaimsFinding(ctx, out);
  AddWordingFindings(ctx, out);
  AddSignalFindings(ctx, out);
  const bool all_written =
      !claims.empty() && std::all_of(claims.begin(), claims.end(),
                                       [&](const Claim& c) { return !PromiseToWrite(ctx.offer, c); });
  if (all_written) {
    Finding f = NewFinding(ctx, Code::kVagueAllWritten, Severity::kPositive, Channel::kClaims);
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kClaims))};
    f.message = "Every promise in the ledger (" + std::to_string(claims.size()) + ") is in writing.";
    f.advice = "Written terms are terms you can hold the employer to.";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
