// The UK rules: income tax (rest of the UK or Scotland) with the personal allowance taper, employee
// Class 1 NI and student loans per monthly pay period.

#include <utility>

#include "tax/parse_util.h"
#include "tax/rules_build.h"

namespace walkaway::tax {
namespace {

// One twelfth of an annual threshold, to the penny (HMRC's own monthly tables round to whole pounds).
int64_t Monthly(int64_t annual) { return (annual + 6) / 12; }

const char* kUkNotModelled =
    "not modelled (UK): the marriage allowance, savings and dividend income, salary sacrifice (pension "
    "contributions are taken as a net-pay arrangement: before income tax, not before NI), benefits in kind; NI "
    "and student loans are per monthly pay period with thresholds of one twelfth of the annual figure, RSUs "
    "spread over the months and bonus, sign-on and option gains paid in one month; the allowance taper is "
    "applied to the penny (GBP 1 for every GBP 2 above the threshold)";

}  // namespace

core::Result<PlaceRules> BuildUk(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged) {
  if (!tables.uk) return NoTaxData(place, tables.year, "the UK tables for the tax year are absent");
  const UkTable& t = *tables.uk;
  const bool scotland = place.region == "SCT";
  PlaceRules out;
  out.place = place;
  out.year = tables.year;
  out.tables_year = t.tax_year;
  out.currency = "GBP";
  out.profile = profile;
  out.sources = {t.file};
  if (scotland) {
    core::Status ok = ApplyFlags(t.scotland_flags, flagged, place, tables.year, out.caveats);
    if (!ok) return ok.error();
  }
  UkRules uk;
  uk.bands = Schedule::FromBrackets(scotland ? t.scotland_bands : t.rest_of_uk_bands);
  uk.personal_allowance = t.personal_allowance;
  uk.taper_threshold = t.taper_threshold;
  uk.taper_rate = t.taper_rate;
  uk.ni_threshold_month = Monthly(t.ni_primary_threshold);
  uk.ni_limit_month = Monthly(t.ni_upper_earnings_limit);
  uk.ni_main_rate = t.ni_main_rate;
  uk.ni_additional_rate = t.ni_additional_rate;
  out.lines.push_back(LineSpec{scotland ? "Income tax (Scottish rates)" : "Income tax", LineKind::kIncomeTax,
                               Level::kNational});
  out.lines.push_back(LineSpec{"National Insurance", LineKind::kContribution, Level::kNational});
  if (profile.student_loan != StudentLoan::kNone) {
    const int64_t threshold = t.student_loan_threshold[static_cast<size_t>(profile.student_loan)];
    uk.loan_month = Schedule::FromBrackets({Bracket{0, 0}, Bracket{Monthly(threshold), t.student_loan_rate}});
    const int plan[] = {0, 1, 2, 4, 5};
    out.lines.push_back(LineSpec{"Student loan (Plan " + std::to_string(plan[static_cast<int>(profile.student_loan)]) + ")",
                                 LineKind::kContribution, Level::kNational});
  }
  if (profile.postgraduate_loan) {
    uk.postgraduate_month = Schedule::FromBrackets(
        {Bracket{0, 0}, Bracket{Monthly(t.postgraduate_loan_threshold), t.postgraduate_loan_rate}});
    out.lines.push_back(LineSpec{"Postgraduate loan", LineKind::kContribution, Level::kNational});
  }
  if (profile.filing_status != FilingStatus::kSingle) {
    out.caveats.push_back("the UK taxes each person separately: the filing status is not used");
  }
  out.caveats.push_back(kUkNotModelled);
  out.model = std::move(uk);
  return out;
}

}  // namespace walkaway::tax
