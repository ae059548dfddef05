#include "walkaway/decide/inputs.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "walkaway/comp/projection.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"

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

}  // namespace

struct InputGatherer::State {
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
  return inputs;
}

core::EvaluationInputs GatherInputs(const core::Case& c, core::Date today) {
  InputGatherer gatherer;
  return gatherer.Gather(c, today);
}

}  // namespace walkaway::decide
