// TakeHomeBatch: many paths of one year. The amounts are checked once, then each country runs either its
// AVX-512 kernel (batch_avx512.cc) or the portable loop below, which calls interpret.cc's arithmetic; the
// kernel leaves fewer than eight paths to the loop. Both give every path exactly what TakeHome gives.

#include <type_traits>

#include "tax/batch_avx512.h"
#include "tax/interpret.h"
#include "walkaway/tax/take_home.h"

namespace walkaway::tax {
namespace {

static_assert(sizeof(core::Money) == sizeof(int64_t) && std::is_trivially_copyable_v<core::Money>,
              "a span of Money is read as an array of cents");

core::Error BadPath(size_t i, const std::string& why) {
  return core::Error::InvalidInput("path " + std::to_string(i) + ": " + why, "take_home");
}

// The first path whose amounts TakeHome would refuse, or ok.
core::Status CheckPaths(const BatchArrays& a, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const int64_t r = a.regular[i];
    const int64_t l = a.lump == nullptr ? 0 : a.lump[i];
    const int64_t p = a.pretax == nullptr ? 0 : a.pretax[i];
    if (r < 0 || l < 0 || p < 0) return BadPath(i, "a negative amount");
    if (r > kMaxIncomeCents || l > kMaxIncomeCents || r + l > kMaxIncomeCents) {
      return BadPath(i, "above the 10^9 a year the tax model takes");
    }
    if (p > r + l) return BadPath(i, "pre-tax retirement contributions exceed the year's pay");
  }
  return core::Ok{};
}

// Paths [first, n) through the scalar arithmetic: `deductions` gives income tax + contributions.
template <typename F>
void PortableLoop(const BatchArrays& a, size_t first, size_t n, F deductions) {
  for (size_t i = first; i < n; ++i) {
    const int64_t r = a.regular[i];
    const int64_t l = a.lump == nullptr ? 0 : a.lump[i];
    const int64_t p = a.pretax == nullptr ? 0 : a.pretax[i];
    a.out[i] = r + l - p - deductions(r, l, p);
  }
}

const int64_t* Cents(std::span<const core::Money> s) {
  return s.empty() ? nullptr : reinterpret_cast<const int64_t*>(s.data());
}

}  // namespace

core::Status TakeHomeBatchOn(BatchPath path, const PlaceRules& rules, std::span<const core::Money> regular,
                             std::span<const core::Money> lump, std::span<const core::Money> pretax,
                             std::span<core::Money> take_home) {
  if (take_home.size() != regular.size() || (!lump.empty() && lump.size() != regular.size()) ||
      (!pretax.empty() && pretax.size() != regular.size())) {
    return core::Error::InvalidInput("the spans of a batch must have one entry per path", "take_home");
  }
  const BatchArrays a{Cents(regular), Cents(lump), Cents(pretax), reinterpret_cast<int64_t*>(take_home.data())};
  const size_t n = regular.size();
  const bool vector = path == BatchPath::kFastest && CpuHasAvx512();
  if (!vector || !AllPathsValidAvx512(a, n, kMaxIncomeCents)) {
    core::Status ok = CheckPaths(a, n);
    if (!ok) return ok;
  }
  std::visit(
      [&](const auto& m) {
        using T = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<T, UsRules>) {
          const size_t done = vector ? UsBatchAvx512(m, a, n) : 0;
          PortableLoop(a, done, n, [&m](int64_t r, int64_t l, int64_t p) { return UsDeductions(m, r + l, r + l - p); });
        } else if constexpr (std::is_same_v<T, UkRules>) {
          const size_t done = vector ? UkBatchAvx512(m, a, n) : 0;
          PortableLoop(a, done, n, [&m](int64_t r, int64_t l, int64_t p) {
            const Parts parts = UkParts(m, r, l, p);
            return parts.income_tax + parts.contributions;
          });
        } else if constexpr (std::is_same_v<T, DeRules>) {
          const size_t done = vector ? DeBatchAvx512(m, a, n) : 0;
          PortableLoop(a, done, n, [&m](int64_t r, int64_t l, int64_t) {
            const Parts parts = DeParts(m, r + l);
            return parts.income_tax + parts.contributions;
          });
        } else {
          const size_t done = vector ? CaBatchAvx512(m, a, n) : 0;
          PortableLoop(a, done, n, [&m](int64_t r, int64_t l, int64_t p) {
            const Parts parts = CaParts(m, r + l, p);
            return parts.income_tax + parts.contributions;
          });
        }
      },
      rules.model);
  return core::Ok{};
}

core::Status TakeHomeBatch(const PlaceRules& rules, std::span<const core::Money> regular,
                           std::span<const core::Money> lump, std::span<const core::Money> pretax,
                           std::span<core::Money> take_home) {
  return TakeHomeBatchOn(BatchPath::kFastest, rules, regular, lump, pretax, take_home);
}

}  // namespace walkaway::tax
