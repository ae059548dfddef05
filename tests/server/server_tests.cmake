walkaway_add_tests(walkaway_server_tests
  server/api_test.cc
  server/guard_test.cc
)
# The tests call the guard and the API directly, through src/server's private headers.
target_include_directories(walkaway_server_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(walkaway_server_tests PRIVATE walkaway::server walkaway::io walkaway::decide walkaway::judge
                                                    nlohmann_json::nlohmann_json)
add_dependencies(walkaway_server_tests walkaway)  # ApiTest.ADraftIsTheMessageTheCommandLineWrites runs it

# A real server in a child process (build/bin/walkaway), spoken to over sockets.
walkaway_add_tests(walkaway_live_server_tests
  server/live_server_test.cc
  server/server_process.cc
)
add_dependencies(walkaway_live_server_tests walkaway)

# kill -9 during writes (docs/server.md, "Durability"): 1,000 rounds, about a minute, so its own
# binary, registered by hand to run alone with a longer timeout.
add_executable(walkaway_durability_tests server/durability_test.cc server/server_process.cc)
find_package(SQLite3 REQUIRED)
target_link_libraries(walkaway_durability_tests PRIVATE walkaway_test_support GTest::gtest_main SQLite::SQLite3
                                                        nlohmann_json::nlohmann_json)
target_compile_definitions(walkaway_durability_tests PRIVATE WALKAWAY_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                                             WALKAWAY_BINARY_DIR="${PROJECT_BINARY_DIR}")
walkaway_set_warnings(walkaway_durability_tests)
add_dependencies(walkaway_durability_tests walkaway)
add_test(NAME DurabilityTest.KillNineDuringWritesLosesNoConfirmedChange COMMAND walkaway_durability_tests)
set_tests_properties(DurabilityTest.KillNineDuringWritesLosesNoConfirmedChange PROPERTIES
                     TIMEOUT 1200 RUN_SERIAL TRUE ENVIRONMENT "WALKAWAY_CACHE_DIR=${PROJECT_BINARY_DIR}/test-cache")
