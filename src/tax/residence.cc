// The residence table: cities people write in offers, mapped to the place whose tax applies. Only cities
// whose place is unambiguous are listed ("Portland" is in Oregon and Maine: the state must be named).
// "New York" means New York City. A city whose country has no tax data still resolves (Montreal ->
// Quebec): the rules then say "no tax data for Quebec".

#include "walkaway/tax/residence.h"

#include <array>

namespace walkaway::tax {
namespace {

struct CityEntry {
  std::string_view country;  // ISO alpha-2
  std::string_view city;     // lower case, ASCII (umlauts spelled out)
  std::string_view region;
  std::string_view locality;
};

constexpr std::array<CityEntry, 104> kCities = {{
    // United States
    {"US", "new york", "NY", "NYC"}, {"US", "new york city", "NY", "NYC"}, {"US", "nyc", "NY", "NYC"},
    {"US", "manhattan", "NY", "NYC"}, {"US", "brooklyn", "NY", "NYC"}, {"US", "queens", "NY", "NYC"},
    {"US", "bronx", "NY", "NYC"}, {"US", "the bronx", "NY", "NYC"}, {"US", "staten island", "NY", "NYC"},
    {"US", "buffalo", "NY", ""}, {"US", "rochester", "NY", ""}, {"US", "albany", "NY", ""},
    {"US", "san francisco", "CA", ""}, {"US", "los angeles", "CA", ""}, {"US", "san jose", "CA", ""},
    {"US", "san diego", "CA", ""}, {"US", "palo alto", "CA", ""}, {"US", "mountain view", "CA", ""},
    {"US", "sunnyvale", "CA", ""}, {"US", "cupertino", "CA", ""}, {"US", "menlo park", "CA", ""},
    {"US", "oakland", "CA", ""}, {"US", "berkeley", "CA", ""}, {"US", "santa clara", "CA", ""},
    {"US", "irvine", "CA", ""}, {"US", "seattle", "WA", ""}, {"US", "redmond", "WA", ""},
    {"US", "bellevue", "WA", ""}, {"US", "kirkland", "WA", ""}, {"US", "austin", "TX", ""},
    {"US", "dallas", "TX", ""}, {"US", "houston", "TX", ""}, {"US", "san antonio", "TX", ""},
    {"US", "plano", "TX", ""}, {"US", "boston", "MA", ""}, {"US", "cambridge", "MA", ""},
    {"US", "somerville", "MA", ""}, {"US", "chicago", "IL", ""}, {"US", "denver", "CO", ""},
    {"US", "boulder", "CO", ""}, {"US", "atlanta", "GA", ""}, {"US", "miami", "FL", ""},
    {"US", "washington dc", "DC", ""}, {"US", "philadelphia", "PA", ""}, {"US", "pittsburgh", "PA", ""},
    {"US", "raleigh", "NC", ""}, {"US", "durham", "NC", ""}, {"US", "salt lake city", "UT", ""},
    {"US", "phoenix", "AZ", ""}, {"US", "minneapolis", "MN", ""}, {"US", "detroit", "MI", ""},
    {"US", "nashville", "TN", ""}, {"US", "las vegas", "NV", ""}, {"US", "jersey city", "NJ", ""},
    {"US", "hoboken", "NJ", ""}, {"US", "newark", "NJ", ""}, {"US", "baltimore", "MD", ""},
    {"US", "columbus", "OH", ""}, {"US", "cleveland", "OH", ""},
    // United Kingdom
    {"GB", "london", "ENG", ""}, {"GB", "manchester", "ENG", ""}, {"GB", "birmingham", "ENG", ""},
    {"GB", "bristol", "ENG", ""}, {"GB", "leeds", "ENG", ""}, {"GB", "cambridge", "ENG", ""},
    {"GB", "oxford", "ENG", ""}, {"GB", "reading", "ENG", ""}, {"GB", "liverpool", "ENG", ""},
    {"GB", "sheffield", "ENG", ""}, {"GB", "newcastle", "ENG", ""}, {"GB", "edinburgh", "SCT", ""},
    {"GB", "glasgow", "SCT", ""}, {"GB", "aberdeen", "SCT", ""}, {"GB", "dundee", "SCT", ""},
    {"GB", "cardiff", "WLS", ""}, {"GB", "swansea", "WLS", ""}, {"GB", "belfast", "NIR", ""},
    // Germany
    {"DE", "berlin", "BE", ""}, {"DE", "munich", "BY", ""}, {"DE", "muenchen", "BY", ""},
    {"DE", "hamburg", "HH", ""}, {"DE", "frankfurt", "HE", ""}, {"DE", "frankfurt am main", "HE", ""},
    {"DE", "cologne", "NW", ""}, {"DE", "koeln", "NW", ""}, {"DE", "duesseldorf", "NW", ""},
    {"DE", "dusseldorf", "NW", ""}, {"DE", "stuttgart", "BW", ""}, {"DE", "leipzig", "SN", ""},
    {"DE", "dresden", "SN", ""}, {"DE", "hannover", "NI", ""}, {"DE", "nuremberg", "BY", ""},
    {"DE", "nuernberg", "BY", ""}, {"DE", "bonn", "NW", ""}, {"DE", "karlsruhe", "BW", ""},
    // Canada
    {"CA", "toronto", "ON", ""}, {"CA", "ottawa", "ON", ""}, {"CA", "waterloo", "ON", ""},
    {"CA", "mississauga", "ON", ""}, {"CA", "vancouver", "BC", ""}, {"CA", "victoria", "BC", ""},
    {"CA", "burnaby", "BC", ""}, {"CA", "montreal", "QC", ""}, {"CA", "calgary", "AB", ""},
}};

// Names a location may give for a region after its comma (codes are accepted as well).
struct RegionName {
  std::string_view country;
  std::string_view name;
  std::string_view region;
};
constexpr std::array<RegionName, 22> kRegionNames = {{
    {"GB", "england", "ENG"}, {"GB", "scotland", "SCT"}, {"GB", "wales", "WLS"},
    {"GB", "northern ireland", "NIR"}, {"CA", "ontario", "ON"}, {"CA", "british columbia", "BC"},
    {"CA", "quebec", "QC"}, {"CA", "alberta", "AB"}, {"US", "california", "CA"}, {"US", "new york", "NY"},
    {"US", "texas", "TX"}, {"US", "washington", "WA"}, {"US", "massachusetts", "MA"}, {"US", "illinois", "IL"},
    {"US", "colorado", "CO"}, {"US", "florida", "FL"}, {"US", "georgia", "GA"}, {"US", "new jersey", "NJ"},
    {"US", "pennsylvania", "PA"}, {"US", "oregon", "OR"}, {"US", "maine", "ME"}, {"US", "dc", "DC"},
}};

// Lower case ASCII; German umlauts and a few accents spelled out; runs of spaces and dots collapsed.
std::string Normalize(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char n = static_cast<unsigned char>(s[++i]);
      switch (n) {
        case 0xA4: case 0x84: out += "ae"; break;
        case 0xB6: case 0x96: out += "oe"; break;
        case 0xBC: case 0x9C: out += "ue"; break;
        case 0x9F: out += "ss"; break;
        case 0xA9: case 0xA8: case 0x89: out += "e"; break;
        default: out += '?';
      }
      continue;
    }
    char ch = static_cast<char>(c);
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch == '.' || ch == '\t') ch = ' ';
    if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The region a hint after the comma names, or "" (a country name such as "USA" or "Germany" names none).
std::string RegionFromHint(std::string_view country, const std::string& hint) {
  for (const RegionName& r : kRegionNames) {
    if (r.country == country && r.name == hint) return std::string(r.region);
  }
  std::string upper;
  for (char c : hint) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  if (MakePlace(country, upper, "")) return upper;
  return {};
}

core::Error Unknown(std::string_view location, std::string_view country, int year, const std::string& why) {
  core::Error e = core::Error::NotFound("no tax data for '" + std::string(location) + "' (" + std::string(country) +
                                        ") " + std::to_string(year) + ": " + why);
  e.field_path = "location";
  e.hint = "set tax = { country = \"" + std::string(country) + "\", region = \"...\" } in the case file";
  return e;
}

}  // namespace

