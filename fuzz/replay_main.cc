// A main() for the fuzz targets when they are built without libFuzzer (the ordinary gcc build): it
// feeds every file named on the command line, or found in a named folder, to LLVMFuzzerTestOneInput
// once. CTest runs it over the saved corpus and regression inputs (FuzzReplay.*), so `make test`
// compiles every target against today's headers and replays every input a past fuzzing run kept,
// instead of that drift surfacing only in scripts/fuzz-ci's clang build.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Defined by the targets that build something once per process (fuzz_repo_scanner.h); weak so the
// others link without it.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

bool RunOne(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
    return false;
  }
  const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize != nullptr) LLVMFuzzerInitialize(&argc, &argv);
  size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      if (ec) {
        std::fprintf(stderr, "replay: cannot list %s: %s\n", argv[i], ec.message().c_str());
        return 2;
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        if (!RunOne(f)) return 2;
        ++inputs;
      }
    } else if (std::filesystem::exists(arg, ec)) {
      if (!RunOne(arg)) return 2;
      ++inputs;
    }  // a target with no saved regressions names a folder that does not exist: nothing to replay
  }
  std::printf("replay: %zu inputs, no crash\n", inputs);
  return inputs == 0 ? 1 : 0;
}
