#pragma once

// Exact decimal numbers as written in the parameter files ("0.0127448", "4230.45", "12400"), turned into
// the library's integer units without passing through binary floating point.

#include <cstdint>
#include <optional>
#include <string_view>

namespace walkaway::tax {

struct Decimal {
  int64_t mantissa = 0;  // the digits without the point: "4230.45" -> 423045
  int scale = 0;         // digits after the point: "4230.45" -> 2
};

// Digits with an optional leading '-' and at most one '.', up to 17 significant digits. Nothing else
// (no exponent, no '_', no '+').
std::optional<Decimal> ParseDecimal(std::string_view text);

// The value times 10^target_scale when that is an exact integer; nullopt when it would lose digits
// or overflow. ToScaled({423045, 2}, 2) == 423045 (cents); ToScaled({62, 3}, 7) == 620000 (rate e7).
std::optional<int64_t> ToScaled(Decimal value, int target_scale);

}  // namespace walkaway::tax
