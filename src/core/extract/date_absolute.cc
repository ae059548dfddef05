// Absolute dates: ISO, numeric with slashes or dots (only when day and month cannot be swapped),
// and the written forms with a month name.

#include "core/extract/date_forms.h"
#include "core/extract/scan.h"

namespace walkaway::core::extract {
namespace {

// Digits at `pos`: between min and max of them, and no digit after.
std::optional<NumberAt> ReadDigits(std::string_view s, size_t pos, size_t min, size_t max) {
  size_t end = pos;
  int value = 0;
  while (end < s.size() && IsDigit(s[end]) && end - pos < max) value = value * 10 + (s[end++] - '0');
  if (end - pos < min || (end < s.size() && IsDigit(s[end]))) return std::nullopt;
  return NumberAt{value, end};
}

std::optional<DateRead> Make(int year, int month, int day, size_t end) {
  if (!IsValidDate(year, month, day)) return std::nullopt;
  DateRead read;
  read.end = end;
  read.date = Date{year, month, day};
  return read;
}

// "2026-12-02".
std::optional<DateRead> ReadIso(std::string_view s, size_t pos) {
  const auto y = ReadDigits(s, pos, 4, 4);
  if (!y || y->end >= s.size() || s[y->end] != '-') return std::nullopt;
  const auto m = ReadDigits(s, y->end + 1, 2, 2);
  if (!m || m->end >= s.size() || s[m->end] != '-') return std::nullopt;
  const auto d = ReadDigits(s, m->end + 1, 2, 2);
  if (!d) return std::nullopt;
  return Make(y->value, m->value, d->value, d->end);
}

// "02/12/2026", "2.12.2026", "12-02-2026": day first unless only month first is a real date.
std::optional<DateRead> ReadNumeric(std::string_view s, size_t pos) {
  const auto a = ReadDigits(s, pos, 1, 2);
  if (!a || a->end >= s.size()) return std::nullopt;
  const char sep = s[a->end];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  const auto b = ReadDigits(s, a->end + 1, 1, 2);
  if (!b || b->end >= s.size() || s[b->end] != sep) return std::nullopt;
  const auto y = ReadDigits(s, b->end + 1, 4, 4);
  if (!y) return std::nullopt;
  const bool day_first = IsValidDate(y->value, b->value, a->value);
  const bool month_first = IsValidDate(y->value, a->value, b->value);
  if (day_first && month_first && a->value != b->value) {
    DateRead read;
    read.end = y->end;
    read.ambiguous = true;
    read.readings = {Date{y->value, b->value, a->value}, Date{y->value, a->value, b->value}};
    return read;
  }
  if (day_first) return Make(y->value, b->value, a->value, y->end);
  if (month_first) return Make(y->value, a->value, b->value, y->end);
  return std::nullopt;
}

// "2", "2nd", "21st", "3rd", "4th".
std::optional<NumberAt> ReadDay(std::string_view s, size_t pos) {
  auto d = ReadDigits(s, pos, 1, 2);
  if (!d || d->value < 1 || d->value > 31) return std::nullopt;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (s.substr(d->end, 2) == suffix) {
      d->end += 2;
      break;
    }
  }
  if (d->end < s.size() && IsWordByte(s[d->end])) return std::nullopt;
  return d;
}

// ", 2026" or " 2026" after a day and month.
std::optional<NumberAt> ReadYear(std::string_view s, size_t pos) {
  size_t p = pos;
  if (p < s.size() && s[p] == ',') ++p;
  p = SkipSpace(s, p);
  if (p == pos) return std::nullopt;
  auto y = ReadDigits(s, p, 4, 4);
  if (!y || y->value < 1900 || y->value > 2200) return std::nullopt;
  return y;
}

std::optional<DateRead> Resolve(int month, int day, std::optional<NumberAt> year, size_t end,
                                std::optional<Date> year_from) {
  if (year) return Make(year->value, month, day, year->end);
  if (!year_from) {
    // A day and month without a year, and nothing to date it by: reported, not resolved.
    if (!IsValidDate(2028, month, day)) return std::nullopt;
    DateRead read;
    read.end = end;
    return read;
  }
  for (int y = year_from->year; y <= year_from->year + 4; ++y) {
    if (IsValidDate(y, month, day) && Date{y, month, day} >= *year_from) return Make(y, month, day, end);
  }
  return std::nullopt;
}

// "2 December 2026", "2nd of Dec", "December 2, 2026", "Dec. 2nd".
std::optional<DateRead> ReadWritten(std::string_view s, size_t pos, std::optional<Date> year_from) {
  if (auto day = ReadDay(s, pos)) {
    size_t p = SkipSpace(s, day->end);
    if (WordAt(s, p, "of")) p = SkipSpace(s, p + 2);
    if (auto month = ReadMonth(s, p)) {
      return Resolve(month->month, day->value, ReadYear(s, month->end), month->end, year_from);
    }
    return std::nullopt;
  }
  if (auto month = ReadMonth(s, pos)) {
    const size_t p = SkipSpace(s, month->end);
    if (p == month->end) return std::nullopt;
    if (auto day = ReadDay(s, p)) {
      return Resolve(month->month, day->value, ReadYear(s, day->end), day->end, year_from);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateRead> ReadAbsoluteDate(std::string_view folded, size_t pos, std::optional<Date> year_from) {
  if (pos > 0 && (IsWordByte(folded[pos - 1]) || folded[pos - 1] == '/' || folded[pos - 1] == '-')) {
    return std::nullopt;
  }
  // "Friday, 4 December 2026": the weekday belongs to the date that follows it.
  size_t start = pos;
  if (auto weekday = ReadWeekday(folded, pos)) {
    size_t p = weekday->end;
    if (p < folded.size() && folded[p] == ',') ++p;
    p = SkipSpace(folded, p);
    if (WordAt(folded, p, "the")) p = SkipSpace(folded, p + 3);
    if (p == weekday->end) return std::nullopt;
    start = p;
  }
  if (auto iso = ReadIso(folded, start)) return iso;
  if (auto numeric = ReadNumeric(folded, start)) return numeric;
  return ReadWritten(folded, start, year_from);
}

}  // namespace walkaway::core::extract
