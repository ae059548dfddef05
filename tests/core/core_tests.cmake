walkaway_add_tests(walkaway_core_tests
  core/date_test.cc
  core/notice_test.cc
  core/money_test.cc
  core/money_regressions_test.cc
  core/text_match_test.cc
  core/metrics_test.cc
  core/decision_test.cc
  core/evaluate_test.cc
  core/extreme_case_test.cc
  core/alternatives_test.cc
  core/facts_test.cc
  core/sentences_test.cc
  core/trajectory_test.cc
)
target_link_libraries(walkaway_core_tests PRIVATE rapidcheck_gtest rapidcheck)

# One file per rule, like src/core/rules/.
walkaway_add_tests(walkaway_rules_tests
  core/rules/bias_fix_later_test.cc
  core/rules/bias_scarcity_test.cc
  core/rules/bias_stress_test.cc
  core/rules/bias_title_test.cc
  core/rules/bias_vague_test.cc
  core/rules/contract_test.cc
  core/rules/document_signals_test.cc
  core/rules/eval_fear_test.cc
  core/rules/eval_interview_test.cc
  core/rules/eval_longterm_test.cc
  core/rules/eval_nonneg_test.cc
  core/rules/eval_patterns_test.cc
  core/rules/mindset_test.cc
  core/rules/reflect_test.cc
  core/rules/rule_util_test.cc
  core/rules/scam_test.cc
  core/rules/sign_culture_test.cc
  core/rules/sign_pay_test.cc
  core/rules/sign_pay_market_test.cc
  core/rules/sign_pay_after_tax_test.cc
  core/rules/sign_pressure_test.cc
  core/rules/sign_progression_test.cc
  core/rules/sign_role_test.cc
)
# rule_util_test.cc tests the private helpers in src/core/rules/rule_util.h.
target_include_directories(walkaway_rules_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
include(core/extract/extract_tests.cmake)
