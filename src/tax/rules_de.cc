// The German rules: employee social insurance with its ceilings, and the wage tax of the official 2026
// programme (Vorsorgepauschale, Pauschbeträge, § 32a tariff, Splittingtarif, Solidaritätszuschlag).

#include <algorithm>
#include <utility>

#include "tax/parse_util.h"
#include "tax/rules_build.h"

namespace walkaway::tax {
namespace {

const char* kDeNotModelled =
    "not modelled (Germany): church tax (8-9% of the wage tax, members only), private health insurance, "
    "Steuerklassen II, IV-VI and the Faktorverfahren, child allowances in the wage tax, company pension "
    "(bAV) conversion; the figure is the year's wage tax by the official annual table, which a tax return "
    "can change";

}  // namespace

core::Result<PlaceRules> BuildDe(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                 FlaggedValues /*flagged: the German files flag nothing*/) {
  if (!tables.de) return NoTaxData(place, tables.year, "the German tables for the year are absent");
  if (profile.filing_status == FilingStatus::kHeadOfHousehold) {
    return core::Error::InvalidInput("head_of_household is a US filing status; in Germany use single or married_joint",
                                     "tax.filing_status");
  }
  const DeTable& t = *tables.de;
  PlaceRules out;
  out.place = place;
  out.year = tables.year;
  out.tables_year = std::to_string(tables.year);
  out.currency = "EUR";
  out.profile = profile;
  out.sources = {t.file, t.pap_file};

  const int64_t extra = profile.health_extra_rate_bp ? int64_t{*profile.health_extra_rate_bp} * 1000
                                                      : t.health_average_extra_rate;
  int64_t care = place.region == "SN" ? t.care_rate_saxony : t.care_rate;
  if (profile.children == 0) {
    care += t.care_childless_surcharge;
  } else {
    care -= t.care_reduction_per_child * std::clamp<int64_t>(profile.children - 1, 0, 4);
  }
  DeRules de;
  de.pension_rate = t.pension_rate;
  de.unemployment_rate = t.unemployment_rate;
  de.health_rate = t.health_general_rate + extra / 2;
  de.care_rate = care;
  de.ceiling_pension = t.ceiling_pension_unemployment;
  de.ceiling_health = t.ceiling_health_care;
  de.vsp_pension_rate = t.pension_rate;
  de.vsp_health_care_rate = t.vsp_health_reduced_rate + extra / 2 + care;
  de.vsp_unemployment_rate = t.unemployment_rate;
  de.vsp_other_cap = t.vsp_other_cap;
  de.arbeitnehmer_pauschbetrag = t.arbeitnehmer_pauschbetrag;
  de.sonderausgaben_pauschbetrag = t.sonderausgaben_pauschbetrag;
  de.divisor = profile.filing_status == FilingStatus::kMarriedJoint ? t.splitting_divisor : 1;
  de.zones = t.zones;
  de.soli_rate = t.soli_rate;
  de.soli_threshold = t.soli_threshold * de.divisor;
  de.soli_phase_in_rate = t.soli_phase_in_rate;

  out.lines = {
      LineSpec{"Wage tax (Lohnsteuer)", LineKind::kIncomeTax, Level::kNational},
      LineSpec{"Solidarity surcharge", LineKind::kIncomeTax, Level::kNational},
      LineSpec{"Pension insurance", LineKind::kContribution, Level::kNational},
      LineSpec{"Unemployment insurance", LineKind::kContribution, Level::kNational},
      LineSpec{"Health insurance", LineKind::kContribution, Level::kNational},
      LineSpec{"Care insurance", LineKind::kContribution, Level::kNational},
  };
  if (profile.filing_status == FilingStatus::kMarriedJoint) {
    out.caveats.push_back("married: Steuerklasse III (Splittingtarif) with the spouse earning nothing");
  }
  out.caveats.push_back("health insurance at a Zusatzbeitrag of " + Percent(extra) +
                        (profile.health_extra_rate_bp ? "" : " (the 2026 average; each fund sets its own)"));
  if (profile.children == 0) {
    out.caveats.push_back("care insurance includes the childless surcharge (" + Percent(t.care_childless_surcharge) +
                          "), as for anyone 23 or older without children");
  }
  out.caveats.push_back(kDeNotModelled);
  out.model = std::move(de);
  return out;
}

}  // namespace walkaway::tax
