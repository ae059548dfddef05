// BIAS-SCARCITY: overriding the gut because offers feel scarce. The signals are the person's own:
// a low gut score while leaning to accept, relief rather than excitement, "I would not take it without
// the timing worry", and scarcity phrases in their notes. Each signal is one finding, and each puts
// the fear next to the facts of the case (other processes, months of savings).

#include <array>

#include "core/rules/rule_util.h"
#include "walkaway/core/alternatives.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kBiasScarcity;

constexpr std::array<std::string_view, 11> kPhrases = {
    "nothing else",        "no other offers",  "might not get another",     "can't afford to say no",
    "gap on my cv",        "gap in my resume", "beggars can't be choosers", "better than nothing",
    "take what i can get", "last chance",      "running out of money",
};

constexpr std::string_view kTimingQuestion =
    "Would you accept this offer if timing and a gap in your CV did not worry you?";

// "You have 3 other processes in progress and savings for 6 months." from the case's situation,
// then EVAL-FEAR's estimate of the odds (include/walkaway/core/alternatives.h), so the fear meets
// the same figure the odds finding gives.
std::string FactsLine(const RuleContext& ctx) {
  const Situation& s = ctx.c.candidate.situation;
  const size_t live = s.pipeline.size();
  std::string line = live == 0   ? "You have no other process in progress"
                     : live == 1 ? "You have 1 other process in progress"
                                 : "You have " + std::to_string(live) + " other processes in progress";
  if (s.runway_months) {
    const std::string months = FormatNumber(*s.runway_months);
    line += " and savings for " + months + (months == "1" ? " month." : " months.");
  } else {
    line += "; the case does not say how many months your savings would cover.";
  }
  if (!s.pipeline.empty()) {
    const AlternativesFacts facts = AssessAlternatives(ctx.c, ctx.offer, ctx.facts.due, ctx.today);
    line += " By our estimate the chance of another offer by the deadline is " +
            FormatOdds(facts.p_by_deadline) + " (see EVAL-FEAR).";
  }
  return line;
}

Finding SignalFinding(const RuleContext& ctx, Code code, std::string message) {
  Finding f = NewFinding(ctx, code, Severity::kMajor, Channel::kSelf);
  f.message = std::move(message) + " " + FactsLine(ctx);
  f.advice =
      "Weigh the offer on its fit, then weigh the fear on the facts: they are two questions, "
      "and the second should not answer the first.";
  f.question = std::string(kTimingQuestion);
  return f;
}

void AddReflectionSignals(const RuleContext& ctx, const Reflection& r, std::vector<Finding>& out) {
  if (r.gut && *r.gut <= 2 && r.leaning_accept.value_or(false)) {
    Finding f = SignalFinding(
        ctx, Code::kScarcityGutVsLean,
        "Your gut gives this offer " + std::to_string(*r.gut) + " out of 5, yet you are leaning to accept.");
    f.evidence = {FieldEvidence(ReflectionRef(ctx, Field::kGut)), FieldEvidence(ReflectionRef(ctx, Field::kLeaningAccept))};
    out.push_back(std::move(f));
  }
  if (r.feeling == Feeling::kRelieved) {
    Finding f =
        SignalFinding(ctx, Code::kScarcityRelief, "You feel relief rather than excitement about this offer.");
    f.evidence = {FieldEvidence(ReflectionRef(ctx, Field::kFeeling))};
    out.push_back(std::move(f));
  }
  if (r.accept_without_timing_worry == Answer::kNo) {
    Finding f = SignalFinding(ctx, Code::kScarcityTimingWorry,
                              "You said you would not take this job if timing did not worry you.");
    f.evidence = {FieldEvidence(ReflectionRef(ctx, Field::kAcceptWithoutTimingWorry))};
    out.push_back(std::move(f));
  }
}

// Scarcity words alone are minor: fear in the notes matters when it overrides the gut, which the
// reflection signals above catch.
void AddPhraseSignal(const RuleContext& ctx, std::vector<Finding>& out) {
  Finding f = NewFinding(ctx, Code::kScarcityPhrase, Severity::kMinor, Channel::kSelf);
  std::string first;
  for (const TextSource& source : OwnTexts(ctx)) {
    for (const SentenceHit& hit : AffirmedSentences(source.text, kPhrases)) {
      if (first.empty()) first = hit.sentence;
      f.evidence.push_back(QuoteEvidence(source.field, hit));
    }
  }
  if (f.evidence.empty()) return;
  f.message = "Your notes speak of scarcity: \"" + first + "\" " + FactsLine(ctx);
  f.advice =
      "Fear of having nothing is a reason to keep searching in parallel, not a reason to take "
      "an offer that does not fit.";
  f.question = std::string(kTimingQuestion);
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunBiasScarcity(const RuleContext& ctx) {
  std::vector<Finding> out;
  const Reflection* r = ReflectionFor(ctx.c, ctx.offer);
  if (!r) {
    Finding f = NewFinding(ctx, Code::kScarcityNoReflection, Severity::kMinor, Channel::kSelf);
    f.evidence = {FieldEvidence(FieldRef::Reflection(-1))};
    f.message =
        "There is no reflection for this offer, so we cannot tell whether the fear of having "
        "nothing is speaking louder than your gut.";
    f.advice = "Score your gut before you decide, while the deadline is not in the room.";
    f.question =
        "From 1 to 5, what does your gut say about this offer, and would you accept it if "
        "timing did not worry you?";
    out.push_back(std::move(f));
  } else {
    AddReflectionSignals(ctx, *r, out);
  }
  AddPhraseSignal(ctx, out);
  return out;
}

}  // namespace walkaway::core
