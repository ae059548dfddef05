#include "walkaway/market/lookup.h"

#include <cctype>
#include <string>

namespace walkaway::market {

std::optional<core::MarketPosition> IndexLookup::Locate(const core::Offer& offer, core::Money annual,
                                                        std::string_view currency) const {
  if (offer.title.empty() || offer.country.empty()) return std::nullopt;
  std::string country = offer.country;
  for (char& ch : country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const MarketPosition p = market::Locate(index_, offer.title, country, annual, currency);
  core::MarketPosition m;
  m.offer_id = offer.id;
  m.comparable = p.status == MarketStatus::kFound;
  m.reason = p.reason;
  m.percentile = p.percentile.value;
  m.bound = p.percentile.bound == PercentileBound::kBelowLowest    ? core::MarketPosition::Bound::kBelowLowest
            : p.percentile.bound == PercentileBound::kAboveHighest ? core::MarketPosition::Bound::kAboveHighest
                                                                   : core::MarketPosition::Bound::kWithin;
  m.summary = DescribePosition(p);
  return m;
}

}  // namespace walkaway::market
