#pragma once

// Everything an evaluation needs beyond the case itself, computed by the libraries around the core:
// the pay model's projections (walkaway_comp) and each offer's market position (walkaway_market).
// The CLI's evaluate, compare and negotiation plan all call this one function, so that a verdict
// never depends on which command asked for it.

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::decide {

// Reads the market index once, and only when some offer has a title, a country and a base; a
// missing or broken index means no market position, never an error.
core::EvaluationInputs GatherInputs(const core::Case& c, core::Date today);

}  // namespace walkaway::decide
