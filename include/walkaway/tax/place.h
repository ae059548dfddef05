#pragma once

// Where a person is taxed, and how they file (docs/tax.md). Plain values; the codes follow ISO 3166:
// the country is alpha-2 ("US"), the region the subdivision part of ISO 3166-2 ("CA" for California,
// "SCT" for Scotland, "ON" for Ontario, "BE" for Berlin).

#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::tax {

enum class Country { kUnitedStates, kUnitedKingdom, kGermany, kCanada };

struct Place {
  Country country = Country::kUnitedStates;
  std::string region{};    // US state or DC, UK nation (ENG, WLS, NIR, SCT), German Land, Canadian province
  std::string locality{};  // a city with its own income tax: only "NYC" (New York City) is modelled
  friend bool operator==(const Place&, const Place&) = default;
};

// "US", "GB", "DE", "CA"; and back ("UK" is accepted for GB). nullopt for a country without tax data.
std::string_view CountryCode(Country country);
std::optional<Country> CountryFromCode(std::string_view iso_code);

// For messages: "New York City, New York, United States", "Scotland, United Kingdom", "Berlin, Germany".
// Unknown region codes are shown as written.
std::string PlaceName(const Place& place);

// Checks the codes (region known for the country, locality only NYC in NY) and normalises case.
// Errors say "no tax data for <place>" and what is known.
core::Result<Place> MakePlace(std::string_view country, std::string_view region, std::string_view locality);

// US filing statuses. The UK, Germany and Canada tax individuals: there kSingle is the only status,
// except that Germany's kMarriedJoint is joint assessment (Splittingtarif) with one earner.
enum class FilingStatus { kSingle, kMarriedJoint, kHeadOfHousehold };
std::string_view FilingStatusName(FilingStatus status);  // "single", "married_joint", "head_of_household"
std::optional<FilingStatus> FilingStatusFromName(std::string_view name);

// UK student loan plans (repaid through payroll, 9 % above the plan's threshold; postgraduate 6 %).
enum class StudentLoan { kNone, kPlan1, kPlan2, kPlan4, kPlan5 };

}  // namespace walkaway::tax
