# Rules BIAS-*, EVAL-INTERVIEW, EVAL-PATTERNS, REFLECT and MINDSET, one file each.
target_sources(walkaway_core PRIVATE
  rules/bias_fix_later.cc
  rules/bias_scarcity.cc
  rules/bias_stress.cc
  rules/bias_title.cc
  rules/bias_vague.cc
  rules/eval_interview.cc
  rules/eval_patterns.cc
  rules/mindset.cc
  rules/reflect.cc
  rules/rule_util.cc
)
