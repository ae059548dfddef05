walkaway_add_tests(walkaway_rules_signs_tests
  core/rules/eval_nonneg_test.cc
  core/rules/sign_role_test.cc
  core/rules/sign_pay_test.cc
  core/rules/sign_progression_test.cc
  core/rules/sign_culture_test.cc
  core/rules/sign_pressure_test.cc
)
