// Relative dates, resolved against the document's own date: a message sent on Thursday that says
// "by end of day tomorrow" means Friday. Without a document date they are reported unresolved.

#include <array>

#include "core/extract/date_forms.h"
#include "core/extract/scan.h"

namespace walkaway::core::extract {
namespace {

constexpr std::array<std::string_view, 8> kEndOfDay = {"end of day",      "end of the day",  "eod",
                                                       "close of business", "end of business", "cob",
                                                       "close of play",   "end of today"};

// The length of the first of `phrases` that starts at `pos` as whole words, or 0.
template <size_t N>
size_t PhraseAt(std::string_view s, size_t pos, const std::array<std::string_view, N>& phrases) {
  for (std::string_view p : phrases) {
    if (WordAt(s, pos, p)) return p.size();
  }
  return 0;
}

// After "tomorrow" or "today": an optional "by/at end of day" that belongs to the same date.
size_t SkipEndOfDay(std::string_view s, size_t pos) {
  size_t p = SkipSpace(s, pos);
  for (std::string_view link : {"by ", "at ", "before "}) {
    if (s.substr(p, link.size()) == link) p = SkipSpace(s, p + link.size());
  }
  if (WordAt(s, p, "the")) p = SkipSpace(s, p + 3);
  const size_t len = PhraseAt(s, p, kEndOfDay);
  return len > 0 ? p + len : pos;
}

DateRead Relative(size_t end, std::optional<Date> base, int64_t days) {
  DateRead read;
  read.end = end;
  read.relative = true;
  if (base) read.date = base->AddDays(days);
  return read;
}

DateRead RelativeDate(size_t end, std::optional<Date> date) {
  DateRead read;
  read.end = end;
  read.relative = true;
  read.date = date;
  return read;
}

// `count` working days after `from` (Saturday and Sunday skipped).
Date AddBusinessDays(Date from, int count) {
  Date d = from;
  while (count > 0) {
    d = d.AddDays(1);
    if (d.Weekday() < 5) --count;
  }
  return d;
}

// "within five working days of your acceptance", "in two weeks after you start": a span counted
// from an event still to come, not from the day the document was written, so it is no date at all.
bool CountsFromALaterEvent(std::string_view s, size_t end) {
  size_t p = SkipSpace(s, end);
  bool linked = false;
  for (std::string_view link : {"of", "after", "from", "following"}) {
    if (WordAt(s, p, link)) {
      p = SkipSpace(s, p + link.size());
      linked = true;
      break;
    }
  }
  if (!linked) return false;
  for (std::string_view det : {"your", "the", "you", "our"}) {
    if (WordAt(s, p, det)) {
      p = SkipSpace(s, p + det.size());
      break;
    }
  }
  for (std::string_view event : {"accept", "start", "sign", "join", "commenc", "employ", "hir", "first day", "onboard"}) {
    if (s.substr(p, event.size()) == event) return true;
  }
  return false;
}

// "within 48 hours", "in two weeks", "within the next 5 business days", "in a fortnight", counted
// from `base`.
std::optional<DateRead> ReadSpanFromBase(std::string_view s, size_t pos, std::optional<Date> base) {
  size_t p;
  if (WordAt(s, pos, "within")) {
    p = SkipSpace(s, pos + 6);
  } else if (WordAt(s, pos, "in")) {
    p = SkipSpace(s, pos + 2);
  } else {
    return std::nullopt;
  }
  if (WordAt(s, p, "the next")) p = SkipSpace(s, p + 8);
  if (WordAt(s, p, "a fortnight")) return Relative(p + 11, base, 14);
  const auto count = ReadCount(s, p);
  if (!count || count->value <= 0 || count->value > 400) return std::nullopt;
  p = SkipSpace(s, count->end);
  bool business = false;
  for (std::string_view kind : {"business", "working", "work"}) {
    if (WordAt(s, p, kind)) {
      business = true;
      p = SkipSpace(s, p + kind.size());
      break;
    }
  }
  const int n = count->value;
  const auto unit = [&](std::string_view one) {
    const std::string many = std::string(one) + "s";
    if (WordAt(s, p, many)) return p + many.size();
    if (WordAt(s, p, one)) return p + one.size();
    return size_t{0};
  };
  if (size_t end = unit("hour"); end && !business) return Relative(end, base, (n + 23) / 24);
  if (size_t end = unit("day")) {
    if (!business) return Relative(end, base, n);
    return RelativeDate(end, base ? std::optional<Date>(AddBusinessDays(*base, n)) : std::nullopt);
  }
  if (size_t end = unit("week"); end && !business) return Relative(end, base, 7 * n);
  if (size_t end = unit("month"); end && !business) {
    return RelativeDate(end, base ? std::optional<Date>(base->AddMonths(n)) : std::nullopt);
  }
  return std::nullopt;
}

std::optional<DateRead> ReadSpan(std::string_view s, size_t pos, std::optional<Date> base) {
  std::optional<DateRead> read = ReadSpanFromBase(s, pos, base);
  if (read && CountsFromALaterEvent(s, read->end)) return std::nullopt;
  return read;
}

// "end of the week", "end of this week", "end of next week", "end of the month".
std::optional<DateRead> ReadEndOf(std::string_view s, size_t pos, std::optional<Date> base) {
  if (!WordAt(s, pos, "end of")) return std::nullopt;
  size_t p = SkipSpace(s, pos + 6);
  bool next = false;
  if (WordAt(s, p, "the") || WordAt(s, p, "this")) {
    p = SkipSpace(s, p + (s[p + 1] == 'h' && s[p + 2] == 'e' ? 3 : 4));
  } else if (WordAt(s, p, "next")) {
    next = true;
    p = SkipSpace(s, p + 4);
  }
  if (WordAt(s, p, "week")) {
    if (!base) return RelativeDate(p + 4, std::nullopt);
    // The working week ends on Friday; on a weekend "the end of the week" is that same day.
    const int wd = base->Weekday();
    Date d = wd <= 4 ? base->AddDays(4 - wd) : *base;
    if (next) d = base->AddDays(4 - wd + 7);
    return RelativeDate(p + 4, d);
  }
  if (WordAt(s, p, "month")) {
    if (!base) return RelativeDate(p + 5, std::nullopt);
    const Date first_of_next = Date{base->year, base->month, 1}.AddMonths(next ? 2 : 1);
    return RelativeDate(p + 5, first_of_next.AddDays(-1));
  }
  return std::nullopt;
}

// "Friday", "this Friday", "next Friday", "coming Friday": full weekday names only ("sat" is a verb).
std::optional<DateRead> ReadWeekdayDate(std::string_view s, size_t pos, std::optional<Date> base) {
  size_t p = pos;
  bool next = false;
  if (WordAt(s, p, "next")) {
    next = true;
    p = SkipSpace(s, p + 4);
  } else if (WordAt(s, p, "this coming")) {
    p = SkipSpace(s, p + 11);
  } else if (WordAt(s, p, "this") || WordAt(s, p, "coming")) {
    p = SkipSpace(s, p + (s[p] == 't' ? 4 : 6));
  }
  const auto weekday = ReadWeekday(s, p);
  if (!weekday || weekday->end - p < 6) return std::nullopt;
  if (!base) return RelativeDate(weekday->end, std::nullopt);
  const int wd = base->Weekday();
  // "Friday" said on a Friday is that day; "next Friday" is the one in the following week.
  const int ahead = next ? 7 - wd + weekday->weekday : (weekday->weekday - wd + 7) % 7;
  return Relative(weekday->end, base, ahead);
}

}  // namespace

std::optional<DateRead> ReadRelativeDate(std::string_view folded, size_t pos, std::optional<Date> document_date) {
  if (pos > 0 && IsWordByte(folded[pos - 1])) return std::nullopt;
  if (WordAt(folded, pos, "tomorrow")) return Relative(SkipEndOfDay(folded, pos + 8), document_date, 1);
  if (WordAt(folded, pos, "today") || WordAt(folded, pos, "tonight")) {
    return Relative(SkipEndOfDay(folded, pos + 5 + (folded[pos + 2] == 'n' ? 2 : 0)), document_date, 0);
  }
  if (const size_t len = PhraseAt(folded, pos, kEndOfDay)) {
    // "end of day tomorrow" is tomorrow; "end of day" alone is the day it was written.
    size_t p = SkipSpace(folded, pos + len);
    if (WordAt(folded, p, "tomorrow")) return Relative(p + 8, document_date, 1);
    if (WordAt(folded, p, "today")) return Relative(p + 5, document_date, 0);
    // "end of day Thursday (19th)", "close of business on 19 November": the day named after it.
    size_t q = p;
    if (WordAt(folded, q, "on")) q = SkipSpace(folded, q + 2);
    if (std::optional<DateRead> named = ReadAbsoluteDate(folded, q, document_date)) return named;
    if (std::optional<DateRead> named = ReadWeekdayDate(folded, q, document_date)) return named;
    return Relative(pos + len, document_date, 0);
  }
  if (auto end_of = ReadEndOf(folded, pos, document_date)) return end_of;
  if (auto span = ReadSpan(folded, pos, document_date)) return span;
  return ReadWeekdayDate(folded, pos, document_date);
}

}  // namespace walkaway::core::extract
