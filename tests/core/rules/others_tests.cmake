walkaway_add_tests(walkaway_rules_others_tests
  core/rules/bias_fix_later_test.cc
  core/rules/bias_scarcity_test.cc
  core/rules/bias_stress_test.cc
  core/rules/bias_title_test.cc
  core/rules/bias_vague_test.cc
  core/rules/eval_interview_test.cc
  core/rules/eval_patterns_test.cc
  core/rules/mindset_test.cc
  core/rules/reflect_test.cc
  core/rules/rule_util_test.cc
)
# rule_util_test.cc tests the private helpers in src/core/rules/rule_util.h.
target_include_directories(walkaway_rules_others_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
