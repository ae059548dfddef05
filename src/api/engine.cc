#include "walkaway/api/engine.h"

#include <algorithm>
#include <utility>

#include "walkaway/io/lexicon_file.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/lookup.h"
#include "walkaway/scan/lexicon_scanner.h"
#include "walkaway/scan/scanner.h"
#include "walkaway/tax/loader.h"
#include "walkaway/tax/source.h"

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

// A job whose pay the model projects: an offer with a base, or the current job with one.
bool HasProjectableJob(const core::Case& c) {
  return c.candidate.situation.current.base ||
         std::any_of(c.offers.begin(), c.offers.end(), [](const core::Offer& o) { return o.base.has_value(); });
}

// The years of tables in a tax folder, from the US federal file of each (us-federal-2026.toml): every
// country's files of a year are read together by LoadTaxTables.
std::vector<int> TaxYears(const std::filesystem::path& dir) {
  std::vector<int> years;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    constexpr std::string_view kPrefix = "us-federal-", kSuffix = ".toml";
    if (name.size() != kPrefix.size() + 4 + kSuffix.size() || name.rfind(kPrefix, 0) != 0 ||
        name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) {
      continue;
    }
    const std::string digits = name.substr(kPrefix.size(), 4);
    if (std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      years.push_back(std::stoi(digits));
    }
  }
  std::sort(years.begin(), years.end());
  return years;
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
  bool tax_tried = false;
  std::unique_ptr<tax::TablesSource> tax{};
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
  if (core::Status tax = PrepareTaxRules(c); !tax) return tax;
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

core::Status Engine::PrepareTaxRules(const core::Case& c) {
  State& s = *state_;
  if (!s.tax_tried && s.options.take_home && HasProjectableJob(c)) {
    // No tax folder: projections keep their gross figures and have no take-home ones. A folder with a
    // broken file is an error: a take-home figure from half the tables would be wrong quietly.
    const std::filesystem::path dir = s.options.data_dir / "tax";
    std::vector<tax::TaxTables> tables;
    for (const int year : TaxYears(dir)) {
      core::Result<tax::TaxTables> t = tax::LoadTaxTables(dir.string(), year);
      if (!t) {
        core::Error e = core::Error::Io("cannot load the tax tables for take-home pay (" + t.error().ToString() + ")");
        e.hint = "the tax folder was " + dir.string() + "; point WALKAWAY_DATA_DIR at a folder holding tax/";
        return e;
      }
      tables.push_back(std::move(*t));
    }
    // Only once the folder is read: a broken file is reported on every call, never once and then quietly.
    s.tax_tried = true;
    if (!tables.empty()) {
      s.tax = std::make_unique<tax::TablesSource>(std::move(tables), tax::FlaggedValues::kUseAndSay);
    }
  }
  return core::Ok{};
}

core::Result<core::Judgement> Engine::Judge(const core::Case& c, core::Date today, const judge::JudgeOptions& options) {
  if (core::Status ready = Prepare(c); !ready) return ready.error();
  return judge::Judge(c, today, {state_->market.get(), state_->lexicon.get(), state_->tax.get()}, options);
}

const tax::RulesSource* Engine::tax_rules() const { return state_->tax.get(); }

}  // namespace walkaway
