// The negotiation plan on the bundled NEGOTIATE examples (issue #5, docs/negotiation.md): one
// evaluation per subset of asks tried, each with the pay model's paths and the document scanner,
// as `walkaway evaluate` runs it.

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "walkaway/core/evaluate.h"
#include "walkaway/decide/inputs.h"
#include "walkaway/decide/plan.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::bench {
namespace {

void BM_PlanNegotiation(benchmark::State& state, const std::string& example, const std::string& offer) {
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(std::string(WALKAWAY_SOURCE_DIR) + "/examples/" + example);
  core::Result<scan::Scanner> scanner =
      scan::Scanner::Open(std::string(WALKAWAY_SOURCE_DIR) + "/data/lexicon", {}, &io::ReadLexiconDir);
  if (!loaded || !scanner) {
    state.SkipWithError("the example or the lexicon did not load");
    return;
  }
  const core::Case& c = loaded->c;
  const core::Date today = c.as_of.value_or(core::Date{2026, 11, 21});
  decide::InputGatherer gatherer;
  if (!gatherer.ScanDocumentsWith(*scanner)) {
    state.SkipWithError("no scanner scratch space");
    return;
  }
  const core::Evaluation now = core::Evaluate(c, today, offer, gatherer.Gather(c, today));
  size_t evaluations = 0;
  for (auto _ : state) {
    decide::NegotiationPlan plan = decide::PlanNegotiation(c, now.offers.front(), today, gatherer);
    evaluations = static_cast<size_t>(plan.evaluations);
    benchmark::DoNotOptimize(plan);
  }
  state.counters["evaluations"] = static_cast<double>(evaluations);
}

BENCHMARK_CAPTURE(BM_PlanNegotiation, demo_northwind, "demo.toml", "northwind")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PlanNegotiation, career_ladder, "career-ladder.toml", "lionbridge")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PlanNegotiation, remote_drift, "remote-drift.toml", "meridian")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PlanNegotiation, startup_nimbus, "startup-options.toml", "nimbus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_PlanNegotiation, contract_kestrel, "contract-clauses.toml", "kestrel")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace walkaway::bench
