// Judges a case file with the installed library and prints each offer's verdict and asks.
#include <iostream>

#include <walkaway/walkaway.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: judge_case CASE_FILE\n";
    return 2;
  }
  auto loaded = walkaway::io::ReadCaseFile(argv[1]);
  if (!loaded) {
    std::cerr << loaded.error().ToString() << "\n";
    return 2;
  }
  const walkaway::core::Case& c = loaded->c;
  walkaway::Engine engine({.data_dir = WALKAWAY_DATA});
  auto judgement = engine.Judge(c, c.as_of.value_or(walkaway::core::Date{2026, 11, 21}));
  if (!judgement) {
    std::cerr << judgement.error().ToString() << "\n";
    return 3;
  }
  for (const walkaway::core::OfferEvaluation& offer : judgement->evaluation.offers) {
    std::cout << offer.offer_id << ": " << walkaway::core::ToString(offer.verdict.decision) << "\n";
    for (const walkaway::core::Ask& ask : offer.verdict.asks) std::cout << "  ask: " << walkaway::report::DescribeAsk(ask) << "\n";
  }
  return 0;
}
