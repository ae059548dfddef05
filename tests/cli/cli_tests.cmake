walkaway_add_tests(walkaway_cli_tests
  cli/atomic_write_crash_test.cc
  cli/draft_cli_test.cc
  cli/evaluate_documents_test.cc
  cli/examples_test.cc
  cli/init_test.cc
  cli/realistic_cases_test.cc
  cli/run_test.cc
  cli/scan_stdin_test.cc
  cli/evaluate_market_test.cc
  cli/evaluate_jsonl_test.cc
  cli/command_line_test.cc
)
target_link_libraries(walkaway_cli_tests PRIVATE walkaway_cli walkaway::io nlohmann_json::nlohmann_json)
# init_test.cc drives the interview through its src/cli headers and sends SIGINT to the built binary.
target_include_directories(walkaway_cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
add_dependencies(walkaway_cli_tests walkaway walkaway_with_faults)

# The CLI with a fault-injecting write observer, for the crash tests only.
add_executable(walkaway_with_faults support/walkaway_with_faults.cc)
target_link_libraries(walkaway_with_faults PRIVATE walkaway_cli walkaway::io walkaway_test_support)
walkaway_set_warnings(walkaway_with_faults)
