// Market look-up: title normalisation plus group search plus interpolation, on the shipped index.
// Goal (issue 3): under 10 microseconds per look-up.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"

namespace {

const walkaway::market::MarketIndex& Index() {
  static const walkaway::market::MarketIndex index = [] {
    auto loaded = walkaway::market::LoadMarketIndex(WALKAWAY_SOURCE_DIR "/data/market");
    if (!loaded) std::abort();  // a benchmark without its data measures nothing
    return std::move(loaded).value();
  }();
  return index;
}

void BM_MarketLocateSurvey(benchmark::State& state) {
  const auto& index = Index();
  const auto pay = walkaway::core::Money::FromUnits(165000);
  for (auto _ : state) {
    auto position = walkaway::market::Locate(index, "Sr. Data Scientist", "US", pay, "USD");
    benchmark::DoNotOptimize(position);
  }
}
BENCHMARK(BM_MarketLocateSurvey);

void BM_MarketLocateBlsFallback(benchmark::State& state) {
  const auto& index = Index();
  const auto pay = walkaway::core::Money::FromUnits(90000);
  for (auto _ : state) {
    auto position = walkaway::market::Locate(index, "Registered Nurse", "US", pay, "USD");
    benchmark::DoNotOptimize(position);
  }
}
BENCHMARK(BM_MarketLocateBlsFallback);

void BM_MarketPercentileOnly(benchmark::State& state) {
  const walkaway::market::Quantiles q{104467, 124500, 160000, 201960, 250000};
  double amount = 150000;
  for (auto _ : state) {
    benchmark::DoNotOptimize(walkaway::market::PercentileOf(q, amount));
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_MarketPercentileOnly);

void BM_MarketLoadIndex(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded = walkaway::market::LoadMarketIndex(WALKAWAY_SOURCE_DIR "/data/market");
    benchmark::DoNotOptimize(loaded);
  }
}
BENCHMARK(BM_MarketLoadIndex)->Unit(benchmark::kMillisecond);

}  // namespace
