// The message drafts of `walkaway draft` (docs/negotiation.md). Every sentence is ours; the case
// supplies names, dates, amounts and the claims quoted as they were said. A fact the case does not
// give is left out of the sentence rather than shown as a blank: no name means no name line, no
// company means "Hello,", no deadline means no "instead of" date.

#include "walkaway/report/draft.h"

#include <algorithm>
#include <cmath>
#include <array>
#include <cstdio>

#include "walkaway/core/claim_text.h"
#include "walkaway/core/sentences.h"
#include "walkaway/core/text_match.h"
#include "walkaway/report/ask_text.h"

namespace walkaway::report {
namespace {

using core::Money;
using core::Offer;

const std::string& Currency(const core::Case& c, const Offer& o) {
  return o.currency.empty() ? c.candidate.currency : o.currency;
}

std::string Greeting(const Offer& o) { return o.company.empty() ? "Hello," : "Dear " + o.company + " team,"; }

// "the Senior Engineer role at Acme", "the role at Acme", "the Senior Engineer role", "the role".
std::string RoleAt(const Offer& o) {
  std::string out = o.title.empty() ? "the role" : "the " + o.title + " role";
  if (!o.company.empty()) out += " at " + o.company;
  return out;
}

std::string Subject(const Offer& o, std::string_view what) {
  const std::string head = o.title.empty() ? (o.company.empty() ? "Your offer" : o.company + " offer")
                                           : o.title + " offer";
  return "Subject: " + head + ": " + std::string(what) + "\n\n";
}

std::string SignOff(const core::Case& c) {
  return c.candidate.name.empty() ? "\nBest regards\n" : "\nBest regards,\n" + c.candidate.name + "\n";
}

std::string Percent(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g%%", value);
  return buf;
}

// A price per share: two decimals, more only when the price has them (0.0125).
std::string Decimal(double value) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.4f", value);
  std::string out = buf;
  while (out.size() > 3 && out.back() == '0' && out[out.size() - 3] != '.') out.pop_back();
  return out;
}

std::string Plural(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// The date the offer must be answered by, as the judgement derived it (OfferFacts::due); without
// an evaluation, the granted extension or the recorded deadline.
std::optional<core::Date> Due(const DraftInput& in) {
  if (in.evaluation) return in.evaluation->facts.due;
  const Offer& o = *in.offer;
  if (o.extension == core::ExtensionStatus::kGranted && o.extended_to) return o.extended_to;
  return o.deadline;
}

// "'two days in the office is fine' (hiring manager, onsite)": the claim as it was said.
std::string SaidAs(const core::Claim& claim) {
  std::string where = claim.source;
  if (!claim.stage.empty()) where += (where.empty() ? "" : ", at the ") + claim.stage;
  if (!claim.source.empty() && claim.stage.empty()) where = claim.source;
  return "\"" + claim.value + "\"" + (where.empty() ? "" : " (" + where + ")");
}

// Vague words ("could", "up to", "we'll revisit"): written as they were said they commit no one,
// so a draft asks what they mean instead of asking for them in the letter.
bool IsHedged(const core::Claim& claim) { return !core::FindPhrases(claim.value, core::kHedges).empty(); }

std::string Bullets(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += "- " + item + "\n";
  return out;
}

core::Error DoesNotFit(std::string message, std::string hint) {
  core::Error e = core::Error::InvalidInput(std::move(message), "--kind");
  e.hint = std::move(hint);
  return e;
}

core::Result<std::string> Extension(const DraftInput& in) {
  const Offer& o = *in.offer;
  if (o.extension == core::ExtensionStatus::kGranted) {
    return DoesNotFit("the employer already granted more time for offer \"" + o.id + "\"" +
                          (o.extended_to ? ", to " + o.extended_to->ToString() : std::string()),
                      "use --kind confirm, counter, accept or decline");
  }
  if (o.extension == core::ExtensionStatus::kRefused) {
    return DoesNotFit("the employer already refused more time for offer \"" + o.id + "\"",
                      "asking again rarely helps; use --kind accept or --kind decline");
  }
  const std::optional<core::Date> due = Due(in);
  core::Date asked = std::max(due.value_or(in.today), in.today).AddDays(7);
  // The plan's extension, when it has one, is the date the verdict was checked with.
  if (in.plan) {
    for (const core::PlanAsk& a : in.plan->asks) {
      if (const auto* extension = std::get_if<core::Extension>(&a.ask)) asked = extension->to;
    }
  }
  std::string out = Subject(o, "a little more time to decide") + Greeting(o) + "\n\n";
  out += "Thank you for the offer for " + RoleAt(o) +
         ". I am taking it seriously, and I want to give you an answer I will stand behind.\n\n";
  out += "Could I have until " + LongDate(asked) + " to reply";
  out += due ? ", instead of " + LongDate(*due) + "?" : "?";
  const bool pipeline = !in.c->candidate.situation.pipeline.empty();
  const bool questions = in.evaluation && !in.evaluation->verdict.questions.empty();
  if (pipeline) {
    out += " I am finishing a few conversations I had committed to before your offer arrived, and I "
           "would like to close them properly before I decide.";
  } else {
    out += " I would like to read the terms carefully and talk them over with the people close to me.";
  }
  if (questions) out += " I also have a few questions about the terms that I would like to settle first.";
  out += "\n\nIf it helps, I am glad to talk any open points through in the meantime.\n";
  return out + SignOff(*in.c);
}

core::Result<std::string> Confirm(const DraftInput& in) {
  const Offer& o = *in.offer;
  std::vector<std::string> items, unclear;
  for (const core::Claim* claim : UnwrittenClaims(in)) {
    if (core::IsOutlook(*claim)) continue;
    (IsHedged(*claim) ? unclear : items).push_back(SaidAs(*claim));
  }
  if (items.empty() && unclear.empty()) {
    return DoesNotFit("offer \"" + o.id + "\" has no verbal claim to confirm: every recorded claim is in writing "
                      "or is an outlook rather than a term",
                      "record what was said under [[offers.claims]] with written = false, or use another --kind");
  }
  if (items.empty()) {
    // Only vague promises: ask what they mean before anything can be written down.
    std::string out = Subject(o, "a few points to clarify") + Greeting(o) + "\n\n";
    out += "Thank you again for the offer for " + RoleAt(o) + ". During the process we talked about " +
           (unclear.size() == 1 ? "a point" : "a few points") + " I would like to understand better:\n\n";
    out += Bullets(unclear);
    out += "\nCould you tell me what exactly " + std::string(unclear.size() == 1 ? "it means" : "each means") +
           " for me, with the amounts and dates, and how it would be written in the offer?\n";
    return out + SignOff(*in.c);
  }
  std::string out = Subject(o, "a few points in writing") + Greeting(o) + "\n\n";
  out += "Thank you again for the offer for " + RoleAt(o) + ". During the process we talked about " +
         (items.size() == 1 ? "a point that matters" : "a few points that matter") +
         " to my decision, and I would like to see " + (items.size() == 1 ? "it" : "them") +
         " in the written offer:\n\n";
  out += Bullets(items);
  out += "\nCould you add " + std::string(items.size() == 1 ? "it" : "these") +
         " to the offer letter, or confirm " + (items.size() == 1 ? "it" : "them") +
         " by e-mail from someone who can commit to " + (items.size() == 1 ? "it" : "them") + "?";
  const std::optional<core::Date> due = Due(in);
  out += due ? " With that in hand I can give you my answer by " + LongDate(*due) + ".\n"
             : " With that in hand I can give you my answer quickly.\n";
  if (!unclear.empty()) {
    out += "\nWe also talked about " + std::string(unclear.size() == 1 ? "this" : "these") +
           "; could you tell me what exactly " + (unclear.size() == 1 ? "it means" : "each means") +
           " for me, with the amounts and dates?\n\n" + Bullets(unclear);
  }
  return out + SignOff(*in.c);
}

// A plan ask as a line of the counter-offer: pay with the figure the offer states today, a claim
// in the words that were said.
std::string CounterLine(const core::PlanAsk& a, const core::Case& c, const Offer& o) {
  const auto* pay = std::get_if<core::PayAtLeast>(&a.ask);
  if (pay && pay->measure == core::PayMeasure::kBase && o.base) {
    return "a base salary of " + core::FormatMoney(pay->amount, pay->currency) + " (the offer states " +
           core::FormatMoney(*o.base, Currency(c, o)) + ")";
  }
  const auto* claims = std::get_if<core::ClaimsInWriting>(&a.ask);
  if (claims && claims->claims.size() == 1 && !claims->claims.front().written) {
    return "\"" + claims->claims.front().value + "\", as we discussed, written into the offer letter";
  }
  return DescribeAsk(a.ask);
}

// Why the pay ask is fair, from what the case knows: where the offered base sits in published pay
// data when that is below the median, and, with the person's consent, the best other offer's base
// (never its company's name). Empty when the counter asks for no pay or nothing supports it.
std::string Leverage(const DraftInput& in, const std::vector<core::Ask>& asks) {
  const core::Case& c = *in.c;
  const Offer& o = *in.offer;
  const bool pay = std::any_of(asks.begin(), asks.end(), [](const core::Ask& a) {
    return std::holds_alternative<core::PayAtLeast>(a) || std::holds_alternative<core::SignOnBonus>(a);
  });
  if (!pay) return "";
  std::vector<std::string> reasons;
  if (in.evaluation && in.evaluation->metrics.market) {
    const core::MarketPosition& m = *in.evaluation->metrics.market;
    if (m.comparable && m.percentile < 50 && !m.summary.empty()) {
      // The summary starts "31st percentile of ..." or, past the data's range, "below the 10th ...".
      const bool within = m.bound == core::MarketPosition::Bound::kWithin;
      reasons.push_back("published salary data puts the offered base " + std::string(within ? "at the " : "") +
                        m.summary);
    }
  }
  if (o.negotiation.cite_other_offers && o.base) {
    const std::string& cur = Currency(c, o);
    std::optional<Money> best;
    for (const Offer& other : c.offers) {
      if (&other == &o || !other.base || Currency(c, other) != cur) continue;
      if (*other.base > *o.base && (!best || *other.base > *best)) best = *other.base;
    }
    if (best) reasons.push_back("I also hold another offer with a base salary of " + core::FormatMoney(*best, cur));
  }
  if (reasons.empty()) return "";
  std::string out = "For context: ";
  for (size_t k = 0; k < reasons.size(); ++k) out += (k == 0 ? "" : "; and ") + reasons[k];
  return out + ".\n\n";
}

core::Result<std::string> Counter(const DraftInput& in) {
  const Offer& o = *in.offer;
  std::vector<std::string> items;
  std::vector<core::Ask> asks;
  if (in.plan && in.plan->reaches_accept) {
    for (const core::PlanAsk& a : in.plan->asks) {
      items.push_back(CounterLine(a, *in.c, o));
      asks.push_back(a.ask);
    }
  } else if (in.evaluation) {
    // No complete plan: the verdict's own asks, which are what the findings say would help.
    for (const core::Ask& a : in.evaluation->verdict.asks) {
      items.push_back(DescribeAsk(a));
      asks.push_back(a);
    }
  }
  if (items.empty()) {
    const std::string verdict =
        in.evaluation ? std::string(core::ToString(in.evaluation->verdict.decision)) : std::string("unknown");
    return DoesNotFit("offer \"" + o.id + "\" has nothing to ask for in a counter-offer (verdict " + verdict + ")",
                      "use --kind accept, --kind confirm or --kind decline");
  }
  std::string out = Subject(o, "a few requests before I accept") + Greeting(o) + "\n\n";
  out += "Thank you for the offer for " + RoleAt(o) +
         ". I enjoyed meeting the team, and I would very much like to make this work.\n\n";
  out += std::string(items.size() == 1 ? "There is one thing" : "There are a few things") +
         " I would like to ask for before I accept:\n\n";
  out += Bullets(items);
  out += "\n" + Leverage(in, asks);
  out += "With " + std::string(items.size() == 1 ? "this" : "these") +
         " in the written offer I would be glad to accept. I am happy to discuss any of it on a call.\n";
  return out + SignOff(*in.c);
}

core::Result<std::string> Decline(const DraftInput& in) {
  const Offer& o = *in.offer;
  std::string out = Subject(o, "my decision") + Greeting(o) + "\n\n";
  out += "Thank you for the offer for " + RoleAt(o) +
         ", and for the time you and the team gave me during the process. After careful thought, I "
         "have decided not to accept it.\n\n";
  out += "It was not an easy decision. I valued our conversations, and I would be glad to stay in touch "
         "if a different role or a different moment fits better in the future.\n\n";
  out += "I wish you and the team every success.\n";
  return out + SignOff(*in.c);
}

// The terms the acceptance restates, each only when the case gives it.
std::vector<std::string> Terms(const DraftInput& in) {
  const core::Case& c = *in.c;
  const Offer& o = *in.offer;
  const std::string& cur = Currency(c, o);
  std::vector<std::string> t;
  if (!o.title.empty()) t.push_back("Title: " + o.title);
  if (o.base) t.push_back("Base salary: " + core::FormatMoney(*o.base, cur) + " a year");
  if (o.bonus && o.bonus->target_pct > 0) {
    t.push_back("Bonus: " + Percent(o.bonus->target_pct) + " of base" +
                (o.bonus->guaranteed ? ", guaranteed" : " as a target"));
  }
  if (o.sign_on && o.sign_on->amount > Money{}) {
    std::string s = "Sign-on bonus: " + core::FormatMoney(o.sign_on->amount, cur);
    if (o.sign_on->clawback_months > 0) {
      s += ", repayable only if I leave within " + Plural(o.sign_on->clawback_months, "month", "months");
    }
    t.push_back(s);
  }
  if (o.equity && o.equity->kind != core::EquityKind::kNone) {
    // Every term of the grant the case gives: an acceptance that leaves the equity out leaves the
    // person nothing to point to later.
    const core::Equity& e = *o.equity;
    const core::Vesting& v = e.vesting;
    const bool rsu = e.kind == core::EquityKind::kRsu;
    std::string s = rsu ? "Restricted stock units" : "Stock options";
    std::vector<std::string> parts;
    if (e.shares && *e.shares > 0) parts.push_back(core::FormatMoney(Money::FromUnitsRounded(*e.shares)) + " shares");
    if (!rsu && e.strike) parts.push_back("a strike price of " + Decimal(*e.strike) + " " + cur + " a share");
    if (e.grant > Money{}) parts.push_back("valued at " + core::FormatMoney(e.grant, cur));
    if (v.years > 0) {
      std::string vest = "vesting over " + Plural(v.years, "year", "years");
      if (v.cliff_months > 0) vest += " with a " + std::to_string(v.cliff_months) + "-month cliff";
      parts.push_back(vest);
    }
    if (!rsu && e.exercise_window_days) {
      parts.push_back(Plural(*e.exercise_window_days, "day", "days") + " to exercise after leaving");
    }
    if (e.refreshers_written && e.refresher) {
      parts.push_back("a yearly refresher grant of " + core::FormatMoney(*e.refresher, cur));
    }
    for (size_t k = 0; k < parts.size(); ++k) s += (k == 0 ? ": " : ", ") + parts[k];
    t.push_back(s);
  }
  // A verbal promise about the way of working is listed below; restating the letter's mode or
  // office days here would contradict it in the same message ("onsite" above, "fully remote"
  // below), so only the hours stay.
  const std::vector<const core::Claim*> unwritten = UnwrittenClaims(in);
  const bool spoken = std::any_of(unwritten.begin(), unwritten.end(), [](const core::Claim* k) {
    return (k->topic == "office_days" || k->topic == "work_mode") && !core::IsOutlook(*k) && !IsHedged(*k);
  });
  std::vector<std::string> work;
  if (o.work.mode && !spoken) {
    std::string mode(core::ToString(*o.work.mode));
    if (o.work.office_days && *o.work.mode == core::WorkMode::kHybrid) {
      mode += ", " + Plural(*o.work.office_days, "office day", "office days") + " a week";
    }
    work.push_back(mode);
  }
  if (o.work.expected_weekly_hours) work.push_back("about " + core::HoursText(*o.work.expected_weekly_hours) + " hours a week");
  if (o.work.on_call) work.push_back(*o.work.on_call ? "with on-call" : "no on-call");
  if (!work.empty()) {
    std::string line = "Work: ";
    for (size_t k = 0; k < work.size(); ++k) line += (k == 0 ? "" : ", ") + work[k];
    t.push_back(line);
  }
  if (!o.location.empty()) t.push_back("Location: " + o.location);
  if (o.start_date) t.push_back("Start date: " + LongDate(*o.start_date));
  if (o.pto_days) t.push_back("Paid time off: " + Plural(*o.pto_days, "day", "days") + " a year");
  if (!o.benefits.empty()) {
    std::string s = "Benefits: ";
    for (size_t k = 0; k < o.benefits.size(); ++k) {
      std::string b = o.benefits[k];
      std::replace(b.begin(), b.end(), '_', ' ');
      s += (k == 0 ? "" : ", ") + b;
    }
    t.push_back(s);
  }
  return t;
}

core::Result<std::string> Accept(const DraftInput& in) {
  const Offer& o = *in.offer;
  std::string out = Subject(o, "acceptance") + Greeting(o) + "\n\n";
  out += "I am pleased to accept the offer for " + RoleAt(o) + ". Thank you for your patience and for a "
         "process that helped me get to know the team.\n\n";
  const std::vector<std::string> terms = Terms(in);
  if (!terms.empty()) {
    out += "So that we share the same understanding, here are the terms as I have them. Could you "
           "confirm them in the written contract?\n\n";
    out += Bullets(terms);
  }
  std::vector<std::string> said;
  for (const core::Claim* claim : UnwrittenClaims(in)) {
    // An acceptance restates terms: an outlook or a vague promise is no term to sign up to.
    if (!core::IsOutlook(*claim) && !IsHedged(*claim)) said.push_back(SaidAs(*claim));
  }
  if (!said.empty()) {
    out += std::string(terms.empty() ? "" : "\n") +
           "We also agreed on the following during the process; I would be grateful to see " +
           (said.size() == 1 ? "it" : "them") + " in the contract as well:\n\n";
    out += Bullets(said);
  }
  if (terms.empty() && said.empty()) out += "Could you send me the written contract with the full terms?\n";
  out += "\nI look forward to starting";
  out += o.start_date ? " on " + LongDate(*o.start_date) + ".\n" : ".\n";
  return out + SignOff(*in.c);
}

}  // namespace

std::optional<DraftKind> ParseDraftKind(std::string_view name) {
  for (size_t k = 0; k < std::size(kDraftKindNames); ++k) {
    if (kDraftKindNames[k] == name) return static_cast<DraftKind>(k);
  }
  return std::nullopt;
}

std::string_view ToString(DraftKind kind) { return kDraftKindNames[static_cast<size_t>(kind)]; }

std::vector<const core::Claim*> UnwrittenClaims(const DraftInput& in) {
  const Offer& offer = *in.offer;
  std::vector<const core::Claim*> out;
  if (in.evaluation) {
    // The facts index the ledger the rules read: the typed claims first, so a verbal one (never a
    // claim read from a document) is one of offer.claims.
    for (int index : in.evaluation->facts.verbal_claims) {
      if (index >= 0 && static_cast<size_t>(index) < offer.claims.size()) out.push_back(&offer.claims[static_cast<size_t>(index)]);
    }
    return out;
  }
  for (const core::Claim& claim : offer.claims) {
    if (claim.written || core::IsExtracted(claim) || claim.value.empty() || claim.topic == "deadline") continue;
    if (!core::PromiseToWrite(offer, claim)) continue;
    out.push_back(&claim);
  }
  return out;
}

std::string LongDate(core::Date date) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const int month = std::clamp(date.month, 1, 12);
  return std::to_string(date.day) + " " + std::string(kMonths[static_cast<size_t>(month - 1)]) + " " +
         std::to_string(date.year);
}

core::Result<std::string> RenderDraft(DraftKind kind, const DraftInput& input) {
  if (!input.c || !input.offer) return core::Error::Internal("a draft needs a case and an offer");
  switch (kind) {
    case DraftKind::kExtension: return Extension(input);
    case DraftKind::kConfirm: return Confirm(input);
    case DraftKind::kCounter: return Counter(input);
    case DraftKind::kDecline: return Decline(input);
    case DraftKind::kAccept: return Accept(input);
  }
  return core::Error::Internal("unknown draft kind");
}

}  // namespace walkaway::report
