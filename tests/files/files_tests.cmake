# The file system layer (src/files): whole-file writes under crashes, mapped input.
walkaway_add_tests(walkaway_files_tests
  files/atomic_file_test.cc
  files/mapped_input_test.cc
)
target_link_libraries(walkaway_files_tests PRIVATE walkaway::files)
