walkaway_add_tests(walkaway_report_tests
  report/draft_test.cc
  report/text_report_test.cc
  report/visible_controls_test.cc
  report/wrap_test.cc
)
target_link_libraries(walkaway_report_tests PRIVATE walkaway::report)
