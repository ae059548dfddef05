walkaway_add_tests(walkaway_market_tests
  market/loader_test.cc
  market/locate_test.cc
  market/market_cli_test.cc
  market/percentile_test.cc
  market/titles_test.cc
)
# market_cli_test.cc drives `walkaway market` through cli::Run and reads its JSON.
target_link_libraries(walkaway_market_tests PRIVATE
  walkaway::market walkaway_cli nlohmann_json::nlohmann_json)
