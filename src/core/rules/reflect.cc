// REFLECT: the person's own answers to the four reflection questions, plus their gut score. Each
// answer that points away from the offer becomes a finding; questions left open are listed, phrased
// in our words. Relief and "not without the timing worry" belong to BIAS-SCARCITY, so this rule only
// asks about them when they are missing.

#include <string>
#include <utility>

#include "core/rules/rule_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kReflect;

Finding AnswerFinding(const RuleContext& ctx, Code code, Severity severity, Field field) {
  Finding f = NewFinding(ctx, code, severity, Channel::kSelf);
  f.evidence = {FieldEvidence(ReflectionRef(ctx, field))};
  return f;
}

void AddGoals(const RuleContext& ctx, const Reflection& r, std::vector<Finding>& out) {
  if (!r.moves_toward_goals || *r.moves_toward_goals == Answer::kYes) return;
  const bool away = *r.moves_toward_goals == Answer::kNo;
  Finding f = AnswerFinding(ctx, away ? Code::kReflectAwayFromGoals : Code::kReflectGoalsUnclear,
                            away ? Severity::kMajor : Severity::kMinor, Field::kMovesTowardGoals);
  f.message = away ? "By your own answer, this role moves you away from your goals."
                   : "You are not sure this role moves you toward your goals (you answered \"" +
                         std::string(ToString(*r.moves_toward_goals)) + "\").";
  f.advice = "Picture the job two years in: what will you have learned, and which doors will it have opened?";
  f.question = "What would this role have to include for it to move you toward where you want to be?";
  out.push_back(std::move(f));
}

void AddScores(const RuleContext& ctx, const Reflection& r, std::vector<Finding>& out) {
  if (r.excited && *r.excited <= 2) {
    Finding f = AnswerFinding(ctx, Code::kReflectLowExcitement, Severity::kMajor, Field::kExcited);
    f.message = "Low excitement about the work itself: " + std::to_string(*r.excited) + " out of 5.";
    f.advice = "Pay and title fade quickly; the daily work is what you will live with.";
    f.question = "Which part of the daily work, if any, would you look forward to?";
    out.push_back(std::move(f));
  }
  if (r.gut && *r.gut <= 2) {
    Finding f = AnswerFinding(ctx, Code::kReflectLowGut, Severity::kMajor, Field::kGut);
    f.message = "Your gut gives this offer " + std::to_string(*r.gut) + " out of 5.";
    f.advice = "A low gut score is often a fact you have noticed but not yet named; name it before deciding.";
    f.question = "What exactly is your gut warning you about, and do the facts support it?";
    out.push_back(std::move(f));
  }
}

void AddRespect(const RuleContext& ctx, const Reflection& r, std::vector<Finding>& out) {
  if (r.felt_respected != Answer::kNo && r.felt_respected != Answer::kPartly) return;
  const bool no = r.felt_respected == Answer::kNo;
  Finding f = AnswerFinding(ctx, no ? Code::kReflectNotRespected : Code::kReflectPartlyRespected,
                            no ? Severity::kMajor : Severity::kMinor, Field::kFeltRespected);
  f.message = no ? "You do not feel respected and well informed after this process."
                 : "You feel only partly respected and informed after this process.";
  f.advice = "How a company treats you while it still wants you is the best preview you will get.";
  f.question = "What would you need to hear, and from whom, to feel properly informed?";
  out.push_back(std::move(f));
}

// The questions still open, each phrased as we would ask it.
std::vector<std::pair<Field, std::string>> Unanswered(const Reflection& r) {
  std::vector<std::pair<Field, std::string>> open;
  if (!r.feeling)
    open.push_back({Field::kFeeling, "Is it the work itself that excites you, or the relief of having an offer?"});
  if (!r.excited) open.push_back({Field::kExcited, "From 1 to 5, how excited are you about the work itself?"});
  if (!r.accept_without_timing_worry) {
    open.push_back(
        {Field::kAcceptWithoutTimingWorry, "Would you still say yes if timing and gaps did not worry you?"});
  }
  if (!r.felt_respected) {
    open.push_back({Field::kFeltRespected, "After this process, do you feel respected and well informed?"});
  }
  if (!r.moves_toward_goals) {
    open.push_back(
        {Field::kMovesTowardGoals, "Does this job take you toward, or away from, where you want to be?"});
  }
  if (!r.gut) open.push_back({Field::kGut, "From 1 to 5, what does your gut say about this offer?"});
  return open;
}

void AddUnanswered(const RuleContext& ctx, const Reflection& r, std::vector<Finding>& out) {
  const auto open = Unanswered(r);
  if (open.empty()) return;
  Finding f = NewFinding(ctx, Code::kReflectUnanswered, Severity::kMinor, Channel::kSelf);
  std::vector<std::string> names;
  for (const auto& [field, question] : open) {
    names.push_back(std::string(FieldName(field)));
    f.evidence.push_back(FieldEvidence(ReflectionRef(ctx, field)));
    f.question += (f.question.empty() ? "" : " ") + question;
  }
  f.message = "Reflection questions still open: " + JoinList(names) + ".";
  f.advice = "Answer them before the deadline is close: they are easier to answer honestly with time.";
  out.push_back(std::move(f));
}

bool AllStrong(const Reflection& r) {
  return r.excited.value_or(0) >= 4 && r.gut.value_or(0) >= 4 && r.feeling != Feeling::kRelieved &&
         r.accept_without_timing_worry == Answer::kYes && r.felt_respected == Answer::kYes &&
         r.moves_toward_goals == Answer::kYes;
}

}  // namespace

std::vector<Finding> RunReflect(const RuleContext& ctx) {
  std::vector<Finding> out;
  const Reflection* r = ReflectionFor(ctx.c, ctx.offer);
  if (!r) {
    Finding f = NewFinding(ctx, Code::kReflectMissing, Severity::kMajor, Channel::kSelf);
    f.evidence = {FieldEvidence(FieldRef::Case(Field::kReflection))};
    f.message = "You have not answered the reflection questions for this offer.";
    f.advice = "Your own answers are evidence too, and the one kind no employer can give you.";
    f.question = "Answer the four reflection questions before deciding.";
    out.push_back(std::move(f));
    return out;
  }
  AddGoals(ctx, *r, out);
  AddScores(ctx, *r, out);
  AddRespect(ctx, *r, out);
  AddUnanswered(ctx, *r, out);
  if (AllStrong(*r)) {
    Finding f = NewFinding(ctx, Code::kReflectAligned, Severity::kPositive, Channel::kSelf);
    f.evidence = {FieldEvidence(ReflectionRef(ctx))};
    f.message =
        "Your reflection is clearly for this offer: excited about the work, a good gut feeling, "
        "respected, and moving toward your goals.";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
