#include "walkaway/comp/vesting.h"

#include <cmath>
#include <cstdint>

namespace walkaway::comp {
namespace {

// Grant cents (up to 10^15) times a share numerator (up to ~10^7) needs more than 64 bits.
__extension__ using Wide = __int128;

// The vested share after `month` months as an exact fraction num/den, so that amounts can be
// rounded down once from integers instead of accumulating floating-point error.
struct Fraction {
  int64_t num;
  int64_t den;
};

Fraction VestedExact(const core::Vesting& v, int month) {
  const int total = v.years * 12;
  const int every = v.every_months > 0 ? v.every_months : 1;
  if (month < v.cliff_months || month <= 0) return {0, 1};
  if (month >= total) return {1, 1};
  const int in_year = month % 12;
  const int counted_in_year = in_year - in_year % every;  // vests happen only on the period's edge
  if (v.yearly_pct.empty()) {
    const int counted = (month / 12) * 12 + counted_in_year;
    return {counted, total};
  }
  // Shares in millionths of a percent-point-free unit: 33.33 % -> 333300.
  int64_t before = 0;
  int64_t sum = 0;
  const int year = month / 12;
  for (size_t i = 0; i < v.yearly_pct.size(); ++i) {
    const int64_t share = std::llround(v.yearly_pct[i] * 10'000);
    if (static_cast<int>(i) < year) before += share;
    sum += share;
  }
  const int64_t this_year = std::llround(v.yearly_pct[static_cast<size_t>(year)] * 10'000);
  if (sum <= 0) return {0, 1};
  return {before * 12 + this_year * counted_in_year, sum * 12};
}

}  // namespace

double VestedFraction(const core::Vesting& v, int month) {
  const Fraction f = VestedExact(v, month);
  return static_cast<double>(f.num) / static_cast<double>(f.den);
}

std::vector<Tranche> VestingTranches(const core::Vesting& v, core::Money grant, core::Date grant_date) {
  std::vector<Tranche> out;
  const int total = v.years * 12;
  int64_t vested_cents = 0;
  double vested_fraction = 0;
  Fraction previous{0, 1};
  for (int month = 1; month <= total; ++month) {
    const Fraction f = VestedExact(v, month);
    if (f.num * previous.den == previous.num * f.den) continue;  // nothing vests this month
    previous = f;
    const auto cumulative = static_cast<int64_t>(static_cast<Wide>(grant.cents()) * f.num / f.den);
    const double fraction = static_cast<double>(f.num) / static_cast<double>(f.den);
    out.push_back({month, grant_date.AddMonths(month), core::Money::FromCents(cumulative - vested_cents),
                   fraction - vested_fraction});
    vested_cents = cumulative;
    vested_fraction = fraction;
  }
  return out;
}

}  // namespace walkaway::comp
