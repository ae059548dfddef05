#include "walkaway/core/field_ref.h"

namespace walkaway::core {

std::string_view FieldName(Field field) {
  switch (field) {
    case Field::kWhole: return "";
    case Field::kTitle: return "title";
    case Field::kLocation: return "location";
    case Field::kColArea: return "col_area";
    case Field::kTermMonths: return "term_months";
    case Field::kIndustry: return "industry";
    case Field::kBenefits: return "benefits";
    case Field::kReceived: return "received";
    case Field::kDeadline: return "deadline";
    case Field::kExtension: return "extension";
    case Field::kExtendedTo: return "extended_to";
    case Field::kBase: return "base";
    case Field::kBonus: return "bonus";
    case Field::kSignOn: return "sign_on";
    case Field::kEquity: return "equity";
    case Field::kPromotion: return "promotion";
    case Field::kWork: return "work";
    case Field::kWorkMode: return "work.mode";
    case Field::kWorkOfficeDays: return "work.office_days";
    case Field::kWorkExpectedWeeklyHours: return "work.expected_weekly_hours";
    case Field::kWorkOnCall: return "work.on_call";
    case Field::kWorkCommuteMinutes: return "work.commute_minutes";
    case Field::kStartDate: return "start_date";
    case Field::kProgression: return "progression";
    case Field::kProgressionLadderShared: return "progression.ladder_shared";
    case Field::kProgressionReviewCycleMonths: return "progression.review_cycle_months";
    case Field::kProgressionPromotionCriteriaWritten: return "progression.promotion_criteria_written";
    case Field::kProgressionMentorship: return "progression.mentorship";
    case Field::kProgressionLearningBudget: return "progression.learning_budget";
    case Field::kClaims: return "claims";
    case Field::kDocuments: return "documents";
    case Field::kInterviews: return "interviews";
    case Field::kReflection: return "reflection";
    case Field::kNotes: return "notes";
    case Field::kValue: return "value";
    case Field::kAmount: return "amount";
    case Field::kText: return "text";
    case Field::kTags: return "tags";
    case Field::kActualMinutes: return "actual_minutes";
    case Field::kExcited: return "excited";
    case Field::kFeeling: return "feeling";
    case Field::kAcceptWithoutTimingWorry: return "accept_without_timing_worry";
    case Field::kFeltRespected: return "felt_respected";
    case Field::kMovesTowardGoals: return "moves_toward_goals";
    case Field::kGut: return "gut";
    case Field::kLeaningAccept: return "leaning_accept";
    case Field::kNonNegotiablesBaseMin: return "candidate.non_negotiables.base_min";
    case Field::kNonNegotiablesTotalMin: return "candidate.non_negotiables.total_min";
    case Field::kCurrentJob: return "candidate.situation.current";
    case Field::kCurrentBase: return "candidate.situation.current.base";
    case Field::kCurrentWeeklyHours: return "candidate.situation.current.weekly_hours";
    case Field::kPipeline: return "candidate.situation.pipeline";
    case Field::kRunwayMonths: return "candidate.situation.runway_months";
    case Field::kGoals: return "candidate.goals";
    case Field::kGoalsTargetTotal: return "candidate.goals.target_total";
    case Field::kCurrentNotice: return "candidate.situation.current.notice";
    case Field::kEarliestStart: return "candidate.situation.earliest_start";
  }
  return "";
}

std::string FieldPath(const FieldRef& ref) {
  std::string out;
  const auto index = [](int i) { return "[" + std::to_string(i) + "]"; };
  switch (ref.scope) {
    case Scope::kCase: break;
    case Scope::kOffer: out = "offers" + index(ref.offer); break;
    case Scope::kClaim: out = "offers" + index(ref.offer) + ".claims" + index(ref.item); break;
    case Scope::kDocument: out = "offers" + index(ref.offer) + ".documents" + index(ref.item); break;
    case Scope::kInterview: out = "offers" + index(ref.offer) + ".interviews" + index(ref.item); break;
    case Scope::kReflection:
      out = ref.offer >= 0 ? "offers" + index(ref.offer) + ".reflection" : std::string("reflection");
      break;
  }
  const std::string_view name = FieldName(ref.field);
  if (!name.empty()) out += (out.empty() ? "" : ".") + std::string(name);
  return out;
}

}  // namespace walkaway::core
