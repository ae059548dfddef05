#pragma once

// Take-home pay of every simulated path (docs/tax.md, "In the pay model"): each year's taxable pay,
// converted to the job's currency, through tax::TakeHomeBatch, and the year's P10/P50/P90 with the
// same quantile selector as gross pay.

#include <cstddef>

#include "comp/job_plan.h"
#include "comp/simulate.h"
#include "walkaway/core/pay_projection.h"

namespace walkaway::comp {

// REQUIRES: ws.regular, ws.lump (and ws.pretax with a pension share) filled for `years` x `paths`
// (SimWorkspace::want_taxable), out.years holding those years with their parts, in.rules set. Sets every
// year's take_home, the horizon's total_take_home_p10/p50/p90 and out.tax; on a failure (a path's pay out of the tables' range) sets
// out.tax_unavailable instead and no year keeps a take-home figure.
void AddTakeHome(const JobPlan& plan, const TakeHomeInput& in, size_t years, size_t paths, SimWorkspace& ws,
                 core::PayProjection& out);

}  // namespace walkaway::comp
