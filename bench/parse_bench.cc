// Parsing a case file: TOML and JSON forms of the same 10-offer case, and the money parser.

#include <benchmark/benchmark.h>

#include "case_generator.h"
#include "walkaway/core/money.h"
#include "walkaway/io/case_file.h"

namespace walkaway::bench {
namespace {

void BM_ParseCaseToml(benchmark::State& state) {
  const std::string text = GenerateCaseToml(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto loaded = io::ParseCase(text, "bench.toml", io::Format::kToml);
    if (!loaded) state.SkipWithError(loaded.error().ToString().c_str());
    benchmark::DoNotOptimize(loaded);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseCaseToml)->Arg(1)->Arg(10);

void BM_ParseMoney(benchmark::State& state) {
  const char* inputs[] = {"82k", "82,000", "$95,000.50", "85k EUR", "1.2m"};
  size_t i = 0;
  for (auto _ : state) {
    auto m = core::ParseMoney(inputs[i++ % 5]);
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_ParseMoney);

}  // namespace
}  // namespace walkaway::bench
