# The extractors (src/core/extract): one table-driven file per family, plus the wiring into rules.
walkaway_add_tests(walkaway_extract_tests
  core/extract/claims_test.cc
  core/extract/dates_test.cc
  core/extract/money_test.cc
  core/extract/terms_test.cc
)
