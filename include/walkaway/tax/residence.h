#pragma once

// Where an offer is taxed (docs/tax.md, "Residence"): from the offer's `location` text and ISO country,
// through a documented table of cities, or from an explicit `tax = { country, region, ... }` in the case
// file, which always wins. Unknown places are errors, never guesses.

#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"
#include "walkaway/tax/place.h"

namespace walkaway::tax {

// The case file's `tax = { country = "US", region = "CA", city = "NYC" }` (city optional).
struct TaxOverride {
  std::string country{};
  std::string region{};
  std::string city{};
  friend bool operator==(const TaxOverride&, const TaxOverride&) = default;
};

// "Austin, TX" + "US" -> Texas; "New York" + "US" -> New York City; "Edinburgh" + "GB" -> Scotland;
// "Berlin" + "DE" -> Berlin; "Toronto" + "CA" -> Ontario. Text after the first comma may name the US
// state (code or name), the UK nation or the Canadian province, and then wins over the city table.
// Errors (kNotFound): "no tax data for '<location>' (<country>) <year>: ..." with what to write instead.
core::Result<Place> PlaceFromLocation(std::string_view location, std::string_view country_iso, int year);

// The override when given, else PlaceFromLocation.
core::Result<Place> ResolveResidence(std::string_view location, std::string_view country_iso,
                                     const std::optional<TaxOverride>& override_place, int year);

}  // namespace walkaway::tax
