# Decision analysis around the core (src/decide).
walkaway_add_tests(walkaway_decide_tests
  decide/inputs_test.cc
)
target_link_libraries(walkaway_decide_tests PRIVATE walkaway::decide)
target_include_directories(walkaway_decide_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
