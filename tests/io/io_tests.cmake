walkaway_add_tests(walkaway_io_tests
  io/bad_files_test.cc
  io/bounds_test.cc
  io/case_file_errors_test.cc
  io/case_file_fear_test.cc
  io/case_file_tax_test.cc
  io/case_file_notice_test.cc
  io/case_file_limits_test.cc
  io/case_file_test.cc
  io/case_json_test.cc
  io/case_writer_test.cc
  io/evaluation_json_test.cc
  io/io_internals_test.cc
  io/schema_sync_test.cc
  io/validate_test.cc
)
target_link_libraries(walkaway_io_tests PRIVATE walkaway::io walkaway::comp nlohmann_json::nlohmann_json)
# The internals test reaches into src/io for the UTF-8, depth and suggestion helpers.
target_include_directories(walkaway_io_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
