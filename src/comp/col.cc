#include "walkaway/comp/col.h"

namespace walkaway::comp {
namespace {

// Mirrors data/col/bea-rpp-2023.csv (REFERENCES.md 2.7). Pine Bluff is the lowest metro (~80).
constexpr ColArea kAreas[] = {
    {"us_average", "United States", 100.0},
    {"san_francisco", "San Francisco-Oakland-Berkeley, CA", 117.55},
    {"los_angeles", "Los Angeles-Long Beach-Anaheim, CA", 114.75},
    {"san_jose", "San Jose-Sunnyvale-Santa Clara, CA", 113.06},
    {"seattle", "Seattle-Tacoma-Bellevue, WA", 112.73},
    {"new_york", "New York-Newark-Jersey City, NY-NJ-PA", 112.64},
    {"miami", "Miami-Fort Lauderdale-Pompano Beach, FL", 112.09},
    {"boston", "Boston-Cambridge-Newton, MA-NH", 110.39},
};

}  // namespace

std::span<const ColArea> ColAreas() { return kAreas; }

std::optional<double> ColIndexOf(std::string_view key) {
  for (const ColArea& a : kAreas) {
    if (a.key == key) return a.rpp;
  }
  return std::nullopt;
}

}  // namespace walkaway::comp
