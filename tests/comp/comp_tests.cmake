# The pay model (src/comp): vesting, clawback, the simulation, its properties, bad input, the CLI.
walkaway_add_tests(walkaway_comp_tests
  comp/projection_pinned_test.cc
  comp/rng_test.cc
  comp/vesting_test.cc
  comp/plan_test.cc
  comp/simulate_test.cc
  comp/properties_test.cc
  comp/bad_input_test.cc
  comp/comp_cli_test.cc
  comp/wiring_test.cc
  comp/extreme_inputs_test.cc
  comp/take_home_test.cc
)
target_link_libraries(walkaway_comp_tests PRIVATE walkaway::comp walkaway::io walkaway_cli
                      nlohmann_json::nlohmann_json rapidcheck_gtest rapidcheck)
# The tests reach the internal plan, quantile and outcome functions in src/comp.
target_include_directories(walkaway_comp_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_include_directories(walkaway_comp_tests SYSTEM PRIVATE ${PCG_INCLUDE_DIR})
