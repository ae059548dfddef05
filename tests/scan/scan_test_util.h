#pragma once

// Shared by the scan tests: the repo's lexicon compiled once per binary, and small lexicons.

#include <gtest/gtest.h>

#include <string>

#include "walkaway/io/lexicon_file.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::scan::testing {

// The repo's data/lexicon, compiled without the cache; aborts the test on failure.
inline const Scanner& RepoScanner() {
  static const Scanner* scanner = [] {
    core::Result<Lexicon> lexicon = io::ReadLexiconDir(WALKAWAY_LEXICON_DIR);
    if (!lexicon) {
      ADD_FAILURE() << lexicon.error().ToString();
      std::abort();
    }
    core::Result<Scanner> built = Scanner::Build(std::move(*lexicon), {});
    if (!built) {
      ADD_FAILURE() << built.error().ToString();
      std::abort();
    }
    return new Scanner(std::move(*built));
  }();
  return *scanner;
}

inline LexiconEntry Entry(std::string id, std::string pattern, bool regex = false) {
  LexiconEntry e;
  e.id = std::move(id);
  e.pattern = std::move(pattern);
  e.is_regex = regex;
  e.category = "test";
  e.rule = core::RuleId::kBiasVague;
  e.location = core::SourceLocation{"test.toml", 7, 0};
  return e;
}

inline Scanner BuildOrDie(std::vector<LexiconEntry> entries, const std::filesystem::path& cache = {}) {
  Lexicon lexicon;
  lexicon.entries = std::move(entries);
  lexicon.content_hash = 42;
  core::Result<Scanner> built = Scanner::Build(std::move(lexicon), cache);
  if (!built) {
    ADD_FAILURE() << built.error().ToString();
    std::abort();
  }
  return std::move(*built);
}

inline ScanResult ScanOrDie(const Scanner& scanner, std::string_view text) {
  auto scratch = scanner.NewScratch();
  EXPECT_TRUE(scratch.has_value());
  core::Result<ScanResult> result = scanner.Scan(text, **scratch);
  EXPECT_TRUE(result.has_value());
  return result ? std::move(*result) : ScanResult{};
}

}  // namespace walkaway::scan::testing
