#pragma once

// `walkaway compare`: several offers compared robustly (docs/compare.md). The pipeline:
//   1. every offer evaluated (by Judge, which calls this); offers that WALK AWAY because a
//      non-negotiable fails are out ("gates first");
//   2. Pareto filter over the criteria;
//   3. an additive value model over ten criteria, each scored from the case's facts;
//   4. SMAA-2: rank acceptability, central weights, confidence, pairwise winning indices;
//   5. weight-stability intervals and the smallest weight change that flips the winner;
//   6. TOPSIS as a cross-check;
//   7. a close call when the leaders are within the noise.
// Pure: the same case, evaluation and seed give the same comparison.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/comparison.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/result.h"
#include "walkaway/decide/mcda.h"

namespace walkaway::decide {

// The value types of a comparison are the core's (walkaway/core/comparison.h).
using core::Comparison;
using core::CompareOptions;
using core::Criterion;
using core::CriterionNames;
using core::CriterionScore;
using core::kCriterionCount;
using core::kMaxDraws;
using core::kMinDraws;
using core::OfferOutcome;
using core::ParseCriterion;
using core::PayAnchors;
using core::ToString;
using core::WeightModel;

// From candidate.priorities (docs/compare.md): explicit weights (normalised; unnamed criteria get
// 0) take precedence over a ranking (rank-order centroid over all ten criteria, the unranked ones
// tied last and sharing the remaining weight equally); neither = equal weights. Errors name the
// field: an unknown or repeated criterion, weights that sum to zero.
core::Result<WeightModel> ResolveWeights(const core::Priorities& priorities);

// REQUIRES: c passed ValidateCase; `evaluation` has every offer of c, in order; `projections` are
// the pay model's (matched by job_id) and `current` the current job's. Errors: fewer than two
// offers ("offers"), bad priorities (field paths under "candidate.priorities"), draws outside
// [kMinDraws, kMaxDraws] ("--draws").
core::Result<Comparison> CompareOffers(const core::Case& c, const core::Evaluation& evaluation,
                                       const std::vector<core::PayProjection>& projections,
                                       const std::optional<core::PayProjection>& current,
                                       const CompareOptions& options);

}  // namespace walkaway::decide
