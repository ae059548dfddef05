#pragma once

// `walkaway compare`: several offers compared robustly (docs/compare.md). The pipeline:
//   1. every offer evaluated (core::Evaluate with the inputs of decide::InputGatherer); offers that
//      WALK AWAY because a non-negotiable fails are out ("gates first");
//   2. Pareto filter over the criteria;
//   3. an additive value model over ten criteria, each scored from the case's facts;
//   4. SMAA-2: rank acceptability, central weights, confidence, pairwise winning indices;
//   5. weight-stability intervals and the smallest weight change that flips the winner;
//   6. TOPSIS as a cross-check;
//   7. a close call when the leaders are within the noise.
// Pure apart from what InputGatherer reads (the market index); same case, date and seed give the
// same comparison.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/result.h"
#include "walkaway/decide/inputs.h"
#include "walkaway/decide/mcda.h"

namespace walkaway::decide {

enum class Criterion {
  kPay,
  kGrowth,
  kFlexibility,
  kWorkload,
  kCulture,
  kStability,
  kMission,
  kLocation,
  kBenefits,
  kLearning,
};
inline constexpr int kCriterionCount = 10;

std::string_view ToString(Criterion criterion);  // "pay", "growth", ...
// A criterion's name or one of its documented aliases ("compensation" -> pay); empty if unknown.
std::optional<Criterion> ParseCriterion(std::string_view name);
// "pay, growth, ..." for error messages.
std::string CriterionNames();

// The weights of the value model and what SMAA may vary.
struct WeightModel {
  std::array<double, kCriterionCount> weights{};  // sum to 1
  WeightSpace space{};                              // ordinal information for SMAA
  std::string source{};                             // "rank", "weights" or "equal"
};
// From candidate.priorities (docs/compare.md): explicit weights (normalised; unnamed criteria get
// 0) take precedence over a ranking (rank-order centroid over all ten criteria, the unranked ones
// tied last and sharing the remaining weight equally); neither = equal weights. Errors name the
// field: an unknown or repeated criterion, weights that sum to zero.
core::Result<WeightModel> ResolveWeights(const core::Priorities& priorities);

struct CompareOptions {
  int draws = 10'000;
  uint64_t seed = 20'261'121;
  // Close call (docs/compare.md): the top two first-rank acceptabilities closer than this ...
  double close_margin = 0.10;
  // ... or the leader's confidence factor below this.
  double min_confidence = 0.80;
};
inline constexpr int kMinDraws = 100;
inline constexpr int kMaxDraws = 1'000'000;

// One criterion of one offer: the value band and how it was derived, in words.
struct CriterionScore {
  Band value{};
  bool known = false;  // false: no fact about it; the band is wide and the point neutral
  std::string basis{};
};

// How money becomes value (docs/compare.md): log utility between fixed anchors.
struct PayAnchors {
  double reference = 0;  // yearly, candidate currency units
  double worst = 0;      // value 0
  double ideal = 0;      // value 1
  std::string source{};  // "current job", "total_min", "base_min", "offers' median"
};

struct OfferOutcome {
  std::string id{};
  std::string company{};
  std::string title{};
  core::Decision decision = core::Decision::kNotYet;
  std::string gate_reason{};   // non-empty: out at the gates, with the failed non-negotiable
  std::string dominated_by{};  // non-empty: out at the Pareto filter, with the dominating offer's id
  std::optional<double> pay_p10{}, pay_p50{}, pay_p90{};  // yearly average over the horizon
  std::array<CriterionScore, kCriterionCount> scores{};
  double score = 0;  // point weighted sum
};

struct Comparison {
  core::Date as_of{};
  int horizon_years = 0;
  std::vector<OfferOutcome> offers{};  // every offer, in case order
  std::vector<int> compared{};         // indices into offers that passed gates and Pareto
  WeightModel weights{};
  PayAnchors pay{};
  CompareOptions options{};
  // Over the compared offers only (alternative k = offers[compared[k]]).
  ValueMatrix matrix{};
  std::optional<SmaaResult> smaa{};            // when two or more offers are compared
  std::vector<StabilityInterval> stability{};  // for the winner, per criterion
  std::optional<MinimumChange> minimum_change{};
  std::optional<TopsisResult> topsis{};
  std::optional<double> kendall_tau{};  // WSM order vs TOPSIS order
  bool topsis_agrees = true;            // same winner
  int winner = -1;       // index into offers: the top point score among the compared; -1 if none
  int smaa_leader = -1;  // index into offers: the highest first-rank acceptability
  bool close_call = false;
  std::string close_reason{};
  std::string headline{};
};

// REQUIRES: c passed ValidateCase. Errors: fewer than two offers ("offers"), bad priorities
// (field paths under "candidate.priorities"), draws outside [kMinDraws, kMaxDraws] ("--draws").
core::Result<Comparison> CompareOffers(const core::Case& c, core::Date today, const CompareOptions& options,
                                       InputGatherer& gatherer);

}  // namespace walkaway::decide
