#pragma once

// One job's projection as a JSON object: shared by `walkaway comp --format json` (one per job) and
// the evaluation JSON (one per offer), so both carry the same fields in the same units.

#include <nlohmann/json.hpp>

#include "walkaway/core/pay_projection.h"

namespace walkaway::io {

// Every figure per year, the horizon totals and a chart-ready series; money in minor units (cents)
// of the projection's currency (the candidate's).
nlohmann::json ProjectionJobJson(const core::PayProjection& projection);

}  // namespace walkaway::io
