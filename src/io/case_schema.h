#pragma once

// The keys of the case file, table by table: the one list the decoder checks unknown keys against
// and KnownFieldPaths() walks, so the two cannot drift apart. docs/case.schema.json is kept in sync
// with it by a test.

#include <span>
#include <string_view>

namespace walkaway::io {

enum class Shape {
  kValue,      // a scalar (string, number, bool, date, money)
  kTable,      // a table with the fixed keys in `children`
  kList,       // an array of scalars
  kTableList,  // an array of tables with the keys in `children`
  kMap,        // a free-form table: any key, scalar values
  kDocument,   // a path string, an array of them, or a table {path} / {text}
};

struct Field {
  std::string_view key;
  Shape shape = Shape::kValue;
  std::span<const Field> children = {};
};

inline constexpr Field kNonNegotiablesFields[] = {
    {"base_min"},        {"total_min"},           {"work_mode"},
    {"max_office_days"}, {"locations", Shape::kList}, {"max_weekly_hours"},
    {"max_commute_minutes"}, {"must_have", Shape::kList}, {"deal_breakers", Shape::kList},
    {"growth", Shape::kList},
};
inline constexpr Field kPrioritiesFields[] = {{"rank", Shape::kList}, {"weights", Shape::kMap}};
inline constexpr Field kGoalsFields[] = {
    {"horizon_years"}, {"target_title"}, {"target_total"}, {"skills", Shape::kList}};
inline constexpr Field kCurrentJobFields[] = {{"title"},        {"base"},           {"bonus"},
                                              {"weekly_hours"}, {"commute_minutes"}, {"office_days"}};
inline constexpr Field kPipelineFields[] = {{"company"}, {"stage"}, {"updated"}};
inline constexpr Field kSituationFields[] = {
    {"employed"},         {"current", Shape::kTable, kCurrentJobFields}, {"runway_months"},
    {"months_searching"}, {"pipeline", Shape::kTableList, kPipelineFields}};
inline constexpr Field kCandidateFields[] = {
    {"name"},
    {"currency"},
    {"non_negotiables", Shape::kTable, kNonNegotiablesFields},
    {"priorities", Shape::kTable, kPrioritiesFields},
    {"goals", Shape::kTable, kGoalsFields},
    {"situation", Shape::kTable, kSituationFields},
};

inline constexpr Field kReflectionFields[] = {
    {"excited"},        {"feeling"},            {"accept_without_timing_worry"}, {"felt_respected"},
    {"moves_toward_goals"}, {"gut"},            {"leaning"},                     {"notes"},
};

inline constexpr Field kBonusFields[] = {{"target_pct"}, {"guaranteed"}};
inline constexpr Field kSignOnFields[] = {{"amount"}, {"clawback_months"}};
inline constexpr Field kVestingFields[] = {
    {"years"}, {"cliff_months"}, {"every_months"}, {"yearly_pct", Shape::kList}};
inline constexpr Field kEquityFields[] = {
    {"kind"}, {"grant"}, {"vesting", Shape::kTable, kVestingFields}, {"refreshers_written"}};
inline constexpr Field kWorkFields[] = {{"mode"},    {"office_days"},            {"expected_weekly_hours"},
                                        {"on_call"}, {"on_call_hours_per_week"}, {"commute_minutes"}};
inline constexpr Field kProgressionFields[] = {{"ladder_shared"},
                                               {"review_cycle_months"},
                                               {"promotion_criteria_written"},
                                               {"mentorship"},
                                               {"learning_budget"}};
inline constexpr Field kNegotiationFields[] = {{"status"}, {"notes"}};
// Each key is also the Document::kind of the documents it names.
inline constexpr Field kDocumentsFields[] = {
    {"offer_letter", Shape::kDocument},       {"job_post", Shape::kDocument},
    {"recruiter_messages", Shape::kDocument}, {"interview_notes", Shape::kDocument},
    {"other", Shape::kDocument},
};
inline constexpr Field kDocumentSourceFields[] = {{"path"}, {"text"}};
inline constexpr Field kClaimFields[] = {{"topic"},   {"value"},  {"source"}, {"stage"},
                                         {"written"}, {"amount"}, {"date"}};
inline constexpr Field kInterviewFields[] = {{"stage"},
                                             {"date"},
                                             {"with"},
                                             {"scheduled_minutes"},
                                             {"actual_minutes"},
                                             {"tags", Shape::kList},
                                             {"notes"}};
inline constexpr Field kOfferFields[] = {
    {"id"},
    {"company"},
    {"title"},
    {"industry"},
    {"location"},
    {"currency"},
    {"exchange_rate"},
    {"received"},
    {"deadline"},
    {"extension"},
    {"extended_to"},
    {"base"},
    {"bonus", Shape::kTable, kBonusFields},
    {"sign_on", Shape::kTable, kSignOnFields},
    {"equity", Shape::kTable, kEquityFields},
    {"benefits", Shape::kList},
    {"pto_days"},
    {"work", Shape::kTable, kWorkFields},
    {"progression", Shape::kTable, kProgressionFields},
    {"negotiation", Shape::kTable, kNegotiationFields},
    {"documents", Shape::kTable, kDocumentsFields},
    {"claims", Shape::kTableList, kClaimFields},
    {"interviews", Shape::kTableList, kInterviewFields},
    {"reflection", Shape::kTable, kReflectionFields},
    {"notes"},
};

inline constexpr Field kRubricFields[] = {
    {"pay_negotiable_pct"},   {"pay_walk_pct"},         {"hours_structural_pct"},
    {"min_decision_days"},    {"vague_share_major_pct"}, {"hourly_drop_major_pct"},
};

inline constexpr Field kCaseFields[] = {
    {"version"},
    {"as_of"},
    {"candidate", Shape::kTable, kCandidateFields},
    {"offers", Shape::kTableList, kOfferFields},
    {"reflection", Shape::kTable, kReflectionFields},
    {"rubric", Shape::kTable, kRubricFields},
};

}  // namespace walkaway::io
