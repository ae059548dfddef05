#pragma once

// Money is an integer count of minor units (cents). Doubles never hold money: rounding happens once,
// where a percentage is applied, and is half away from zero.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/result.h"

namespace walkaway::core {

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money FromCents(int64_t cents) { return Money(cents); }
  static constexpr Money FromUnits(int64_t units) { return Money(units * 100); }

  constexpr int64_t cents() const { return cents_; }
  // Whole units, for display and ratios; never feed this back into money arithmetic.
  constexpr double units() const { return static_cast<double>(cents_) / 100.0; }

  constexpr Money operator+(Money other) const { return Money(cents_ + other.cents_); }
  constexpr Money operator-(Money other) const { return Money(cents_ - other.cents_); }
  constexpr Money operator-() const { return Money(-cents_); }
  constexpr Money& operator+=(Money other) {
    cents_ += other.cents_;
    return *this;
  }
  constexpr Money& operator-=(Money other) {
    cents_ -= other.cents_;
    return *this;
  }
  // Integer multiples (months, years) are exact.
  constexpr Money operator*(int64_t factor) const { return Money(cents_ * factor); }
  // Scaling by a ratio (a bonus percentage, a share of a grant) rounds half away from zero.
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
// ("8,2000"), more than two decimals, unknown suffixes, amounts above 10^13 units.
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
