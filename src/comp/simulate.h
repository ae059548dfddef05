#pragma once

// Runs the paths of one job plan and summarises them per year: structure of arrays (one float per
// path per year), buffers reused between runs, no allocation per path, the same draws in the same
// order for a given seed and stream.

#include <cstdint>
#include <string>
#include <vector>

#include "comp/job_plan.h"
#include "comp/quantile.h"
#include "walkaway/core/pay_projection.h"
#include "walkaway/tax/rules.h"

namespace walkaway::comp {

struct SimWorkspace {
  std::vector<float> totals;   // years x paths, year-major
  std::vector<float> horizon;  // per path, the sum over the years
  // For take-home pay only (empty otherwise), years x paths, in cents of the job's own currency (the tax
  // tables'), converted as the paths are made: each path's taxable pay paid through the year (salary,
  // RSU vests), in one lump (bonus, sign-on, option gains), and its pre-tax pension saving (a share of
  // the salary; left empty when there is none).
  bool want_taxable = false;
  double taxable_scale = 100;  // cents of the job's currency per unit of the candidate's: 100 / fx
  double pretax_share = 0;
  std::vector<core::Money> regular;
  std::vector<core::Money> lump;
  std::vector<core::Money> pretax;
  std::vector<core::Money> net;     // one year's take-home per path, reused
  std::vector<float> net_units;     // the same in the candidate's currency, for the quantiles
  std::vector<double> net_horizon;  // per path, the sum over the years
  QuantileSelector selector;
};

// What take-home pay needs besides the paths: the rules of the place, the person's pre-tax pension
// saving as a share of salary, and what to say about the tables' year.
struct TakeHomeInput {
  const tax::PlaceRules* rules = nullptr;
  double pretax_share = 0;
  std::vector<std::string> caveats{};
};

// REQUIRES: plan.years not empty, paths >= 1. With `take_home`, each year gets its take-home figures
// (or the projection says why not: see core::PayProjection::tax_unavailable).
core::PayProjection Simulate(const JobPlan& plan, int paths, uint64_t seed, uint64_t stream, core::Date start,
                             SimWorkspace& ws, const TakeHomeInput* take_home = nullptr);

}  // namespace walkaway::comp
