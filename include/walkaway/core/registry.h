#pragma once

// The registry of rules and finding codes: one list, with the properties the rest of the engine
// reads instead of comparing strings. A rule id ("SIGN-PAY") and a finding code
// ("pay.below_floor_negotiable") are names for files and reports; inside the engine they are the
// enums below, and what a code means for the verdict (counts or not, what it is about) is a
// property here, never a test of its spelling.

#include <optional>
#include <span>
#include <string_view>

namespace walkaway::core {

// One per part of the framework (DESIGN.md §1), in report order.
enum class RuleId : unsigned char {
  kEvalNonneg,
  kScam,
  kSignRole,
  kSignPay,
  kContract,
  kSignProgression,
  kSignCulture,
  kSignPressure,
  kBiasFixLater,
  kBiasScarcity,
  kBiasVague,
  kBiasTitle,
  kBiasStress,
  kEvalInterview,
  kEvalLongterm,
  kEvalFear,
  kReflect,
  kEvalPatterns,
  kMindset,
};
inline constexpr int kRuleCount = static_cast<int>(RuleId::kMindset) + 1;

// What a finding is about: one fact of the job or of the person's situation. Two findings about
// the same fact are one concern stated twice, whatever rule or channel raised them.
enum class Topic : unsigned char {
  kGates,         // a non-negotiable as a whole
  kPay,           // the money offered against floors and the current job
  kMarket,        // where the pay sits in the market
  kRole,          // what the job is: title, scope, the versions of a term people gave
  kWorkload,      // hours, on-call, stress, pay per hour worked
  kDeadline,      // the time given to decide
  kStart,         // when the job would start, against when the person is free
  kPromises,      // what was said and whether it is written
  kProgression,   // ladder, criteria, reviews, promotion promises
  kInterviews,    // how the process treated the person
  kContract,      // clauses of the written terms
  kScam,          // signs that the job is not real
  kSelf,          // the person's own reflection and notes
  kAlternatives,  // the odds of other offers
  kTrajectory,    // where the role leads
  kPattern,       // EVAL-PATTERNS' own conclusions
  kReminder,      // MINDSET's reminders
};

// Every finding code, grouped by rule. Each one's name, rule and topic are a row of registry.cc's
// table, which follows this order (checked at compile time).
enum class Code : unsigned short {
  // EVAL-NONNEG
  kNonnegUnknown,
  kNonnegFailNegotiable,
  kNonnegFailCloseCall,
  kNonnegFail,
  kNonnegAllPass,
  kNonnegNoneSet,
  // SCAM
  kScamBlocker,
  kScamPattern,
  kScamSignal,
  kScamWeakSignal,
  // SIGN-ROLE
  kRoleNoClaims,
  kRoleDrift,
  kRoleConsistent,
  // SIGN-PAY
  kPayNoExchangeRate,
  kPayNoBase,
  kPayBelowFloorNegotiable,
  kPayBelowFloorCloseCall,
  kPayBelowFloorWalk,
  kPayBelowFloorRefused,
  kPayTotalBelowFloorNegotiable,
  kPayTotalBelowFloorCloseCall,
  kPayTotalBelowFloorWalk,
  kPayTotalBelowFloorRefused,
  kPayFloorAtRisk,
  kPayCurrentUnknown,
  kPayCutVsCurrent,
  kPayClearlyAbove,
  kPayTakeHomeVsCurrent,
  kPayMarketNoData,
  kPayMarketLow,
  kPayMarketPosition,
  kPayMarketAboveMedian,
  // CONTRACT
  kContractHoldsDocuments,
  kContractClawback,
  kContractAtWill,
  kContractAtWillClawback,
  kContractNonCompete,
  kContractRestrictiveClause,
  kContractArbitration,
  kContractUnilateralChange,
  kContractUnattachedAgreement,
  kContractReferencedAgreement,
  kContractVesting,
  kContractEntireAgreement,
  kContractUnpaidOvertime,
  kContractTerminationTerms,
  kContractUnpaidWork,
  kContractClause,
  // SIGN-PROGRESSION
  kProgressionOpaque,
  kProgressionUnknown,
  kProgressionPartlyUnknown,
  kProgressionVerbalPromotion,
  kProgressionVaguePhrase,
  kProgressionDocumentSignal,
  kProgressionTransparent,
  // SIGN-CULTURE
  kCultureOneBadInterview,
  kCulturePattern,
  kCultureDismissiveInterview,
  kCultureInconsistent,
  kCultureDocumentSignal,
  kCultureNoJournal,
  kCultureRespectful,
  // SIGN-PRESSURE
  kPressureNoDeadline,
  kPressureDeadlinePassed,
  kPressureDocumentDeadlineEarlier,
  kPressureShortWindow,
  kPressureExtensionRefused,
  kPressureReceivedUnknown,
  kPressureDeadlineNear,
  kPressureExtensionGranted,
  kPressurePhrase,
  kPressureEnoughTime,
  kPressureStartBeforeFree,
  // BIAS-FIX-LATER
  kFixLaterNegotiableTerm,
  kFixLaterPhrase,
  // BIAS-SCARCITY
  kScarcityGutVsLean,
  kScarcityRelief,
  kScarcityTimingWorry,
  kScarcityPhrase,
  kScarcityNoReflection,
  // BIAS-VAGUE
  kVagueUnwrittenValue,
  kVagueUnwrittenValueUnknown,
  kVagueUnwrittenKeyClaims,
  kVaguePayWording,
  kVagueWording,
  kVagueAllWritten,
  // BIAS-TITLE
  kTitleHourlyUnknown,
  kTitleHourlyUp,
  kTitleHourlyDrop,
  kTitleHourlyLower,
  kTitleWorkloadUp,
  // BIAS-STRESS
  kStressPhrase,
  kStressOwnWords,
  kStressNormalising,
  kStressPattern,
  kStressNothingToRead,
  // EVAL-INTERVIEW
  kInterviewRespect,
  kInterviewRespectOnce,
  kInterviewInformation,
  kInterviewConsistency,
  kInterviewUntagged,
  kInterviewAllPositive,
  // EVAL-LONGTERM
  kLongtermNoGoals,
  kLongtermCloser,
  kLongtermFurther,
  kLongtermMixed,
  kLongtermUnclear,
  // EVAL-FEAR
  kFearNoPipeline,
  kFearOdds,
  kFearRunwayUnknown,
  // REFLECT
  kReflectAwayFromGoals,
  kReflectGoalsUnclear,
  kReflectLowExcitement,
  kReflectLowGut,
  kReflectNotRespected,
  kReflectPartlyRespected,
  kReflectUnanswered,
  kReflectMissing,
  kReflectAligned,
  // EVAL-PATTERNS
  kPatternsIndependentFlags,
  kPatternsSingleSource,
  kPatternsMostlyVerbal,
  kPatternsConsistent,
  // MINDSET
  kMindsetInvitation,
  kMindsetProtectDirection,
  kMindsetFitOverUrgency,
  kMindsetDeliberateYes,
  kMindsetThinOptions,
  kMindsetIntentional,
};
inline constexpr int kCodeCount = static_cast<int>(Code::kMindsetIntentional) + 1;

struct RuleProperties {
  RuleId id{};
  std::string_view name;   // "SIGN-ROLE"
  std::string_view title;  // "The role differs from what was described"
  // False for MINDSET: its reminders are shown but never weigh on the verdict, the negotiation
  // plan or EVAL-PATTERNS.
  bool counts_toward_verdict = true;
  // EVAL-PATTERNS and MINDSET run after the others and read what they found; their findings only
  // restate, so neither counts among the independent places of a pattern.
  bool restates = false;
};

struct CodeProperties {
  Code code{};
  std::string_view name;  // "pay.below_floor_negotiable": stable, in the JSON report
  RuleId rule{};
  Topic topic{};
};

const RuleProperties& Properties(RuleId rule);
const CodeProperties& Properties(Code code);
std::span<const RuleProperties> AllRuleProperties();
std::span<const CodeProperties> AllCodeProperties();

std::string_view ToString(RuleId rule);  // "SIGN-ROLE"
std::string_view ToString(Code code);    // "role.drift"
std::string_view ToString(Topic topic);  // "deadline"
inline RuleId RuleOf(Code code) { return Properties(code).rule; }
inline Topic TopicOf(Code code) { return Properties(code).topic; }
inline bool CountsTowardVerdict(RuleId rule) { return Properties(rule).counts_toward_verdict; }

// The rule or code with this name, for files that name them (the lexicon); empty when unknown.
std::optional<RuleId> RuleIdFromName(std::string_view name);
std::optional<Code> CodeFromName(std::string_view name);

}  // namespace walkaway::core
