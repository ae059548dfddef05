#pragma once

// The tax rules a pay projection needs, by place, profile and year (docs/tax.md, "Wiring"). The pay
// model asks a RulesSource rather than reading files, so it stays pure; the library's Engine makes
// one from the data folder, tests make one from tables in memory.

#include <memory>
#include <mutex>
#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/tax/rules.h"
#include "walkaway/tax/tables.h"

namespace walkaway::tax {

class RulesSource {
 public:
  virtual ~RulesSource() = default;
  // The rules of `place` from the tables of `year`, or of the latest earlier year the source holds
  // (PlaceRules::year says which; the caller says so to the person). Errors: kNotFound "no tax data
  // for <place> <year>" (no tables that early, or none for the place); kInvalidInput for a profile
  // that does not fit the place.
  virtual core::Result<std::shared_ptr<const PlaceRules>> Rules(const Place& place, const TaxProfile& profile,
                                                                int year) const = 0;
};

// Over tables already read: builds each place's rules once, under the given policy for flagged
// figures, and keeps them. Pure; safe to call from several threads.
class TablesSource final : public RulesSource {
 public:
  TablesSource(std::vector<TaxTables> years, FlaggedValues flagged);
  core::Result<std::shared_ptr<const PlaceRules>> Rules(const Place& place, const TaxProfile& profile,
                                                        int year) const override;

 private:
  struct Entry {
    Place place;
    TaxProfile profile;
    int year = 0;
    core::Result<std::shared_ptr<const PlaceRules>> rules;
  };
  std::vector<TaxTables> years_;  // newest first
  FlaggedValues flagged_;
  mutable std::mutex mu_;
  mutable std::vector<Entry> built_;
};

}  // namespace walkaway::tax
