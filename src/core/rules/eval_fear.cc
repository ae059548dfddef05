// EVAL-FEAR: separate fear from facts. From the pipeline (include/walkaway/core/alternatives.h) it
// states the odds of another offer by the deadline, with one more week, and within the savings
// runway, and compares the four options plainly: accept now, ask for more time, stay, keep searching.
// It is information, never a flag: the fear itself (a low gut while leaning to accept, relief) is
// BIAS-SCARCITY's finding, which quotes these same odds, so the two never say the same thing twice.

#include "core/rules/rule_util.h"
#include "walkaway/core/alternatives.h"
#include "walkaway/core/facts.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kEvalFear;
constexpr FieldRef kPipelinePath = {Scope::kCase, -1, -1, Field::kPipeline};
constexpr FieldRef kRunwayPath = {Scope::kCase, -1, -1, Field::kRunwayMonths};

std::string Chance(double p) {
  if (p <= 0) return "no chance";
  return (p >= 0.01 && p <= 0.99 ? "about " : "") + FormatOdds(p) + " chance";
}

std::string Days(int days) { return days == 1 ? "1 day" : std::to_string(days) + " days"; }

std::string Months(double months) {
  const std::string m = FormatNumber(months);
  return m + (m == "1" ? " month" : " months");
}

std::string Processes(size_t n) {
  return n == 1 ? "the 1 process you are in" : "the " + std::to_string(n) + " processes you are in";
}

std::string InHand(const AlternativesFacts& f) {
  std::vector<std::string> names;
  for (const ProcessOdds& p : f.processes) {
    if (p.offer_in_hand) names.push_back(p.company);
  }
  return JoinList(names);
}

std::string OddsMessage(const AlternativesFacts& f, const Situation& s) {
  std::string m;
  if (f.processes.empty()) {
    m = "You have no other process in progress, so no other offer can come by the deadline from what "
        "you have now.";
  } else if (f.offers_in_hand > 0) {
    // With an offer in hand the odds of "another offer" are certain; the savings do not bind.
    return f.offers_in_hand == 1
               ? "You already hold another offer (" + InHand(f) + "): compare the two before the deadline."
               : "You already hold " + std::to_string(f.offers_in_hand) + " other offers (" + InHand(f) +
                     "): compare them before the deadline.";
  } else {
    const std::string when = f.deadline_known
                                 ? "by the deadline (" + f.decide_by.ToString() + ", " +
                                       Days(f.days_to_decide) + " away)"
                                 : "within " + Days(f.days_to_decide) + " (the offer gives no deadline)";
    m = "Counting only " + Processes(f.processes.size()) + ", there is " + Chance(f.p_by_deadline) +
        " of another offer " + when + ".";
  }
  if (s.runway_months && f.p_within_runway) {
    m += " Your savings cover " + Months(*s.runway_months) + ", and within that time the odds are " +
         FormatOdds(*f.p_within_runway) + ".";
  }
  return m;
}

// The four options in plain words, one sentence each.
std::string OptionsAdvice(const RuleContext& ctx, const AlternativesFacts& f) {
  const Situation& s = ctx.c.candidate.situation;
  if (f.offers_in_hand > 0) {
    return "With another offer in hand the question is not whether something else will come but which "
           "offer fits better: compare them on the terms that matter to you, and ask for the time that "
           "comparison needs.";
  }
  std::string a = "Accept now: a sure job, and the end of the other chances. ";
  if (ctx.offer.extension == ExtensionStatus::kRefused) {
    a += "Ask for more time: the employer has already refused an extension. ";
  } else if (!f.can_ask_extension && f.deadline_known) {
    a += "Ask for more time: you already have until " + f.decide_by.ToString() + ". ";
  } else if (!f.deadline_known) {
    a += "Ask for more time: first ask for the deadline in writing. ";
  } else if (f.processes.empty()) {
    a += "Ask for more time: it costs little, but with no other process it buys thinking time, not odds. ";
  } else if (FormatOdds(f.p_by_deadline) == FormatOdds(f.p_with_extension)) {
    a += "Ask for more time: one more week barely changes the odds (" + FormatOdds(f.p_by_deadline) +
         "), but it buys thinking time. ";
  } else {
    a += "Ask for more time: one more week moves the odds from " + FormatOdds(f.p_by_deadline) + " to " +
         FormatOdds(f.p_with_extension) + ". ";
  }
  if (s.employed == true) {
    a += "Stay in your current job: you keep your pay while the other processes run (" +
         FormatOdds(f.p_eventually) + " that at least one ends in an offer). ";
  } else if (s.employed == false) {
    a += "Stay in your current job: not an option, as you are not employed. ";
  } else {
    a += "Stay in your current job: the case does not say whether you have one. ";
  }
  if (f.p_within_runway) {
    a += "Keep searching: " + Chance(*f.p_within_runway) + " of an offer from today's processes within the " +
         Months(*s.runway_months) + " your savings cover; new applications would add to that.";
  } else {
    a += "Keep searching: " + FormatOdds(f.p_eventually) +
         " that today's processes end in an offer at all; how long you can wait depends on your savings.";
  }
  return a;
}

}  // namespace

std::vector<Finding> RunEvalFear(const RuleContext& ctx) {
  std::vector<Finding> out;
  const Situation& s = ctx.c.candidate.situation;
  const AlternativesFacts& facts = ctx.facts.alternatives;

  if (!facts.pipeline_known && facts.offers_in_hand == 0) {
    Finding f = NewFinding(ctx, Code::kFearNoPipeline, Severity::kMinor, Channel::kSelf);
    f.evidence = {FieldEvidence(kPipelinePath)};
    f.message = "The case does not list your other job processes, so the odds of another offer cannot be "
                "estimated and the fear of having nothing cannot be checked against facts.";
    f.advice = "List each process with its stage and the date it last moved; an empty list is a fine "
               "answer when there are none.";
    f.question = "Which other processes are you in, at what stage, and when did each last move?";
    out.push_back(std::move(f));
  } else {
    Finding f = NewFinding(ctx, Code::kFearOdds, Severity::kMinor, Channel::kSelf);
    f.evidence = {FieldEvidence(kPipelinePath)};
    if (facts.deadline_known) {
      f.evidence.push_back(FieldEvidence(OfferRef(ctx, ctx.offer.extended_to ? Field::kExtendedTo : Field::kDeadline)));
    }
    if (s.runway_months) f.evidence.push_back(FieldEvidence(kRunwayPath));
    f.message = OddsMessage(facts, s);
    f.advice = OptionsAdvice(ctx, facts);
    out.push_back(std::move(f));
  }

  if (s.employed != true && !s.runway_months) {
    Finding f = NewFinding(ctx, Code::kFearRunwayUnknown, Severity::kMinor, Channel::kSelf);
    f.evidence = {FieldEvidence(kRunwayPath)};
    f.message = s.employed == false
                    ? "You are not employed and the case does not say how long your savings last, so the "
                      "cost of waiting for a better offer is unknown."
                    : "The case says neither whether you have a job now nor how long your savings last, so "
                      "the cost of waiting for a better offer is unknown.";
    f.advice = "Count the months your savings cover at your usual spending: that number, not the fear, "
               "sets how long you can keep searching.";
    f.question = "How many months could you live on your savings without a salary?";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
