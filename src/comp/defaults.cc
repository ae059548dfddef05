// The defaults of the pay model: the one place they live. docs/pay-model.md gives the source of
// each figure next to it; "assumption" there means no source pins the value down.

#include "walkaway/comp/defaults.h"

namespace walkaway::comp {
namespace {

constexpr ModelDefaults kDefaults = {
    .horizon_years = 4,
    .paths = 10'000,
    .seed = 20'260'101,
    .merit_raise_pct = 3.3,       // Mercer QuickPulse 2025: merit 3.2-3.3 % (average performers 3.3 %)
    .bonus_spread_pct = 30,       // derived: CAP 2013-2022 payout distribution, sigma 0.25-0.35
    .bonus_no_payout_pct = 4,     // CAP 2013-2022: 4 % of years paid no bonus
    .bonus_max_pct = 200,         // Meridian: maximum usually 200 % of target
    .volatility_pct = 35,         // assumption: large-cap tech stock, yearly
    .drift_pct = 0,               // assumption: no view on the stock's direction
    .round_step_up = 2.0,         // assumption
    .exit_multiple_median = 1.0,  // assumption, informed by Correlation Ventures (65 % of financings < 1x)
    .exit_multiple_spread = 1.0,  // assumption (same source): P(>= 5x | exit) ~ 5 %
    .preference_multiple = 1.0,   // 1x non-participating, the common term
    .exit_within_years = 10,      // Carta: average time to exit "over ten years"
    .retirement_comp_limit = core::Money::FromUnits(360'000),  // IRS 2026 compensation limit 401(a)(17)
    .negotiation_typical = core::Money::FromUnits(5'000),      // Marks & Harold 2011: +$5,000 on average
    .working_weeks = 52,
    // Calibrated (docs/pay-model.md) so that a seed company after 7 years is 62 % shut down,
    // 6 % exited, 32 % still private (Carta 2018 cohort); dilution per round from Carta's medians.
    .stages = {{
        {0.38, 0.010, 0.17, 0.205, 0.201, 0.20},  // seed -> Series A dilutes 20.5 %
        {0.16, 0.015, 0.13, 0.167, 0.365, 0.30},  // A -> B 16.7 %
        {0.13, 0.020, 0.11, 0.126, 0.471, 0.45},  // B -> C 12.6 %
        {0.11, 0.030, 0.09, 0.103, 0.537, 0.50},  // C -> D 10.3 %
        {0.00, 0.050, 0.07, 0.000, 0.585, 0.55},  // D and later: no further round modelled
    }},
};

}  // namespace

const ModelDefaults& BuiltInDefaults() { return kDefaults; }

ModelDefaults ResolveDefaults(const core::ModelSettings& s) {
  ModelDefaults d = kDefaults;
  d.horizon_years = s.horizon_years;
  if (s.paths) d.paths = *s.paths;
  if (s.seed) d.seed = static_cast<uint64_t>(*s.seed);
  if (s.merit_raise_pct) d.merit_raise_pct = *s.merit_raise_pct;
  if (s.bonus_spread_pct) d.bonus_spread_pct = *s.bonus_spread_pct;
  if (s.bonus_no_payout_pct) d.bonus_no_payout_pct = *s.bonus_no_payout_pct;
  if (s.volatility_pct) d.volatility_pct = *s.volatility_pct;
  if (s.drift_pct) d.drift_pct = *s.drift_pct;
  if (s.round_step_up) d.round_step_up = *s.round_step_up;
  if (s.exit_multiple_median) d.exit_multiple_median = *s.exit_multiple_median;
  if (s.exit_multiple_spread) d.exit_multiple_spread = *s.exit_multiple_spread;
  if (s.retirement_comp_limit) d.retirement_comp_limit = *s.retirement_comp_limit;
  if (s.negotiation_typical) d.negotiation_typical = *s.negotiation_typical;
  if (s.dilution_pct) {
    for (StageOdds& stage : d.stages) {
      if (stage.next_round_dilution > 0) stage.next_round_dilution = *s.dilution_pct / 100.0;
    }
  }
  return d;
}

bool ParseStage(std::string_view name, Stage& out) {
  constexpr std::string_view kNames[] = {"seed", "series_a", "series_b", "series_c", "series_d"};
  for (int i = 0; i < kStageCount; ++i) {
    if (kNames[i] == name) {
      out = static_cast<Stage>(i);
      return true;
    }
  }
  return false;
}

}  // namespace walkaway::comp
