// Parser for uk-YEAR-YY.toml (income tax, employee Class 1 NI, student loans). Pure.

#include "tax/parse_util.h"
#include "tax/toml_subset.h"
#include "walkaway/tax/parse.h"

namespace walkaway::tax {

core::Result<UkTable> ParseUk(std::string_view text, std::string_view file_name, int year) {
  core::Result<TomlDoc> doc = ParseTomlSubset(text, file_name);
  if (!doc) return doc.error();
  core::Status ok = CheckTaxYear(*doc, year);
  if (!ok) return ok.error();
  UkTable t;
  t.file = std::string(file_name);
  t.tax_year = doc->values.at("tax_year").text;
  ok = ReadFields(*doc, {
      {"personal_allowance.amount", 2, &t.personal_allowance},
      {"personal_allowance.taper_threshold_adjusted_net_income", 2, &t.taper_threshold},
      {"personal_allowance.taper_rate", kRateScale, &t.taper_rate},
      {"national_insurance.class1_employee.primary_threshold_annual", 2, &t.ni_primary_threshold},
      {"national_insurance.class1_employee.upper_earnings_limit_annual", 2, &t.ni_upper_earnings_limit},
      {"national_insurance.class1_employee.main_rate", kRateScale, &t.ni_main_rate},
      {"national_insurance.class1_employee.additional_rate", kRateScale, &t.ni_additional_rate},
      {"student_loans.repayment_rate", kRateScale, &t.student_loan_rate},
      {"student_loans.postgraduate_repayment_rate", kRateScale, &t.postgraduate_loan_rate},
      {"student_loans.thresholds.plan_1", 2, &t.student_loan_threshold[static_cast<size_t>(StudentLoan::kPlan1)]},
      {"student_loans.thresholds.plan_2", 2, &t.student_loan_threshold[static_cast<size_t>(StudentLoan::kPlan2)]},
      {"student_loans.thresholds.plan_4", 2, &t.student_loan_threshold[static_cast<size_t>(StudentLoan::kPlan4)]},
      {"student_loans.thresholds.plan_5", 2, &t.student_loan_threshold[static_cast<size_t>(StudentLoan::kPlan5)]},
      {"student_loans.thresholds.postgraduate", 2, &t.postgraduate_loan_threshold},
  });
  if (!ok) return ok.error();
  if (t.taper_rate <= 0) return DataError(file_name, doc->values.at("personal_allowance.taper_rate").line, "taper_rate must be positive");
  if (t.ni_upper_earnings_limit <= t.ni_primary_threshold) {
    return DataError(file_name, doc->values.at("national_insurance.class1_employee.upper_earnings_limit_annual").line,
                     "the upper earnings limit must be above the primary threshold");
  }
  core::Result<std::vector<Bracket>> ruk = ZipBrackets(*doc, "income_tax.england_wales_ni.band_floors_above_allowance",
                                                       "income_tax.england_wales_ni.rates");
  if (!ruk) return ruk.error();
  t.rest_of_uk_bands = std::move(*ruk);
  core::Result<std::vector<Bracket>> sct =
      ZipBrackets(*doc, "income_tax.scotland.band_floors_above_allowance", "income_tax.scotland.rates");
  if (!sct) return sct.error();
  t.scotland_bands = std::move(*sct);
  t.scotland_flags = FlagsFromMarkers(*doc, "income_tax.scotland");
  return t;
}

}  // namespace walkaway::tax
