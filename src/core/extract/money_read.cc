#include "core/extract/money_read.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/extract/scan.h"

namespace walkaway::core::extract {
namespace {

struct Symbol {
  std::string_view bytes;  // folded
  std::string_view code;
};
constexpr std::array<Symbol, 6> kSymbols = {{
    {"us$", "USD"}, {"s$", "SGD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"chf", "CHF"},
}};
constexpr std::array<Symbol, 6> kCurrencyWords = {{
    {"euros", "EUR"}, {"euro", "EUR"}, {"dollars", "USD"}, {"pounds", "GBP"}, {"francs", "CHF"}, {"eur", "EUR"},
}};

struct Single {
  size_t end = 0;
  std::string currency{};
  Money amount{};
  double value = 0;  // the number as written, for percentages and range suffixes
  bool percent = false;
  bool has_suffix = false;
  bool ambiguous = false;
};

// An upper-case ISO code at `pos` in the original text.
std::optional<std::string> CodeAt(std::string_view text, size_t pos) {
  if (pos + 3 > text.size()) return std::nullopt;
  const std::string code(text.substr(pos, 3));
  for (char c : code) {
    if (c < 'A' || c > 'Z') return std::nullopt;
  }
  if (pos + 3 < text.size() && IsWordByte(text[pos + 3])) return std::nullopt;
  if (!IsKnownCurrency(code)) return std::nullopt;
  return code;
}

// "5.500", "81.000,00": a dot that groups thousands, or a decimal point? We do not guess.
bool LooksEuropean(std::string_view token) {
  const size_t dot = token.find('.');
  if (dot == std::string_view::npos) return false;
  if (token.find(',') != std::string_view::npos && token.find(',') > dot) return true;
  size_t digits = 0;
  for (size_t i = dot + 1; i < token.size() && IsDigit(token[i]); ++i) ++digits;
  return digits == 3;
}

std::optional<Single> ReadOne(std::string_view text, std::string_view folded, size_t pos, size_t limit) {
  if (pos >= limit) return std::nullopt;
  Single s;
  size_t p = pos;
  if (pos > 0 && IsWordByte(folded[pos - 1]) && static_cast<unsigned char>(folded[pos]) < 0x80) return std::nullopt;
  for (const Symbol& sym : kSymbols) {
    if (folded.substr(p, sym.bytes.size()) == sym.bytes) {
      s.currency = sym.code;
      p += sym.bytes.size();
      break;
    }
  }
  if (s.currency.empty()) {
    if (auto code = CodeAt(text, p)) {
      s.currency = *code;
      p += 3;
    }
  }
  if (!s.currency.empty()) {
    const size_t q = SkipSpace(folded, p);
    if (q - p > 1) return std::nullopt;
    p = q;
  }
  if (p >= limit || !IsDigit(folded[p])) return std::nullopt;
  if (s.currency.empty() && p > 0 && (folded[p - 1] == '.' || folded[p - 1] == ',')) return std::nullopt;
  size_t end = p;
  while (end < limit && (IsDigit(folded[end]) || folded[end] == ',' || folded[end] == '.')) ++end;
  while (end > p && (folded[end - 1] == ',' || folded[end - 1] == '.')) --end;  // sentence punctuation
  std::string token(folded.substr(p, end - p));
  const size_t cut = std::min(token.find_first_of(",."), token.size());
  std::from_chars(token.data(), token.data() + cut, s.value);
  if (end < limit && (folded[end] == 'k' || folded[end] == 'm') &&
      (end + 1 >= folded.size() || !IsWordByte(folded[end + 1]))) {
    token += folded[end++];
    s.has_suffix = true;
  } else if (WordAt(folded, SkipSpace(folded, end), "million")) {
    end = SkipSpace(folded, end) + 7;
    token += 'm';
    s.has_suffix = true;
  }
  if (s.currency.empty() && !s.has_suffix) {
    if (end < limit && folded[end] == '%') {
      s.percent = true;
      ++end;
    } else if (const size_t q = SkipSpace(folded, end); WordAt(folded, q, "percent") || WordAt(folded, q, "per cent")) {
      s.percent = true;
      end = q + (folded[q + 3] == ' ' ? 8 : 7);
    }
    if (s.percent) {
      const std::string number = token;
      double pct = 0;
      if (std::from_chars(number.data(), number.data() + number.size(), pct).ec != std::errc()) return std::nullopt;
      s.value = pct;
      s.end = end;
      return s;
    }
    // A currency after the number: "40,000 EUR", "81,000 euros".
    const size_t q = SkipSpace(folded, end);
    if (q - end <= 1) {
      if (auto code = CodeAt(text, q)) {
        s.currency = *code;
        end = q + 3;
      } else {
        for (const Symbol& word : kCurrencyWords) {
          if (word.bytes != "eur" && WordAt(folded, q, word.bytes)) {
            s.currency = word.code;
            end = q + word.bytes.size();
            break;
          }
        }
      }
    }
  }
  s.end = end;
  if (LooksEuropean(token)) {
    s.ambiguous = true;
    return s;
  }
  const Result<MoneyText> money = ParseMoney(token);
  if (!money) return std::nullopt;
  s.amount = money->amount;
  return s;
}

// The separator of a range after `pos`: "-", "–", "—", "to", "and" (after "between"); its end.
std::optional<size_t> RangeSeparator(std::string_view folded, size_t pos, bool between) {
  size_t p = SkipSpace(folded, pos);
  if (between) {
    if (!WordAt(folded, p, "and")) return std::nullopt;
    return SkipSpace(folded, p + 3);
  }
  for (std::string_view sep : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "to "}) {
    if (folded.substr(p, sep.size()) == sep) return SkipSpace(folded, p + sep.size());
  }
  return std::nullopt;
}

}  // namespace

std::optional<AmountRead> ReadAmountOrRange(std::string_view text, std::string_view folded, size_t pos,
                                            size_t limit) {
  std::optional<Single> first = ReadOne(text, folded, pos, limit);
  if (!first) return std::nullopt;
  AmountRead read;
  std::string_view before = folded.substr(0, pos);
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  read.between = before.size() >= 7 && before.substr(before.size() - 7) == "between";
  std::optional<Single> second;
  if (auto sep = RangeSeparator(folded, first->end, read.between); sep && !first->ambiguous) {
    second = ReadOne(text, folded, *sep, limit);
    if (second && second->ambiguous) second.reset();
  }
  if (second) {
    // "70-80k": the first number takes the second's suffix; "10-15%": its percent sign.
    if (!first->has_suffix && second->has_suffix && first->value < 1000 && !first->percent) {
      first->amount = Money::FromCents(static_cast<int64_t>(first->value * 1000) * 100);
      first->has_suffix = true;
    }
    if (!first->percent && second->percent && first->currency.empty()) {
      first->percent = true;
    }
    if (first->currency.empty()) first->currency = second->currency;
    if (second->currency.empty()) second->currency = first->currency;
    if (first->percent != second->percent || first->currency != second->currency) second.reset();
  }
  if (second && (first->percent ? second->value < first->value : second->amount < first->amount)) second.reset();
  read.end = second ? second->end : first->end;
  read.currency = first->currency;
  read.percent = first->percent;
  read.pct_low = first->value;
  read.pct_high = second ? second->value : first->value;
  read.low = first->amount;
  read.high = second ? second->amount : first->amount;
  read.range = second.has_value();
  read.has_currency = !read.currency.empty();
  read.has_suffix = first->has_suffix || (second && second->has_suffix);
  read.ambiguous = first->ambiguous;
  if (!read.percent) {
    read.pct_low = 0;
    read.pct_high = 0;
  }
  if (read.between && !second) read.between = false;
  return read;
}

}  // namespace walkaway::core::extract
