// Evaluating a case: every rule and the verdict for each offer; and the whole path from text.

#include <benchmark/benchmark.h>

#include "case_generator.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/io/case_file.h"

namespace walkaway::bench {
namespace {

void BM_Evaluate(benchmark::State& state) {
  const std::string text = GenerateCaseToml(static_cast<int>(state.range(0)));
  auto loaded = io::ParseCase(text, "bench.toml", io::Format::kToml);
  if (!loaded) {
    state.SkipWithError(loaded.error().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    core::Evaluation e = core::Evaluate(loaded->c, core::Date{2026, 11, 21});
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_Evaluate)->Arg(1)->Arg(10)->Unit(benchmark::kMicrosecond);

// The figure: parse + evaluate of a 10-offer case (goal: well under 1 ms).
void BM_ParseAndEvaluate(benchmark::State& state) {
  const std::string text = GenerateCaseToml(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto loaded = io::ParseCase(text, "bench.toml", io::Format::kToml);
    if (!loaded) {
      state.SkipWithError(loaded.error().ToString().c_str());
      break;
    }
    core::Evaluation e = core::Evaluate(loaded->c, core::Date{2026, 11, 21});
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_ParseAndEvaluate)->Arg(10)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace walkaway::bench
