#pragma once

// Money is an integer count of minor units (cents). Doubles never hold money: rounding happens once,
// where a percentage is applied, and is half away from zero.
//
// Range. A Money lies in [-kMaxCents, kMaxCents], kMaxCents = 2^63 - 1 (about 9.2 x 10^16 units);
// INT64_MIN is never held, so negation is always exact. Every operation below gives the exact
// result when that result lies in the range, and the nearer end of the range otherwise: it
// saturates, for any operands, and never overflows (signed overflow would be undefined behaviour).
// The factors that are doubles are handled the same way: NaN gives zero, infinities and results
// beyond the range give the nearer end. A case never gets near the ends: ValidateCase caps every
// amount at kMaxAmountUnits, after conversion to the candidate's currency too, and each
// computation's largest value is listed in docs/hardening.md ("Arithmetic"); saturation is the
// guard for callers outside those bounds (the pay model's random paths, a future caller).

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::core {

// The largest amount a case may state, in whole units (ParseMoney, the case decoder and
// ValidateCase enforce it): above any salary in any currency, and 9,000 times below the range.
inline constexpr int64_t kMaxAmountUnits = 10'000'000'000'000;  // 10^13

class Money {
 public:
  static constexpr int64_t kMaxCents = std::numeric_limits<int64_t>::max();

  constexpr Money() = default;
  // INT64_MIN, the one int64 outside the range, becomes -kMaxCents.
  static constexpr Money FromCents(int64_t cents) { return Money(cents < -kMaxCents ? -kMaxCents : cents); }
  static constexpr Money FromUnits(int64_t units) { return Money::FromCents(units) * 100; }
  // Whole units rounded half away from zero (the pay model's estimates, figures for display).
  static Money FromUnitsRounded(double units);
  // Cents rounded half away from zero; for a figure the caller already rounded (std::ceil).
  static Money FromCentsRounded(double cents);
  static constexpr Money Max() { return Money(kMaxCents); }
  static constexpr Money Min() { return Money(-kMaxCents); }

  constexpr int64_t cents() const { return cents_; }
  // Whole units, for display and ratios; never feed this back into money arithmetic.
  constexpr double units() const { return static_cast<double>(cents_) / 100.0; }

  constexpr Money operator+(Money other) const {
    int64_t sum = 0;
    if (__builtin_add_overflow(cents_, other.cents_, &sum)) return other.cents_ > 0 ? Max() : Min();
    return FromCents(sum);
  }
  constexpr Money operator-(Money other) const { return *this + -other; }
  constexpr Money operator-() const { return Money(-cents_); }
  constexpr Money& operator+=(Money other) { return *this = *this + other; }
  constexpr Money& operator-=(Money other) { return *this = *this - other; }
  // Integer multiples (months, years) are exact.
  constexpr Money operator*(int64_t factor) const {
    int64_t product = 0;
    if (__builtin_mul_overflow(cents_, factor, &product)) return (cents_ < 0) != (factor < 0) ? Min() : Max();
    return FromCents(product);
  }
  // Scaling by a ratio (a bonus percentage, a share of a grant, an exchange rate) rounds the
  // double product half away from zero.
  Money Scaled(double factor) const;

  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  constexpr explicit Money(int64_t cents) : cents_(cents) {}
  int64_t cents_ = 0;
};

// An amount with the currency it was written in. An empty currency means "the case's default".
struct MoneyText {
  Money amount{};
  std::string currency{};  // ISO 4217 code such as "EUR"; empty when the text named none
  friend bool operator==(const MoneyText&, const MoneyText&) = default;
};

// Parses the money forms people type in case files:
//   "82000", "82,000", "82k", "82.5k", "1.2m", "82000.50", "$82,000", "€82k", "82k EUR", "EUR 82000".
// Rejects, with a message that says why: negative amounts, empty text, "82.000" and "82,5"
// (a European thousands separator or a decimal comma: ambiguous), misplaced group separators
// ("8,2000"), more than two decimals, unknown suffixes, amounts above kMaxAmountUnits (10^13).
Result<MoneyText> ParseMoney(std::string_view text);

// True for a well-formed three-letter upper-case code in our known list (ISO 4217, common ones).
bool IsKnownCurrency(std::string_view code);

// "82,000" or "82,000.50" (no currency); "-1,250" for negatives. Used by every report.
std::string FormatMoney(Money money);
// "82,000 EUR".
std::string FormatMoney(Money money, std::string_view currency);
// Compact "82k", "1.2m", "950": for asks and short lines.
std::string FormatMoneyShort(Money money);

}  // namespace walkaway::core
