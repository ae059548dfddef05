#pragma once

// The tax rules of one place, year and filing status, compiled from the tables (tables.h) into the
// schedules and parameters that TakeHome (take_home.h) runs (docs/tax.md). Built once per place; a path
// then costs a few look-ups. Pure: no I/O.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/tax/place.h"
#include "walkaway/tax/schedule.h"
#include "walkaway/tax/tables.h"

namespace walkaway::tax {

// What to do when the rules of a place need a value the data flags: an indexed figure known only for an
// earlier year (US states), or a figure that is MISSING (Ontario's health premium, BC's basic personal
// amount). kRefuse: "no tax data for <place> <year>", naming the first such value. kUseAndSay: use the
// latest figure, or leave the missing piece out, and list each in PlaceRules::caveats with which way it
// moves take-home. Figures marked CAUTION or DISCREPANCY are always used and always listed.
enum class FlaggedValues { kRefuse, kUseAndSay };

// Facts about the person that change their tax, beyond where they live.
struct TaxProfile {
  FilingStatus filing_status = FilingStatus::kSingle;
  StudentLoan student_loan = StudentLoan::kNone;  // UK
  bool postgraduate_loan = false;                 // UK
  // Germany's care insurance: 0 adds the childless surcharge (assuming age 23 or over); from the 2nd to
  // the 5th child under 25 each lowers the rate.
  int children = 0;
  // Germany: the health fund's Zusatzbeitrag in hundredths of a percent (250 = 2.50 %); empty = the
  // year's average from the data.
  std::optional<int> health_extra_rate_bp{};
  friend bool operator==(const TaxProfile&, const TaxProfile&) = default;
};

enum class LineKind { kIncomeTax, kContribution };
enum class Level { kNational, kRegional, kLocal };

struct LineSpec {
  std::string name{};  // "US federal income tax", "California income tax", "Social Security", "National Insurance"
  LineKind kind = LineKind::kIncomeTax;
  Level level = Level::kNational;
};

// US: every income tax is a schedule of wages less pre-tax contributions (deductions composed in); the
// payroll taxes are schedules of gross wages.
struct UsRules {
  std::vector<Schedule> income_taxes{};  // federal, state (when it taxes wages), NYC
  std::vector<Schedule> payroll{};       // Social Security, Medicare, Additional Medicare Tax
  Schedule income_tax_total{};           // the sum of income_taxes
  // The payroll taxes in closed form (their sum, exact, is what payroll's schedules add up to).
  int64_t social_security_rate = 0, social_security_wage_base = 0;
  int64_t medicare_rate = 0, additional_medicare_rate = 0, additional_medicare_threshold = 0;
};

// UK: income tax on adjusted net income (gross less pension contributions) after the personal
// allowance and its taper; NI and student loans per monthly pay period.
struct UkRules {
  Schedule bands{};  // on taxable income (above the allowance)
  int64_t personal_allowance = 0;
  int64_t taper_threshold = 0;
  int64_t taper_rate = 0;
  // Employee NI on one month's pay: main rate between the primary threshold and the upper earnings
  // limit, additional rate above it (monthly = one twelfth of the annual figure, to the penny).
  int64_t ni_threshold_month = 0, ni_limit_month = 0, ni_main_rate = 0, ni_additional_rate = 0;
  std::optional<Schedule> loan_month{};  // student loan, one month, before rounding down to whole pounds
  std::optional<Schedule> postgraduate_month{};
};

// Germany: employee social insurance on gross pay, and the wage tax of the official programme.
struct DeRules {
  // Employee rates (1e-7): pension and unemployment up to ceiling_pension, health and care up to
  // ceiling_health (cents a year).
  int64_t pension_rate = 0, unemployment_rate = 0, health_rate = 0, care_rate = 0;
  int64_t ceiling_pension = 0;
  int64_t ceiling_health = 0;
  int64_t vsp_pension_rate = 0;  // Vorsorgepauschale parts
  int64_t vsp_health_care_rate = 0;
  int64_t vsp_unemployment_rate = 0;
  int64_t vsp_other_cap = 0;      // cents
  int64_t arbeitnehmer_pauschbetrag = 0;  // euros
  int64_t sonderausgaben_pauschbetrag = 0;
  int64_t divisor = 1;  // 2 for the Splittingtarif
  std::vector<GermanZone> zones{};
  int64_t soli_rate = 0;
  int64_t soli_threshold = 0;  // euros of wage tax, times the divisor
  int64_t soli_phase_in_rate = 0;
};

// Canada: CPP (base and first additional), CPP2 and EI on gross pay; federal and provincial tax on net
// income (gross less pre-tax contributions and the enhanced CPP), less non-refundable credits.
struct CaRules {
  // CPP on pay between the basic exemption and the YMPE, split into the base rate (a credit) and the first
  // additional rate (a deduction); CPP2 between the YMPE and the YAMPE; EI up to the maximum insurable.
  int64_t cpp_exemption = 0, ympe = 0, yampe = 0, ei_max_insurable = 0;  // cents
  int64_t cpp_base_rate = 0, cpp_additional_rate = 0, cpp2_rate = 0, ei_rate = 0;
  Schedule federal{};
  int64_t federal_credit_rate = 0;  // the lowest federal rate
  int64_t bpa_max = 0, bpa_min = 0, bpa_phase_start = 0, bpa_phase_end = 0;
  int64_t employment_amount = 0;  // 0 when not credited
  bool federal_credit_cpp = false, federal_credit_ei = false;
  Schedule provincial{};
  int64_t provincial_credit_rate = 0;
  int64_t provincial_bpa = 0;  // 0 when missing (said in caveats)
  bool provincial_credit_cpp = false, provincial_credit_ei = false;
  Schedule surtax{};  // on basic provincial tax after credits (Ontario); zero elsewhere
};

struct PlaceRules {
  Place place{};
  int year = 0;
  std::string tables_year{};  // "2026", or the UK tax year "2026-27": quote it with every figure
  std::string currency{};     // ISO 4217
  TaxProfile profile{};
  std::vector<LineSpec> lines{};        // in the order TakeHome reports them
  std::vector<std::string> caveats{};   // flagged figures used, parts not modelled, assumptions made
  std::vector<std::string> sources{};   // the data files the rules came from
  std::variant<UsRules, UkRules, DeRules, CaRules> model{};
};

// Errors: kNotFound "no tax data for <place> <year>" (no tables for the country or year, a region without
// data, a flagged value under kRefuse: the message names it and its file:line); kInvalidInput for a
// profile that does not fit the place (head of household in Germany, a negative child count).
core::Result<PlaceRules> BuildPlaceRules(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                         FlaggedValues flagged);

}  // namespace walkaway::tax
