#pragma once

// The 1-3 year outlook (EVAL-LONGTERM): the pay path from the pay model's projection against the
// current job's, promotion likelihood from the progression facts, and the title and skills against
// the person's goals, each a reason that moves the person closer to their goals or further from
// them. Pure; the rules behind each reason are in docs/fear-and-outlook.md.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/metrics.h"
#include "walkaway/core/pay_projection.h"

namespace walkaway::core {

// The outlook looks at most this many years ahead, whatever goals.horizon_years says.
inline constexpr int kMaxOutlookYears = 3;
// Share of employees promoted per year when the offer gives no promotion scenario (Mercer 2025/26:
// about 9-10%).
inline constexpr double kBasePromotionRate = 0.10;
// Pay totals within this share of each other count as "about the same".
inline constexpr double kSamePayBand = 0.03;

struct PayYear {
  int year = 1;
  Money offer{};                  // P50 of the offer's projection
  std::optional<Money> current{};  // P50 of the current job's, when known
  // The offer's P50 in the person's current cost of living, when both places' costs are known.
  std::optional<Money> offer_in_your_costs{};
  // Take-home P50 of both, when pay is compared after tax (OfferMetrics::take_home_p50).
  std::optional<Money> offer_take_home{};
  std::optional<Money> current_take_home{};
};

enum class Direction { kCloser, kFurther, kMixed, kUnclear };

struct OutlookReason {
  bool closer = false;
  std::string text{};        // "a step up from Engineer to Senior Engineer"
  FieldRef field{};   // what it rests on
};

struct Outlook {
  int years = kMaxOutlookYears;  // min(goals.horizon_years, kMaxOutlookYears, projected years)
  std::vector<PayYear> pay{};    // empty without a projection
  std::optional<Money> target{};
  std::optional<int> target_year{};  // first year whose P50 reaches goals.target_total
  double promotion_odds = 0;         // within `years`
  bool promotion_from_offer = false; // the offer's scenario, not the base rate
  std::vector<std::string> unknown_skills{};  // goal skills nothing in the offer mentions
  std::vector<OutlookReason> reasons{};
  Direction direction = Direction::kUnclear;
};

// `projection` and `current` may be null (no pay model run); then the pay reasons fall back to the
// first-year figures in `metrics` against the current base and bonus.
Outlook ProjectOutlook(const Case& c, const Offer& offer, int offer_index, const OfferMetrics& metrics,
                       const PayProjection* projection, const PayProjection* current);

// Seniority of a title from its words: 1 junior/associate, 2 plain, 3 senior, 4 staff/lead,
// 5 principal/head/director, 6 vp/chief; 0 when the title is empty.
int TitleLevel(std::string_view title);

std::string_view ToString(Direction direction);  // "closer", "further", "mixed", "unclear"

}  // namespace walkaway::core
