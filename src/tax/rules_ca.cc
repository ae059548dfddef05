// The Canadian rules: CPP (base and first additional), CPP2 and EI; federal and provincial income tax with
// the basic personal amount (phased down federally), the Canada employment amount and the CPP/EI credits;
// Ontario's surtax.

#include <utility>

#include "tax/parse_util.h"
#include "tax/rules_build.h"

namespace walkaway::tax {
namespace {

// Surtax thresholds whose rates add up ("20 % of tax above 5,818 plus 36 % of tax above 7,446") as
// marginal brackets of the basic provincial tax.
Schedule SurtaxSchedule(const std::vector<Bracket>& thresholds) {
  if (thresholds.empty()) return Schedule();
  std::vector<Bracket> b{Bracket{0, 0}};
  int64_t rate = 0;
  for (const Bracket& t : thresholds) {
    rate += t.rate;
    b.push_back(Bracket{t.floor, rate});
  }
  return Schedule::FromBrackets(b);
}

const char* kCaNotModelled =
    "not modelled (Canada): other credits and deductions (RRSP room, union dues, the Ontario Health Premium "
    "and Ontario tax reduction where the data has no figure), the stock-option deduction (half of an option "
    "benefit is normally deductible: take-home understated when options are exercised), Quebec";

}  // namespace

core::Result<PlaceRules> BuildCa(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues flagged) {
  if (!tables.ca) return NoTaxData(place, tables.year, "the Canadian tables for the year are absent");
  const CaTable& t = *tables.ca;
  auto it = t.provinces.find(place.region);
  if (it == t.provinces.end()) {
    return NoTaxData(place, tables.year, "provincial tax data covers Ontario and British Columbia only");
  }
  const CaProvince& p = it->second;
  PlaceRules out;
  out.place = place;
  out.year = tables.year;
  out.tables_year = std::to_string(tables.year);
  out.currency = "CAD";
  out.profile = profile;
  out.sources = {t.file, t.credits_file};
  std::vector<Flag> flags = t.federal_flags;
  flags.insert(flags.end(), p.flags.begin(), p.flags.end());
  core::Status ok = ApplyFlags(flags, flagged, place, tables.year, out.caveats);
  if (!ok) return ok.error();
  bool bpa_missing_flagged = false;
  for (const Flag& f : p.flags) bpa_missing_flagged |= f.kind == FlagKind::kMissing && f.what.find("basic personal amount") != std::string::npos;
  if (!p.basic_personal_amount && !bpa_missing_flagged) {
    return NoTaxData(place, tables.year, "the provincial basic personal amount is absent and not marked MISSING");
  }

  CaRules ca;
  ca.cpp_exemption = t.cpp_basic_exemption;
  ca.ympe = t.cpp_ympe;
  ca.yampe = t.cpp2_yampe;
  ca.ei_max_insurable = t.ei_max_insurable;
  ca.cpp_base_rate = t.cpp_rate - t.cpp_first_additional_rate;
  ca.cpp_additional_rate = t.cpp_first_additional_rate;
  ca.cpp2_rate = t.cpp2_rate;
  ca.ei_rate = t.ei_rate;
  ca.federal = Schedule::FromBrackets(t.federal);
  ca.federal_credit_rate = t.federal.front().rate;
  ca.bpa_max = t.basic_personal_amount_max;
  ca.bpa_min = t.basic_personal_amount_min;
  ca.bpa_phase_start = t.federal[3].floor;  // the file: "for net income <= 181,440 ... >= 258,482"
  ca.bpa_phase_end = t.federal[4].floor;
  ca.employment_amount = t.federal_credit_employment_amount ? t.canada_employment_amount : 0;
  ca.federal_credit_cpp = t.federal_credit_base_cpp;
  ca.federal_credit_ei = t.federal_credit_ei;
  ca.provincial = Schedule::FromBrackets(p.brackets);
  ca.provincial_credit_rate = p.brackets.front().rate;
  ca.provincial_bpa = p.basic_personal_amount.value_or(0);
  ca.provincial_credit_cpp = t.provincial_credit_base_cpp;
  ca.provincial_credit_ei = t.provincial_credit_ei;
  ca.surtax = SurtaxSchedule(p.surtax);

  const std::string province = PlaceName(place).substr(0, PlaceName(place).find(','));
  out.lines = {
      LineSpec{"Federal income tax", LineKind::kIncomeTax, Level::kNational},
      LineSpec{province + " income tax", LineKind::kIncomeTax, Level::kRegional},
      LineSpec{"CPP", LineKind::kContribution, Level::kNational},
      LineSpec{"CPP2", LineKind::kContribution, Level::kNational},
      LineSpec{"EI", LineKind::kContribution, Level::kNational},
  };
  if (!p.basic_personal_amount) {
    out.caveats.push_back(province + ": the basic personal amount credit is left out (take-home understated by about " +
                          Percent(ca.provincial_credit_rate) + " of it)");
  }
  if (profile.filing_status != FilingStatus::kSingle) {
    out.caveats.push_back("Canada taxes each person separately: the filing status is not used");
  }
  out.caveats.push_back(kCaNotModelled);
  out.model = std::move(ca);
  return out;
}

}  // namespace walkaway::tax
