#pragma once

// The compiled lexicon. Build() compiles every entry into one Hyperscan database (case-insensitive,
// whole words), or loads it from the on-disk cache keyed by the lexicon's hash; Scan() reports each
// hit with its sentence, line, column and whether it is negated ("no unlimited PTO").
//
// Bytes, not characters: the database is compiled without HS_FLAG_UTF8, so any byte string is a
// valid input (Hyperscan's behaviour on invalid UTF-8 under that flag is undefined). Bytes >= 0x80
// count as word characters when checking boundaries, so "café" is one word; every sentence handed
// back is valid UTF-8 (bad bytes become U+FFFD). Thread safety: one Scanner is shared by all
// threads; each thread needs its own Scratch.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/scan/lexicon.h"

namespace walkaway::scan {

// A text's hits stop at this many (the rest are counted in ScanResult::dropped): a 16 MiB line of
// "fast-paced fast-paced ..." must not build a million-element report.
inline constexpr size_t kMaxHitsPerText = 1000;
// The quoted sentence keeps at most this many bytes on each side of the hit.
inline constexpr size_t kMaxSentenceSide = 240;

struct ScanHit {
  const LexiconEntry* entry = nullptr;
  size_t begin = 0;  // byte offsets of the match in the scanned text
  size_t end = 0;
  int line = 0;      // 1-based
  int column = 0;    // 1-based, in bytes from the line start (as core::FindPhrases)
  bool negated = false;
  std::string sentence{};  // the whole sentence, whitespace collapsed, "..." where it was cut
};

struct ScanResult {
  std::vector<ScanHit> hits{};  // by position, then lexicon order
  size_t dropped = 0;           // hits past kMaxHitsPerText
};

// How Build() got its database, for `walkaway scan --verbose` and the tests.
struct BuildInfo {
  bool from_cache = false;
  std::filesystem::path cache_file{};  // empty when caching is off
  std::string note{};                  // e.g. "cache file was corrupt; rebuilt"
};

// WALKAWAY_CACHE_DIR, else $XDG_CACHE_HOME/walkaway, else $HOME/.cache/walkaway; empty when none
// is set. Arguments are the environment values (nullptr when unset) so tests need no setenv.
std::filesystem::path DefaultCacheDir(const char* walkaway_cache_dir, const char* xdg_cache_home,
                                      const char* home);

// The Hyperscan expression for an entry: literals are escaped, spaces match any whitespace run,
// '-' matches a hyphen, a space or nothing, and an apostrophe matches ' or ’.
std::string ExpressionFor(const LexiconEntry& entry);

class Scanner {
 public:
  class Scratch;

  // Compiles the lexicon or loads its cached database from cache_dir (empty: no cache). A pattern
  // Hyperscan rejects fails the build with the entry id and file:line. A corrupt or stale cache
  // file is ignored, rebuilt and rewritten; a cache that cannot be written is only a note.
  static core::Result<Scanner> Build(Lexicon lexicon, const std::filesystem::path& cache_dir);

  // Reads the lexicon in `lexicon_dir` (with `read_lexicon`, e.g. io::ReadLexiconDir) and builds it,
  // caching the parsed lexicon together with the databases in one file keyed by the hash of the
  // *.toml files' names and bytes. With a warm cache no TOML is parsed: the cold-start path of the
  // CLI. An empty cache_dir means read and compile, as Build().
  using LexiconReader = core::Result<Lexicon> (*)(const std::filesystem::path& dir);
  static core::Result<Scanner> Open(const std::filesystem::path& lexicon_dir, const std::filesystem::path& cache_dir,
                                    LexiconReader read_lexicon);

  Scanner(Scanner&&) noexcept;
  Scanner& operator=(Scanner&&) noexcept;
  ~Scanner();

  const Lexicon& lexicon() const;
  const BuildInfo& build_info() const;

  // Every string an entry whose pattern is a finite language stands for (lower case, one space for
  // any whitespace run), by entry: what `walkaway scan --phrases` prints and what the benchmark
  // script gives grep. Entries left as regexes have none.
  struct LiteralString {
    const LexiconEntry* entry = nullptr;
    std::string_view text{};
  };
  std::vector<LiteralString> literal_strings() const;

  // Scratch space for one thread. Fails only when memory runs out.
  core::Result<std::shared_ptr<Scratch>> NewScratch() const;  // shared_ptr: Scratch stays opaque

  // Every hit in `text`, any bytes. Fails (kTooLarge) only for texts of 2 GiB and more.
  core::Result<ScanResult> Scan(std::string_view text, Scratch& scratch) const;

 private:
  struct State;
  explicit Scanner(std::unique_ptr<State> state);
  // Compiles state->lexicon and caches it under `key` when cache_dir is set.
  static core::Result<Scanner> Compile(std::unique_ptr<State> state, uint64_t key,
                                       const std::filesystem::path& cache_dir);
  std::unique_ptr<State> state_;
};

}  // namespace walkaway::scan
