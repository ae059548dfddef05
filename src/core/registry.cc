#include "walkaway/core/registry.h"

namespace walkaway::core {
namespace {

using R = RuleId;
using T = Topic;

constexpr RuleProperties kRules[] = {
    {R::kEvalNonneg, "EVAL-NONNEG", "Non-negotiables checked as hard gates", true, false},
    {R::kScam, "SCAM", "Signs that the job is a scam", true, false},
    {R::kSignRole, "SIGN-ROLE", "The role differs from what was described", true, false},
    {R::kSignPay, "SIGN-PAY", "Pay below your baseline, even after negotiation", true, false},
    {R::kContract, "CONTRACT", "Contract clauses that cost you later", true, false},
    {R::kSignProgression, "SIGN-PROGRESSION", "No clear path for development and advancement", true, false},
    {R::kSignCulture, "SIGN-CULTURE", "How the interviews treated you", true, false},
    {R::kSignPressure, "SIGN-PRESSURE", "Pressure to decide before you have had time", true, false},
    {R::kBiasFixLater, "BIAS-FIX-LATER", "\"I can fix this later\"", true, false},
    {R::kBiasScarcity, "BIAS-SCARCITY", "Overriding your gut because offers feel scarce", true, false},
    {R::kBiasVague, "BIAS-VAGUE", "Promises that are not in writing", true, false},
    {R::kBiasTitle, "BIAS-TITLE", "A title that hides the workload", true, false},
    {R::kBiasStress, "BIAS-STRESS", "Stress presented as normal", true, false},
    {R::kEvalInterview, "EVAL-INTERVIEW", "What the interview process says about the job", true, false},
    {R::kEvalLongterm, "EVAL-LONGTERM", "Where the role leads in one to three years", true, false},
    {R::kEvalFear, "EVAL-FEAR", "Fear against facts: the odds of another offer", true, false},
    {R::kReflect, "REFLECT", "Your own answers to the reflection questions", true, false},
    {R::kEvalPatterns, "EVAL-PATTERNS", "Patterns over promises", true, true},
    {R::kMindset, "MINDSET", "Reminders for the decision", false, true},
};

constexpr CodeProperties kCodes[] = {
    {Code::kNonnegUnknown, "nonneg.unknown", R::kEvalNonneg, T::kGates},
    {Code::kNonnegFailNegotiable, "nonneg.fail_negotiable", R::kEvalNonneg, T::kGates},
    {Code::kNonnegFailCloseCall, "nonneg.fail_close_call", R::kEvalNonneg, T::kGates},
    {Code::kNonnegFail, "nonneg.fail", R::kEvalNonneg, T::kGates},
    {Code::kNonnegAllPass, "nonneg.all_pass", R::kEvalNonneg, T::kGates},
    {Code::kNonnegNoneSet, "nonneg.none_set", R::kEvalNonneg, T::kGates},
    {Code::kScamBlocker, "scam.blocker", R::kScam, T::kScam},
    {Code::kScamPattern, "scam.pattern", R::kScam, T::kScam},
    {Code::kScamSignal, "scam.signal", R::kScam, T::kScam},
    {Code::kScamWeakSignal, "scam.weak_signal", R::kScam, T::kScam},
    {Code::kRoleNoClaims, "role.no_claims", R::kSignRole, T::kRole},
    {Code::kRoleDrift, "role.drift", R::kSignRole, T::kRole},
    {Code::kRoleConsistent, "role.consistent", R::kSignRole, T::kRole},
    {Code::kPayNoExchangeRate, "pay.no_exchange_rate", R::kSignPay, T::kPay},
    {Code::kPayNoBase, "pay.no_base", R::kSignPay, T::kPay},
    {Code::kPayBelowFloorNegotiable, "pay.below_floor_negotiable", R::kSignPay, T::kPay},
    {Code::kPayBelowFloorCloseCall, "pay.below_floor_close_call", R::kSignPay, T::kPay},
    {Code::kPayBelowFloorWalk, "pay.below_floor_walk", R::kSignPay, T::kPay},
    {Code::kPayBelowFloorRefused, "pay.below_floor_refused", R::kSignPay, T::kPay},
    {Code::kPayTotalBelowFloorNegotiable, "pay.total_below_floor_negotiable", R::kSignPay, T::kPay},
    {Code::kPayTotalBelowFloorCloseCall, "pay.total_below_floor_close_call", R::kSignPay, T::kPay},
    {Code::kPayTotalBelowFloorWalk, "pay.total_below_floor_walk", R::kSignPay, T::kPay},
    {Code::kPayTotalBelowFloorRefused, "pay.total_below_floor_refused", R::kSignPay, T::kPay},
    {Code::kPayFloorAtRisk, "pay.floor_at_risk", R::kSignPay, T::kPay},
    {Code::kPayCurrentUnknown, "pay.current_unknown", R::kSignPay, T::kPay},
    {Code::kPayCutVsCurrent, "pay.cut_vs_current", R::kSignPay, T::kPay},
    {Code::kPayClearlyAbove, "pay.clearly_above", R::kSignPay, T::kPay},
    {Code::kPayTakeHomeVsCurrent, "pay.take_home_vs_current", R::kSignPay, T::kPay},
    {Code::kPayMarketNoData, "pay.market_no_data", R::kSignPay, T::kMarket},
    {Code::kPayMarketLow, "pay.market_low", R::kSignPay, T::kMarket},
    {Code::kPayMarketPosition, "pay.market_position", R::kSignPay, T::kMarket},
    {Code::kPayMarketAboveMedian, "pay.market_above_median", R::kSignPay, T::kMarket},
    {Code::kContractHoldsDocuments, "contract.holds_documents", R::kContract, T::kContract},
    {Code::kContractClawback, "contract.clawback", R::kContract, T::kContract},
    {Code::kContractAtWill, "contract.at_will", R::kContract, T::kContract},
    {Code::kContractAtWillClawback, "contract.at_will_clawback", R::kContract, T::kContract},
    {Code::kContractNonCompete, "contract.non_compete", R::kContract, T::kContract},
    {Code::kContractRestrictiveClause, "contract.restrictive_clause", R::kContract, T::kContract},
    {Code::kContractArbitration, "contract.arbitration", R::kContract, T::kContract},
    {Code::kContractUnilateralChange, "contract.unilateral_change", R::kContract, T::kContract},
    {Code::kContractUnattachedAgreement, "contract.unattached_agreement", R::kContract, T::kContract},
    {Code::kContractReferencedAgreement, "contract.referenced_agreement", R::kContract, T::kContract},
    {Code::kContractVesting, "contract.vesting", R::kContract, T::kContract},
    {Code::kContractEntireAgreement, "contract.entire_agreement", R::kContract, T::kContract},
    {Code::kContractUnpaidOvertime, "contract.unpaid_overtime", R::kContract, T::kContract},
    {Code::kContractTerminationTerms, "contract.termination_terms", R::kContract, T::kContract},
    {Code::kContractUnpaidWork, "contract.unpaid_work", R::kContract, T::kContract},
    {Code::kContractClause, "contract.clause", R::kContract, T::kContract},
    {Code::kProgressionOpaque, "progression.opaque", R::kSignProgression, T::kProgression},
    {Code::kProgressionUnknown, "progression.unknown", R::kSignProgression, T::kProgression},
    {Code::kProgressionPartlyUnknown, "progression.partly_unknown", R::kSignProgression, T::kProgression},
    {Code::kProgressionVerbalPromotion, "progression.verbal_promotion", R::kSignProgression, T::kPromises},
    {Code::kProgressionVaguePhrase, "progression.vague_phrase", R::kSignProgression, T::kProgression},
    {Code::kProgressionDocumentSignal, "progression.document_signal", R::kSignProgression, T::kProgression},
    {Code::kProgressionTransparent, "progression.transparent", R::kSignProgression, T::kProgression},
    {Code::kCultureOneBadInterview, "culture.one_bad_interview", R::kSignCulture, T::kInterviews},
    {Code::kCulturePattern, "culture.pattern", R::kSignCulture, T::kInterviews},
    {Code::kCultureDismissiveInterview, "culture.dismissive_interview", R::kSignCulture, T::kInterviews},
    {Code::kCultureInconsistent, "culture.inconsistent", R::kSignCulture, T::kInterviews},
    {Code::kCultureDocumentSignal, "culture.document_signal", R::kSignCulture, T::kInterviews},
    {Code::kCultureNoJournal, "culture.no_journal", R::kSignCulture, T::kInterviews},
    {Code::kCultureRespectful, "culture.respectful", R::kSignCulture, T::kInterviews},
    {Code::kPressureNoDeadline, "pressure.no_deadline", R::kSignPressure, T::kDeadline},
    {Code::kPressureDeadlinePassed, "pressure.deadline_passed", R::kSignPressure, T::kDeadline},
    {Code::kPressureDocumentDeadlineEarlier, "pressure.document_deadline_earlier", R::kSignPressure, T::kDeadline},
    {Code::kPressureShortWindow, "pressure.short_window", R::kSignPressure, T::kDeadline},
    {Code::kPressureExtensionRefused, "pressure.extension_refused", R::kSignPressure, T::kDeadline},
    {Code::kPressureReceivedUnknown, "pressure.received_unknown", R::kSignPressure, T::kDeadline},
    {Code::kPressureDeadlineNear, "pressure.deadline_near", R::kSignPressure, T::kDeadline},
    {Code::kPressureExtensionGranted, "pressure.extension_granted", R::kSignPressure, T::kDeadline},
    {Code::kPressurePhrase, "pressure.phrase", R::kSignPressure, T::kDeadline},
    {Code::kPressureEnoughTime, "pressure.enough_time", R::kSignPressure, T::kDeadline},
    {Code::kPressureStartBeforeFree, "pressure.start_before_free", R::kSignPressure, T::kStart},
    {Code::kFixLaterNegotiableTerm, "fix_later.negotiable_term", R::kBiasFixLater, T::kSelf},
    {Code::kFixLaterPhrase, "fix_later.phrase", R::kBiasFixLater, T::kSelf},
    {Code::kScarcityGutVsLean, "scarcity.gut_vs_lean", R::kBiasScarcity, T::kSelf},
    {Code::kScarcityRelief, "scarcity.relief", R::kBiasScarcity, T::kSelf},
    {Code::kScarcityTimingWorry, "scarcity.timing_worry", R::kBiasScarcity, T::kSelf},
    {Code::kScarcityPhrase, "scarcity.phrase", R::kBiasScarcity, T::kSelf},
    {Code::kScarcityNoReflection, "scarcity.no_reflection", R::kBiasScarcity, T::kSelf},
    {Code::kVagueUnwrittenValue, "vague.unwritten_value", R::kBiasVague, T::kPromises},
    {Code::kVagueUnwrittenValueUnknown, "vague.unwritten_value_unknown", R::kBiasVague, T::kPromises},
    {Code::kVagueUnwrittenKeyClaims, "vague.unwritten_key_claims", R::kBiasVague, T::kPromises},
    {Code::kVaguePayWording, "vague.pay_wording", R::kBiasVague, T::kPromises},
    {Code::kVagueWording, "vague.wording", R::kBiasVague, T::kPromises},
    {Code::kVagueAllWritten, "vague.all_written", R::kBiasVague, T::kPromises},
    {Code::kTitleHourlyUnknown, "title.hourly_unknown", R::kBiasTitle, T::kWorkload},
    {Code::kTitleHourlyUp, "title.hourly_up", R::kBiasTitle, T::kWorkload},
    {Code::kTitleHourlyDrop, "title.hourly_drop", R::kBiasTitle, T::kWorkload},
    {Code::kTitleHourlyLower, "title.hourly_lower", R::kBiasTitle, T::kWorkload},
    {Code::kTitleWorkloadUp, "title.workload_up", R::kBiasTitle, T::kWorkload},
    {Code::kStressPhrase, "stress.phrase", R::kBiasStress, T::kWorkload},
    {Code::kStressOwnWords, "stress.own_words", R::kBiasStress, T::kWorkload},
    {Code::kStressNormalising, "stress.normalising", R::kBiasStress, T::kWorkload},
    {Code::kStressPattern, "stress.pattern", R::kBiasStress, T::kWorkload},
    {Code::kStressNothingToRead, "stress.nothing_to_read", R::kBiasStress, T::kWorkload},
    {Code::kInterviewRespect, "interview.respect", R::kEvalInterview, T::kInterviews},
    {Code::kInterviewRespectOnce, "interview.respect_once", R::kEvalInterview, T::kInterviews},
    {Code::kInterviewInformation, "interview.information", R::kEvalInterview, T::kInterviews},
    {Code::kInterviewConsistency, "interview.consistency", R::kEvalInterview, T::kInterviews},
    {Code::kInterviewUntagged, "interview.untagged", R::kEvalInterview, T::kInterviews},
    {Code::kInterviewAllPositive, "interview.all_positive", R::kEvalInterview, T::kInterviews},
    {Code::kLongtermNoGoals, "longterm.no_goals", R::kEvalLongterm, T::kTrajectory},
    {Code::kLongtermCloser, "longterm.closer", R::kEvalLongterm, T::kTrajectory},
    {Code::kLongtermFurther, "longterm.further", R::kEvalLongterm, T::kTrajectory},
    {Code::kLongtermMixed, "longterm.mixed", R::kEvalLongterm, T::kTrajectory},
    {Code::kLongtermUnclear, "longterm.unclear", R::kEvalLongterm, T::kTrajectory},
    {Code::kFearNoPipeline, "fear.no_pipeline", R::kEvalFear, T::kAlternatives},
    {Code::kFearOdds, "fear.odds", R::kEvalFear, T::kAlternatives},
    {Code::kFearRunwayUnknown, "fear.runway_unknown", R::kEvalFear, T::kAlternatives},
    {Code::kReflectAwayFromGoals, "reflect.away_from_goals", R::kReflect, T::kSelf},
    {Code::kReflectGoalsUnclear, "reflect.goals_unclear", R::kReflect, T::kSelf},
    {Code::kReflectLowExcitement, "reflect.low_excitement", R::kReflect, T::kSelf},
    {Code::kReflectLowGut, "reflect.low_gut", R::kReflect, T::kSelf},
    {Code::kReflectNotRespected, "reflect.not_respected", R::kReflect, T::kSelf},
    {Code::kReflectPartlyRespected, "reflect.partly_respected", R::kReflect, T::kSelf},
    {Code::kReflectUnanswered, "reflect.unanswered", R::kReflect, T::kSelf},
    {Code::kReflectMissing, "reflect.missing", R::kReflect, T::kSelf},
    {Code::kReflectAligned, "reflect.aligned", R::kReflect, T::kSelf},
    {Code::kPatternsIndependentFlags, "patterns.independent_flags", R::kEvalPatterns, T::kPattern},
    {Code::kPatternsSingleSource, "patterns.single_source", R::kEvalPatterns, T::kPattern},
    {Code::kPatternsMostlyVerbal, "patterns.mostly_verbal", R::kEvalPatterns, T::kPromises},
    {Code::kPatternsConsistent, "patterns.consistent", R::kEvalPatterns, T::kPattern},
    {Code::kMindsetInvitation, "mindset.invitation", R::kMindset, T::kReminder},
    {Code::kMindsetProtectDirection, "mindset.protect_direction", R::kMindset, T::kReminder},
    {Code::kMindsetFitOverUrgency, "mindset.fit_over_urgency", R::kMindset, T::kReminder},
    {Code::kMindsetDeliberateYes, "mindset.deliberate_yes", R::kMindset, T::kReminder},
    {Code::kMindsetThinOptions, "mindset.thin_options", R::kMindset, T::kReminder},
    {Code::kMindsetIntentional, "mindset.intentional", R::kMindset, T::kReminder},
};

static_assert(std::size(kRules) == kRuleCount, "one RuleProperties per RuleId");
static_assert(std::size(kCodes) == kCodeCount, "one CodeProperties per Code");

// The tables are indexed by the enums: each row must sit at its enum's position.
constexpr bool InOrder() {
  for (int i = 0; i < kRuleCount; ++i) {
    if (static_cast<int>(kRules[i].id) != i) return false;
  }
  for (int i = 0; i < kCodeCount; ++i) {
    if (static_cast<int>(kCodes[i].code) != i) return false;
  }
  return true;
}
static_assert(InOrder(), "registry rows follow the enum order");

}  // namespace

const RuleProperties& Properties(RuleId rule) { return kRules[static_cast<int>(rule)]; }
const CodeProperties& Properties(Code code) { return kCodes[static_cast<int>(code)]; }
std::span<const RuleProperties> AllRuleProperties() { return kRules; }
std::span<const CodeProperties> AllCodeProperties() { return kCodes; }

std::string_view ToString(RuleId rule) { return Properties(rule).name; }
std::string_view ToString(Code code) { return Properties(code).name; }

std::string_view ToString(Topic topic) {
  switch (topic) {
    case Topic::kGates: return "gates";
    case Topic::kPay: return "pay";
    case Topic::kMarket: return "market";
    case Topic::kRole: return "role";
    case Topic::kWorkload: return "workload";
    case Topic::kDeadline: return "deadline";
    case Topic::kStart: return "start";
    case Topic::kPromises: return "promises";
    case Topic::kProgression: return "progression";
    case Topic::kInterviews: return "interviews";
    case Topic::kContract: return "contract";
    case Topic::kScam: return "scam";
    case Topic::kSelf: return "self";
    case Topic::kAlternatives: return "alternatives";
    case Topic::kTrajectory: return "trajectory";
    case Topic::kPattern: return "pattern";
    case Topic::kReminder: return "reminder";
  }
  return "self";
}

std::optional<RuleId> RuleIdFromName(std::string_view name) {
  for (const RuleProperties& r : kRules) {
    if (r.name == name) return r.id;
  }
  return std::nullopt;
}

std::optional<Code> CodeFromName(std::string_view name) {
  for (const CodeProperties& c : kCodes) {
    if (c.name == name) return c.code;
  }
  return std::nullopt;
}

}  // namespace walkaway::core
