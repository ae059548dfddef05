#include "walkaway/api/engine.h"

#include <algorithm>
#include <utility>

#include "walkaway/io/lexicon_file.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/lookup.h"
#include "walkaway/scan/lexicon_scanner.h"
#include "walkaway/scan/scanner.h"

namespace walkaway {
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

struct Engine::State {
  EngineOptions options;
  bool market_tried = false;
  std::optional<market::MarketIndex> index{};
  std::unique_ptr<market::IndexLookup> market{};  // points into `index`
  std::unique_ptr<scan::Scanner> scanner{};
  std::unique_ptr<scan::LexiconScanner> lexicon{};  // points at `scanner`
  std::string note{};
};

Engine::Engine(EngineOptions options) : state_(std::make_unique<State>()) { state_->options = std::move(options); }
Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

const std::string& Engine::note() const { return state_->note; }

core::Status Engine::Prepare(const core::Case& c) {
  State& s = *state_;
  if (!s.market_tried && HasLocatableOffer(c)) {
    s.market_tried = true;
    if (core::Result<market::MarketIndex> index = market::LoadMarketIndex((s.options.data_dir / "market").string())) {
      s.index = std::move(*index);
      s.market = std::make_unique<market::IndexLookup>(*s.index);
    }
  }
  if (!s.lexicon && HasDocumentText(c)) {
    const std::filesystem::path dir = s.options.lexicon_dir.value_or(s.options.data_dir / "lexicon");
    core::Result<scan::Scanner> scanner = scan::Scanner::Open(dir, s.options.cache_dir, &io::ReadLexiconDir);
    if (!scanner) return LexiconError(scanner.error(), dir);
    s.note = scanner->build_info().note;
    s.scanner = std::make_unique<scan::Scanner>(std::move(*scanner));
    core::Result<std::unique_ptr<scan::LexiconScanner>> reader = scan::LexiconScanner::Create(*s.scanner);
    if (!reader) return reader.error();
    s.lexicon = std::move(*reader);
  }
  return core::Ok{};
}

core::Result<core::Judgement> Engine::Judge(const core::Case& c, core::Date today, const judge::JudgeOptions& options) {
  if (core::Status ready = Prepare(c); !ready) return ready.error();
  return judge::Judge(c, today, {state_->market.get(), state_->lexicon.get()}, options);
}

}  // namespace walkaway
