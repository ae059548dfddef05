# Decision analysis around the core (src/decide).
walkaway_add_tests(walkaway_decide_tests
  decide/mcda_test.cc
  decide/smaa_pinned_test.cc
  decide/value_model_test.cc
  decide/compare_test.cc
  decide/compare_cli_test.cc
  decide/compare_report_test.cc
)
target_link_libraries(walkaway_decide_tests PRIVATE walkaway::io walkaway::decide walkaway::judge)
target_include_directories(walkaway_decide_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
# compare_cli_test.cc drives `walkaway compare` through the CLI and reads its JSON.
target_link_libraries(walkaway_decide_tests PRIVATE walkaway_cli nlohmann_json::nlohmann_json)
