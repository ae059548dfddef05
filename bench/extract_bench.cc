// The extractors over a 10 KB offer letter: every family (dates, money, vesting, work mode, title)
// and the claims built from them, as AugmentWithDocuments runs them once per document.

#include <benchmark/benchmark.h>

#include <string>

#include "walkaway/core/extract.h"

namespace walkaway::bench {
namespace {

// About 10 KB of letter text: the paragraphs of a real offer, repeated with varied numbers so no
// two sentences are the same.
std::string TenKilobyteLetter() {
  std::string text = "Northwind Logistics GmbH - Offer of Employment\n\nDear Maya,\n\n";
  for (int i = 0; text.size() < 10 * 1024; ++i) {
    const std::string n = std::to_string(i);
    text += "We are pleased to offer you the position of Senior Backend Engineer " + n +
            " in our Berlin office, starting on " + std::to_string(1 + i % 28) + " February 2027.\n";
    text += "Your annual base salary will be EUR 8" + n + ",000, paid monthly. You may be eligible for an annual\n"
            "bonus of up to " + std::to_string(5 + i % 10) + "% of base salary, subject to performance.\n";
    text += "You will receive 40,000 EUR of restricted stock units, vesting quarterly over four years with a\n"
            "one-year cliff. This is a hybrid role: we expect you in the office three days a week.\n";
    text += "Please let us know your decision by Friday, or at the latest within 48 hours of this letter.\n\n";
  }
  return text;
}

void BM_ExtractClaimsFromLetter(benchmark::State& state) {
  core::Document doc{"offer_letter", "letter.txt", TenKilobyteLetter()};
  for (auto _ : state) {
    auto claims = core::ExtractClaims(doc, core::FieldRef::Document(0, 0, core::Field::kText), core::Date{2026, 11, 18}, "EUR");
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc.text.size()));
  state.counters["bytes"] = static_cast<double>(doc.text.size());
}
BENCHMARK(BM_ExtractClaimsFromLetter)->Unit(benchmark::kMicrosecond);

void BM_ExtractDatesFromLetter(benchmark::State& state) {
  const std::string text = TenKilobyteLetter();
  for (auto _ : state) {
    auto dates = core::ExtractDates(text, core::Date{2026, 11, 18});
    benchmark::DoNotOptimize(dates);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractDatesFromLetter)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace walkaway::bench
