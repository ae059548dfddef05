// The pay-model part of the case decoder (docs/pay-model.md): bonus payout, equity per-share
// terms, company and stock, promotion, relocation, money benefits, cost of living and [model].

#include "io/case_decoder.h"
#include "io/case_schema.h"
#include "walkaway/core/alternatives.h"

namespace walkaway::io {
namespace {

constexpr EnumName<core::TaxFiling> kFilings[] = {{"single", core::TaxFiling::kSingle},
                                                  {"married_joint", core::TaxFiling::kMarriedJoint},
                                                  {"head_of_household", core::TaxFiling::kHeadOfHousehold}};
constexpr EnumName<core::StudentLoanPlan> kLoans[] = {
    {"none", core::StudentLoanPlan::kNone},   {"plan1", core::StudentLoanPlan::kPlan1},
    {"plan2", core::StudentLoanPlan::kPlan2}, {"plan4", core::StudentLoanPlan::kPlan4},
    {"plan5", core::StudentLoanPlan::kPlan5}};

void DecodeOneOff(const TableReader& t, CurrencyRule rule, std::optional<core::SignOn>& out) {
  if (!t.ok()) return;
  core::SignOn s;
  if (t.Require("amount")) t.ReadMoney("amount", rule, s.amount);
  t.Read("clawback_months", s.clawback_months);
  t.Read("prorated", s.prorated);
  if (t.ok()) out = s;
}

}  // namespace

void DecodeBonusPayout(const TableReader& bonus, core::Bonus& out) {
  const TableReader p = bonus.Sub("payout", kPayoutFields);
  if (!p.ok()) return;
  p.Read("low_pct", out.payout_low_pct);
  p.Read("high_pct", out.payout_high_pct);
  p.Read("spread_pct", out.payout_spread_pct);
}

void DecodeEquityTerms(const TableReader& e, CurrencyRule rule, core::Equity& out) {
  if (!e.ok()) return;
  e.ReadMoney("refresher", rule, out.refresher);
  e.Read("shares", out.shares);
  e.Read("strike", out.strike);
  e.Read("fmv", out.fmv);
  e.Read("preferred_price", out.preferred_price);
  e.Read("exercise_window_days", out.exercise_window_days);
  const TableReader c = e.Sub("company", kCompanyFields);
  if (c.ok()) {
    core::PrivateCompany company;
    if (c.Require("stage")) c.Read("stage", company.stage);
    c.Read("raise_odds_pct", company.raise_odds_pct);
    c.Read("exit_odds_pct", company.exit_odds_pct);
    c.Read("fail_odds_pct", company.fail_odds_pct);
    c.Read("dilution_pct", company.dilution_pct);
    c.Read("preference_multiple", company.preference_multiple);
    c.Read("exit_within_years", company.exit_within_years);
    if (c.ok()) out.company = std::move(company);
  }
  const TableReader s = e.Sub("public_stock", kPublicStockFields);
  if (s.ok()) {
    core::PublicStock stock;
    if (s.Require("price")) s.Read("price", stock.price);
    s.Read("volatility_pct", stock.volatility_pct);
    s.Read("drift_pct", stock.drift_pct);
    if (s.ok()) out.public_stock = stock;
  }
}

void DecodePayTerms(const TableReader& t, CurrencyRule rule, core::Offer& out) {
  t.Read("start_date", out.start_date);
  t.Read("merit_raise_pct", out.merit_raise_pct);
  const TableReader p = t.Sub("promotion", kPromotionFields);
  if (p.ok()) {
    core::Promotion promotion;
    if (p.Require("probability_pct")) p.Read("probability_pct", promotion.probability_pct);
    p.Read("after_months", promotion.after_months);
    if (p.Require("raise_pct")) p.Read("raise_pct", promotion.raise_pct);
    if (p.ok()) out.promotion = promotion;
  }
  DecodeOneOff(t.Sub("relocation", kSignOnFields), rule, out.relocation);
  const TableReader b = t.Sub("benefit_terms", kBenefitTermsFields);
  if (b.ok()) {
    b.Read("retirement_match_pct", out.benefit_terms.retirement_match_pct);
    b.ReadMoney("retirement_match_limit", rule, out.benefit_terms.retirement_match_limit);
    b.Read("health_premium_diff", out.benefit_terms.health_premium_diff);
    b.Read("parental_leave_weeks", out.benefit_terms.parental_leave_weeks);
  }
  t.Read("col_area", out.col_area);
  t.Read("col_index", out.col_index);
  const TableReader tax = t.Sub("tax", kTaxFields);
  if (tax.ok()) {
    core::TaxSetting setting;
    DecodeTax(tax, setting);
    out.tax = std::move(setting);
  }
}

void DecodeTax(const TableReader& t, core::TaxSetting& out) {
  if (!t.ok()) return;
  t.Read("country", out.country);
  t.Read("region", out.region);
  t.Read("city", out.city);
  t.ReadEnum<core::TaxFiling>("filing_status", kFilings, out.filing_status);
  t.ReadEnum<core::StudentLoanPlan>("student_loan", kLoans, out.student_loan);
  t.Read("postgraduate_loan", out.postgraduate_loan);
  t.Read("children", out.children);
  t.Read("health_extra_rate_pct", out.health_extra_rate_pct);
  t.Read("pretax_retirement_pct", out.pretax_retirement_pct);
}

void DecodeModel(const TableReader& t, const core::Candidate& candidate, core::ModelSettings& out) {
  if (!t.ok()) return;
  const CurrencyRule rule{candidate.currency, "the candidate"};
  t.Read("horizon_years", out.horizon_years);
  t.Read("paths", out.paths);
  t.Read("seed", out.seed);
  t.Read("merit_raise_pct", out.merit_raise_pct);
  t.Read("bonus_spread_pct", out.bonus_spread_pct);
  t.Read("bonus_no_payout_pct", out.bonus_no_payout_pct);
  t.Read("volatility_pct", out.volatility_pct);
  t.Read("drift_pct", out.drift_pct);
  t.Read("dilution_pct", out.dilution_pct);
  t.Read("round_step_up", out.round_step_up);
  t.Read("exit_multiple_median", out.exit_multiple_median);
  t.Read("exit_multiple_spread", out.exit_multiple_spread);
  t.ReadMoney("retirement_comp_limit", rule, out.retirement_comp_limit);
  t.ReadMoney("negotiation_typical", rule, out.negotiation_typical);
  const TableReader funnel = t.Sub("funnel", kFunnelFields);
  for (std::string_view stage : core::kFunnelStages) {
    const TableReader s = funnel.Sub(stage, kFunnelStageFields);
    if (!s.ok()) continue;
    core::FunnelStage rates;
    s.Read("advance_pct", rates.advance_pct);
    s.Read("days", rates.days);
    out.funnel[std::string(stage)] = rates;
  }
}

}  // namespace walkaway::io
