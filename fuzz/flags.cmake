# WALKAWAY_FUZZ=ON (clang only): every library is built with libFuzzer's coverage instrumentation,
# AddressSanitizer and UndefinedBehaviorSanitizer, so a fuzz target finds bugs in our code, not only
# in its own few lines. Included by the top-level CMakeLists.txt before the source folders.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "WALKAWAY_FUZZ needs clang (libFuzzer): configure with CC=clang-14 CXX=clang++-14")
endif()
set(WALKAWAY_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer -gline-tables-only)
add_compile_options(${WALKAWAY_FUZZ_FLAGS})
add_link_options(-fsanitize=address,undefined)
