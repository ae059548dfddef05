#pragma once

// `walkaway scan FILE...` and `walkaway scan --jsonl` (docs/scanner.md).

#include <cstddef>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "walkaway/cli/run.h"

namespace walkaway::cli {

struct ScanOptions {
  std::vector<std::string> files{};
  bool jsonl = false;                     // read {"id","text"} lines on `in`, write results on `out`
  int threads = 0;                        // 0: one per hardware thread
  size_t first_line = 1;                  // --jsonl: the number of the first input line
  std::optional<std::string> lexicon{};   // a folder of *.toml; default WALKAWAY_LEXICON_DIR or the repo's
  bool no_cache = false;                  // compile the lexicon every time
  bool verbose = false;                   // say on `err` where the database came from
  bool phrases = false;                   // print every literal string the lexicon stands for
  int input_fd = -1;                      // the descriptor behind `in`, if any: --jsonl maps a regular file
};

// Files larger than this are refused before they are read (docs/scanner.md has the 1 GB case).
inline constexpr size_t kMaxScanFileBytes = 64u << 20;

int RunScan(const ScanOptions& options, std::istream& in, std::ostream& out, std::ostream& err, const Environment& env);

}  // namespace walkaway::cli
