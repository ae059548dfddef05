// The US rules: federal income tax, the state's income tax as us-state-rules describes it, New York
// City's, and the employee's FICA. Every income tax becomes one schedule of wages less pre-tax
// contributions, with its deductions composed in (Schedule::WithDeduction).

#include <utility>

#include "tax/parse_util.h"
#include "tax/rules_build.h"

namespace walkaway::tax {
namespace {

// The flags of the rows this state's rules use (a standard-deduction row is not used when the state
// takes the federal amount).
std::vector<Flag> UsedFlags(const UsStateTable& st, const UsStateStatus& ss) {
  std::vector<Flag> out;
  for (const Flag& f : ss.flags) {
    const bool std_row = f.component == "standard_deduction";
    if (std_row && (st.rules.standard_deduction_federal || st.rules.base_federal_taxable)) continue;
    out.push_back(f);
  }
  if (st.rules.surtax_flag) out.push_back(*st.rules.surtax_flag);
  return out;
}

// The deduction from wages (less pre-tax contributions) before the state's brackets, by income tier.
std::vector<ExemptionTier> StateDeduction(const UsStateTable& st, const UsStateStatus& ss, FilingStatus status,
                                          int64_t federal_std) {
  const UsStateRules& r = st.rules;
  int64_t fixed = 0;
  if (r.base_federal_taxable || r.standard_deduction_federal) {
    fixed = federal_std;
  } else {
    fixed = ss.standard_deduction.value_or(0);
  }
  const int64_t persons = r.exemption_per_person && status == FilingStatus::kMarriedJoint ? 2 : 1;
  std::vector<ExemptionTier> tiers;
  if (r.exemption_magi_tiers) {
    for (const ExemptionTier& t : ss.exemptions) tiers.push_back(ExemptionTier{t.from_income, fixed + t.amount * persons});
  } else {
    int64_t exemption = 0;
    for (const ExemptionTier& t : ss.exemptions) exemption += t.amount * persons;
    tiers.push_back(ExemptionTier{0, fixed + exemption});
    const std::optional<int64_t>& limit = r.exemption_income_limit[Index(status)];
    if (limit && exemption > 0) tiers.push_back(ExemptionTier{*limit + 1, fixed});
  }
  if (tiers.empty() || tiers.front().from_income != 0) tiers.insert(tiers.begin(), ExemptionTier{0, fixed});
  return tiers;
}

Schedule StateBrackets(const UsStateTable& st, const UsStateStatus& ss) {
  const Schedule brackets = Schedule::FromBrackets(ss.brackets);
  if (!st.rules.surtax) return brackets;
  const Schedule surtax = Schedule::FromBrackets({Bracket{0, 0}, *st.rules.surtax});
  return Schedule::Sum({&brackets, &surtax});
}

const char* kUsNotModelled =
    "not modelled (US): tax credits (child tax credit, EITC and others), itemised deductions, the AMT and "
    "ISO exercises, local taxes outside New York City, state disability and paid-leave programmes; the "
    "federal tax is the exact bracket formula, not the IRS Tax Table's $50 bands below $100,000; bonuses and "
    "sign-on are ordinary wages (the 22% federal supplemental rate is withholding, settled on the return)";

}  // namespace

core::Result<PlaceRules> BuildUs(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged) {
  if (!tables.us_federal) return NoTaxData(place, tables.year, "the US federal tables for the year are absent");
  const UsFederalTable& fed = *tables.us_federal;
  auto state_it = tables.us_states.find(place.region);
  if (state_it == tables.us_states.end()) return NoTaxData(place, tables.year, "the state tables for the year are absent");
  const UsStateTable& st = state_it->second;
  const FilingStatus status = profile.filing_status;
  const size_t si = Index(status);

  PlaceRules out;
  out.place = place;
  out.year = tables.year;
  out.tables_year = std::to_string(tables.year);
  out.currency = "USD";
  out.profile = profile;
  out.sources = {fed.file, st.where.file};
  UsRules us;
  const int64_t federal_std = fed.standard_deduction[si];
  us.income_taxes.push_back(Schedule::WithDeduction(Schedule::FromBrackets(fed.brackets[si]), {{0, federal_std}}));
  out.lines.push_back(LineSpec{"US federal income tax", LineKind::kIncomeTax, Level::kNational});

  const std::string state_name = PlaceName(Place{place.country, place.region, {}});
  const std::string state_short = state_name.substr(0, state_name.find(','));
  if (!st.no_income_tax) {
    const UsStateStatus& ss = st.status[si];
    core::Status ok = ApplyFlags(UsedFlags(st, ss), flagged, Place{place.country, place.region, {}}, tables.year,
                                 out.caveats);
    if (!ok) return ok.error();
    const std::vector<ExemptionTier> deduction = StateDeduction(st, ss, status, federal_std);
    us.income_taxes.push_back(Schedule::WithDeduction(StateBrackets(st, ss), deduction));
    out.lines.push_back(LineSpec{state_short + " income tax", LineKind::kIncomeTax, Level::kRegional});
    if (place.locality == "NYC") {
      if (!tables.nyc) return NoTaxData(place, tables.year, "the New York City tables for the year are absent");
      // NYC taxes New York State taxable income: the same deductions as the state.
      us.income_taxes.push_back(Schedule::WithDeduction(Schedule::FromBrackets(tables.nyc->brackets[si]), deduction));
      out.lines.push_back(LineSpec{"New York City income tax", LineKind::kIncomeTax, Level::kLocal});
      out.sources.push_back(tables.nyc->file);
    }
  } else if (!place.locality.empty()) {
    return NoTaxData(place, tables.year, "no local income tax is modelled there");
  }
  for (const std::string& c : st.rules.caveats) out.caveats.push_back(state_short + ": " + c);

  us.payroll.push_back(Schedule::Band(0, fed.social_security_wage_base, fed.social_security_rate));
  us.payroll.push_back(Schedule::FromBrackets({Bracket{0, fed.medicare_rate}}));
  us.payroll.push_back(Schedule::FromBrackets(
      {Bracket{0, 0}, Bracket{fed.additional_medicare_threshold[si], fed.additional_medicare_rate}}));
  for (const char* name : {"Social Security", "Medicare", "Additional Medicare Tax"}) {
    out.lines.push_back(LineSpec{name, LineKind::kContribution, Level::kNational});
  }
  std::vector<const Schedule*> taxes;
  for (const Schedule& s : us.income_taxes) taxes.push_back(&s);
  us.income_tax_total = Schedule::Sum(taxes);
  us.social_security_rate = fed.social_security_rate;
  us.social_security_wage_base = fed.social_security_wage_base;
  us.medicare_rate = fed.medicare_rate;
  us.additional_medicare_rate = fed.additional_medicare_rate;
  us.additional_medicare_threshold = fed.additional_medicare_threshold[si];

  if (status != FilingStatus::kSingle) {
    out.caveats.push_back(std::string(FilingStatusName(status)) +
                          ": the income given is the household's; a spouse's own earnings are not modelled");
  }
  out.caveats.push_back(kUsNotModelled);
  out.model = std::move(us);
  return out;
}

}  // namespace walkaway::tax
