walkaway_add_tests(walkaway_store_tests
  store/workspace_test.cc
)
find_package(SQLite3 REQUIRED)
# The test makes foreign and future-version files with SQLite directly.
target_link_libraries(walkaway_store_tests PRIVATE walkaway::store SQLite::SQLite3)
