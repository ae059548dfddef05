// CONTRACT: clauses in the written terms that cost the person later. Reads the scanner's contract
// lexicon on the offer's documents (docs/document-signals.md) and groups its hits into families
// (clawbacks, non-competes, arbitration, unilateral changes, agreements not attached, vesting,
// termination, overtime...), one finding per family with every sentence as evidence and a
// concrete ask. These are terms, so the channel is kTerms: like pay, they are settled by
// negotiation and never add up to an EVAL-PATTERNS walk-away. The severity is the lexicon's
// (most serious in the family); two combinations are raised on their own: at-will employment
// together with a clawback, and an employer keeping your passport or certificates (a blocker).

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "core/rules/rule_util.h"
#include "core/rules/signal_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kContract;

enum class Family {
  kClawback,
  kNonCompete,
  kRestrictive,
  kArbitration,
  kUnilateral,
  kUnattached,
  kAtWill,
  kVesting,
  kHoldsDocuments,
  kEntireAgreement,
  kOvertime,
  kTermination,
  kUnpaidWork,
  kOther,
};

struct EntryFamily {
  std::string_view entry_id;
  Family family;
};

// Entries of data/lexicon/contract.toml by family; an entry not listed (a new one) is kOther and
// still reported, at its lexicon severity, with a generic ask.
constexpr EntryFamily kFamilies[] = {
    {"contract.clawback", Family::kClawback},
    {"contract.repay-bonus", Family::kClawback},
    {"contract.repay-training", Family::kClawback},
    {"contract.commission-chargeback", Family::kClawback},
    {"contract.liquidated-damages", Family::kClawback},
    {"contract.lock-in-period", Family::kClawback},
    {"contract.service-bond", Family::kClawback},
    {"contract.salary-deduction", Family::kClawback},
    {"contract.non-compete", Family::kNonCompete},
    {"contract.not-compete", Family::kNonCompete},
    {"contract.non-solicit", Family::kRestrictive},
    {"contract.garden-leave", Family::kRestrictive},
    {"contract.non-disparagement", Family::kRestrictive},
    {"contract.confidentiality-perpetual", Family::kRestrictive},
    {"contract.moonlighting-ban", Family::kRestrictive},
    {"contract.arbitration", Family::kArbitration},
    {"contract.arbitration-agreement", Family::kArbitration},
    {"contract.class-action-waiver", Family::kArbitration},
    {"contract.modify-duties-pay", Family::kUnilateral},
    {"contract.sole-discretion-amend", Family::kUnilateral},
    {"contract.relocation-at-will", Family::kUnilateral},
    {"contract.work-location-change", Family::kUnilateral},
    {"contract.remote-revocable", Family::kUnilateral},
    {"contract.agreement-not-attached", Family::kUnattached},
    {"contract.as-referenced", Family::kUnattached},
    {"contract.invention-assignment", Family::kUnattached},
    {"contract.equity-plan-terms-control", Family::kUnattached},
    {"contract.at-will", Family::kAtWill},
    {"contract.terminate-any-reason", Family::kAtWill},
    {"contract.six-year-vesting", Family::kVesting},
    {"contract.long-cliff", Family::kVesting},
    {"contract.backloaded-vesting", Family::kVesting},
    {"contract.repurchase-right", Family::kVesting},
    {"contract.short-exercise-window", Family::kVesting},
    {"contract.forfeit", Family::kVesting},
    {"contract.hold-documents", Family::kHoldsDocuments},
    {"contract.entire-agreement", Family::kEntireAgreement},
    {"contract.unpaid-overtime-clause", Family::kOvertime},
    {"contract.exempt-status", Family::kOvertime},
    {"contract.no-severance", Family::kTermination},
    {"contract.notice-asymmetric", Family::kTermination},
    {"contract.notice-period-long", Family::kTermination},
    {"contract.probation-long", Family::kTermination},
    {"contract.unpaid-trial", Family::kUnpaidWork},
};

Family FamilyOf(std::string_view entry_id) {
  for (const EntryFamily& e : kFamilies) {
    if (e.entry_id == entry_id) return e.family;
  }
  return Family::kOther;
}

// The hits of one family: its sentences (each once) and the entries that matched.
struct Group {
  std::vector<const PhraseSignal*> sentences{};  // the first hit of each distinct sentence
  std::vector<std::string> entries{};
  Severity severity = Severity::kPositive;
  bool Has(std::string_view entry_id) const {
    return std::find(entries.begin(), entries.end(), entry_id) != entries.end();
  }
  bool empty() const { return sentences.empty(); }
};

