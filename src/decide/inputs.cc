#include "walkaway/decide/inputs.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "walkaway/comp/projection.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"

namespace walkaway::decide {
namespace {

bool CanLocate(const core::Offer& o) { return !o.title.empty() && !o.country.empty() && o.base.has_value(); }

// Where each offer's base sits in the market (docs/market.md), for SIGN-PAY.
std::vector<core::MarketPosition> LocateOffers(const core::Case& c) {
  std::vector<core::MarketPosition> out;
  if (std::none_of(c.offers.begin(), c.offers.end(), CanLocate)) return out;
  const core::Result<market::MarketIndex> index = market::LoadMarketIndex(market::MarketDataDirFromEnvironment());
  if (!index) return out;
  for (const core::Offer& o : c.offers) {
    if (!CanLocate(o)) continue;
    std::string country = o.country;
    for (char& ch : country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const std::string& currency = o.currency.empty() ? c.candidate.currency : o.currency;
    const market::MarketPosition p = market::Locate(*index, o.title, country, *o.base, currency);
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

core::EvaluationInputs GatherInputs(const core::Case& c, core::Date today) {
  core::EvaluationInputs inputs;
  inputs.offers = comp::ProjectOffers(c, today);
  if (c.candidate.situation.current.base) {
    comp::Projector projector(c);
    if (core::Result<core::PayProjection> current = projector.Current(today)) inputs.current = std::move(*current);
  }
  inputs.market = LocateOffers(c);
  return inputs;
}

}  // namespace walkaway::decide
