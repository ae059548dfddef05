// Parser for de-YEAR.toml (tariff, Soli, social insurance) and de-YEAR-pap.toml (the wage-tax steps). Pure.

#include <limits>

#include "tax/parse_util.h"
#include "tax/toml_subset.h"
#include "walkaway/tax/parse.h"

namespace walkaway::tax {

core::Result<DeTable> ParseDe(std::string_view tariff_text, std::string_view tariff_file, std::string_view pap_text,
                              std::string_view pap_file, int year) {
  core::Result<TomlDoc> doc = ParseTomlSubset(tariff_text, tariff_file);
  if (!doc) return doc.error();
  core::Result<TomlDoc> pap = ParseTomlSubset(pap_text, pap_file);
  if (!pap) return pap.error();
  core::Status ok = CheckTaxYear(*doc, year);
  if (!ok) return ok.error();
  ok = CheckTaxYear(*pap, year);
  if (!ok) return ok.error();

  DeTable t;
  t.file = std::string(tariff_file);
  t.pap_file = std::string(pap_file);
  int64_t zone2_upper = 0, zone3_upper = 0, zone4_upper = 0, z2a = 0, z2b = 0, z3a = 0, z3b = 0, z3c = 0, z4r = 0,
          z4s = 0, z5r = 0, z5s = 0, health_total_check = 0;
  ok = ReadFields(*doc, {
      {"income_tax.grundfreibetrag", 0, &t.grundfreibetrag},
      {"income_tax.zone2_upper", 0, &zone2_upper},
      {"income_tax.zone3_upper", 0, &zone3_upper},
      {"income_tax.zone4_upper", 0, &zone4_upper},
      {"income_tax.zone2_a", 2, &z2a},
      {"income_tax.zone2_b", 2, &z2b},
      {"income_tax.zone3_a", 2, &z3a},
      {"income_tax.zone3_b", 2, &z3b},
      {"income_tax.zone3_c", 2, &z3c},
      {"income_tax.zone4_rate", kRateScale, &z4r},
      {"income_tax.zone4_subtract", 2, &z4s},
      {"income_tax.zone5_rate", kRateScale, &z5r},
      {"income_tax.zone5_subtract", 2, &z5s},
      {"income_tax.allowances.arbeitnehmer_pauschbetrag", 0, &t.arbeitnehmer_pauschbetrag},
      {"solidarity_surcharge.rate", kRateScale, &t.soli_rate},
      {"solidarity_surcharge.freigrenze_income_tax", 0, &t.soli_threshold},
      {"solidarity_surcharge.milderungszone_rate", kRateScale, &t.soli_phase_in_rate},
      {"social_insurance_employee.pension_rate", kRateScale, &t.pension_rate},
      {"social_insurance_employee.unemployment_rate", kRateScale, &t.unemployment_rate},
      {"social_insurance_employee.health_general_rate", kRateScale, &t.health_general_rate},
      {"social_insurance_employee.health_average_zusatzbeitrag_total", kRateScale, &t.health_average_extra_rate},
      {"social_insurance_employee.health_employee_total_at_average", kRateScale, &health_total_check},
      {"social_insurance_employee.care_rate", kRateScale, &t.care_rate},
      {"social_insurance_employee.care_childless_surcharge", kRateScale, &t.care_childless_surcharge},
      {"social_insurance_employee.care_reduction_per_child_2_to_5", kRateScale, &t.care_reduction_per_child},
      {"social_insurance_employee.ceiling_pension_unemployment_annual", 2, &t.ceiling_pension_unemployment},
      {"social_insurance_employee.ceiling_health_care_annual", 2, &t.ceiling_health_care},
  });
  if (!ok) return ok.error();
  ok = ReadFields(*pap, {
      {"vorsorgepauschale.health_reduced_rate_employee", kRateScale, &t.vsp_health_reduced_rate},
      {"vorsorgepauschale.care_rate_saxony_employee", kRateScale, &t.care_rate_saxony},
      {"vorsorgepauschale.other_insurance_cap", 2, &t.vsp_other_cap},
      {"tabellenfreibetraege.sonderausgaben_pauschbetrag_all_classes", 0, &t.sonderausgaben_pauschbetrag},
      {"steuerberechnung.splitting_divisor_class_3", 0, &t.splitting_divisor},
  });
  if (!ok) return ok.error();
  // The file states the employee's health rate at the average Zusatzbeitrag; it must agree with its parts.
  if (t.health_general_rate + t.health_average_extra_rate / 2 != health_total_check) {
    return DataError(tariff_file, doc->values.at("social_insurance_employee.health_employee_total_at_average").line,
                     "health_employee_total_at_average is not health_general_rate + half the Zusatzbeitrag");
  }
  if (!(t.grundfreibetrag < zone2_upper && zone2_upper < zone3_upper && zone3_upper < zone4_upper)) {
    return DataError(tariff_file, doc->values.at("income_tax.zone2_upper").line, "tariff zones must increase");
  }
  if (t.splitting_divisor < 1) {
    return DataError(pap_file, pap->values.at("steuerberechnung.splitting_divisor_class_3").line,
                     "the splitting divisor must be at least 1");
  }
  // b of a linear zone: rate * 10,000 euros in cents = rate_e7 / 10 (exact: every rate here has <= 6 decimals).
  if (z4r % 10 != 0 || z5r % 10 != 0) {
    return DataError(tariff_file, doc->values.at("income_tax.zone4_rate").line, "zone rates need at most 6 decimals");
  }
  t.zones = {
      GermanZone{t.grundfreibetrag, 0, 0, 0, 0},
      GermanZone{zone2_upper, t.grundfreibetrag, z2a, z2b, 0},
      GermanZone{zone3_upper, zone2_upper, z3a, z3b, z3c},
      GermanZone{zone4_upper, 0, 0, z4r / 10, -z4s},
      GermanZone{std::numeric_limits<int64_t>::max(), 0, 0, z5r / 10, -z5s},
  };
  return t;
}

}  // namespace walkaway::tax
