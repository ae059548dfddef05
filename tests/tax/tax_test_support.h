#pragma once

// Shared by the tax tests: the shipped 2026 tables (data/tax/ in the source tree), rules for a place,
// and money in whole units or cents.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "walkaway/tax/loader.h"
#include "walkaway/tax/take_home.h"

namespace walkaway::tax::testing {

inline std::string TaxDir() { return std::string(WALKAWAY_SOURCE_DIR) + "/data/tax"; }

// Loaded once for the whole binary; read-only.
inline const TaxTables& Tables2026() {
  static const TaxTables tables = [] {
    core::Result<TaxTables> t = LoadTaxTables(TaxDir(), 2026);
    if (!t) {
      ADD_FAILURE() << t.error().ToString();
      return TaxTables{};
    }
    return std::move(*t);
  }();
  return tables;
}

inline PlaceRules Rules(std::string_view country, std::string_view region, std::string_view locality = "",
                        TaxProfile profile = {}, FlaggedValues flagged = FlaggedValues::kUseAndSay) {
  core::Result<Place> place = MakePlace(country, region, locality);
  if (!place) {
    ADD_FAILURE() << place.error().ToString();
    return PlaceRules{};
  }
  core::Result<PlaceRules> rules = BuildPlaceRules(Tables2026(), *place, profile, flagged);
  if (!rules) {
    ADD_FAILURE() << rules.error().ToString();
    return PlaceRules{};
  }
  return std::move(*rules);
}

inline TaxProfile Filing(FilingStatus status) {
  TaxProfile p;
  p.filing_status = status;
  return p;
}

inline core::Money Units(int64_t units) { return core::Money::FromUnits(units); }
inline core::Money Cents(int64_t cents) { return core::Money::FromCents(cents); }

inline YearIncome Salary(int64_t units) { return YearIncome{Units(units), {}, {}, {}, {}, {}}; }

inline TakeHomePay Pay(const PlaceRules& rules, const YearIncome& income) {
  core::Result<TakeHomePay> pay = TakeHome(rules, income);
  if (!pay) {
    ADD_FAILURE() << pay.error().ToString();
    return TakeHomePay{};
  }
  return std::move(*pay);
}

// The amount of the named line, or -1 cent when there is no such line.
inline core::Money Line(const TakeHomePay& pay, std::string_view name) {
  for (const TaxLine& line : pay.lines) {
    if (line.name == name) return line.amount;
  }
  return core::Money::FromCents(-1);
}

inline bool HasLine(const TakeHomePay& pay, std::string_view name) { return Line(pay, name).cents() >= 0; }

}  // namespace walkaway::tax::testing
