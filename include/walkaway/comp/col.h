#pragma once

// Cost-of-living index: BEA Regional Price Parities 2023 for a few metro areas (US = 100), the
// same figures as data/col/bea-rpp-2023.csv (a test keeps the two equal). A case may give its own
// index instead of an area.

#include <optional>
#include <span>
#include <string_view>

namespace walkaway::comp {

struct ColArea {
  std::string_view key;   // "san_francisco"
  std::string_view name;  // "San Francisco-Oakland-Berkeley, CA"
  double rpp;             // 2023, US = 100
};

inline constexpr std::string_view kColIndexAsOf = "2023";
inline constexpr std::string_view kColIndexSource = "U.S. Bureau of Economic Analysis, Regional Price Parities by MSA, 2023";

std::span<const ColArea> ColAreas();
std::optional<double> ColIndexOf(std::string_view key);

}  // namespace walkaway::comp
