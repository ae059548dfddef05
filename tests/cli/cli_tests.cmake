walkaway_add_tests(walkaway_cli_tests
  cli/examples_test.cc
  cli/run_test.cc
  cli/evaluate_market_test.cc
)
target_link_libraries(walkaway_cli_tests PRIVATE walkaway_cli walkaway::io nlohmann_json::nlohmann_json)
