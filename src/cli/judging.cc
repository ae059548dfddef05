// The services a judgement uses (walkaway/judge/judge.h), opened the way every command opens them:
// the market index from WALKAWAY_DATA_DIR or the built-in data folder, the lexicon from --lexicon,
// WALKAWAY_LEXICON_DIR or the built-in one, its compiled database cached.

#include <algorithm>
#include <filesystem>

#include "cli/commands.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/market/loader.h"

namespace walkaway::cli {
namespace {

bool HasDocumentText(const core::Case& c) {
  return std::any_of(c.offers.begin(), c.offers.end(), [](const core::Offer& o) {
    return std::any_of(o.documents.begin(), o.documents.end(),
                       [](const core::Document& d) { return !d.text.empty(); });
  });
}

// An offer the market can place: a title, a country and a base.
bool HasLocatableOffer(const core::Case& c) {
  return std::any_of(c.offers.begin(), c.offers.end(),
                     [](const core::Offer& o) { return !o.title.empty() && !o.country.empty() && o.base; });
}

core::Error LexiconError(const core::Error& cause, const std::filesystem::path& dir) {
  core::Error e = core::Error::Io("cannot load the lexicon needed to read this case's documents (" +
                                  cause.ToString() + ")");
  e.hint = "the lexicon folder was " + dir.string() +
           "; point --lexicon or WALKAWAY_LEXICON_DIR at a folder of lexicon *.toml files";
  return e;
}

}  // namespace

std::filesystem::path DataDir(const Environment& env) {
  if (const char* dir = env.Var("WALKAWAY_DATA_DIR")) return dir;
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

core::Result<std::unique_ptr<JudgingServices>> OpenServices(const core::Case& c, const LexiconChoice& lexicon,
                                                            std::ostream& err, const Environment& env) {
  auto services = std::make_unique<JudgingServices>();
  // The index is read only when some offer can be placed; a missing or broken index means no
  // market position, never an error (docs/market.md).
  if (HasLocatableOffer(c)) {
    if (core::Result<market::MarketIndex> index = market::LoadMarketIndex((DataDir(env) / "market").string())) {
      services->index = std::move(*index);
      services->market = std::make_unique<market::IndexLookup>(*services->index);
    }
  }
  if (!HasDocumentText(c)) return services;
  const std::filesystem::path dir = LexiconDir(lexicon.dir, env);
  core::Result<scan::Scanner> scanner = scan::Scanner::Open(dir, LexiconCacheDir(lexicon.no_cache, env), &io::ReadLexiconDir);
  if (!scanner) return LexiconError(scanner.error(), dir);
  if (!scanner->build_info().note.empty()) err << "walkaway: note: " << scanner->build_info().note << "\n";
  services->scanner = std::make_unique<scan::Scanner>(std::move(*scanner));
  core::Result<std::unique_ptr<scan::LexiconScanner>> reader = scan::LexiconScanner::Create(*services->scanner);
  if (!reader) return reader.error();
  services->lexicon = std::move(*reader);
  return services;
}

}  // namespace walkaway::cli
