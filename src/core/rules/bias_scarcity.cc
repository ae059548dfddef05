// BIAS-SCARCITY: overriding the gut because offers feel scarce. The signals are the person's own:
// a low gut score while leaning to accept, relief rather than excitement, "I would not take it without
// the timing worry" (one finding for all three), and scarcity phrases in their notes. The fear is
// put next to the facts (other offers, processes, savings, the odds): when the facts bear it out
// (FearBasis::kGrounded) it is no bias, and it does not count against the offer.

#include <algorithm>
#include <array>

#include "core/rules/rule_util.h"
#include "walkaway/core/alternatives.h"
#include "walkaway/core/facts.h"

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
// then EVAL-FEAR's estimate of the odds (OfferFacts::alternatives), so the fear meets the same
// figure the odds finding gives.
std::string FactsLine(const RuleContext& ctx) {
  const Situation& s = ctx.c.candidate.situation;
  const AlternativesFacts& alt = ctx.facts.alternatives;
  const size_t live = s.pipeline.size();
  std::string line;
  if (alt.offers_in_hand > 0) {
    line = alt.offers_in_hand == 1 ? "You already hold another offer"
                                   : "You already hold " + std::to_string(alt.offers_in_hand) + " other offers";
  } else {
    line = live == 0   ? "You have no other process in progress"
           : live == 1 ? "You have 1 other process in progress"
                       : "You have " + std::to_string(live) + " other processes in progress";
  }
  if (s.employed == true) {
    line += " and a job to stay in while you look.";
  } else if (s.runway_months) {
    const std::string months = FormatNumber(*s.runway_months);
    line += " and savings for " + months + (months == "1" ? " month." : " months.");
  } else {
    line += "; the case does not say how many months your savings would cover.";
  }
  if (!s.pipeline.empty() && alt.offers_in_hand == 0) {
    if (alt.p_within_runway) {
      line += " By our estimate the chance of another offer within those months is " +
              FormatOdds(*alt.p_within_runway) + ".";
    } else {
      line += " By our estimate the chance of another offer by the deadline is " + FormatOdds(alt.p_by_deadline) + ".";
    }
  }
  return line;
}

bool Grounded(const RuleContext& ctx) { return ctx.facts.alternatives.fear == FearBasis::kGrounded; }

// The reflection's scarcity signals, one finding for all of them: they are one feeling seen three
// ways, and the facts it is weighed against are stated once.
void AddReflectionSignals(const RuleContext& ctx, const Reflection& r, std::vector<Finding>& out) {
  std::vector<std::string> signals;
  std::vector<Evidence> evidence;
  std::optional<Code> code;
  if (r.gut && *r.gut <= 2 && r.leaning_accept.value_or(false)) {
    code = code.value_or(Code::kScarcityGutVsLean);
    signals.push_back("your gut gives this offer " + std::to_string(*r.gut) + " out of 5, yet you are leaning to accept");
    evidence.push_back(FieldEvidence(ReflectionRef(ctx, Field::kGut)));
    evidence.push_back(FieldEvidence(ReflectionRef(ctx, Field::kLeaningAccept)));
  }
  if (r.feeling == Feeling::kRelieved) {
    code = code.value_or(Code::kScarcityRelief);
    signals.push_back("you feel relief rather than excitement");
    evidence.push_back(FieldEvidence(ReflectionRef(ctx, Field::kFeeling)));
  }
  if (r.accept_without_timing_worry == Answer::kNo) {
    code = code.value_or(Code::kScarcityTimingWorry);
    signals.push_back("you would not take this job if timing did not worry you");
    evidence.push_back(FieldEvidence(ReflectionRef(ctx, Field::kAcceptWithoutTimingWorry)));
  }
  if (!code) return;
  std::string said = JoinList(signals);
  said[0] = static_cast<char>(said[0] - 'a' + 'A');
  if (Grounded(ctx)) {
    // The fear fits the facts: it is no bias to correct, and it does not count against the offer.
    Finding f = NewFinding(ctx, *code, Severity::kMinor, Channel::kSelf);
    f.evidence = std::move(evidence);
    f.message = said + ". " + FactsLine(ctx) + " The worry has a basis: other offers are unlikely to come soon.";
    f.advice =
        "With options this thin, a job that meets the lines you set is a sound step, not a defeat. Judge "
        "it by those lines; if it is not the job you want, you can keep looking once you have started.";
    out.push_back(std::move(f));
    return;
  }
  Finding f = NewFinding(ctx, *code, Severity::kMajor, Channel::kSelf);
  f.evidence = std::move(evidence);
  f.message = said + ". " + FactsLine(ctx);
  if (ctx.facts.alternatives.fear == FearBasis::kUnfounded) f.message += " The facts do not bear the fear out.";
  f.advice =
      "Weigh the offer on its fit, then weigh the fear on the facts: they are two questions, "
      "and the second should not answer the first.";
  f.question = std::string(kTimingQuestion);
  out.push_back(std::move(f));
}

// Scarcity words alone are minor: fear in the notes matters when it overrides the gut, which the
// reflection signals above catch. The facts are stated here only when no reflection finding did.
void AddPhraseSignal(const RuleContext& ctx, bool facts_stated, std::vector<Finding>& out) {
  Finding f = NewFinding(ctx, Code::kScarcityPhrase, Severity::kMinor, Channel::kSelf);
  std::string first;
  for (const TextSource& source : OwnTexts(ctx)) {
    for (const SentenceHit& hit : AffirmedSentences(source.text, kPhrases)) {
      if (first.empty()) first = hit.sentence;
      f.evidence.push_back(QuoteEvidence(source.field, hit));
    }
  }
  if (f.evidence.empty()) return;
  f.message = "Your notes speak of scarcity: \"" + first + "\"";
  if (!facts_stated) f.message += " " + FactsLine(ctx);
  if (Grounded(ctx)) {
    if (!facts_stated) f.message += " The worry has a basis.";
    f.advice = "Let the facts, not the fear, set the pace: check the offer against your lines and decide.";
  } else {
    f.advice =
        "Fear of having nothing is a reason to keep searching in parallel, not a reason to take "
        "an offer that does not fit.";
    f.question = std::string(kTimingQuestion);
  }
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
  const bool facts_stated = std::any_of(out.begin(), out.end(), [](const Finding& f) {
    return f.code != Code::kScarcityNoReflection;
  });
  AddPhraseSignal(ctx, facts_stated, out);
  return out;
}

}  // namespace walkaway::core
