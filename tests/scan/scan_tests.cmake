walkaway_add_tests(walkaway_scan_tests
  scan/compact_text_test.cc
  scan/hardening_regressions_test.cc
  scan/hit_context_test.cc
  scan/json_unescape_test.cc
  scan/jsonl_test.cc
  scan/lexicon_examples_test.cc
  scan/lexicon_misses_test.cc
  scan/lexicon_file_test.cc
  scan/literal_expansion_test.cc
  scan/pipeline_test.cc
  scan/scan_command_test.cc
  scan/scanner_test.cc
  scan/text_prep_test.cc
  scan/word_anchors_test.cc
)
target_link_libraries(walkaway_scan_tests PRIVATE walkaway::scan walkaway::io walkaway_cli nlohmann_json::nlohmann_json)
# The hit-context test reaches into src/scan; the command test into src/cli.
target_include_directories(walkaway_scan_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_compile_definitions(walkaway_scan_tests PRIVATE
  WALKAWAY_LEXICON_DIR="${PROJECT_SOURCE_DIR}/data/lexicon")
