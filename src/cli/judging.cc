#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"
#include "walkaway/io/lexicon_file.h"

namespace walkaway::cli {
namespace {

bool HasDocumentText(const core::Case& c) {
  return std::any_of(c.offers.begin(), c.offers.end(), [](const core::Offer& o) {
    return std::any_of(o.documents.begin(), o.documents.end(),
                       [](const core::Document& d) { return !d.text.empty(); });
  });
}

core::Error LexiconError(const core::Error& cause, const std::filesystem::path& dir) {
  core::Error e = core::Error::Io("cannot load the lexicon needed to read this case's documents (" +
                                  cause.ToString() + ")");
  e.hint = "the lexicon folder was " + dir.string() +
           "; point --lexicon or WALKAWAY_LEXICON_DIR at a folder of lexicon *.toml files";
  return e;
}

}  // namespace

std::filesystem::path LexiconDir(const std::optional<std::string>& option) {
  if (option) return *option;
  const char* env = std::getenv("WALKAWAY_LEXICON_DIR");
  if (env != nullptr && env[0] != '\0') return env;
  return WALKAWAY_DEFAULT_LEXICON_DIR;
}

std::filesystem::path LexiconCacheDir(bool no_cache) {
  if (no_cache) return {};
  return scan::DefaultCacheDir(std::getenv("WALKAWAY_CACHE_DIR"), std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"));
}

core::Result<std::unique_ptr<Judging>> PrepareJudging(const core::Case& c, const std::optional<std::string>& lexicon_dir,
                                                      bool no_cache, std::ostream& err) {
  auto judging = std::make_unique<Judging>();
  if (!HasDocumentText(c)) return judging;
  const std::filesystem::path dir = LexiconDir(lexicon_dir);
  core::Result<scan::Scanner> scanner = scan::Scanner::Open(dir, LexiconCacheDir(no_cache), &io::ReadLexiconDir);
  if (!scanner) return LexiconError(scanner.error(), dir);
  if (!scanner->build_info().note.empty()) err << "walkaway: note: " << scanner->build_info().note << "\n";
  judging->scanner = std::make_unique<scan::Scanner>(std::move(*scanner));
  core::Status ready = judging->gatherer.ScanDocumentsWith(*judging->scanner);
  if (!ready) return ready.error();
  return judging;
}

}  // namespace walkaway::cli
