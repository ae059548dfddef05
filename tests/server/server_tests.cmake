walkaway_add_tests(walkaway_server_tests
  server/api_test.cc
  server/guard_test.cc
)
# The tests call the guard and the API directly, through src/server's private headers.
target_include_directories(walkaway_server_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(walkaway_server_tests PRIVATE walkaway::server walkaway::io walkaway::decide walkaway::judge
                                                    nlohmann_json::nlohmann_json)

# A real server in a child process (build/bin/walkaway), spoken to over sockets.
walkaway_add_tests(walkaway_live_server_tests
  server/live_server_test.cc
  server/server_process.cc
)
add_dependencies(walkaway_live_server_tests walkaway)
