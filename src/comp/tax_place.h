#pragma once

// Which tax rules a job's take-home pay uses (docs/tax.md, "Residence" and "In the pay model"): the
// job's own `tax` place, else its location through the residence table, else where the person lives
// (the case's [tax] place); the person's facts from the job's table over the case's.

#include <memory>
#include <optional>
#include <string>

#include "comp/simulate.h"
#include "walkaway/core/case.h"
#include "walkaway/core/result.h"
#include "walkaway/tax/source.h"

namespace walkaway::comp {

// One job as the tax reads it.
struct JobTaxFacts {
  std::string location{};
  std::string country{};
  const std::optional<core::TaxSetting>* own = nullptr;  // the job's `tax` table
  std::string path{};      // the job's field path: "offers[0]" or "candidate.situation.current"
  std::string currency{};  // the job's own currency
};

// Every explicit tax place and figure in the case is one walkaway knows: an unknown country, region
// or city, a region without its country, a share out of range, is an error at its field (so `walkaway
// validate` reports it). A place the location text cannot give is not an error: the job has no
// take-home figure and says why.
core::Status CheckTaxSettings(const core::Case& c);

// The take-home input of one job starting on `start`, holding the rules it uses (kept alive by `rules`);
// an error's message says why the job has no take-home figure, to show in its place.
struct JobTax {
  std::shared_ptr<const tax::PlaceRules> rules{};
  TakeHomeInput input{};
};
core::Result<JobTax> ResolveJobTax(const core::Case& c, const JobTaxFacts& job, core::Date start,
                                   const tax::RulesSource& source);

}  // namespace walkaway::comp
