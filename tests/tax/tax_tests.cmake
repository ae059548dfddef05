# Take-home pay (src/tax, docs/tax.md): hand-worked cases per jurisdiction against the shipped 2026 tables,
# every error path, the residence table, and RapidCheck properties.
walkaway_add_tests(walkaway_tax_tests
  tax/batch_test.cc
  tax/ca_test.cc
  tax/de_test.cc
  tax/errors_test.cc
  tax/flags_test.cc
  tax/parse_test.cc
  tax/properties_test.cc
  tax/residence_test.cc
  tax/schedule_test.cc
  tax/uk_test.cc
  tax/us_states_test.cc
  tax/us_test.cc
)
target_link_libraries(walkaway_tax_tests PRIVATE walkaway::tax rapidcheck_gtest rapidcheck)
# parse_test.cc and schedule_test.cc reach the internal TOML/CSV readers and the interpreter in src/tax.
target_include_directories(walkaway_tax_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
