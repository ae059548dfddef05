#pragma once

// The pay projections as JSON (`walkaway comp --format json`, docs/pay-model.md): every figure of
// every year, the horizon totals, and a chart-ready series per job. Money is in minor units
// (cents) of the top-level currency, as in the evaluation JSON.

#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/pay_projection.h"

namespace walkaway::io {

inline constexpr std::string_view kProjectionSchema = "walkaway.pay_projection/1";

struct ProjectionJsonOptions {
  std::string case_path{};
  std::string version{};
  std::string currency{};
  int horizon_years = 0;
};

std::string ProjectionsToJson(const std::vector<core::PayProjection>& jobs, const ProjectionJsonOptions& options);

}  // namespace walkaway::io
