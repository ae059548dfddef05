// The duration and relative-date reader of the extractors ("within 48 hours", "in two weeks",
// "within 5 business days", "by Friday", "end of the month"), on the folded text as the date
// extractor calls it, at the start and at every word start, with and without a document date.
// Oracles: a reading ends inside the text, after where it began, and any date it gives is a real day.

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "core/extract/date_forms.h"
#include "core/extract/scan.h"

namespace {

using namespace walkaway::core;

void ReadAt(std::string_view folded, size_t pos, std::optional<Date> document_date) {
  const std::optional<extract::DateRead> read = extract::ReadRelativeDate(folded, pos, document_date);
  if (!read) return;
  if (read->end <= pos || read->end > folded.size()) std::abort();
  // A real calendar day (from 9999-12-31, "tomorrow" is in year 10000: fine for day arithmetic).
  if (read->date && (read->date->month < 1 || read->date->month > 12 || read->date->day < 1 ||
                     read->date->day > DaysInMonth(read->date->year, read->date->month))) {
    std::abort();
  }
  if (!document_date && read->date && read->relative) std::abort();  // nothing to count from
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return -1;  // every word start is tried: keep each run linear in practice
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string folded = extract::Fold(text);
  for (size_t pos = 0; pos < folded.size(); ++pos) {
    if (pos > 0 && extract::IsWordByte(folded[pos - 1])) continue;
    ReadAt(folded, pos, Date{2026, 11, 28});
    ReadAt(folded, pos, Date{9999, 12, 31});
    ReadAt(folded, pos, std::nullopt);
  }
  return 0;
}