// A non-compete cap the person can ask for: three months. The UK government announced in May 2023
// that it would cap non-compete clauses at three months (docs/document-signals.md has the source).
constexpr int kNonCompeteAskMonths = 3;

// Words for the lengths a clause states, as in "a twelve-month non-compete".
constexpr std::array<std::string_view, 13> kNumberWords = {"zero", "one", "two",   "three", "four",  "five",  "six",
                                                           "seven", "eight", "nine", "ten", "eleven", "twelve"};

// The length of a clause in months, read from "12-month", "12 months", "two years" in the sentence.
std::optional<int> MonthsIn(std::string_view sentence) {
  const std::string text = NormalizeText(sentence);
  std::vector<std::string> words;
  std::string word;
  for (const char ch : text) {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      word += ch;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    std::optional<int> n;
    if (std::all_of(words[i].begin(), words[i].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
        words[i].size() <= 3) {
      n = std::stoi(words[i]);
    }
    for (size_t w = 0; w < kNumberWords.size(); ++w) {
      if (words[i] == kNumberWords[w]) n = static_cast<int>(w);
    }
    if (!n) continue;
    const std::string& unit = words[i + 1];
    if (unit == "month" || unit == "months") return *n;
    if (unit == "year" || unit == "years") return *n * 12;
  }
  return std::nullopt;
}

// The agreements a sentence names, for "a copy of ... before signing".
constexpr std::array<std::string_view, 14> kAgreements = {
    "invention assignment agreement", "arbitration agreement",  "confidentiality agreement",
    "non-compete agreement",          "stock option agreement", "equity plan",
    "stock plan",                     "option plan",            "bonus plan",
    "commission plan",                "employee handbook",      "handbook",
    "policy",                         "plan"};

std::vector<std::string> NamedAgreements(const std::vector<const PhraseSignal*>& sentences) {
  std::vector<std::string> named;
  for (const PhraseSignal* s : sentences) {
    std::string found;
    for (std::string_view agreement : kAgreements) {
      if (MentionsAny(s->sentence, std::array<std::string_view, 1>{agreement})) {
        found = std::string(agreement);
        break;
      }
    }
    if (found.empty() && MentionsAny(s->sentence, std::array<std::string_view, 1>{"invention assignment"})) {
      found = "invention assignment agreement";
    }
    if (found.empty()) found = "agreement it refers to";
    if (found == "policy" || found == "plan") found += " it refers to";
    if (std::find(named.begin(), named.end(), found) == named.end()) named.push_back(found);
  }
  return named;
}

Finding Make(const RuleContext& ctx, Code code, const Group& group, std::string what) {
  // Only an employer holding your documents is a blocker (set by its own function); any other
  // clause is a matter for negotiation, however the lexicon rates one phrase.
  Finding f = NewFinding(ctx, code, CapSeverity(group.severity, Severity::kMajor),
                         Channel::kTerms);
  if (f.severity == Severity::kPositive) f.severity = Severity::kMinor;
  for (const PhraseSignal* s : group.sentences) f.evidence.push_back(SignalEvidence(*s));
  const PhraseSignal& first = *group.sentences.front();
  f.message = what + ": \"" + first.sentence + "\"";
  if (group.sentences.size() > 1) f.message += " (and " + std::to_string(group.sentences.size() - 1) + " more)";
  f.advice = first.explanation;
  return f;
}

// A change to the clauses quoted by `g`.
ClauseChange Change(ClauseRequest request, const Group& g) {
  ClauseChange c;
  c.request = request;
  for (const PhraseSignal* s : g.sentences) c.clauses.push_back(SignalEvidence(*s));
  return c;
}

// With at-will employment, the waiver is asked for by the at-will finding; here only the schedule.
void AddClawback(const RuleContext& ctx, const Group& g, bool at_will, std::vector<Finding>& out) {
  Finding f = Make(ctx, Code::kContractClawback, g, "Money you may have to pay back");
  f.ask = Change(at_will ? ClauseRequest::kProRateRepayment : ClauseRequest::kProRateAndWaiveRepayment, g);
  f.question = "What exactly triggers the repayment, for how long, and how much?";
  out.push_back(std::move(f));
}

void AddNonCompete(const RuleContext& ctx, const Group& g, std::vector<Finding>& out) {
  Finding f = Make(ctx, Code::kContractNonCompete, g, "A non-compete");
  std::optional<int> months;
  for (const PhraseSignal* s : g.sentences) {
    if (!months) months = MonthsIn(s->sentence);
  }
  ClauseChange ask = Change(ClauseRequest::kLimitNonCompete, g);
  ask.cap_months = kNonCompeteAskMonths;
  if (months && *months > kNonCompeteAskMonths) ask.stated_months = *months;
  f.ask = std::move(ask);
  f.question = "Which employers and places does it cover, for how long, and are you paid while it applies?";
  out.push_back(std::move(f));
}

void AddUnattached(const RuleContext& ctx, const Group& group, std::vector<Finding>& out) {
  const bool not_attached = group.Has("contract.agreement-not-attached");
  // Quote first the sentence that says the document is not attached.
  Group g = group;
  std::stable_partition(g.sentences.begin(), g.sentences.end(), [&](const PhraseSignal* first) {
    return std::any_of(ctx.phrases.begin(), ctx.phrases.end(), [&](const PhraseSignal& s) {
      return !s.negated && s.entry_id == "contract.agreement-not-attached" && s.field == first->field &&
             s.sentence == first->sentence;
    });
  });
  Finding f = Make(ctx, not_attached ? Code::kContractUnattachedAgreement : Code::kContractReferencedAgreement, g,
                   not_attached ? "A document that binds you is not attached"
                                : "The terms refer to another document");
  ClauseChange ask = Change(ClauseRequest::kCopyOfAgreements, g);
  ask.agreements = NamedAgreements(g.sentences);
  f.ask = std::move(ask);
  f.question = "Have you read every document the letter refers to?";
  out.push_back(std::move(f));
}

void AddAtWill(const RuleContext& ctx, const Group& at_will, const Group& clawback, std::vector<Finding>& out) {
  if (clawback.empty()) {
    Finding f = Make(ctx, Code::kContractAtWill, at_will, "Employment that either side can end at any time");
    f.question = "What notice and severance apply if the company ends the job?";
    out.push_back(std::move(f));
    return;
  }
  Group both = at_will;
  both.sentences.insert(both.sentences.end(), clawback.sentences.begin(), clawback.sentences.end());
  both.severity = Severity::kMajor;
  Finding f = Make(ctx, Code::kContractAtWillClawback, both,
                   "They can end the job at any time, yet you would owe money back");
  f.advice = "An employer who can let you go tomorrow should not also be able to bill you for leaving.";
  f.ask = Change(ClauseRequest::kWaiveRepaymentOnDismissal, both);
  f.question = "If they let you go in the first year, would you still have to repay anything?";
  out.push_back(std::move(f));
}

void AddVesting(const RuleContext& ctx, const Group& g, std::vector<Finding>& out) {
  Finding f = Make(ctx, Code::kContractVesting, g, "Unusual vesting terms");
  ClauseChange ask = Change(ClauseRequest::kVestingTerms, g);
  if (g.Has("contract.six-year-vesting")) ask.vesting.push_back(VestingChange::kFourYears);
  if (g.Has("contract.long-cliff")) ask.vesting.push_back(VestingChange::kCliffAtMostAYear);
  if (g.Has("contract.backloaded-vesting")) ask.vesting.push_back(VestingChange::kEqualYearly);
  if (g.Has("contract.repurchase-right")) ask.vesting.push_back(VestingChange::kNoRepurchase);
  if (g.Has("contract.short-exercise-window")) ask.vesting.push_back(VestingChange::kLongerExerciseWindow);
  if (ask.vesting.empty()) ask.vesting.push_back(VestingChange::kExplained);
  f.ask = std::move(ask);
  f.question = "What is the grant worth in each of the first two years, and what do you lose if you leave?";
  out.push_back(std::move(f));
}

void AddHoldsDocuments(const RuleContext& ctx, const Group& g, std::vector<Finding>& out) {
  Finding f = Make(ctx, Code::kContractHoldsDocuments, g, "The employer would keep your personal documents");
  f.severity = Severity::kBlocker;
  f.advice =
      "Never hand over your passport or original certificates: an employer holding them can keep you "
      "from leaving, and in many countries it is unlawful.";
  out.push_back(std::move(f));
}

void AddEntireAgreement(const RuleContext& ctx, const Group& g, std::vector<Finding>& out) {
  Finding f = Make(ctx, Code::kContractEntireAgreement, g, "Only what is written will count");
  ClaimsInWriting ask;  // no claim recorded: every promise made in the interviews
  for (const Claim& claim : ctx.offer.claims) {
    if (!IsExtracted(claim) && AskableInWriting(ctx.c.candidate, ctx.offer, claim)) ask.claims.push_back(ClaimRefOf(ctx.offer, claim));
  }
  f.ask = std::move(ask);
  f.question = "Was anything promised to you that the letter does not say?";
  out.push_back(std::move(f));
}

// Clause families whose finding is fixed text: the code, what the clause does, the ask that would
// close it and what to find out.
struct PlainClause {
  Code code;
  std::string_view what;
  ClauseRequest ask;
  std::string_view question;
};

constexpr PlainClause kRestrictiveClause = {Code::kContractRestrictiveClause,
    "A clause that limits you after you leave", ClauseRequest::kLimitRestrictions,
    "How long does each restriction last, and what exactly does it cover?"};
constexpr PlainClause kArbitrationClause = {Code::kContractArbitration, "Disputes taken out of the courts",
    ClauseRequest::kOptionalArbitration, "Can you opt out of arbitration, and within how many days?"};
constexpr PlainClause kUnilateralClause = {Code::kContractUnilateralChange,
    "The employer may change the terms on its own", ClauseRequest::kConsentToChanges,
    "What could change without your consent, and how much notice would you get?"};
constexpr PlainClause kOvertimeClause = {Code::kContractUnpaidOvertime, "Extra hours are not paid",
    ClauseRequest::kPaidOvertime, "How many extra hours does the team work in a normal month?"};
constexpr PlainClause kTerminationClause = {Code::kContractTerminationTerms,
    "Terms on leaving that favour the employer", ClauseRequest::kFairTermination,
    "What notice and severance apply on each side?"};
constexpr PlainClause kUnpaidWorkClause = {Code::kContractUnpaidWork, "Work before the job that is not paid",
    ClauseRequest::kPaidTrial, "Why is this work unpaid, and what happens to it if you are not hired?"};

void AddPlain(const RuleContext& ctx, const PlainClause& clause, const Group& g, std::vector<Finding>& out) {
  if (g.empty()) return;
  Finding f = Make(ctx, clause.code, g, std::string(clause.what));
  f.ask = Change(clause.ask, g);
  f.question = std::string(clause.question);
  out.push_back(std::move(f));
}

void AddOther(const RuleContext& ctx, const Group& g, std::vector<Finding>& out) {
  Finding f = Make(ctx, Code::kContractClause, g, "A clause to read closely");
  f.question = "What does this clause mean for you in practice?";
  if (f.severity == Severity::kMajor || f.severity == Severity::kBlocker) {
    f.ask = Change(ClauseRequest::kChangeOrRemove, g);  // its words quote the first clause
  }
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunContract(const RuleContext& ctx) {
  constexpr size_t kFamilyCount = static_cast<size_t>(Family::kOther) + 1;
  std::array<Group, kFamilyCount> groups{};
  for (const SignalSentence& sentence : SignalSentences(ctx, kRuleId)) {
    for (const PhraseSignal* s : sentence.signals) {
      Group& g = groups[static_cast<size_t>(FamilyOf(s->entry_id))];
      if (std::find(g.sentences.begin(), g.sentences.end(), sentence.first) == g.sentences.end()) {
        g.sentences.push_back(sentence.first);
      }
      if (!g.Has(s->entry_id)) g.entries.push_back(s->entry_id);
      g.severity = MoreSerious(g.severity, s->severity);
    }
  }
  const auto group = [&](Family f) -> const Group& { return groups[static_cast<size_t>(f)]; };
  std::vector<Finding> out;
  if (!group(Family::kHoldsDocuments).empty()) AddHoldsDocuments(ctx, group(Family::kHoldsDocuments), out);
  if (!group(Family::kClawback).empty()) {
    AddClawback(ctx, group(Family::kClawback), !group(Family::kAtWill).empty(), out);
  }
  if (!group(Family::kAtWill).empty()) AddAtWill(ctx, group(Family::kAtWill), group(Family::kClawback), out);
  if (!group(Family::kNonCompete).empty()) AddNonCompete(ctx, group(Family::kNonCompete), out);
  AddPlain(ctx, kRestrictiveClause, group(Family::kRestrictive), out);
  AddPlain(ctx, kArbitrationClause, group(Family::kArbitration), out);
  AddPlain(ctx, kUnilateralClause, group(Family::kUnilateral), out);
  if (!group(Family::kUnattached).empty()) AddUnattached(ctx, group(Family::kUnattached), out);
  if (!group(Family::kVesting).empty()) AddVesting(ctx, group(Family::kVesting), out);
  if (!group(Family::kEntireAgreement).empty()) AddEntireAgreement(ctx, group(Family::kEntireAgreement), out);
  AddPlain(ctx, kOvertimeClause, group(Family::kOvertime), out);
  AddPlain(ctx, kTerminationClause, group(Family::kTermination), out);
  AddPlain(ctx, kUnpaidWorkClause, group(Family::kUnpaidWork), out);
  if (!group(Family::kOther).empty()) AddOther(ctx, group(Family::kOther), out);
  return out;
}

}  // namespace walkaway::core
