#include "comp/tax_place.h"

#include <cmath>
#include <string_view>

#include "walkaway/tax/place.h"
#include "walkaway/tax/residence.h"

namespace walkaway::comp {
namespace {

using core::Error;

// tax::MakePlace names its fields "tax.country", "tax.region", "tax.locality"; the case file's
// are "<job>.tax.country", "<job>.tax.region", "<job>.tax.city".
std::string FieldOf(const std::string& job_path, const std::string& tax_field) {
  std::string field = tax_field == "tax.locality" ? "tax.city" : tax_field.empty() ? "tax.country" : tax_field;
  return job_path.empty() ? field : job_path + "." + field;
}

core::Result<tax::Place> PlaceOf(const core::TaxSetting& t, const std::string& job_path) {
  core::Result<tax::Place> place = tax::MakePlace(t.country, t.region, t.city);
  if (!place) {
    Error e = place.error();
    e.field_path = FieldOf(job_path, e.field_path);
    e.hint = "places with tax data: US (a state code, and city = \"NYC\" in NY), GB (ENG, WLS, NIR, SCT), "
             "DE (a Land code, such as BE or BY), CA (ON or BC)";
    return e;
  }
  return place;
}

core::Status CheckOne(const core::TaxSetting& t, const std::string& job_path) {
  if (t.country.empty() && (!t.region.empty() || !t.city.empty())) {
    return Error::InvalidInput("a tax region or city needs its country", FieldOf(job_path, "tax.country"));
  }
  if (!t.country.empty()) {
    if (core::Result<tax::Place> p = PlaceOf(t, job_path); !p) return p.error();
  }
  if (t.children && (*t.children < 0 || *t.children > 20)) {
    return Error::InvalidInput("expected 0 to 20 children, found " + std::to_string(*t.children),
                               FieldOf(job_path, "tax.children"));
  }
  if (t.health_extra_rate_pct && !(*t.health_extra_rate_pct >= 0 && *t.health_extra_rate_pct <= 10)) {
    return Error::InvalidInput("expected a Zusatzbeitrag of 0 to 10 %", FieldOf(job_path, "tax.health_extra_rate_pct"));
  }
  if (t.pretax_retirement_pct && !(*t.pretax_retirement_pct >= 0 && *t.pretax_retirement_pct <= 100)) {
    return Error::InvalidInput("expected a share of 0 to 100 % of salary", FieldOf(job_path, "tax.pretax_retirement_pct"));
  }
  return core::Ok{};
}

tax::TaxProfile ProfileOf(const core::TaxSetting& own, const core::TaxSetting& all) {
  tax::TaxProfile p;
  const auto pick = [](const auto& a, const auto& b) { return a ? a : b; };
  if (const auto f = pick(own.filing_status, all.filing_status)) {
    p.filing_status = *f == core::TaxFiling::kMarriedJoint      ? tax::FilingStatus::kMarriedJoint
                      : *f == core::TaxFiling::kHeadOfHousehold ? tax::FilingStatus::kHeadOfHousehold
                                                                : tax::FilingStatus::kSingle;
  }
  if (const auto l = pick(own.student_loan, all.student_loan)) {
    switch (*l) {
      case core::StudentLoanPlan::kNone: p.student_loan = tax::StudentLoan::kNone; break;
      case core::StudentLoanPlan::kPlan1: p.student_loan = tax::StudentLoan::kPlan1; break;
      case core::StudentLoanPlan::kPlan2: p.student_loan = tax::StudentLoan::kPlan2; break;
      case core::StudentLoanPlan::kPlan4: p.student_loan = tax::StudentLoan::kPlan4; break;
      case core::StudentLoanPlan::kPlan5: p.student_loan = tax::StudentLoan::kPlan5; break;
    }
  }
  p.postgraduate_loan = pick(own.postgraduate_loan, all.postgraduate_loan).value_or(false);
  p.children = pick(own.children, all.children).value_or(0);
  if (const auto r = pick(own.health_extra_rate_pct, all.health_extra_rate_pct)) {
    p.health_extra_rate_bp = static_cast<int>(std::lround(*r * 100));
  }
  return p;
}

}  // namespace

core::Status CheckTaxSettings(const core::Case& c) {
  if (core::Status s = CheckOne(c.tax, ""); !s) return s;
  if (const auto& t = c.candidate.situation.current.tax) {
    if (core::Status s = CheckOne(*t, "candidate.situation.current"); !s) return s;
  }
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (const auto& t = c.offers[i].tax) {
      if (core::Status s = CheckOne(*t, "offers[" + std::to_string(i) + "]"); !s) return s;
    }
  }
  return core::Ok{};
}

core::Result<JobTax> ResolveJobTax(const core::Case& c, const JobTaxFacts& job, core::Date start,
                                   const tax::RulesSource& source) {
  const core::TaxSetting own = job.own != nullptr && *job.own ? **job.own : core::TaxSetting{};
  const int year = start.year;
  JobTax out;
  core::Result<tax::Place> place = Error::NotFound("");
  if (!own.country.empty()) {
    place = PlaceOf(own, job.path);
  } else {
    const std::string& where = job.location;
    place = where.empty() ? core::Result<tax::Place>(Error::NotFound("the job has no location"))
                          : tax::PlaceFromLocation(where, job.country, year);
    if (!place && !c.tax.country.empty()) {
      core::Result<tax::Place> home = PlaceOf(c.tax, "");
      if (home) {
        out.input.caveats.push_back("taxed where you live (" + tax::PlaceName(*home) + ", from [tax]): " +
                                    (where.empty() ? "the job names no location"
                                                   : "the job's location '" + where + "' names no place with tax data"));
      }
      place = std::move(home);
    }
  }
  if (!place) return place.error();
  const tax::TaxProfile profile = ProfileOf(own, c.tax);
  core::Result<std::shared_ptr<const tax::PlaceRules>> rules = source.Rules(*place, profile, year);
  if (!rules) return rules.error();
  out.rules = *rules;
  if (out.rules->currency != job.currency) {
    // An offer can say its own currency; the current job is in the candidate's.
    const bool current = job.path.rfind("candidate.", 0) == 0;
    return Error::InvalidInput("the pay is in " + job.currency + " and " + tax::PlaceName(*place) + " taxes it in " +
                               out.rules->currency +
                               (current ? ": take-home needs the candidate's currency to be " + out.rules->currency
                                        : ": give the offer's pay in " + out.rules->currency +
                                              " (currency and exchange_rate) for a take-home figure"));
  }
  out.input.rules = out.rules.get();
  const auto pct = own.pretax_retirement_pct ? own.pretax_retirement_pct : c.tax.pretax_retirement_pct;
  out.input.pretax_share = pct.value_or(0) / 100.0;
  // The rules of the start year serve every year of the projection: later years' brackets are not
  // guessed, and thresholds that rise with prices are held.
  out.input.caveats.push_back("the " + out.rules->tables_year + " tables are used for every year of the projection" +
                              (out.rules->year < year ? " (there are none for " + std::to_string(year) + ")" : "") +
                              ": brackets that rise with prices are held");
  out.input.caveats.push_back(
      "each 12-month year from the start date is taxed as one tax year; equity is taxed in the year it vests, "
      "at its simulated value (a private company's shares are often taxed only when they can be sold)");
  out.input.caveats.push_back(
      "take-home leaves out what the employer adds in kind (retirement match, health premiums) and commute costs");
  return out;
}

}  // namespace walkaway::comp
