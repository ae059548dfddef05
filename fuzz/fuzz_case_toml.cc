// TOML case files: bytes -> io::ParseCase (UTF-8 check, toml++, depth cap, decoder, validation)
// -> Evaluate -> reports. toml++ 3.3 has reached undefined behaviour on invalid UTF-8 (STACK.md).
#include "fuzz_case_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  walkaway::fuzz::FuzzCase(data, size, "case.toml", walkaway::io::Format::kToml);
  return 0;
}
