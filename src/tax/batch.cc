// TakeHomeBatch: many paths of one year. The loop is per country so that each path is a handful of
// schedule look-ups with no dispatch; the arithmetic is interpret.cc's, so every path equals TakeHome's.

#include <type_traits>

#include "tax/interpret.h"
#include "walkaway/tax/take_home.h"

namespace walkaway::tax {
namespace {

core::Error BadPath(size_t i, const std::string& why) {
  return core::Error::InvalidInput("path " + std::to_string(i) + ": " + why, "take_home");
}

// The first path whose amounts TakeHome would refuse, or ok.
core::Status CheckPaths(std::span<const core::Money> regular, std::span<const core::Money> lump,
                        std::span<const core::Money> pretax) {
  for (size_t i = 0; i < regular.size(); ++i) {
    const int64_t r = regular[i].cents();
    const int64_t l = lump.empty() ? 0 : lump[i].cents();
    const int64_t p = pretax.empty() ? 0 : pretax[i].cents();
    if (r < 0 || l < 0 || p < 0) return BadPath(i, "a negative amount");
    if (r > kMaxIncomeCents || l > kMaxIncomeCents || r + l > kMaxIncomeCents) {
      return BadPath(i, "above the 10^9 a year the tax model takes");
    }
    if (p > r + l) return BadPath(i, "pre-tax retirement contributions exceed the year's pay");
  }
  return core::Ok{};
}

template <typename F>
void ForEachPath(std::span<const core::Money> regular, std::span<const core::Money> lump,
                 std::span<const core::Money> pretax, std::span<core::Money> out, F deductions) {
  const size_t n = regular.size();
  for (size_t i = 0; i < n; ++i) {
    const int64_t r = regular[i].cents();
    const int64_t l = lump.empty() ? 0 : lump[i].cents();
    const int64_t p = pretax.empty() ? 0 : pretax[i].cents();
    out[i] = core::Money::FromCents(r + l - p - deductions(r, l, p));
  }
}

}  // namespace

core::Status TakeHomeBatch(const PlaceRules& rules, std::span<const core::Money> regular,
                           std::span<const core::Money> lump, std::span<const core::Money> pretax,
                           std::span<core::Money> take_home) {
  if (take_home.size() != regular.size() || (!lump.empty() && lump.size() != regular.size()) ||
      (!pretax.empty() && pretax.size() != regular.size())) {
    return core::Error::InvalidInput("the spans of a batch must have one entry per path", "take_home");
  }
  core::Status ok = CheckPaths(regular, lump, pretax);
  if (!ok) return ok;
  std::visit(
      [&](const auto& m) {
        using T = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<T, UsRules>) {
          ForEachPath(regular, lump, pretax, take_home,
                      [&m](int64_t r, int64_t l, int64_t p) { return UsDeductions(m, r + l, r + l - p); });
        } else if constexpr (std::is_same_v<T, UkRules>) {
          ForEachPath(regular, lump, pretax, take_home, [&m](int64_t r, int64_t l, int64_t p) {
            const Parts parts = UkParts(m, r, l, p);
            return parts.income_tax + parts.contributions;
          });
        } else if constexpr (std::is_same_v<T, DeRules>) {
          ForEachPath(regular, lump, pretax, take_home, [&m](int64_t r, int64_t l, int64_t) {
            const Parts parts = DeParts(m, r + l);
            return parts.income_tax + parts.contributions;
          });
        } else {
          ForEachPath(regular, lump, pretax, take_home, [&m](int64_t r, int64_t l, int64_t p) {
            const Parts parts = CaParts(m, r + l, p);
            return parts.income_tax + parts.contributions;
          });
        }
      },
      rules.model);
  return core::Ok{};
}

}  // namespace walkaway::tax
