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
// Where and how a job's pay is taxed (`tax = { ... }` on a job, `[tax]` for the case; docs/tax.md).
inline constexpr Field kTaxFields[] = {
    {"country"},      {"region"},   {"city"},          {"filing_status"},         {"student_loan"},
    {"postgraduate_loan"}, {"children"}, {"health_extra_rate_pct"}, {"pretax_retirement_pct"}};
inline constexpr Field kCurrentJobFields[] = {{"title"},        {"base"},           {"bonus"},
                                              {"weekly_hours"}, {"commute_minutes"}, {"office_days"},
                                              {"raise_pct"},    {"location"},       {"country"},
                                              {"tax", Shape::kTable, kTaxFields}, {"notice"}};
inline constexpr Field kPipelineFields[] = {{"company"}, {"stage"}, {"updated"}};
// How the person's past processes ended at each stage (EVAL-FEAR, docs/fear-and-outlook.md).
inline constexpr Field kStageHistoryFields[] = {{"advanced"}, {"ended"}};
inline constexpr Field kHistoryFields[] = {
    {"applied", Shape::kTable, kStageHistoryFields},      {"screen", Shape::kTable, kStageHistoryFields},
    {"interviewing", Shape::kTable, kStageHistoryFields}, {"onsite", Shape::kTable, kStageHistoryFields},
    {"final", Shape::kTable, kStageHistoryFields}};
inline constexpr Field kSituationFields[] = {
    {"employed"},         {"current", Shape::kTable, kCurrentJobFields}, {"runway_months"},
    {"months_searching"}, {"pipeline", Shape::kTableList, kPipelineFields},
    {"history", Shape::kTable, kHistoryFields}, {"earliest_start"}};
inline constexpr Field kCandidateFields[] = {
    {"name"},
    {"currency"},
    {"non_negotiables", Shape::kTable, kNonNegotiablesFields},
    {"priorities", Shape::kTable, kPrioritiesFields},
    {"goals", Shape::kTable, kGoalsFields},
    {"situation", Shape::kTable, kSituationFields},
    {"col_area"},
    {"col_index"},
};

inline constexpr Field kReflectionFields[] = {
    {"excited"},        {"feeling"},            {"accept_without_timing_worry"}, {"felt_respected"},
    {"moves_toward_goals"}, {"gut"},            {"leaning"},                     {"notes"},
};

inline constexpr Field kPayoutFields[] = {{"low_pct"}, {"high_pct"}, {"spread_pct"}};
inline constexpr Field kBonusFields[] = {
    {"target_pct"}, {"guaranteed"}, {"payout", Shape::kTable, kPayoutFields}};
// Also the shape of `relocation`.
inline constexpr Field kSignOnFields[] = {{"amount"}, {"clawback_months"}, {"prorated"}};
inline constexpr Field kCompanyFields[] = {
    {"stage"},        {"raise_odds_pct"},      {"exit_odds_pct"},    {"fail_odds_pct"},
    {"dilution_pct"}, {"preference_multiple"}, {"exit_within_years"}};
inline constexpr Field kPublicStockFields[] = {{"price"}, {"volatility_pct"}, {"drift_pct"}};
inline constexpr Field kPromotionFields[] = {{"probability_pct"}, {"after_months"}, {"raise_pct"}};
inline constexpr Field kBenefitTermsFields[] = {
    {"retirement_match_pct"}, {"retirement_match_limit"}, {"health_premium_diff"}, {"parental_leave_weeks"}};
inline constexpr Field kVestingFields[] = {
    {"years"}, {"cliff_months"}, {"every_months"}, {"yearly_pct", Shape::kList}};
inline constexpr Field kEquityFields[] = {
    {"kind"},
    {"grant"},
    {"vesting", Shape::kTable, kVestingFields},
    {"refreshers_written"},
    {"refresher"},
    {"shares"},
    {"strike"},
    {"fmv"},
    {"preferred_price"},
    {"exercise_window_days"},
    {"company", Shape::kTable, kCompanyFields},
    {"public_stock", Shape::kTable, kPublicStockFields},
};
inline constexpr Field kWorkFields[] = {{"mode"},    {"office_days"},            {"expected_weekly_hours"},
                                        {"on_call"}, {"on_call_hours_per_week"}, {"commute_minutes"},
                                        {"commute_cost_per_trip"}};
inline constexpr Field kProgressionFields[] = {{"ladder_shared"},
                                               {"review_cycle_months"},
                                               {"promotion_criteria_written"},
                                               {"mentorship"},
                                               {"learning_budget"}};
inline constexpr Field kNegotiationFields[] = {{"status"}, {"notes"}, {"cite_other_offers"}};
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
    {"country"},
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
    {"term_months"},
    {"work", Shape::kTable, kWorkFields},
    {"progression", Shape::kTable, kProgressionFields},
    {"negotiation", Shape::kTable, kNegotiationFields},
    {"documents", Shape::kTable, kDocumentsFields},
    {"claims", Shape::kTableList, kClaimFields},
    {"interviews", Shape::kTableList, kInterviewFields},
    {"reflection", Shape::kTable, kReflectionFields},
    {"notes"},
    {"start_date"},
    {"merit_raise_pct"},
    {"promotion", Shape::kTable, kPromotionFields},
    {"relocation", Shape::kTable, kSignOnFields},
    {"benefit_terms", Shape::kTable, kBenefitTermsFields},
    {"col_area"},
    {"col_index"},
    {"tax", Shape::kTable, kTaxFields},
};

inline constexpr Field kRubricFields[] = {
    {"pay_negotiable_pct"},   {"pay_walk_pct"},         {"hours_structural_pct"},
    {"min_decision_days"},    {"vague_share_major_pct"}, {"hourly_drop_major_pct"},
    {"pay_cut_major_pct"},    {"fear_grounded_below_pct"}, {"pay_after_tax"},
};

// The job-search funnel's defaults, per stage (EVAL-FEAR, docs/fear-and-outlook.md).
inline constexpr Field kFunnelStageFields[] = {{"advance_pct"}, {"days"}};
inline constexpr Field kFunnelFields[] = {
    {"applied", Shape::kTable, kFunnelStageFields},      {"screen", Shape::kTable, kFunnelStageFields},
    {"interviewing", Shape::kTable, kFunnelStageFields}, {"onsite", Shape::kTable, kFunnelStageFields},
    {"final", Shape::kTable, kFunnelStageFields}};

inline constexpr Field kModelFields[] = {
    {"horizon_years"},       {"paths"},          {"seed"},           {"merit_raise_pct"},
    {"bonus_spread_pct"},    {"bonus_no_payout_pct"}, {"volatility_pct"}, {"drift_pct"},
    {"dilution_pct"},        {"round_step_up"},  {"exit_multiple_median"}, {"exit_multiple_spread"},
    {"retirement_comp_limit"}, {"negotiation_typical"}, {"funnel", Shape::kTable, kFunnelFields},
};

inline constexpr Field kCaseFields[] = {
    {"version"},
    {"as_of"},
    {"candidate", Shape::kTable, kCandidateFields},
    {"offers", Shape::kTableList, kOfferFields},
    {"reflection", Shape::kTable, kReflectionFields},
    {"rubric", Shape::kTable, kRubricFields},
    {"model", Shape::kTable, kModelFields},
    {"tax", Shape::kTable, kTaxFields},
};

}  // namespace walkaway::io
