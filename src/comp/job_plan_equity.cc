#include "comp/job_plan_equity.h"

#include <cmath>

#include "walkaway/comp/vesting.h"

namespace walkaway::comp {
namespace {

// Adds a grant's vests (as `units_per_grant` units in total) to the years they fall in.
void AddGrant(const core::Vesting& v, int first_month, double units_per_grant, JobPlan& plan) {
  const int total = v.years * 12;
  double before = 0;
  for (int month = 1; month <= total; ++month) {
    const double now = VestedFraction(v, month);
    if (now == before) continue;
    const int year = YearOfMonth(first_month + month);
    // A vest after a fixed term ends never comes: the person has left.
    const bool within_term = plan.term_months == 0 || first_month + month <= plan.term_months;
    if (within_term && year <= static_cast<int>(plan.years.size())) {
      plan.years[static_cast<size_t>(year - 1)].equity_units += (now - before) * units_per_grant;
    }
    before = now;
  }
}

PrivateTerms CompanyTerms(const core::PrivateCompany& pc, Stage stage, const ModelDefaults& d) {
  PrivateTerms t;
  t.stage = stage;
  const StageOdds& s = d.stages[static_cast<size_t>(stage)];
  for (size_t i = 0; i < kStageCount; ++i) {
    const StageOdds& at = d.stages[i];
    t.raise[i] = pc.raise_odds_pct ? *pc.raise_odds_pct / 100.0 : at.raise;
    t.exit[i] = pc.exit_odds_pct ? *pc.exit_odds_pct / 100.0 : at.exit;
    t.fail[i] = pc.fail_odds_pct ? *pc.fail_odds_pct / 100.0 : at.fail;
  }
  for (int i = 0; i < kStageCount; ++i) {
    t.dilution[i] = pc.dilution_pct && d.stages[static_cast<size_t>(i)].next_round_dilution > 0
                        ? *pc.dilution_pct / 100.0
                        : d.stages[static_cast<size_t>(i)].next_round_dilution;
  }
  t.preferred_share = s.preferred_share;
  t.preference_multiple = pc.preference_multiple.value_or(d.preference_multiple);
  t.step_up = d.round_step_up;
  t.exit_mu = std::log(d.exit_multiple_median);
  t.exit_sigma = d.exit_multiple_spread;
  t.window_years = pc.exit_within_years.value_or(d.exit_within_years);
  return t;
}

}  // namespace

core::Status AddEquity(const core::Case& c, size_t offer_index, core::Date /*start*/, const ModelDefaults& d,
                       double fx, JobPlan& plan) {
  const core::Offer& o = c.offers[offer_index];
  if (!o.equity || o.equity->kind == core::EquityKind::kNone) return core::Ok{};
  const core::Equity& e = *o.equity;
  const std::string path = "offers[" + std::to_string(offer_index) + "].equity";
  plan.options = e.kind == core::EquityKind::kOptions;
  const double grant = e.grant.units() * fx;
  const bool has_shares = e.shares.has_value();

  // The price a unit is counted at today: per share when shares are given, else 1 per unit of
  // quoted value (the grant counts in money).
  double unit_price = 1;
  double fmv = e.fmv ? *e.fmv * fx : 0;
  Stage stage = Stage::kSeed;
  if (e.company) {
    if (!ParseStage(e.company->stage, stage)) {
      return core::Error::InvalidInput("unknown company stage \"" + e.company->stage +
                                           "\": expected seed, series_a, series_b, series_c or series_d",
                                       path + ".company.stage");
    }
    plan.equity = EquityModel::kPrivate;
    plan.company = CompanyTerms(*e.company, stage, d);
    const double ratio = d.stages[static_cast<size_t>(stage)].fmv_to_preferred;
    if (e.preferred_price) {
      unit_price = *e.preferred_price * fx;
    } else if (e.fmv) {
      unit_price = fmv / ratio;
    }
    if (!e.fmv) fmv = unit_price * ratio;
    if (!has_shares) plan.notes.push_back("equity counted in quoted value, as if priced at the preferred price");
    plan.company.post_money = unit_price;
    plan.company.fmv = fmv;
  } else if (e.public_stock) {
    plan.equity = EquityModel::kPublic;
    unit_price = e.public_stock->price * fx;
    plan.volatility = e.public_stock->volatility_pct.value_or(d.volatility_pct) / 100.0;
    plan.drift = e.public_stock->drift_pct.value_or(d.drift_pct) / 100.0;
  } else {
    plan.equity = EquityModel::kFixed;
    if (has_shares && e.fmv) unit_price = fmv;
    if (has_shares && !e.fmv) {
      return core::Error::InvalidInput("a grant in shares needs a price: give fmv, public_stock or company",
                                       path + ".fmv");
    }
    plan.notes.push_back("equity valued at a fixed figure: no company stage or stock price was given");
  }
  plan.price0 = unit_price;
  if (plan.options) {
    if (!e.strike) {
      if (has_shares) return core::Error::InvalidInput("options need a strike price", path + ".strike");
      plan.notes.push_back("options without per-share terms: counted at the quoted value, strike unknown");
    }
    plan.strike = has_shares && e.strike ? *e.strike * fx : 0;
    if (!e.exercise_window_days) {
      plan.notes.push_back("exercise window after leaving not stated: the usual term is 90 days");
    } else if (*e.exercise_window_days < 365) {
      plan.notes.push_back("only " + std::to_string(*e.exercise_window_days) +
                           " days to exercise after leaving: keep the exercise cost at hand");
    }
  }
  // A grant quoted in value at a price of 0 (fmv = 0 and no preferred price) has no units to count:
  // dividing would give infinitely many units worth 0 each, and 0 x infinity is NaN, which would
  // turn every path's total into NaN.
  const bool priced = has_shares || unit_price > 0;
  if (!priced) plan.notes.push_back("the grant's price is 0, so it is counted at 0");
  const double units = has_shares ? *e.shares : priced ? grant / unit_price : 0.0;
  AddGrant(e.vesting, 0, units, plan);
  if (e.refresher && e.refresher->cents() > 0) {
    if (e.refreshers_written) {
      const double refresher_units = unit_price > 0 ? e.refresher->units() * fx / unit_price : 0.0;
      for (int a = 1; a < static_cast<int>(plan.years.size()); ++a) AddGrant(e.vesting, 12 * a, refresher_units, plan);
    } else {
      plan.notes.push_back("refreshers are not in writing, so they are not counted");
    }
  }
  for (YearPlan& y : plan.years) y.exercise_cost = plan.options ? y.equity_units * plan.strike : 0;
  return core::Ok{};
}

}  // namespace walkaway::comp
