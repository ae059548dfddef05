#include "tax/decimal.h"

#include <limits>

namespace walkaway::tax {

std::optional<Decimal> ParseDecimal(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  if (text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  Decimal out;
  bool seen_point = false;
  int digits = 0;
  for (char c : text) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (++digits > 17) return std::nullopt;
    out.mantissa = out.mantissa * 10 + (c - '0');
    if (seen_point) ++out.scale;
  }
  if (digits == 0 || text.back() == '.' || text.front() == '.') return std::nullopt;
  if (negative) out.mantissa = -out.mantissa;
  return out;
}

std::optional<int64_t> ToScaled(Decimal value, int target_scale) {
  int64_t m = value.mantissa;
  int scale = value.scale;
  while (scale > target_scale) {
    if (m % 10 != 0) return std::nullopt;
    m /= 10;
    --scale;
  }
  while (scale < target_scale) {
    if (m > std::numeric_limits<int64_t>::max() / 10 || m < std::numeric_limits<int64_t>::min() / 10) {
      return std::nullopt;
    }
    m *= 10;
    ++scale;
  }
  return m;
}

}  // namespace walkaway::tax
