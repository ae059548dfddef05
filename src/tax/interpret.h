#pragma once

// The per-country computations behind TakeHome and TakeHomeBatch (take_home.cc, batch.cc): integer cents,
// one function per country, the same arithmetic for one income and for a batch of paths.

#include <algorithm>
#include <array>
#include <cstdint>

#include "walkaway/tax/rules.h"

namespace walkaway::tax {

inline constexpr size_t kMaxLines = 8;

struct Parts {
  std::array<int64_t, kMaxLines> lines{};  // in PlaceRules::lines order
  int64_t income_tax = 0;
  int64_t contributions = 0;
  // What the main tariff was applied to, for MarginalRate: UK taxable income (cents), Germany X (whole
  // euros per divisor), Canada net income (cents); and Canada's basic provincial tax (cents).
  int64_t taxable = 0;
  int64_t provincial_basic = 0;
};

// The US payroll taxes of gross wages, exact (1e-7 cents): Social Security up to the wage base,
// Medicare, and the Additional Medicare Tax above the threshold.
inline int64_t UsPayrollE7(const UsRules& r, int64_t gross) {
  return std::min(gross, r.social_security_wage_base) * r.social_security_rate + gross * r.medicare_rate +
         std::max<int64_t>(0, gross - r.additional_medicare_threshold) * r.additional_medicare_rate;
}
// US totals: income taxes of wages less pre-tax contributions, payroll taxes of gross wages.
inline int64_t UsDeductions(const UsRules& r, int64_t gross, int64_t wages) {
  return r.income_tax_total.Cents(wages) + Schedule::RoundE7(UsPayrollE7(r, gross));
}
// Employee NI on one month's pay, rounded to the penny.
inline int64_t NiMonth(const UkRules& r, int64_t pay) {
  return Schedule::RoundE7((std::clamp(pay, r.ni_threshold_month, r.ni_limit_month) - r.ni_threshold_month) *
                               r.ni_main_rate +
                           std::max<int64_t>(0, pay - r.ni_limit_month) * r.ni_additional_rate);
}
Parts UsParts(const UsRules& r, int64_t gross, int64_t wages);
Parts UkParts(const UkRules& r, int64_t regular, int64_t lump, int64_t pretax);
Parts DeParts(const DeRules& r, int64_t gross);
Parts CaParts(const CaRules& r, int64_t gross, int64_t pretax);

// The § 32a tariff of whole euros X, in whole euros (PAP UPTAB26).
int64_t GermanTariff(const std::vector<GermanZone>& zones, int64_t x);

}  // namespace walkaway::tax
