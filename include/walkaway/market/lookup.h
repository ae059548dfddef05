#pragma once

// The market index as the judgement's MarketLookup service (walkaway/core/services.h): where an
// offer's base sits for its title and country, or "no comparable data" with the reason.

#include <string_view>

#include "walkaway/core/services.h"
#include "walkaway/market/market.h"

namespace walkaway::market {

class IndexLookup : public core::MarketLookup {
 public:
  // `index` is not owned: it must outlive this lookup.
  explicit IndexLookup(const MarketIndex& index) : index_(index) {}
  // Empty when the offer has no title or country to look it up by.
  std::optional<core::MarketPosition> Locate(const core::Offer& offer, core::Money annual,
                                             std::string_view currency) const override;

 private:
  const MarketIndex& index_;
};

}  // namespace walkaway::market
