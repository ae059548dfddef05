# Rules SIGN-* and EVAL-NONNEG, one file each.
target_sources(walkaway_core PRIVATE
  rules/eval_nonneg.cc
)
