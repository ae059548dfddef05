#pragma once

// What one job pays, reduced to per-year numbers the simulation combines path by path: cash
// schedules with and without the promotion, the bonus terms, the equity units vesting each year and
// how a unit is valued, and the floor. Built once per job (no randomness); amounts in the
// candidate's currency, as doubles in whole units (the simulation's working type).

#include <string>
#include <vector>

#include "walkaway/comp/defaults.h"
#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::comp {

enum class EquityModel {
  kNone,
  kFixed,    // worth its quoted value (no market data): deterministic
  kPublic,   // units x a lognormal price path
  kPrivate,  // units x the payoff per share of a company outcome Monte Carlo
};

struct PrivateTerms {
  Stage stage = Stage::kSeed;
  // Yearly odds at each stage (a company given its own odds keeps them at every stage).
  double raise[kStageCount] = {}, exit[kStageCount] = {}, fail[kStageCount] = {};
  double dilution[kStageCount] = {};     // of the round that leaves each stage
  double preferred_share = 0;            // when joining
  double post_money = 1;                 // company value per share today (the preferred price)
  double fmv = 0;                        // common value per share today (for paths still private)
  double preference_multiple = 1;
  double step_up = 2;
  double exit_mu = 0, exit_sigma = 1;    // log of the exit multiple
  int window_years = 10;
};

struct YearPlan {
  double base[2] = {};         // [without, with] the promotion
  double bonus_target[2] = {}; // the bonus at 100 % payout
  double benefits[2] = {};     // match minus extra health cost
  double sign_on = 0;          // sign-on and relocation paid this year
  double commute_cost = 0;
  double equity_units = 0;     // units vesting this year (refreshers included)
  double exercise_cost = 0;    // options: strike x units vesting this year
  double floor = 0;            // guaranteed, written money
  double one_off = 0;          // sign-on and relocation paid this year (left out of hourly pay)
  double share_worked = 1;     // the share of the year inside a fixed term (1 when open-ended)
};

struct JobPlan {
  std::string id{};
  std::vector<YearPlan> years{};
  double promotion_probability = 0;
  bool bonus_guaranteed = false;
  bool bonus_uniform = false;         // payout uniform in [low, high]
  double bonus_low = 0, bonus_high = 0;  // multipliers of target
  double bonus_sd = 0, bonus_no_payout = 0, bonus_max = 2;
  EquityModel equity = EquityModel::kNone;
  bool options = false;
  double strike = 0;
  double price0 = 0, volatility = 0, drift = 0;  // public stock, yearly
  PrivateTerms company{};
  double weekly_hours = 0;    // 0 = unknown
  double working_weeks = 52;
  double col_factor = 0;      // multiply to express pay in the person's cost of living; 0 = none
  double fx = 1;              // one unit of the job's own currency in the candidate's (take-home: taxes
                              // are worked out in the job's currency)
  int term_months = 0;        // a fixed-term contract's length; 0 = open-ended. Nothing is paid,
                              // vested or guaranteed after it (an extension is not written)
  std::vector<std::string> notes{};
};

// The plan of offers[offer_index] from `start`, over d.horizon_years. Errors name the field:
// mixed currencies without a rate, an unknown company stage or cost-of-living area, missing prices.
core::Result<JobPlan> PlanOffer(const core::Case& c, size_t offer_index, core::Date start,
                                const ModelDefaults& d);
// The plan of the current job (candidate.situation.current), or an error when it has no base.
core::Result<JobPlan> PlanCurrent(const core::Case& c, core::Date start, const ModelDefaults& d);

}  // namespace walkaway::comp
