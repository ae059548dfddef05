#pragma once

// The repo's lexicon (data/lexicon), built once per fuzzing process with exactly the database
// `walkaway scan` uses. Compiling it under AddressSanitizer takes over ten seconds (every malloc is
// recorded), so the targets build it in LLVMFuzzerInitialize, before libFuzzer's per-input timer
// starts, and keep the compiled database in the build folder's cache (the same cache code path the
// CLI takes), which makes every later start fast.

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "walkaway/io/lexicon_file.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::fuzz {

struct RepoScanner {
  scan::Scanner scanner;
  std::shared_ptr<scan::Scanner::Scratch> scratch;
};

inline RepoScanner& Repo() {
  static RepoScanner* repo = [] {
    core::Result<scan::Lexicon> lexicon = io::ReadLexiconDir(WALKAWAY_LEXICON_DIR);
    if (!lexicon) {
      std::fprintf(stderr, "fuzz: %s\n", lexicon.error().ToString().c_str());
      std::abort();
    }
    core::Result<scan::Scanner> built = scan::Scanner::Build(std::move(*lexicon), WALKAWAY_FUZZ_CACHE_DIR);
    if (!built) {
      std::fprintf(stderr, "fuzz: %s\n", built.error().ToString().c_str());
      std::abort();
    }
    core::Result<std::shared_ptr<scan::Scanner::Scratch>> scratch = built->NewScratch();
    if (!scratch) std::abort();
    return new RepoScanner{std::move(*built), std::move(*scratch)};
  }();
  return *repo;
}

}  // namespace walkaway::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)walkaway::fuzz::Repo();
  return 0;
}
