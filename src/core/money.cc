#include "walkaway/core/money.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace walkaway::core {
namespace {

// Common ISO 4217 codes. A case file with a code outside this list is almost always a typo.
constexpr std::array<std::string_view, 42> kCurrencies = {
    "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP", "EUR", "GBP",
    "HKD", "HUF", "IDR", "ILS", "INR", "JPY", "KES", "KRW", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN",
    "PHP", "PKR", "PLN", "RON", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "VND", "ZAR"};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

Error Bad(std::string_view text, std::string why) {
  return Error::InvalidInput("expected an amount such as 82000, 82,000 or 82k, found \"" +
                             std::string(text) + "\": " + why);
}

// Splits a currency symbol or ISO code off either end of the text.
std::string_view TakeCurrency(std::string_view& s, std::string& currency) {
  struct Symbol {
    std::string_view text;
    std::string_view code;
  };
  static constexpr Symbol kSymbols[] = {{"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
                                        {"\xE2\x82\xB9", "INR"}};
  for (const Symbol& sym : kSymbols) {
    if (s.substr(0, sym.text.size()) == sym.text) {
      currency = sym.code;
      s = Trim(s.substr(sym.text.size()));
      return s;
    }
  }
  if (s.size() > 4 && IsUpper(s[0]) && IsUpper(s[1]) && IsUpper(s[2]) && s[3] == ' ') {
    currency = s.substr(0, 3);
    s = Trim(s.substr(4));
  } else if (s.size() > 4 && IsUpper(s[s.size() - 1]) && IsUpper(s[s.size() - 2]) &&
             IsUpper(s[s.size() - 3]) && s[s.size() - 4] == ' ') {
    currency = s.substr(s.size() - 3);
    s = Trim(s.substr(0, s.size() - 4));
  }
  return s;
}

// "82,000", "1,250,000": one to three digits, then groups of exactly three.
bool IsGrouped(std::string_view whole) {
  const size_t first = whole.find(',');
  if (first == 0 || first > 3) return false;
  for (size_t i = 0; i < first; ++i) {
    if (!IsDigit(whole[i])) return false;
  }
  size_t i = first;
  while (i < whole.size()) {
    if (whole[i] != ',' || i + 4 > whole.size()) return false;
    for (size_t k = 1; k <= 3; ++k) {
      if (!IsDigit(whole[i + k])) return false;
    }
    i += 4;
  }
  return true;
}

}  // namespace

// 2^63 as a double: the first double past kMaxCents. Every double strictly between -2^63 and 2^63
// rounds to an int64 other than INT64_MIN, so llround is defined on it.
constexpr double kTwoTo63 = 9223372036854775808.0;

Money Money::FromCentsRounded(double cents) {
  if (std::isnan(cents)) return Money{};
  if (cents >= kTwoTo63) return Max();
  if (cents <= -kTwoTo63) return Min();
  return Money(static_cast<int64_t>(std::llround(cents)));
}

Money Money::FromUnitsRounded(double units) {
  if (std::isnan(units)) return Money{};
  if (units >= kTwoTo63) return Max();
  if (units <= -kTwoTo63) return Min();
  return FromUnits(static_cast<int64_t>(std::llround(units)));  // x 100 saturates
}

Money Money::Scaled(double factor) const {
  return FromCentsRounded(static_cast<double>(cents_) * factor);
}

bool IsKnownCurrency(std::string_view code) {
  return std::find(kCurrencies.begin(), kCurrencies.end(), code) != kCurrencies.end();
}

namespace {

// "5,166 per month", "28 an hour": pay for another period than the year every amount of a case is
// for. Said with the yearly figure where it is plain (12 months, 52 weeks), never converted
// silently: a 13th month or the hours a week are the person's to say (issue #12, item 5).
std::optional<Error> OtherPeriod(std::string_view text) {
  std::string lower;
  for (char c : text) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  struct Period {
    std::string_view word;
    int per_year;  // 0: depends on the hours
    std::string_view name;
  };
  static constexpr Period kPeriods[] = {
      {"per month", 12, "a month"}, {"a month", 12, "a month"}, {"/month", 12, "a month"},
      {"monthly", 12, "a month"},   {"/mo", 12, "a month"},     {"per week", 52, "a week"},
      {"a week", 52, "a week"},     {"/week", 52, "a week"},    {"weekly", 52, "a week"},
      {"per hour", 0, "an hour"},   {"an hour", 0, "an hour"},  {"/hour", 0, "an hour"},
      {"/hr", 0, "an hour"},        {"hourly", 0, "an hour"}};
  for (const Period& p : kPeriods) {
    const size_t at = lower.find(p.word);
    if (at == std::string::npos) continue;
    std::string why = "amounts in a case are per year";
    Result<MoneyText> amount = ParseMoney(Trim(text.substr(0, at)));
    if (amount && p.per_year > 0) {
      const Money yearly = amount->amount.Scaled(p.per_year);
      why += ": " + FormatMoney(amount->amount) + " " + std::string(p.name) + " is " + FormatMoney(yearly) +
             " a year (" + std::to_string(p.per_year) + " " + (p.per_year == 12 ? "months" : "weeks") +
             "); write \"" + FormatMoney(yearly) + "\" if that is right";
    } else if (p.per_year == 0) {
      why += ": multiply the hourly pay by the hours a week and by 52, and write that";
    }
    return Bad(text, why);
  }
  return std::nullopt;
}

}  // namespace

Result<MoneyText> ParseMoney(std::string_view text) {
  if (std::optional<Error> period = OtherPeriod(text)) return *period;
  std::string_view s = Trim(text);
  if (s.empty()) return Bad(text, "the amount is empty");
  std::string currency;
  TakeCurrency(s, currency);
  if (!currency.empty() && !IsKnownCurrency(currency)) {
    return Bad(text, "unknown currency code \"" + currency + "\"");
  }
  if (s.empty()) return Bad(text, "there is a currency but no number");
  if (s.front() == '-' || s.front() == '(') return Bad(text, "amounts cannot be negative");
  if (s.front() == '+') s.remove_prefix(1);

  int64_t multiplier = 1;
  const char last = s.back();
  if (last == 'k' || last == 'K') {
    multiplier = 1000;
  } else if (last == 'm' || last == 'M') {
    multiplier = 1'000'000;
  } else if (!IsDigit(last)) {
    return Bad(text, "unknown suffix \"" + std::string(1, last) + "\" (use k or m)");
  }
  if (multiplier != 1) s = Trim(s.substr(0, s.size() - 1));
  if (s.empty() || !IsDigit(s.front())) return Bad(text, "it must start with a digit");

  const size_t dot = s.find('.');
  const size_t comma = s.find(',');
  if (dot != std::string_view::npos && s.find('.', dot + 1) != std::string_view::npos) {
    return Bad(text, "more than one '.': write 82000 or 82,000");
  }
  if (dot != std::string_view::npos && comma != std::string_view::npos && comma > dot) {
    return Bad(text, "a comma after the decimal point looks like a European format: write 82000.50");
  }
  std::string_view whole = dot == std::string_view::npos ? s : s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (dot != std::string_view::npos && frac.empty()) return Bad(text, "nothing after the '.'");

  // Group separators: "82,000" and "1,250,000" only; every comma is followed by three digits.
  if (comma != std::string_view::npos) {
    if (multiplier != 1) return Bad(text, "a suffix and group separators together: write 82k or 82,000");
    if (!IsGrouped(whole)) {
      const size_t last_comma = whole.rfind(',');
      const bool decimal_comma = last_comma == whole.find(',') && whole.size() - last_comma - 1 < 3 &&
                                 frac.empty();
      return Bad(text, decimal_comma ? "a decimal comma is ambiguous: write 82.5 instead of 82,5"
                                     : "misplaced ',': groups of three digits expected");
    }
  }
  std::string digits;
  for (char c : whole) {
    if (IsDigit(c)) {
      digits += c;
    } else if (c != ',') {
      return Bad(text, std::string("unexpected character '") + c + "'");
    }
  }
  for (char c : frac) {
    if (!IsDigit(c)) return Bad(text, std::string("unexpected character '") + c + "'");
  }
  if (multiplier == 1 && comma == std::string_view::npos && frac.size() == 3) {
    return Bad(text, "\"" + std::string(s) +
                         "\" is ambiguous (a thousands '.' or three decimals?): write " +
                         std::string(whole) + std::string(frac) + " or " + std::string(whole));
  }
  if (digits.size() > 14) return Bad(text, "the amount is too large");
  if (frac.size() > 8) return Bad(text, "too many decimals");

  // Exact integer arithmetic: cents = (whole.frac) * multiplier * 100.
  int64_t whole_value = std::strtoll(digits.c_str(), nullptr, 10);
  int64_t frac_value = frac.empty() ? 0 : std::strtoll(std::string(frac).c_str(), nullptr, 10);
  int64_t frac_scale = 1;
  for (size_t i = 0; i < frac.size(); ++i) frac_scale *= 10;
  if (whole_value > kMaxAmountUnits / multiplier) return Bad(text, "the amount is too large");
  const int64_t scaled_frac = frac_value * multiplier * 100;
  if (scaled_frac % frac_scale != 0) return Bad(text, "more precision than one cent");
  const int64_t cents = whole_value * multiplier * 100 + scaled_frac / frac_scale;
  // The whole part alone may sit exactly at the cap while the fraction pushes past it
  // ("10000000.0001m"; fuzz/regressions/parse_money/crash-76c39baf): check the total too.
  if (cents > kMaxAmountUnits * 100) return Bad(text, "the amount is too large");
  return MoneyText{Money::FromCents(cents), currency};
}

std::string FormatMoney(Money money) {
  int64_t cents = money.cents();
  const bool negative = cents < 0;
  if (negative) cents = -cents;
  const std::string units = std::to_string(cents / 100);
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    if (i > 0 && (units.size() - i) % 3 == 0) out += ',';
    out += units[i];
  }
  if (cents % 100 != 0) {
    const int64_t rest = cents % 100;
    out += rest < 10 ? ".0" + std::to_string(rest) : "." + std::to_string(rest);
  }
  return negative ? "-" + out : out;
}

std::string FormatMoney(Money money, std::string_view currency) {
  return FormatMoney(money) + " " + std::string(currency);
}

std::string FormatMoneyShort(Money money) {
  const double units = money.units();
  const double magnitude = std::fabs(units);
  char buf[32];
  if (magnitude >= 1'000'000) {
    std::snprintf(buf, sizeof buf, "%.1fm", units / 1'000'000);
  } else if (magnitude >= 10'000) {
    std::snprintf(buf, sizeof buf, "%.0fk", units / 1000);
  } else if (magnitude >= 1000) {
    std::snprintf(buf, sizeof buf, "%.1fk", units / 1000);
  } else {
    std::snprintf(buf, sizeof buf, "%.0f", units);
  }
  std::string out = buf;
  // "82.0k" reads better as "82k".
  const size_t pos = out.find(".0");
  if (pos != std::string::npos && pos + 3 == out.size()) out.erase(pos, 2);
  return out;
}

}  // namespace walkaway::core
