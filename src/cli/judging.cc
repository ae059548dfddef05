// The engine a command judges with, opened the way every command opens it: the data folder from
// WALKAWAY_DATA_DIR or the built-in one, the lexicon from --lexicon, WALKAWAY_LEXICON_DIR or the
// data folder's, its compiled database cached.

#include <filesystem>

#include "cli/commands.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::cli {

std::filesystem::path DataDir(const Environment& env) {
  if (const char* dir = env.Var("WALKAWAY_DATA_DIR")) return dir;
  if (!env.program_dir.empty()) {
    // An installed binary: <prefix>/bin/walkaway next to <prefix>/share/walkaway/data.
    std::error_code ec;
    const std::filesystem::path installed =
        std::filesystem::path(env.program_dir).parent_path() / "share" / "walkaway" / "data";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return WALKAWAY_DEFAULT_DATA_DIR;
}

std::filesystem::path LexiconDir(const std::optional<std::string>& option, const Environment& env) {
  if (option) return *option;
  if (const char* dir = env.Var("WALKAWAY_LEXICON_DIR")) return dir;
  return DataDir(env) / "lexicon";
}

std::filesystem::path LexiconCacheDir(bool no_cache, const Environment& env) {
  if (no_cache) return {};
  return scan::DefaultCacheDir(env.Var("WALKAWAY_CACHE_DIR"), env.Var("XDG_CACHE_HOME"), env.Var("HOME"));
}

EngineOptions EngineOptionsFor(const LexiconChoice& lexicon, const Environment& env) {
  EngineOptions options;
  options.data_dir = DataDir(env);
  options.lexicon_dir = LexiconDir(lexicon.dir, env);
  options.cache_dir = LexiconCacheDir(lexicon.no_cache, env);
  return options;
}

core::Result<Engine> OpenEngine(const core::Case& c, const LexiconChoice& lexicon, std::ostream& err,
                                const Environment& env) {
  Engine engine(EngineOptionsFor(lexicon, env));
  if (core::Status ready = engine.Prepare(c); !ready) return ready.error();
  if (!engine.note().empty()) err << "walkaway: note: " << engine.note() << "\n";
  return engine;
}

}  // namespace walkaway::cli
