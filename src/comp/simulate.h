#pragma once

// Runs the paths of one job plan and summarises them per year: structure of arrays (one float per
// path per year), buffers reused between runs, no allocation per path, the same draws in the same
// order for a given seed and stream.

#include <cstdint>
#include <vector>

#include "comp/job_plan.h"
#include "comp/quantile.h"
#include "walkaway/core/pay_projection.h"

namespace walkaway::comp {

struct SimWorkspace {
  std::vector<float> totals;   // years x paths, year-major
  std::vector<float> horizon;  // per path, the sum over the years
  QuantileSelector selector;
};

// REQUIRES: plan.years not empty, paths >= 1.
core::PayProjection Simulate(const JobPlan& plan, int paths, uint64_t seed, uint64_t stream, core::Date start,
                             SimWorkspace& ws);

}  // namespace walkaway::comp
