// Every extractor in src/core/extract on the bytes as a document: dates (with and without the
// document's own date), money, vesting, work mode, titles, and the claims ExtractClaims builds from
// them for each document kind. Oracles: every place lies inside the text and every claim converts.

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "walkaway/core/extract.h"

namespace {

using namespace walkaway::core;

void CheckPlace(const TextPlace& place, std::string_view text) {
  if (place.offset > text.size() || place.line < 1 || place.column < 1) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::optional<Date> document_date = DocumentDate(text);
  for (const DateMention& m : ExtractDates(text, document_date)) CheckPlace(m.place, text);
  for (const DateMention& m : ExtractDates(text, Date{2026, 11, 28})) CheckPlace(m.place, text);
  for (const MoneyMention& m : ExtractMoney(text)) {
    CheckPlace(m.place, text);
    if (m.range && !m.percent && m.high < m.low) std::abort();
  }
  for (const VestingMention& m : ExtractVesting(text)) CheckPlace(m.place, text);
  for (const WorkMention& m : ExtractWork(text)) CheckPlace(m.place, text);
  for (const TitleMention& m : ExtractTitles(text, true)) CheckPlace(m.place, text);
  for (const std::string kind : {"offer_letter", "job_post", "recruiter_messages", "interview_notes", "other"}) {
    const Document doc{kind, "", text};
    for (const ExtractedClaim& claim : ExtractClaims(doc, FieldRef::Document(0, 0, Field::kText), Date{2026, 11, 28}, "EUR")) {
      (void)ToClaim(claim);
    }
  }
  return 0;
}
