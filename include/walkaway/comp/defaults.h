#pragma once

// Every default parameter of the pay model, in one struct whose values live in one file
// (src/comp/defaults.cc), each with its public source in docs/pay-model.md. A case overrides them
// in its [model] table or per offer; ResolveDefaults applies the [model] table.

#include <array>
#include <cstdint>
#include <string_view>

#include "walkaway/core/case.h"

namespace walkaway::comp {

enum class Stage { kSeed, kSeriesA, kSeriesB, kSeriesC, kSeriesD };
inline constexpr int kStageCount = 5;

// Per year, while the company is at this stage.
struct StageOdds {
  double raise;  // raises its next round (and moves one stage on)
  double exit;   // is acquired or goes public
  double fail;   // shuts down
  double next_round_dilution;  // dilution of the round that leaves this stage
  double preferred_share;      // share of the company held by preferred stock when joining
  double fmv_to_preferred;     // 409A common price as a share of the preferred price
};

struct ModelDefaults {
  int horizon_years;
  int paths;
  uint64_t seed;
  double merit_raise_pct;
  double bonus_spread_pct;     // one standard deviation of the payout, % of target
  double bonus_no_payout_pct;  // chance a discretionary bonus pays nothing
  double bonus_max_pct;        // payout cap, % of target
  double volatility_pct;       // public stock, yearly
  double drift_pct;            // public stock expected yearly return
  double round_step_up;        // company value multiple from one round to the next
  double exit_multiple_median; // exit value / last post-money value
  double exit_multiple_spread; // sigma of its logarithm
  double preference_multiple;
  int exit_within_years;
  core::Money retirement_comp_limit;  // pay counted for a match, per year
  core::Money negotiation_typical;    // what a negotiation gains on average, per year
  int working_weeks;                  // per year, before PTO
  std::array<StageOdds, kStageCount> stages;
};

// The built-in defaults (src/comp/defaults.cc).
const ModelDefaults& BuiltInDefaults();

// The built-in defaults with the case's [model] overrides applied.
ModelDefaults ResolveDefaults(const core::ModelSettings& settings);

// "seed", "series_a", ... ; false for an unknown name.
bool ParseStage(std::string_view name, Stage& out);

// Bounds on the simulation size: above kMaxPaths a run would take seconds.
inline constexpr int kMinPaths = 100;
inline constexpr int kMaxPaths = 2'000'000;

}  // namespace walkaway::comp
