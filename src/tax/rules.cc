// BuildPlaceRules: picks the country's builder (rules_us.cc, rules_uk.cc, rules_de.cc, rules_ca.cc) and
// applies the flag policy shared by all of them.

#include "walkaway/tax/rules.h"

#include "tax/rules_build.h"

namespace walkaway::tax {
namespace {

std::string Where(const core::SourceLocation& where) {
  return where.line > 0 ? where.file + ":" + std::to_string(where.line) : where.file;
}

}  // namespace

core::Error NoTaxData(const Place& place, int year, const std::string& why) {
  return core::Error::NotFound("no tax data for " + PlaceName(place) + " " + std::to_string(year) +
                               (why.empty() ? "" : ": " + why));
}

core::Status ApplyFlags(const std::vector<Flag>& flags, FlaggedValues policy, const Place& place, int year,
                        std::vector<std::string>& caveats) {
  std::string stale_items;
  int stale_count = 0;
  std::string stale_where;
  for (const Flag& f : flags) {
    if (f.kind == FlagKind::kCaution) {
      caveats.push_back("caution: " + f.what + " (" + Where(f.where) + ")");
      continue;
    }
    if (policy == FlaggedValues::kRefuse) {
      return NoTaxData(place, year, Where(f.where) + ": " + f.what);
    }
    if (f.kind == FlagKind::kMissing) {
      caveats.push_back("left out, no figure in the data: " + f.what + " (" + Where(f.where) + ")");
      continue;
    }
    ++stale_count;
    if (!stale_items.empty()) stale_items += "; ";
    stale_items += f.what.substr(0, f.what.find(": "));
    stale_where += (stale_where.empty() ? Where(f.where) : "," + std::to_string(f.where.line));
  }
  if (stale_count > 0) {
    caveats.push_back(std::to_string(stale_count) + " indexed figure" + (stale_count > 1 ? "s" : "") +
                      " with no official " + std::to_string(year) + " value: the latest earlier value is used (" +
                      stale_items + ") (" + stale_where + ")");
  }
  return core::Ok{};
}

core::Result<PlaceRules> BuildPlaceRules(const TaxTables& tables, const Place& place, const TaxProfile& profile,
                                         FlaggedValues flagged) {
  if (profile.children < 0) return core::Error::InvalidInput("children must be 0 or more", "tax.children");
  if (profile.health_extra_rate_bp && (*profile.health_extra_rate_bp < 0 || *profile.health_extra_rate_bp > 1000)) {
    return core::Error::InvalidInput("the health Zusatzbeitrag must be between 0 and 10 %", "tax.health_extra_rate");
  }
  switch (place.country) {
    case Country::kUnitedStates: return BuildUs(tables, place, profile, flagged);
    case Country::kUnitedKingdom: return BuildUk(tables, place, profile, flagged);
    case Country::kGermany: return BuildDe(tables, place, profile, flagged);
    case Country::kCanada: return BuildCa(tables, place, profile, flagged);
  }
  return core::Error::Internal("unknown country");
}

}  // namespace walkaway::tax
