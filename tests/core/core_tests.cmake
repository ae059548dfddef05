walkaway_add_tests(walkaway_core_tests
  core/date_test.cc
  core/money_test.cc
  core/text_match_test.cc
  core/metrics_test.cc
)
target_link_libraries(walkaway_core_tests PRIVATE rapidcheck_gtest rapidcheck)
