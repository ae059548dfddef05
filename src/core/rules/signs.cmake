# Rules SIGN-* and EVAL-NONNEG, one file each.
target_sources(walkaway_core PRIVATE
  rules/eval_nonneg.cc
  rules/sign_culture.cc
  rules/sign_pay.cc
  rules/sign_pressure.cc
  rules/sign_progression.cc
  rules/sign_role.cc
)
