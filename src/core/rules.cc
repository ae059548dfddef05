#include "walkaway/core/rules.h"

#include <iterator>

namespace walkaway::core {
namespace {

constexpr RuleInfo kRules[] = {
    {"EVAL-NONNEG", "Non-negotiables checked as hard gates", RulePhase::kFirst, RunEvalNonneg},
    {"SCAM", "Signs that the job is a scam", RulePhase::kFirst, RunScam},
    {"SIGN-ROLE", "The role differs from what was described", RulePhase::kFirst, RunSignRole},
    {"SIGN-PAY", "Pay below your baseline, even after negotiation", RulePhase::kFirst, RunSignPay},
    {"CONTRACT", "Contract clauses that cost you later", RulePhase::kFirst, RunContract},
    {"SIGN-PROGRESSION", "No clear path for development and advancement", RulePhase::kFirst,
     RunSignProgression},
    {"SIGN-CULTURE", "How the interviews treated you", RulePhase::kFirst, RunSignCulture},
    {"SIGN-PRESSURE", "Pressure to decide before you have had time", RulePhase::kFirst,
     RunSignPressure},
    {"BIAS-FIX-LATER", "\"I can fix this later\"", RulePhase::kFirst, RunBiasFixLater},
    {"BIAS-SCARCITY", "Overriding your gut because offers feel scarce", RulePhase::kFirst,
     RunBiasScarcity},
    {"BIAS-VAGUE", "Promises that are not in writing", RulePhase::kFirst, RunBiasVague},
    {"BIAS-TITLE", "A title that hides the workload", RulePhase::kFirst, RunBiasTitle},
    {"BIAS-STRESS", "Stress presented as normal", RulePhase::kFirst, RunBiasStress},
    {"EVAL-INTERVIEW", "What the interview process says about the job", RulePhase::kFirst,
     RunEvalInterview},
    {"EVAL-LONGTERM", "Where the role leads in one to three years", RulePhase::kFirst, RunEvalLongterm},
    {"EVAL-FEAR", "Fear against facts: the odds of another offer", RulePhase::kFirst, RunEvalFear},
    {"REFLECT", "Your own answers to the reflection questions", RulePhase::kFirst, RunReflect},
    {"EVAL-PATTERNS", "Patterns over promises", RulePhase::kSecond, RunEvalPatterns},
    {"MINDSET", "Reminders for the decision", RulePhase::kSecond, RunMindset},
};

}  // namespace

std::span<const RuleInfo> AllRules() { return kRules; }

const RuleInfo* FindRule(std::string_view id) {
  for (const RuleInfo& rule : kRules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::string_view ToString(GateStatus status) {
  switch (status) {
    case GateStatus::kPass: return "pass";
    case GateStatus::kFail: return "fail";
    case GateStatus::kUnknown: return "unknown";
  }
  return "unknown";
}

}  // namespace walkaway::core
