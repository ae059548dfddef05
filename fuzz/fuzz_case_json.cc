// JSON case files: bytes -> io::ParseCase (UTF-8 check, our JSON reader with its depth and value
// caps, decoder, validation) -> Evaluate -> reports.
#include "fuzz_case_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  walkaway::fuzz::FuzzCase(data, size, "case.json", walkaway::io::Format::kJson);
  return 0;
}
