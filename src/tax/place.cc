#include "walkaway/tax/place.h"

#include <array>
#include <utility>

namespace walkaway::tax {
namespace {

struct Region {
  std::string_view code;
  std::string_view name;
};

constexpr std::array<Region, 51> kUsStates = {{
    {"AK", "Alaska"},        {"AL", "Alabama"},       {"AR", "Arkansas"},       {"AZ", "Arizona"},
    {"CA", "California"},    {"CO", "Colorado"},      {"CT", "Connecticut"},    {"DC", "District of Columbia"},
    {"DE", "Delaware"},      {"FL", "Florida"},       {"GA", "Georgia"},        {"HI", "Hawaii"},
    {"IA", "Iowa"},          {"ID", "Idaho"},         {"IL", "Illinois"},       {"IN", "Indiana"},
    {"KS", "Kansas"},        {"KY", "Kentucky"},      {"LA", "Louisiana"},      {"MA", "Massachusetts"},
    {"MD", "Maryland"},      {"ME", "Maine"},         {"MI", "Michigan"},       {"MN", "Minnesota"},
    {"MO", "Missouri"},      {"MS", "Mississippi"},   {"MT", "Montana"},        {"NC", "North Carolina"},
    {"ND", "North Dakota"},  {"NE", "Nebraska"},      {"NH", "New Hampshire"},  {"NJ", "New Jersey"},
    {"NM", "New Mexico"},    {"NV", "Nevada"},        {"NY", "New York"},       {"OH", "Ohio"},
    {"OK", "Oklahoma"},      {"OR", "Oregon"},        {"PA", "Pennsylvania"},   {"RI", "Rhode Island"},
    {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},      {"TX", "Texas"},
    {"UT", "Utah"},          {"VA", "Virginia"},      {"VT", "Vermont"},        {"WA", "Washington"},
    {"WI", "Wisconsin"},     {"WV", "West Virginia"}, {"WY", "Wyoming"},
}};

constexpr std::array<Region, 4> kUkNations = {{
    {"ENG", "England"}, {"WLS", "Wales"}, {"NIR", "Northern Ireland"}, {"SCT", "Scotland"}}};

constexpr std::array<Region, 16> kGermanLaender = {{
    {"BW", "Baden-Wuerttemberg"}, {"BY", "Bavaria"},   {"BE", "Berlin"},       {"BB", "Brandenburg"},
    {"HB", "Bremen"},             {"HH", "Hamburg"},   {"HE", "Hesse"},        {"MV", "Mecklenburg-Vorpommern"},
    {"NI", "Lower Saxony"},       {"NW", "North Rhine-Westphalia"}, {"RP", "Rhineland-Palatinate"},
    {"SL", "Saarland"},           {"SN", "Saxony"},    {"ST", "Saxony-Anhalt"}, {"SH", "Schleswig-Holstein"},
    {"TH", "Thuringia"}}};

// All thirteen are named so that messages read well; only ON and BC have tax data.
constexpr std::array<Region, 13> kCanadianProvinces = {{
    {"AB", "Alberta"},  {"BC", "British Columbia"}, {"MB", "Manitoba"}, {"NB", "New Brunswick"},
    {"NL", "Newfoundland and Labrador"}, {"NS", "Nova Scotia"}, {"NT", "Northwest Territories"},
    {"NU", "Nunavut"},  {"ON", "Ontario"}, {"PE", "Prince Edward Island"}, {"QC", "Quebec"},
    {"SK", "Saskatchewan"}, {"YT", "Yukon"}}};

template <size_t N>
std::string_view RegionName(const std::array<Region, N>& table, std::string_view code) {
  for (const Region& r : table) {
    if (r.code == code) return r.name;
  }
  return {};
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string_view CountryName(Country c) {
  switch (c) {
    case Country::kUnitedStates: return "United States";
    case Country::kUnitedKingdom: return "United Kingdom";
    case Country::kGermany: return "Germany";
    case Country::kCanada: return "Canada";
  }
  return "?";
}

std::string_view RegionNameFor(Country country, std::string_view code) {
  switch (country) {
    case Country::kUnitedStates: return RegionName(kUsStates, code);
    case Country::kUnitedKingdom: return RegionName(kUkNations, code);
    case Country::kGermany: return RegionName(kGermanLaender, code);
    case Country::kCanada: return RegionName(kCanadianProvinces, code);
  }
  return {};
}

}  // namespace

std::string_view CountryCode(Country country) {
  switch (country) {
    case Country::kUnitedStates: return "US";
    case Country::kUnitedKingdom: return "GB";
    case Country::kGermany: return "DE";
    case Country::kCanada: return "CA";
  }
  return "?";
}

std::optional<Country> CountryFromCode(std::string_view iso_code) {
  const std::string code = Upper(iso_code);
  if (code == "US") return Country::kUnitedStates;
  if (code == "GB" || code == "UK") return Country::kUnitedKingdom;
  if (code == "DE") return Country::kGermany;
  if (code == "CA") return Country::kCanada;
  return std::nullopt;
}

std::string PlaceName(const Place& place) {
  std::string out;
  if (place.locality == "NYC") out = "New York City, ";
  if (!place.region.empty()) {
    const std::string_view name = RegionNameFor(place.country, place.region);
    out += name.empty() ? place.region : std::string(name);
    out += ", ";
  }
  out += CountryName(place.country);
  return out;
}

core::Result<Place> MakePlace(std::string_view country, std::string_view region, std::string_view locality) {
  const std::optional<Country> c = CountryFromCode(country);
  if (!c) {
    return core::Error::NotFound("no tax data for country '" + std::string(country) +
                                     "': walkaway models US, GB, DE and CA",
                                 "tax.country");
  }
  Place place{*c, Upper(region), Upper(locality)};
  if (place.region.empty()) {
    return core::Error::InvalidInput("no tax data for " + PlaceName(place) +
                                         " without a region: the tax differs by " +
                                         (*c == Country::kGermany ? std::string("Land (Saxony's care insurance)")
                                                                  : std::string("state, nation or province")),
                                     "tax.region");
  }
  if (RegionNameFor(*c, place.region).empty()) {
    return core::Error::NotFound("no tax data for region '" + std::string(region) + "' of " +
                                     std::string(CountryName(*c)),
                                 "tax.region");
  }
  if (!place.locality.empty() && !(place.locality == "NYC" && place.region == "NY")) {
    return core::Error::NotFound("no tax data for the local tax of '" + std::string(locality) + "' in " +
                                     PlaceName(Place{*c, place.region, {}}) +
                                     ": New York City is the only city modelled",
                                 "tax.locality");
  }
  return place;
}

std::string_view FilingStatusName(FilingStatus status) {
  switch (status) {
    case FilingStatus::kSingle: return "single";
    case FilingStatus::kMarriedJoint: return "married_joint";
    case FilingStatus::kHeadOfHousehold: return "head_of_household";
  }
  return "?";
}

std::optional<FilingStatus> FilingStatusFromName(std::string_view name) {
  for (FilingStatus s : {FilingStatus::kSingle, FilingStatus::kMarriedJoint, FilingStatus::kHeadOfHousehold}) {
    if (FilingStatusName(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace walkaway::tax
