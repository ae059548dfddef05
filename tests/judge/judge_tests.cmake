# The judgement service (src/judge): Judge, its input cache, and the negotiation plan through it.
walkaway_add_tests(walkaway_judge_tests
  judge/judge_test.cc
  judge/plan_test.cc
  judge/extreme_case_test.cc
  judge/invariants_test.cc
  support/case_gen.cc
)
target_link_libraries(walkaway_judge_tests PRIVATE walkaway::judge walkaway::decide walkaway::io walkaway::scan
                      rapidcheck_gtest rapidcheck)
target_include_directories(walkaway_judge_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
