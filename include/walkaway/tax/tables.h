#pragma once

// The tax parameters of one year as typed facts, read from data/tax/ by the parsers in parse.h
// (docs/tax.md). Money is in cents of the country's currency; a rate is an integer count of 1e-7
// (0.0127448 -> 127'448), which holds every rate in the files exactly. Each flagged value keeps where it
// came from so that a result can say which figures are not official for the year.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/tax/place.h"

namespace walkaway::tax {

inline constexpr int kRateScale = 7;
inline constexpr int64_t kRateOne = 10'000'000;  // 100 %

// For arrays indexed by filing status.
inline constexpr size_t kFilingStatuses = 3;
constexpr size_t Index(FilingStatus s) { return static_cast<size_t>(s); }

struct Bracket {
  int64_t floor = 0;  // cents: the rate applies to the part of the base above this
  int64_t rate = 0;   // 1e-7
  friend bool operator==(const Bracket&, const Bracket&) = default;
};

// A value the data marks: kStale = indexed, but only an earlier year's figure exists (US states);
// kMissing = no figure at all (a MISSING: comment); kCaution = a figure chosen between disagreeing or
// pending sources (CAUTION:, DISCREPANCY:, or a single-source note).
enum class FlagKind { kStale, kMissing, kCaution };
struct Flag {
  FlagKind kind = FlagKind::kCaution;
  std::string what{};  // "CA single bracket from 11,079 at 2%: indexed; ..." or the marker's text
  core::SourceLocation where{};
  std::string component{};  // US state rows: "bracket", "standard_deduction" or "personal_exemption"
};

struct UsFederalTable {
  std::string file{};
  std::array<std::vector<Bracket>, kFilingStatuses> brackets{};
  std::array<int64_t, kFilingStatuses> standard_deduction{};
  int64_t social_security_rate = 0;
  int64_t social_security_wage_base = 0;
  int64_t medicare_rate = 0;
  int64_t additional_medicare_rate = 0;
  std::array<int64_t, kFilingStatuses> additional_medicare_threshold{};
};

// A personal exemption that applies from an income (cents) upward; one tier from 0 unless the state
// has income tiers (Ohio) or an income limit (Illinois, from us-state-rules).
struct ExemptionTier {
  int64_t from_income = 0;
  int64_t amount = 0;
  friend bool operator==(const ExemptionTier&, const ExemptionTier&) = default;
};

struct UsStateStatus {
  std::vector<Bracket> brackets{};
  std::optional<int64_t> standard_deduction{};
  std::vector<ExemptionTier> exemptions{};
  std::vector<Flag> flags{};  // stale rows of this status
};

// us-state-rules-YEAR.csv: how one state's rows combine (see the file's header).
struct UsStateRules {
  bool base_federal_taxable = false;
  bool standard_deduction_federal = false;
  bool exemption_per_person = false;
  bool exemption_magi_tiers = false;
  std::array<std::optional<int64_t>, kFilingStatuses> exemption_income_limit{};
  std::optional<Bracket> surtax{};   // on taxable income above floor
  std::optional<Flag> surtax_flag{};  // when the surtax threshold is an earlier year's value
  std::vector<std::string> caveats{};
};

struct UsStateTable {
  std::string code{};  // "CA"
  bool no_income_tax = false;
  std::string note{};  // the state's note in the source
  std::array<UsStateStatus, kFilingStatuses> status{};
  UsStateRules rules{};
  core::SourceLocation where{};  // its first row
};

struct UsLocalTable {
  std::string code{};  // "NYC"
  std::array<std::vector<Bracket>, kFilingStatuses> brackets{};
  std::string file{};
};

struct UkTable {
  std::string file{};
  std::string tax_year{};  // "2026-27"
  int64_t personal_allowance = 0;
  int64_t taper_threshold = 0;
  int64_t taper_rate = 0;
  std::vector<Bracket> rest_of_uk_bands{};  // floors of income above the personal allowance
  std::vector<Bracket> scotland_bands{};
  std::vector<Flag> scotland_flags{};
  int64_t ni_primary_threshold = 0;  // annual
  int64_t ni_upper_earnings_limit = 0;
  int64_t ni_main_rate = 0;
  int64_t ni_additional_rate = 0;
  int64_t student_loan_rate = 0;
  int64_t postgraduate_loan_rate = 0;
  std::array<int64_t, 5> student_loan_threshold{};  // indexed by StudentLoan (kNone unused)
  int64_t postgraduate_loan_threshold = 0;
};

// One zone of the German tariff: tax = (a * y + b) * y + c with y = (X - origin) / 10,000, X the taxable
// income in whole euros; a, b, c in cents of a euro (2 decimals). Zones 4 and 5 (linear) have a = 0,
// origin = 0, b = rate * 10,000 and c = -subtract.
struct GermanZone {
  int64_t upper = 0;   // euros, inclusive; the last zone has no upper bound (INT64_MAX)
  int64_t origin = 0;  // euros
  int64_t a = 0;
  int64_t b = 0;
  int64_t c = 0;
};

struct DeTable {
  std::string file{};
  std::string pap_file{};
  int64_t grundfreibetrag = 0;  // euros
  std::vector<GermanZone> zones{};
  int64_t arbeitnehmer_pauschbetrag = 0;    // euros
  int64_t sonderausgaben_pauschbetrag = 0;  // euros, per person
  int64_t soli_rate = 0;
  int64_t soli_threshold = 0;  // euros of income tax, single
  int64_t soli_phase_in_rate = 0;
  int64_t pension_rate = 0;
  int64_t unemployment_rate = 0;
  int64_t health_general_rate = 0;
  int64_t health_average_extra_rate = 0;  // total (employee pays half)
  int64_t care_rate = 0;
  int64_t care_rate_saxony = 0;
  int64_t care_childless_surcharge = 0;
  int64_t care_reduction_per_child = 0;
  int64_t ceiling_pension_unemployment = 0;  // cents a year
  int64_t ceiling_health_care = 0;
  int64_t vsp_health_reduced_rate = 0;  // PAP: half the reduced general rate
  int64_t vsp_other_cap = 0;            // cents
  int64_t splitting_divisor = 0;
};

struct CaProvince {
  std::string code{};  // "ON"
  std::vector<Bracket> brackets{};
  std::optional<int64_t> basic_personal_amount{};  // nullopt when the data has none (MISSING)
  std::vector<Bracket> surtax{};  // on basic provincial tax (Ontario); empty when none
  std::vector<Flag> flags{};      // MISSING and CAUTION markers, single-source figures
};

struct CaTable {
  std::string file{};
  std::string credits_file{};
  std::vector<Bracket> federal{};
  int64_t basic_personal_amount_max = 0;
  int64_t basic_personal_amount_min = 0;
  int64_t canada_employment_amount = 0;
  std::vector<Flag> federal_flags{};
  int64_t cpp_rate = 0;
  int64_t cpp_basic_exemption = 0;
  int64_t cpp_ympe = 0;
  int64_t cpp_max = 0;
  int64_t cpp_first_additional_rate = 0;
  int64_t cpp2_rate = 0;
  int64_t cpp2_yampe = 0;
  int64_t cpp2_max = 0;
  int64_t ei_rate = 0;
  int64_t ei_max_insurable = 0;
  int64_t ei_max = 0;
  // ca-YEAR-credits.toml: which contributions give a credit at the lowest rate.
  bool federal_credit_base_cpp = false;
  bool federal_credit_ei = false;
  bool federal_credit_employment_amount = false;
  bool provincial_credit_base_cpp = false;
  bool provincial_credit_ei = false;
  std::map<std::string, CaProvince> provinces{};
};

// Everything read for one year; a country whose files are absent stays empty.
struct TaxTables {
  int year = 0;
  std::optional<UsFederalTable> us_federal{};
  std::map<std::string, UsStateTable> us_states{};
  std::optional<UsLocalTable> nyc{};
  std::optional<UkTable> uk{};
  std::optional<DeTable> de{};
  std::optional<CaTable> ca{};
};

}  // namespace walkaway::tax
