#pragma once

// The date forms the date extractor understands, one reader per family. Each reads at a position
// of the folded text and says how far it read. Private to src/core/extract.

#include <optional>
#include <string_view>
#include <vector>

#include "walkaway/core/date.h"

namespace walkaway::core::extract {

struct DateRead {
  size_t end = 0;
  std::optional<Date> date{};   // empty when the words need a document date we lack, or are ambiguous
  std::vector<Date> readings{};  // the two readings of an ambiguous numeric date
  bool relative = false;
  bool ambiguous = false;
};

// "2026-12-02", "02/12/2026", "2 December 2026", "2nd Dec 2026", "December 2, 2026", "Fri, 4 Dec",
// "4 December" (the year from the document date). `year_from` resolves a date written without a
// year: the first such day on or after it.
std::optional<DateRead> ReadAbsoluteDate(std::string_view folded, size_t pos, std::optional<Date> year_from);

// "today", "tomorrow", "end of day", "by Friday", "next Monday", "within 48 hours", "in two weeks",
// "within 5 business days", "end of the week", "end of the month", against `document_date`.
std::optional<DateRead> ReadRelativeDate(std::string_view folded, size_t pos, std::optional<Date> document_date);

}  // namespace walkaway::core::extract
