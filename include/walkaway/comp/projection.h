#pragma once

// The pay model's entry point: year-by-year projections of each offer and of the current job, with
// the floor, P10/P50/P90 and the guaranteed vs at-risk split (docs/pay-model.md). Pure computation:
// no I/O, no clock (the caller passes the date), randomness only from a seeded pcg64, so the same
// case, date and seed always give the same figures.

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "walkaway/comp/defaults.h"
#include "walkaway/core/case.h"
#include "walkaway/core/pay_projection.h"
#include "walkaway/core/result.h"

namespace walkaway::tax {
class RulesSource;
}

namespace walkaway::comp {

// Command-line overrides of the case's [model] settings, and where take-home pay's tax rules come from.
struct ProjectionOptions {
  std::optional<int> years{};
  std::optional<int> paths{};
  std::optional<uint64_t> seed{};
  // Not owned; null: no take-home figures. With it, every job the rules can place gets take-home pay per
  // year (core::YearFigures::take_home) and one it cannot says why (core::PayProjection::tax_unavailable).
  const tax::RulesSource* tax = nullptr;
};

// Holds the simulation buffers, so projecting several jobs allocates once.
class Projector {
 public:
  // REQUIRES: c passed ValidateCase.
  Projector(const core::Case& c, const ProjectionOptions& options = {});
  ~Projector();
  Projector(const Projector&) = delete;
  Projector& operator=(const Projector&) = delete;

  // The settings in force; an error names the bad override ("--years", "--paths").
  core::Status Check() const;
  const ModelDefaults& defaults() const { return defaults_; }
  // With ProjectionOptions::tax: take-home per year where the place is known (see ProjectionOptions).

  // offers[index] from its start_date, else from `today`.
  core::Result<core::PayProjection> Offer(size_t index, core::Date today);
  // The current job, from `today`.
  core::Result<core::PayProjection> Current(core::Date today);

 private:
  struct Workspace;
  const core::Case& case_;
  ModelDefaults defaults_;
  core::Status status_;
  const tax::RulesSource* tax_ = nullptr;
  std::unique_ptr<Workspace> ws_;
};

// Every offer that can be projected, in case order (for Evaluate); offers the model cannot project
// (no base, no exchange rate) are left out, and the rules fall back to their simple figures.
std::vector<core::PayProjection> ProjectOffers(const core::Case& c, core::Date today);

}  // namespace walkaway::comp
