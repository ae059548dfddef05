#pragma once

// The per-country computations behind TakeHome and TakeHomeBatch (take_home.cc, batch.cc): integer cents,
// one function per country, the same arithmetic for one income and for a batch of paths.

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

// US totals: income taxes of wages less pre-tax contributions, payroll taxes of gross wages.
inline int64_t UsDeductions(const UsRules& r, int64_t gross, int64_t wages) {
  return r.income_tax_total.Cents(wages) + r.payroll_total.Cents(gross);
}
Parts UsParts(const UsRules& r, int64_t gross, int64_t wages);
Parts UkParts(const UkRules& r, int64_t regular, int64_t lump, int64_t pretax);
Parts DeParts(const DeRules& r, int64_t gross);
Parts CaParts(const CaRules& r, int64_t gross, int64_t pretax);

// The § 32a tariff of whole euros X, in whole euros (PAP UPTAB26).
int64_t GermanTariff(const std::vector<GermanZone>& zones, int64_t x);

}  // namespace walkaway::tax
