#include "walkaway/core/rules.h"

#include <iterator>

namespace walkaway::core {
namespace {

constexpr RuleInfo kRules[] = {
    {RuleId::kEvalNonneg, RulePhase::kFirst, RunEvalNonneg},
    {RuleId::kScam, RulePhase::kFirst, RunScam},
    {RuleId::kSignRole, RulePhase::kFirst, RunSignRole},
    {RuleId::kSignPay, RulePhase::kFirst, RunSignPay},
    {RuleId::kContract, RulePhase::kFirst, RunContract},
    {RuleId::kSignProgression, RulePhase::kFirst, RunSignProgression},
    {RuleId::kSignCulture, RulePhase::kFirst, RunSignCulture},
    {RuleId::kSignPressure, RulePhase::kFirst, RunSignPressure},
    {RuleId::kBiasFixLater, RulePhase::kFirst, RunBiasFixLater},
    {RuleId::kBiasScarcity, RulePhase::kFirst, RunBiasScarcity},
    {RuleId::kBiasVague, RulePhase::kFirst, RunBiasVague},
    {RuleId::kBiasTitle, RulePhase::kFirst, RunBiasTitle},
    {RuleId::kBiasStress, RulePhase::kFirst, RunBiasStress},
    {RuleId::kEvalInterview, RulePhase::kFirst, RunEvalInterview},
    {RuleId::kEvalLongterm, RulePhase::kFirst, RunEvalLongterm},
    {RuleId::kEvalFear, RulePhase::kFirst, RunEvalFear},
    {RuleId::kReflect, RulePhase::kFirst, RunReflect},
    {RuleId::kEvalPatterns, RulePhase::kSecond, RunEvalPatterns},
    {RuleId::kMindset, RulePhase::kSecond, RunMindset},
};

// The table follows RuleId, so a rule's position is its report order.
constexpr bool InRegistryOrder() {
  for (int i = 0; i < kRuleCount; ++i) {
    if (static_cast<int>(kRules[i].id) != i) return false;
  }
  return std::size(kRules) == kRuleCount;
}
static_assert(InRegistryOrder(), "one RuleInfo per RuleId, in its order");

}  // namespace

std::span<const RuleInfo> AllRules() { return kRules; }

std::string_view ToString(GateStatus status) {
  switch (status) {
    case GateStatus::kPass: return "pass";
    case GateStatus::kFail: return "fail";
    case GateStatus::kUnknown: return "unknown";
  }
  return "unknown";
}

}  // namespace walkaway::core
