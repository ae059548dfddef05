#pragma once

// The subcommands, one file each. Each returns an exit code and writes only to its streams.

#include <cstddef>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "walkaway/cli/run.h"
#include "walkaway/core/case.h"
#include "walkaway/api/engine.h"
#include "walkaway/io/case_file.h"
#include "walkaway/judge/judge.h"

namespace walkaway::cli {

enum class OutputFormat { kText, kJson, kMarkdown };
enum class ColorMode { kAuto, kAlways, kNever };

struct EvaluateOptions {
  std::string file{};
  std::optional<std::string> offer{};
  OutputFormat format = OutputFormat::kText;
  std::optional<std::string> today{};   // YYYY-MM-DD; overrides the case's as_of
  ColorMode color = ColorMode::kAuto;
  std::optional<std::string> output{};  // write here (atomically) instead of stdout
  bool force = false;                    // replace a read-only output file
  std::optional<std::string> lexicon{}; // the scanner's lexicon folder (default as for `walkaway scan`)
  bool no_cache = false;                // compile the lexicon instead of using the cached database
  bool details = false;                 // text and Markdown: the findings and evidence after the summary
  bool jsonl = false;                   // cases as JSON lines on stdin, judgements as JSON lines out
  int threads = 0;                      // --jsonl workers; 0 = one per core
  size_t first_line = 1;                // --jsonl: the number of the first input line
};

struct ValidateOptions {
  std::string file{};
  OutputFormat format = OutputFormat::kText;
};

int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err, const Environment& env);
// `evaluate --jsonl` (docs/scale.md): one case per line of `in`, one record per line of `out`, in
// input order; a bad line is an error record and the next line is judged. Exit 0 unless the output
// cannot be written (3).
int RunEvaluateJsonl(const EvaluateOptions& options, std::istream& in, std::ostream& out, std::ostream& err,
                     const Environment& env);
int RunValidate(const ValidateOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

// Prints "walkaway: error: ..." (or the JSON error shape) and returns the matching exit code.
int ReportError(const core::Error& error, OutputFormat format, std::ostream& out, std::ostream& err);

// The name that means standard input wherever a command reads a file.
inline constexpr const char* kStandardInput = "-";

// The case of a command: io::ReadCaseFile, or standard input when `file` is "-" (TOML or JSON by
// its first character; documents named by path are read from the current folder).
core::Result<io::LoadedCase> LoadCase(const std::string& file, const Environment& env);

// All of standard input, at most max_bytes (over it: kTooLarge naming `what`); empty when there is none.
core::Result<std::string> ReadStandardInput(const Environment& env, size_t max_bytes, std::string_view what);

// The date a case is judged on: --today when given (an error names "--today" if it is malformed),
// else the case's as_of, else the environment's today.
core::Result<core::Date> JudgementDate(const core::Case& c, const std::optional<std::string>& today_option,
                                       const Environment& env);

// Ok when the case has an offer with this id; else a not-found error on "--offer" that lists the
// ids and suggests the closest one.
core::Status CheckOfferId(const core::Case& c, const std::string& id);

// The folder holding market/, lexicon/ and tax/: WALKAWAY_DATA_DIR, else share/walkaway/data of an
// installed binary's prefix, else the one built in (the source tree's data/ in a build tree).
std::filesystem::path DataDir(const Environment& env);
// Where the lexicon is read from: `option` (--lexicon), else WALKAWAY_LEXICON_DIR, else
// DataDir/lexicon. Shared by `walkaway scan` and the commands that judge offers.
std::filesystem::path LexiconDir(const std::optional<std::string>& option, const Environment& env);
// Where its compiled database is cached (empty = no cache, for --no-cache).
std::filesystem::path LexiconCacheDir(bool no_cache, const Environment& env);

// The lexicon options of the commands that judge offers.
struct LexiconChoice {
  std::optional<std::string> dir{};  // --lexicon
  bool no_cache = false;             // --no-cache
};

// The options of that engine: the data folder, the lexicon and its cache as above.
EngineOptions EngineOptionsFor(const LexiconChoice& lexicon, const Environment& env);

// The engine every command that judges offers opens (walkaway::Engine): the data folder and
// lexicon as above, the compiled lexicon cached unless `no_cache`. Loaded on first need; a note
// about the cache goes to `err`. A lexicon that cannot be read or compiled is an I/O error (exit
// 3): reading the documents without it would silently change the verdict
// (docs/document-signals.md). evaluate, compare and draft all judge through it, so their verdicts
// never differ.
core::Result<Engine> OpenEngine(const core::Case& c, const LexiconChoice& lexicon, std::ostream& err,
                                const Environment& env);

// The case file as a report names it: as the user wrote it, or only its file name when absolute,
// so that a report does not depend on where the files live (nor run past 80 columns there).
std::string CasePathForReport(const std::string& path);

// `status`, unless what was written to `out` did not reach it (a full disk, a closed pipe): then
// the error is said and the exit is 3, as for any failed write (issue #17, item 4).
int Flushed(std::ostream& out, std::ostream& err, int status);

// Where a report goes: stdout, or `path` when given ("-" is stdout). `input` is the case file the
// report was made from, which is never replaced; `force` replaces a read-only file
// (files/report_target.h).
struct Destination {
  std::optional<std::string> path{};
  std::string input{};
  bool force = false;
  // JSON escapes its own controls, and a visible escape such as "\x7F" is not JSON: JSON text is
  // sent as it is. Everything else is for people and shows controls (issue #17, item 3).
  bool json = false;
};

// Sends text to the destination: a file is replaced whole (atomically), a device is written as a
// stream. Exit 2 for a refused target, 3 when the write fails.
int Emit(const std::string& text, const Destination& to, std::ostream& out, std::ostream& err,
         const Environment& env);

inline constexpr const char* kVersion = WALKAWAY_VERSION;

}  // namespace walkaway::cli
