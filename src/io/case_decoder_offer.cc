// The offer part of the case decoder: terms, work, claims, interviews and the offer's reflection.

#include "io/case_decoder.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "io/case_schema.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/did_you_mean.h"

namespace walkaway::io {
namespace {

using core::EquityKind;
using core::ExtensionStatus;
using core::NegotiationStatus;
using core::WorkMode;

constexpr EnumName<ExtensionStatus> kExtensions[] = {{"not_asked", ExtensionStatus::kNotAsked},
                                                     {"asked", ExtensionStatus::kAsked},
                                                     {"granted", ExtensionStatus::kGranted},
                                                     {"refused", ExtensionStatus::kRefused}};
constexpr EnumName<NegotiationStatus> kNegotiations[] = {{"not_started", NegotiationStatus::kNotStarted},
                                                         {"in_progress", NegotiationStatus::kInProgress},
                                                         {"improved", NegotiationStatus::kImproved},
                                                         {"refused", NegotiationStatus::kRefused}};
constexpr EnumName<EquityKind> kEquityKinds[] = {
    {"none", EquityKind::kNone}, {"rsu", EquityKind::kRsu}, {"options", EquityKind::kOptions}};

// Terms that only make sense with one key present are rejected without it rather than defaulted:
// a bonus without its percentage would silently count as zero.
void DecodeTerms(const TableReader& t, CurrencyRule rule, core::Offer& out) {
  t.ReadMoney("base", rule, out.base);
  if (t.Get("bonus") != nullptr) {
    const TableReader b = t.Sub("bonus", kBonusFields);
    core::Bonus bonus;
    if (b.Require("target_pct")) b.Read("target_pct", bonus.target_pct);
    b.Read("guaranteed", bonus.guaranteed);
    DecodeBonusPayout(b, bonus);
    if (b.ok()) out.bonus = bonus;
  }
  if (t.Get("sign_on") != nullptr) {
    const TableReader s = t.Sub("sign_on", kSignOnFields);
    core::SignOn sign_on;
    if (s.Require("amount")) s.ReadMoney("amount", rule, sign_on.amount);
    s.Read("clawback_months", sign_on.clawback_months);
    s.Read("prorated", sign_on.prorated);
    if (s.ok()) out.sign_on = sign_on;
  }
  if (t.Get("equity") != nullptr) {
    const TableReader e = t.Sub("equity", kEquityFields);
    core::Equity equity;
    if (e.Require("kind")) e.ReadEnum<EquityKind>("kind", kEquityKinds, equity.kind);
    e.ReadMoney("grant", rule, equity.grant);
    const TableReader v = e.Sub("vesting", kVestingFields);
    if (v.ok()) {
      v.Read("years", equity.vesting.years);
      v.Read("cliff_months", equity.vesting.cliff_months);
      v.Read("every_months", equity.vesting.every_months);
      v.Read("yearly_pct", equity.vesting.yearly_pct);
    }
    e.Read("refreshers_written", equity.refreshers_written);
    DecodeEquityTerms(e, rule, equity);
    if (e.ok()) out.equity = std::move(equity);
  }
  t.Read("benefits", out.benefits);
  t.Read("pto_days", out.pto_days);
  t.Read("term_months", out.term_months);
}

void DecodeWork(const TableReader& t, CurrencyRule rule, core::Offer& out) {
  const TableReader w = t.Sub("work", kWorkFields);
  if (w.ok()) {
    w.ReadEnum<WorkMode>("mode", kWorkModeNames, out.work.mode);
    w.Read("office_days", out.work.office_days);
    w.Read("expected_weekly_hours", out.work.expected_weekly_hours);
    w.Read("on_call", out.work.on_call);
    w.Read("on_call_hours_per_week", out.work.on_call_hours_per_week);
    w.Read("commute_minutes", out.work.commute_minutes);
    w.ReadMoney("commute_cost_per_trip", rule, out.work.commute_cost_per_trip);
  }
  const TableReader p = t.Sub("progression", kProgressionFields);
  if (p.ok()) {
    p.Read("ladder_shared", out.progression.ladder_shared);
    p.Read("review_cycle_months", out.progression.review_cycle_months);
    p.Read("promotion_criteria_written", out.progression.promotion_criteria_written);
    p.Read("mentorship", out.progression.mentorship);
    p.Read("learning_budget", out.progression.learning_budget);
  }
  const TableReader n = t.Sub("negotiation", kNegotiationFields);
  if (n.ok()) {
    n.ReadEnum<NegotiationStatus>("status", kNegotiations, out.negotiation.status);
    n.Read("notes", out.negotiation.notes);
    n.Read("cite_other_offers", out.negotiation.cite_other_offers);
  }
}

// The claim topics the rules read (docs/case-file.md). Other topics are kept as free text, but one
// a letter or two away from these is a typo that would silently switch a check off ("workmode"
// would never rescue a work-mode gate): an error with the guess (issue #12, item 5).
constexpr std::string_view kClaimTopics[] = {
    "work_mode", "office_days", "title", "scope", "team", "reporting_line", "hours", "on_call", "base",
    "bonus", "equity", "sign_on", "promotion", "location", "start_date", "deadline", "benefits", "other"};

void ReadClaimTopic(const TableReader& c, std::string& topic) {
  if (!c.Require("topic")) return;
  c.Read("topic", topic);
  std::string key;
  for (char ch : topic) {
    key += ch == ' ' || ch == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (std::find(std::begin(kClaimTopics), std::end(kClaimTopics), key) != std::end(kClaimTopics)) {
    topic = key;  // "Office days" is office_days
    return;
  }
  const std::string_view guess = Suggest(key, kClaimTopics);
  if (guess.empty()) return;
  c.decoder().Fail(c.Get("topic"), c.PathOf("topic"), "unknown claim topic \"" + topic + "\"",
                   "did you mean '" + std::string(guess) + "'? Topics the checks read: work_mode, office_days, "
                   "title, hours, on_call, base, bonus, equity, sign_on, promotion, location, start_date; "
                   "any other is kept as a note");
}

void DecodeClaims(const TableReader& t, CurrencyRule rule, core::Offer& out) {
  t.ForEachTable("claims", kClaimFields, kMaxClaimsPerOffer, "claims", [&](const TableReader& c, size_t) {
    core::Claim claim;
    ReadClaimTopic(c, claim.topic);
    if (c.Require("value")) c.Read("value", claim.value);
    c.Read("source", claim.source);
    c.Read("stage", claim.stage);
    c.Read("written", claim.written);
    c.ReadMoney("amount", rule, claim.amount);
    c.Read("date", claim.date);
    out.claims.push_back(std::move(claim));
  });
  t.ForEachTable("interviews", kInterviewFields, kMaxInterviewsPerOffer, "interviews",
                 [&](const TableReader& i, size_t) {
                   core::Interview interview;
                   i.Read("stage", interview.stage);
                   i.Read("date", interview.date);
                   i.Read("with", interview.with);
                   i.Read("scheduled_minutes", interview.scheduled_minutes);
                   i.Read("actual_minutes", interview.actual_minutes);
                   i.Read("tags", interview.tags);
                   i.Read("notes", interview.notes);
                   out.interviews.push_back(std::move(interview));
                 });
}

}  // namespace

void DecodeOffer(const TableReader& t, size_t index, const core::Candidate& candidate, core::Offer& out,
                 std::vector<DocumentToLoad>& documents) {
  if (t.Require("id")) t.Read("id", out.id);
  if (t.Require("company")) t.Read("company", out.company);
  t.Read("title", out.title);
  t.Read("industry", out.industry);
  t.Read("location", out.location);
  t.Read("country", out.country);
  ReadCurrency(t, "currency", out.currency);
  t.Read("exchange_rate", out.exchange_rate);
  t.Read("received", out.received);
  t.Read("deadline", out.deadline);
  t.ReadEnum<ExtensionStatus>("extension", kExtensions, out.extension);
  t.Read("extended_to", out.extended_to);
  const CurrencyRule rule{out.currency.empty() ? std::string_view(candidate.currency) : out.currency,
                          "the offer"};
  DecodeTerms(t, rule, out);
  DecodeWork(t, rule, out);
  DecodePayTerms(t, rule, out);
  DecodeDocuments(t.Sub("documents", kDocumentsFields), index, out, documents);
  DecodeClaims(t, rule, out);
  if (t.Get("reflection") != nullptr) {
    core::Reflection reflection;
    DecodeReflection(t.Sub("reflection", kReflectionFields), reflection);
    out.reflection = std::move(reflection);
  }
  t.Read("notes", out.notes);
}

}  // namespace walkaway::io
