#pragma once

// The paths of one job plan (src/comp/simulate_paths.cc): each path's total per year and over the
// horizon, and the sums the means need. Simulate (simulate.cc) turns them into the projection.

#include <array>
#include <cstddef>
#include <cstdint>

#include "comp/job_plan.h"
#include "walkaway/comp/rng.h"
#include "walkaway/comp/simd.h"

namespace walkaway::comp {

constexpr size_t kMaxYears = 10;

struct SimWorkspace;

// Per-year sums over the paths, for the expected value of each part, in path order.
struct PathSums {
  std::array<double, kMaxYears> bonus{};
  std::array<double, kMaxYears> equity{};
  int64_t promoted = 0;
  int64_t equity_zero = 0;
};

// Runs `paths` paths of the plan's first `years` years on rng's stream: ws.totals[y * paths + i] and
// ws.horizon[i] get path i's totals. The same draws in the same order for a given stream, and the
// same sums, whatever `simd` (kPortable: no AVX2 or AVX-512 code, for tests).
// REQUIRES: 1 <= years <= min(kMaxYears, plan.years.size()), paths >= 1, ws sized for them.
PathSums SimulatePaths(const JobPlan& plan, size_t years, size_t paths, Rng& rng, SimWorkspace& ws,
                       Simd simd = Simd::kBest);

}  // namespace walkaway::comp
