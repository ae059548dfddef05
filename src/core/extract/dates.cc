// The date extractor: every absolute or relative date of a text, with what it is for (a deadline,
// a start date, or just a date), read from the words before it in its sentence.

#include <algorithm>
#include <array>
#include <span>

#include "core/extract/date_forms.h"
#include "core/extract/scan.h"
#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

using extract::Span;

// Words before a date that make it a deadline or a start date. The nearest one wins.
constexpr std::array<std::string_view, 23> kDeadlineCues = {
    "by",      "before",  "no later than", "not later than", "until",   "till",    "expires",  "expire",
    "expiry",  "deadline", "valid",        "within",         "latest",  "respond", "reply",    "answer",
    "decision", "decide", "confirm",       "accept",         "acceptance", "sign",  "return"};
constexpr std::array<std::string_view, 8> kStartCues = {"start",     "starting", "commence", "commencing",
                                                        "first day", "join",     "joining",  "begin"};

// The cue nearest before `pos` within the sentence, as its distance (or npos) per family.
size_t NearestCue(std::string_view folded, Span sentence, size_t pos, std::span<const std::string_view> cues) {
  size_t best = std::string_view::npos;
  for (std::string_view cue : cues) {
    size_t at = extract::FindWord(folded, cue, sentence.begin, pos);
    size_t last = std::string_view::npos;
    while (at != std::string_view::npos) {
      last = at;
      at = extract::FindWord(folded, cue, at + 1, pos);
    }
    if (last != std::string_view::npos && (best == std::string_view::npos || pos - last < best)) {
      best = pos - last;
    }
  }
  return best;
}

DateRole RoleOf(std::string_view folded, Span sentence, size_t pos, bool relative_span) {
  const size_t deadline = NearestCue(folded, sentence, pos, kDeadlineCues);
  const size_t start = NearestCue(folded, sentence, pos, kStartCues);
  if (start != std::string_view::npos && (deadline == std::string_view::npos || start < deadline)) {
    return DateRole::kStart;
  }
  if (deadline != std::string_view::npos || relative_span) return DateRole::kDeadline;
  // "This offer expires at end of day tomorrow": the cue may also come after the date.
  for (std::string_view cue : {"expire", "expires", "deadline"}) {
    if (extract::HasWord(folded, cue, sentence)) return DateRole::kDeadline;
  }
  return DateRole::kMention;
}

// The words a date can start with (months, weekdays, relative words, each folded and cut to
// three letters), sorted: a cheap test that skips most words before the readers run.
constexpr std::array<std::string_view, 26> kStarts = {
    "apr", "aug", "clo", "cob", "com", "dec", "end", "eod", "feb", "fri", "in",  "jan", "jul",
    "jun", "mar", "may", "mon", "nex", "nov", "oct", "sat", "sep", "sun", "thi", "thu", "tod"};

bool MayStartDate(std::string_view folded, size_t pos) {
  if (extract::IsDigit(folded[pos])) return true;
  size_t end = pos;
  while (end < folded.size() && end - pos < 3 && extract::IsAlpha(folded[end])) ++end;
  const std::string_view head = folded.substr(pos, end - pos);
  if (head == "tom" || head == "ton" || head == "tue" || head == "wed" || head == "wit") return true;
  return std::binary_search(kStarts.begin(), kStarts.end(), head);
}

void ScanSentence(std::string_view text, std::string_view folded, Span sentence, std::optional<Date> doc_date,
                  std::vector<DateMention>& out) {
  size_t pos = sentence.begin;
  while (pos < sentence.end) {
    if (pos > sentence.begin && extract::IsWordByte(folded[pos - 1])) {
      ++pos;
      continue;
    }
    if (!MayStartDate(folded, pos)) {
      ++pos;
      continue;
    }
    std::optional<extract::DateRead> read = extract::ReadAbsoluteDate(folded, pos, doc_date);
    if (!read) read = extract::ReadRelativeDate(folded, pos, doc_date);
    if (!read || read->end > sentence.end) {
      ++pos;
      continue;
    }
    DateMention m;
    m.place = extract::PlaceOf(text, sentence, pos);
    m.text = std::string(text.substr(pos, read->end - pos));
    m.date = read->date;
    m.readings = read->readings;
    m.relative = read->relative;
    m.ambiguous = read->ambiguous;
    const bool span = folded.substr(pos, 6) == "within";
    m.role = RoleOf(folded, sentence, pos, span);
    out.push_back(std::move(m));
    pos = read->end;
  }
}

}  // namespace

std::optional<Date> DocumentDate(std::string_view text) {
  const std::string folded = extract::Fold(text);
  // The header block of a message: the first lines up to the first blank one, at most 12.
  size_t line_start = 0;
  for (int line = 0; line < 12 && line_start < folded.size(); ++line) {
    size_t line_end = folded.find('\n', line_start);
    if (line_end == std::string::npos) line_end = folded.size();
    const std::string_view l = std::string_view(folded).substr(line_start, line_end - line_start);
    if (l.find_first_not_of(" \t\r") == std::string_view::npos && line > 0) break;
    for (std::string_view key : {"date:", "sent:"}) {
      if (l.substr(0, key.size()) != key) continue;
      const size_t from = line_start + key.size();
      for (size_t p = from; p < line_end; ++p) {
        if (auto read = extract::ReadAbsoluteDate(folded, extract::SkipSpace(folded, p), std::nullopt);
            read && read->date) {
          return read->date;
        }
      }
    }
    line_start = line_end + 1;
  }
  return std::nullopt;
}

std::vector<DateMention> ExtractDates(std::string_view text, std::optional<Date> document_date) {
  const std::string folded = extract::Fold(text);
  std::vector<DateMention> out;
  for (const Span& sentence : extract::Sentences(text)) {
    ScanSentence(text, folded, sentence, document_date, out);
  }
  return out;
}

}  // namespace walkaway::core
