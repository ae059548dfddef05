#pragma once

// Take-home pay for one year of one place's rules (docs/tax.md): gross pay in, income taxes,
// employee contributions and what is left out. Estimate, not tax advice: every figure comes with the
// year of its tables (PlaceRules::tables_year) and the caveats of its rules. Pure; integer cents with
// checked ranges.

#include <span>
#include <string>
#include <vector>

#include "walkaway/core/money.h"
#include "walkaway/core/result.h"
#include "walkaway/tax/rules.h"

namespace walkaway::tax {

// Every report that shows a take-home figure says so.
inline constexpr std::string_view kDisclaimer = "estimate, not tax advice";

// Each component and the gross must be in [0, kMaxIncome]: 10^9 currency units a year.
inline constexpr int64_t kMaxIncomeCents = kMaxScheduleInput / 2;

// One year's pay of one job, in the place's currency, counted in the year it is paid.
struct YearIncome {
  core::Money base{};           // salary paid in the year
  core::Money bonus{};          // cash bonus (paid as one lump sum)
  core::Money sign_on{};        // sign-on and relocation (one lump sum)
  core::Money rsu_vest{};       // RSUs vesting in the year, at the price on the vest date (spread over the year)
  core::Money option_spread{};  // non-qualified options exercised: (price - strike) x shares (one lump sum)
  core::Money pretax_retirement{};  // employee pension contributions before income tax (401(k), net-pay pension, RPP)
  friend bool operator==(const YearIncome&, const YearIncome&) = default;
};

struct TaxLine {
  std::string name{};
  LineKind kind = LineKind::kIncomeTax;
  Level level = Level::kNational;
  core::Money amount{};
  friend bool operator==(const TaxLine&, const TaxLine&) = default;
};

struct TakeHomePay {
  core::Money gross{};              // every component but pretax_retirement
  core::Money pretax_retirement{};  // saved, not taken home
  core::Money income_tax{};         // all levels
  core::Money contributions{};      // social security, NI, CPP/EI, social insurance
  core::Money take_home{};          // gross - pretax_retirement - income_tax - contributions
  // In rules.lines order, each rounded to the cent. Where the law rounds a line itself (the German wage tax
  // and Soli, UK NI and loans per month, Canada's contributions that feed its credits) the total adds the
  // rounded lines; elsewhere (US income taxes and payroll taxes, German social insurance) a total is rounded
  // once over the exact lines, so the lines can differ from it by a cent each (docs/tax.md, "Rounding").
  std::vector<TaxLine> lines{};
  double effective_rate = 0.0;  // (income_tax + contributions) / gross; 0 when gross is 0
};

// REQUIRES nothing of the income: out-of-range or inconsistent amounts are kInvalidInput errors that name
// the field (a negative component, a total above kMaxIncome, pre-tax contributions above gross pay).
core::Result<TakeHomePay> TakeHome(const PlaceRules& rules, const YearIncome& income);

// The same computation for many Monte Carlo paths of one year: regular[i] = base + RSU vests, lump[i] =
// bonus + sign-on + option gains, pretax[i] = pre-tax retirement contributions (lump and pretax may be
// empty: zero). take_home[i] equals TakeHome(...).take_home for the same amounts, to the cent.
// Errors: spans of different sizes, or the first path out of range (named by its index).
core::Status TakeHomeBatch(const PlaceRules& rules, std::span<const core::Money> regular,
                           std::span<const core::Money> lump, std::span<const core::Money> pretax,
                           std::span<core::Money> take_home);

// The statutory marginal rate on one more unit of regular pay at this income: the rates of the brackets in
// effect at every level, times any phase-out of an allowance or credit, plus the contribution rates below
// their ceilings. In Germany an upper bound: the Vorsorgepauschale's relief is left out. REQUIRES: income
// valid for TakeHome.
double MarginalRate(const PlaceRules& rules, const YearIncome& income);

}  // namespace walkaway::tax
