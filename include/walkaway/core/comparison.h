#pragma once

// A comparison of several offers as plain values (docs/compare.md): the criteria, the value matrix
// with its bands, the weights, and what SMAA-2, the stability analysis and TOPSIS found. The
// methods that compute them live in walkaway_decide (walkaway/decide/mcda.h, compare.h); the
// reports and the JSON writer read only these types.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::core {

// One alternative's value on one criterion, on the 0..1 value scale: the point estimate and the
// band SMAA draws within. REQUIRES: 0 <= low <= point <= high <= 1.
struct Band {
  double low = 0;
  double point = 0;
  double high = 0;
  friend bool operator==(const Band&, const Band&) = default;
};

// m alternatives x n criteria, row-major; every criterion is "more is better".
struct ValueMatrix {
  int alternatives = 0;
  int criteria = 0;
  std::vector<Band> cells{};  // cells[a * criteria + j]
  const Band& at(int a, int j) const { return cells[static_cast<size_t>(a * criteria + j)]; }
  Band& at(int a, int j) { return cells[static_cast<size_t>(a * criteria + j)]; }
};

// What is known about the weights, for SMAA: tiers of criteria, most important first. Every
// weight in a tier is at least every weight in the next tier; inside a tier there is no order.
// A criterion in no tier has weight 0. One tier holding every criterion = no information
// (uniform on the simplex).
struct WeightSpace {
  int criteria = 0;
  std::vector<std::vector<int>> tiers{};
};

// SMAA-2 (Lahdelma & Salminen 2001): weights drawn uniformly from the weight space, values drawn
// within their bands (median = point), ranks counted per draw.
struct SmaaResult {
  int draws = 0;
  std::vector<std::vector<double>> rank_acceptability{};  // [a][r]: share of draws where a has rank r (0 = first)
  std::vector<std::vector<double>> central_weights{};     // [a][j]: mean weights over a's first-rank draws; empty if never first
  std::vector<double> confidence{};                       // [a]: P(a first | w = its central weights); 0 if never first
  std::vector<std::vector<double>> pairwise{};            // [a][b]: P(S_a > S_b)
};

// One weight moved, the others rescaled proportionally (REFERENCES §1.3.2): the range [low, high]
// of that weight over which `winner` keeps the top point score. A bound inside (0, 1) is a flip
// point, where `low_rival` / `high_rival` overtakes; a bound at 0 or 1 means no flip that way.
struct StabilityInterval {
  int criterion = 0;
  double weight = 0;
  double low = 0;
  double high = 1;
  int low_rival = -1;   // -1: no flip below
  int high_rival = -1;  // -1: no flip above
};

// All weights at once (REFERENCES §1.3.3): the smallest Euclidean change that ties `winner` with
// some rival, ||Δ||* = D0 / ||d - mean(d)·1||. `within_simplex` says whether w + Δ stays >= 0; when
// it does not, the figure is a lower bound.
struct MinimumChange {
  double l2 = 0;          // infinity when no rival can ever tie (d constant)
  int rival = -1;
  bool within_simplex = true;
};

// TOPSIS with vector normalisation on the point values (REFERENCES §1.2).
struct TopsisResult {
  std::vector<double> closeness{};  // C_a = D-/(D+ + D-)
  std::vector<int> order{};         // alternatives, best first
};

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
  // Pay is compared after tax (docs/tax.md): every projected job has take-home figures, and they are
  // taxed in more than one place (or rubric.pay_after_tax says so). Then every yearly figure of the
  // comparison, the anchors included, is take-home pay.
  bool after_tax = false;
};

struct OfferOutcome {
  std::string id{};
  std::string company{};
  std::string title{};
  core::Decision decision = core::Decision::kNotYet;
  std::string gate_reason{};   // non-empty: out at the gates, with the failed non-negotiable
  std::string gate_name{};     // that non-negotiable ("max_weekly_hours"), and what failed
  std::string gate_detail{};   // ("56 hours a week with on-call and commute, 25% over your 45")
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

}  // namespace walkaway::core
