#include "walkaway/decide/inputs.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "walkaway/comp/projection.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::decide {
namespace {

bool CanLocate(const core::Offer& o) { return !o.title.empty() && !o.country.empty() && o.base.has_value(); }

// Where each offer's base sits in the market (docs/market.md), for SIGN-PAY.
std::vector<core::MarketPosition> LocateOffers(const core::Case& c, const market::MarketIndex& index) {
  std::vector<core::MarketPosition> out;
  for (const core::Offer& o : c.offers) {
    if (!CanLocate(o)) continue;
    std::string country = o.country;
    for (char& ch : country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const std::string& currency = o.currency.empty() ? c.candidate.currency : o.currency;
    const market::MarketPosition p = market::Locate(index, o.title, country, *o.base, currency);
    core::MarketPosition m;
    m.offer_id = o.id;
    m.comparable = p.status == market::MarketStatus::kFound;
    m.reason = p.reason;
    m.percentile = p.percentile.value;
    m.bound = p.percentile.bound == market::PercentileBound::kBelowLowest    ? core::MarketPosition::Bound::kBelowLowest
              : p.percentile.bound == market::PercentileBound::kAboveHighest ? core::MarketPosition::Bound::kAboveHighest
                                                                            : core::MarketPosition::Bound::kWithin;
    m.summary = market::DescribePosition(p);
    out.push_back(std::move(m));
  }
  return out;
}

std::string OfferPath(size_t offer_index) { return "offers[" + std::to_string(offer_index) + "]"; }

// The lexicon's hits on every offer's documents, as plain core data. Negated hits are kept: the
// rules never count them, but they stay visible to anyone reading the inputs.
std::vector<core::PhraseSignal> ScanDocuments(const core::Case& c, const scan::Scanner& scanner,
                                              scan::Scanner::Scratch& scratch) {
  std::vector<core::PhraseSignal> out;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const core::Offer& offer = c.offers[i];
    for (size_t k = 0; k < offer.documents.size(); ++k) {
      const core::Document& document = offer.documents[k];
      if (document.text.empty()) continue;
      core::Result<scan::ScanResult> result = scanner.Scan(document.text, scratch);
      if (!result) continue;  // only texts of 2 GiB and more; see inputs.h
      for (const scan::ScanHit& hit : result->hits) {
        core::PhraseSignal s;
        s.offer_id = offer.id;
        s.document_index = static_cast<int>(k);
        s.document_kind = document.kind;
        s.field_path = OfferPath(i) + ".documents[" + std::to_string(k) + "].text";
        s.entry_id = hit.entry->id;
        s.category = hit.entry->category;
        s.rule_id = hit.entry->rule_id;
        s.severity = hit.entry->severity;
        s.explanation = hit.entry->explanation;
        s.phrase = document.text.substr(hit.begin, hit.end - hit.begin);
        s.sentence = hit.sentence;
        s.line = hit.line;
        s.column = hit.column;
        s.negated = hit.negated;
        out.push_back(std::move(s));
      }
    }
  }
  return out;
}

bool HasDocumentText(const core::Case& c) {
  return std::any_of(c.offers.begin(), c.offers.end(), [](const core::Offer& o) {
    return std::any_of(o.documents.begin(), o.documents.end(),
                       [](const core::Document& d) { return !d.text.empty(); });
  });
}

}  // namespace

struct InputGatherer::State {
  const scan::Scanner* scanner = nullptr;
  std::shared_ptr<scan::Scanner::Scratch> scratch{};
  bool index_read = false;
  std::optional<market::MarketIndex> index{};
  const market::MarketIndex* Index() {
    if (!index_read) {
      index_read = true;
      core::Result<market::MarketIndex> loaded = market::LoadMarketIndex(market::MarketDataDirFromEnvironment());
      if (loaded) index = std::move(*loaded);
    }
    return index ? &*index : nullptr;
  }
};

InputGatherer::InputGatherer() : state_(std::make_unique<State>()) {}
InputGatherer::~InputGatherer() = default;

core::Status InputGatherer::ScanDocumentsWith(const scan::Scanner& scanner) {
  core::Result<std::shared_ptr<scan::Scanner::Scratch>> scratch = scanner.NewScratch();
  if (!scratch) return scratch.error();
  state_->scanner = &scanner;
  state_->scratch = std::move(*scratch);
  return core::Ok{};
}

core::EvaluationInputs InputGatherer::Gather(const core::Case& c, core::Date today) {
  core::EvaluationInputs inputs;
  inputs.offers = comp::ProjectOffers(c, today);
  if (c.candidate.situation.current.base) {
    comp::Projector projector(c);
    if (core::Result<core::PayProjection> current = projector.Current(today)) inputs.current = std::move(*current);
  }
  // The index is read only when some offer has a title, a country and a base.
  if (std::any_of(c.offers.begin(), c.offers.end(), CanLocate)) {
    if (const market::MarketIndex* index = state_->Index()) inputs.market = LocateOffers(c, *index);
  }
  if (state_->scanner != nullptr && HasDocumentText(c)) {
    inputs.phrases = ScanDocuments(c, *state_->scanner, *state_->scratch);
  }
  return inputs;
}

core::EvaluationInputs GatherInputs(const core::Case& c, core::Date today) {
  InputGatherer gatherer;
  return gatherer.Gather(c, today);
}

}  // namespace walkaway::decide
