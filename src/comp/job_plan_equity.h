#pragma once

// Equity side of a job plan: units vesting per year (refreshers included only when written) and
// how a unit is valued (quoted value, public price path, or private-company outcome).

#include "comp/job_plan.h"

namespace walkaway::comp {

// Fills plan.years[*].equity_units / exercise_cost and the plan's equity model for
// c.offers[offer_index]; `fx` converts the offer's currency into the candidate's.
core::Status AddEquity(const core::Case& c, size_t offer_index, core::Date start, const ModelDefaults& d,
                       double fx, JobPlan& plan);

}  // namespace walkaway::comp
