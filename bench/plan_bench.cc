// The negotiation plan on the bundled NEGOTIATE examples (docs/negotiation.md): a whole judgement
// of one offer (Judge with the document scanner, as `walkaway evaluate --offer` runs it), whose
// plan re-judges the offer once per subset of asks tried.

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "walkaway/io/case_file.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/judge/judge.h"
#include "walkaway/scan/lexicon_scanner.h"
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
  const auto reader = scan::LexiconScanner::Create(*scanner);
  if (!reader) {
    state.SkipWithError("no scanner scratch space");
    return;
  }
  size_t evaluations = 0;
  for (auto _ : state) {
    core::Result<core::Judgement> j = judge::Judge(c, today, {nullptr, reader->get()}, {.only_offer = offer});
    if (!j || j->plans.empty()) {
      state.SkipWithError("no plan");
      break;
    }
    evaluations = static_cast<size_t>(j->plans.front().evaluations);
    benchmark::DoNotOptimize(j);
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