core::Result<Place> PlaceFromLocation(std::string_view location, std::string_view country_iso, int year) {
  const std::optional<Country> country = CountryFromCode(country_iso);
  if (!country) return Unknown(location, country_iso, year, "walkaway models US, GB, DE and CA");
  const std::string_view code = CountryCode(*country);
  const std::string text = Normalize(location);
  const size_t comma = text.find(',');
  std::string city = text.substr(0, comma);
  while (!city.empty() && city.back() == ' ') city.pop_back();
  std::string hint = comma == std::string::npos ? "" : text.substr(comma + 1);
  while (!hint.empty() && hint.front() == ' ') hint.erase(hint.begin());
  const size_t next = hint.find(',');
  if (next != std::string::npos) hint.resize(next);
  while (!hint.empty() && hint.back() == ' ') hint.pop_back();

  const CityEntry* found = nullptr;
  for (const CityEntry& e : kCities) {
    if (e.country == code && e.city == city) found = &e;
  }
  const std::string hinted = hint.empty() ? std::string() : RegionFromHint(code, hint);
  if (!hinted.empty()) {
    // The named region wins; the city keeps its local tax only if it is in that region.
    const bool local = found != nullptr && found->region == hinted && !found->locality.empty();
    return MakePlace(code, hinted, local ? found->locality : "");
  }
  if (found == nullptr) {
    return Unknown(location, code, year,
                   city.empty() ? "the location is empty"
                                : "'" + city + "' is not in the residence table (docs/tax.md) and no region is named");
  }
  return MakePlace(code, found->region, found->locality);
}

core::Result<Place> ResolveResidence(std::string_view location, std::string_view country_iso,
                                     const std::optional<TaxOverride>& override_place, int year) {
  if (override_place) return MakePlace(override_place->country, override_place->region, override_place->city);
  return PlaceFromLocation(location, country_iso, year);
}

}  // namespace walkaway::tax
