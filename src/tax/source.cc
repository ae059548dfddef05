#include "walkaway/tax/source.h"

#include <algorithm>
#include <string>

namespace walkaway::tax {

TablesSource::TablesSource(std::vector<TaxTables> years, FlaggedValues flagged)
    : years_(std::move(years)), flagged_(flagged) {
  std::sort(years_.begin(), years_.end(), [](const TaxTables& a, const TaxTables& b) { return a.year > b.year; });
}

core::Result<std::shared_ptr<const PlaceRules>> TablesSource::Rules(const Place& place, const TaxProfile& profile,
                                                                    int year) const {
  std::lock_guard<std::mutex> lock(mu_);
  for (const Entry& e : built_) {
    if (e.year == year && e.place == place && e.profile == profile) return e.rules;
  }
  // Tables of a later year than asked are never used: a 2025 start date gets no 2026 rates.
  const auto tables = std::find_if(years_.begin(), years_.end(), [&](const TaxTables& t) { return t.year <= year; });
  core::Result<std::shared_ptr<const PlaceRules>> out =
      core::Error::NotFound("no tax data for " + PlaceName(place) + " " + std::to_string(year));
  if (tables != years_.end()) {
    core::Result<PlaceRules> rules = BuildPlaceRules(*tables, place, profile, flagged_);
    if (rules) {
      out = std::make_shared<const PlaceRules>(std::move(*rules));
    } else {
      out = rules.error();
    }
  }
  built_.push_back(Entry{place, profile, year, out});
  return out;
}

}  // namespace walkaway::tax
