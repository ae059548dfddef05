// EVAL-LONGTERM: where the role leads in one to three years. The outlook (include/walkaway/core/
// trajectory.h) lists what moves the person closer to their goals and what moves them further; this
// rule says which way it leans, with the reasons, the pay path and the promotion odds. Moving closer
// is a point in the offer's favour; moving further is shown but never decisive on its own, because
// the outlook rests on estimates, not on terms.

#include <algorithm>
#include <cstdio>

#include "core/rules/rule_util.h"
#include "walkaway/core/trajectory.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kEvalLongterm;

// The reasons of one side as clauses: "pay is 18% higher ...; the title is a step up ...".
std::string Reasons(const Outlook& o, bool closer) {
  std::string out;
  for (const OutlookReason& r : o.reasons) {
    if (r.closer == closer) out += (out.empty() ? "" : "; ") + r.text;
  }
  return out;
}

std::string Years(int years) { return years == 1 ? "year" : std::to_string(years) + " years"; }

std::string PayPathLine(const Outlook& o, const std::string& currency) {
  if (o.pay.empty()) return "The pay path is unknown without a base salary.";
  // After tax when the outlook compares take-home (PayYear::offer_take_home), so the advice shows the
  // figures the reason compared.
  const bool after_tax = std::all_of(o.pay.begin(), o.pay.end(), [](const PayYear& p) {
    return p.offer_take_home.has_value() && p.current_take_home.has_value();
  });
  std::vector<std::string> offer, current;
  for (const PayYear& p : o.pay) {
    offer.push_back(FormatMoneyShort(after_tax ? *p.offer_take_home : p.offer));
    if (after_tax) {
      current.push_back(FormatMoneyShort(*p.current_take_home));
    } else if (p.current) {
      current.push_back(FormatMoneyShort(*p.current));
    }
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
  };
  std::string line = std::string(after_tax ? "Pay after tax by year" : "Pay by year") + " (middle estimate, " +
                     currency + "): " + join(offer);
  if (current.size() == offer.size()) line += " against " + join(current) + " staying";
  return line + ".";
}

std::string PromotionLine(const Outlook& o) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * o.promotion_odds);
  return std::string(" A promotion within ") + Years(o.years) + ": about " + buf +
         (o.promotion_from_offer ? " by the offer's promotion scenario." : ", the usual rate of about 10% a year.");
}

// The person's own answer to "does it move you toward your goals?" says the opposite of the outlook.
bool DisagreesWithYou(const RuleContext& ctx, bool outlook_closer) {
  const Reflection* r = ReflectionFor(ctx.c, ctx.offer);
  if (r == nullptr || !r->moves_toward_goals) return false;
  return outlook_closer ? *r->moves_toward_goals == Answer::kNo : *r->moves_toward_goals == Answer::kYes;
}

}  // namespace

std::vector<Finding> RunEvalLongterm(const RuleContext& ctx) {
  std::vector<Finding> out;
  const Goals& goals = ctx.c.candidate.goals;
  const bool no_goals = goals.target_title.empty() && !goals.target_total && goals.skills.empty();
  if (no_goals) {
    Finding f = NewFinding(ctx, Code::kLongtermNoGoals, Severity::kMinor, Channel::kSelf);
    f.evidence = {FieldEvidence(FieldRef::Case(Field::kGoals))};
    f.message = "You have not written down where you want to be in a few years, so this offer can only be "
                "compared with staying, not with your goals.";
    f.advice = "Name a target title, a target total pay, or the skills you want to build: then each offer "
               "can be read as a step toward them or away.";
    f.question = "Where do you want to be in three years: which title, what pay, which skills?";
    out.push_back(std::move(f));
  }

  const Outlook o = ProjectOutlook(ctx.c, ctx.offer, ctx.offer_index, ctx.metrics, ctx.projection,
                                   ctx.current_projection);
  const std::string span = "Over the next " + Years(o.years);
  Finding f = NewFinding(ctx, Code::kLongtermUnclear, Severity::kMinor, Channel::kTerms);
  switch (o.direction) {
    case Direction::kCloser:
      f.code = Code::kLongtermCloser;
      f.severity = Severity::kPositive;
      // Without goals there is no target to move toward: the reasons speak for themselves.
      f.message = span + (no_goals ? " this offer looks like a step forward: "
                                   : " this offer moves you closer to your goals: ") +
                  Reasons(o, true) + ".";
      if (DisagreesWithYou(ctx, true)) {
        // The person answered that it does not: a positive beside their own "no" would contradict
        // them. The figures are estimates; their reason may be one the figures cannot see.
        f.severity = Severity::kMinor;
        f.message += " You answered that it does not move you toward your goals: if your reason is one "
                     "these figures cannot see, trust it.";
      }
      break;
    case Direction::kFurther:
      f.code = Code::kLongtermFurther;
      f.message = span + (no_goals ? " this offer shows little to move you forward: "
                                   : " this offer moves you further from your goals: ") +
                  Reasons(o, false) + ".";
      if (DisagreesWithYou(ctx, false)) {
        f.message += " You answered that it moves you toward your goals: check what you are counting on "
                     "against the reasons above.";
      }
      break;
    case Direction::kMixed:
      f.code = Code::kLongtermMixed;
      f.message = span + " this offer moves you closer in some ways (" + Reasons(o, true) +
                  ") and further in others (" + Reasons(o, false) + ").";
      break;
    case Direction::kUnclear:
      f.code = Code::kLongtermUnclear;
      f.message = span + " nothing in the case shows whether this offer moves you toward your goals or away.";
      f.question = "What would the next step after this role be, and how do people here reach it?";
      break;
  }
  for (const OutlookReason& r : o.reasons) {
    const Evidence e = FieldEvidence(r.field);
    if (std::find(f.evidence.begin(), f.evidence.end(), e) == f.evidence.end()) f.evidence.push_back(e);
  }
  f.advice = PayPathLine(o, ctx.c.candidate.currency) + PromotionLine(o);
  if (!o.unknown_skills.empty()) {
    f.advice += " Nothing in the offer mentions " + JoinList(o.unknown_skills) + ".";
    if (f.question.empty()) {
      f.question = "Will this role let you build " + JoinList(o.unknown_skills) + "? Ask what a typical quarter looks like.";
    }
  }
  // A fixed term that ends inside the outlook: what comes after it is the question to ask now,
  // while the answer can still be written into the offer (issue #12, class 11).
  if (ctx.offer.term_months && *ctx.offer.term_months < o.years * 12 && f.question.empty()) {
    f.question = "The contract ends after " + std::to_string(*ctx.offer.term_months) +
                 " months: is an extension or a permanent role planned, and will they put that in writing?";
  }
  if (f.evidence.empty()) f.evidence.push_back(FieldEvidence(OfferRef(ctx)));
  out.push_back(std::move(f));
  return out;
}

}  // namespace walkaway::core
