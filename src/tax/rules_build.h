#pragma once

// Shared by the per-country builders of rules.cc: the "no tax data" error and the flag policy.

#include <string>
#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/tax/rules.h"

namespace walkaway::tax {

// kNotFound: "no tax data for <place> <year>: <why>".
core::Error NoTaxData(const Place& place, int year, const std::string& why);

// Under kRefuse a stale or missing flag is an error naming it; otherwise each flag becomes a caveat
// (stale ones of one place grouped into one line). Caution flags are always caveats.
core::Status ApplyFlags(const std::vector<Flag>& flags, FlaggedValues policy, const Place& place, int year,
                        std::vector<std::string>& caveats);

core::Result<PlaceRules> BuildUs(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged);
core::Result<PlaceRules> BuildUk(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged);
core::Result<PlaceRules> BuildDe(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged);
core::Result<PlaceRules> BuildCa(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged);

}  // namespace walkaway::tax
