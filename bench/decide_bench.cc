// `walkaway compare` end to end (issue #5 goal: under 10 ms on one core for 6 offers x 10
// criteria): evaluation with the pay model's paths (10,000 per offer, its default), the value
// model, SMAA-2 with 10,000 draws, stability and TOPSIS. The parts are timed too.

#include <algorithm>
#include <cstdint>

#include <benchmark/benchmark.h>

#include "case_generator.h"
#include "walkaway/decide/compare.h"
#include "walkaway/decide/mcda.h"
#include "walkaway/io/case_file.h"
#include "walkaway/judge/judge.h"

namespace walkaway::bench {
namespace {

const core::Date kToday{2026, 11, 21};

// Six generated offers, with the non-negotiables lifted so that all six reach the comparison.
core::Case SixOffers() {
  auto loaded = io::ParseCase(GenerateCaseToml(6), "bench.toml", io::Format::kToml);
  if (!loaded) return {};
  core::Case c = loaded->c;
  c.candidate.non_negotiables = {};
  c.candidate.priorities.rank = {"pay", "growth", "flexibility", "workload", "culture"};
  return c;
}

// The whole comparison (Judge with compare, no plans: `walkaway compare`), once per iteration;
// "compared" counts the offers that reached SMAA-2.
void CompareInLoop(const core::Case& c, benchmark::State& state) {
  judge::JudgeOptions options;
  options.compare = core::CompareOptions{};
  options.plans = false;
  size_t compared = 0;
  for (auto _ : state) {
    auto r = judge::Judge(c, kToday, {}, options);
    if (!r) {
      state.SkipWithError(r.error().ToString().c_str());
      break;
    }
    compared = r->comparison->compared.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["compared"] = static_cast<double>(compared);
}

void BM_CompareSixOffers(benchmark::State& state) {
  const core::Case c = SixOffers();
  if (c.offers.size() != 6) {
    state.SkipWithError("the generated case did not parse");
    return;
  }
  CompareInLoop(c, state);
}
BENCHMARK(BM_CompareSixOffers)->Unit(benchmark::kMillisecond);

// The same six offers turned into a pure trade-off (the better the pay, the more office days and
// hours), so that none is dominated and all six go through SMAA-2: the worst case of the budget.
void BM_CompareSixOffersNoneDominated(benchmark::State& state) {
  core::Case c = SixOffers();
  if (c.offers.size() != 6) {
    state.SkipWithError("the generated case did not parse");
    return;
  }
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const int step = static_cast<int>(i);
    c.offers[i].base = core::Money::FromUnits(80'000 + 6'000 * step);
    c.offers[i].work.mode = step == 0 ? core::WorkMode::kRemote : core::WorkMode::kHybrid;
    c.offers[i].work.office_days = step == 0 ? 0 : std::min(5, step);
    c.offers[i].work.expected_weekly_hours = 38 + 2 * step;
  }
  CompareInLoop(c, state);
}
BENCHMARK(BM_CompareSixOffersNoneDominated)->Unit(benchmark::kMillisecond);

// The pay model and the rules alone: what the comparison spends before the value model.
void BM_GatherAndEvaluateSixOffers(benchmark::State& state) {
  const core::Case c = SixOffers();
  judge::JudgeOptions options;
  options.plans = false;
  for (auto _ : state) {
    auto j = judge::Judge(c, kToday, {}, options);
    benchmark::DoNotOptimize(j);
  }
}
BENCHMARK(BM_GatherAndEvaluateSixOffers)->Unit(benchmark::kMillisecond);

// SMAA-2 alone on 6 x 10 with every value uncertain and ranked weights.
void BM_Smaa6x10(benchmark::State& state) {
  decide::ValueMatrix m;
  m.alternatives = 6;
  m.criteria = 10;
  for (int a = 0; a < 6; ++a) {
    for (int j = 0; j < 10; ++j) {
      const double v = 0.3 + 0.05 * ((a * 7 + j * 3) % 9);
      m.cells.push_back({v - 0.1, v, v + 0.1});
    }
  }
  decide::WeightSpace space;
  space.criteria = 10;
  for (int j = 0; j < 5; ++j) space.tiers.push_back({j});
  space.tiers.push_back({5, 6, 7, 8, 9});
  for (auto _ : state) {
    decide::SmaaResult r = decide::RunSmaa(m, space, {static_cast<int>(state.range(0)), 1});
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Smaa6x10)->Arg(10'000)->Unit(benchmark::kMillisecond);

// The job of ../shared/peers/smaa_peer.py (scripts/bench-vs-numpy): 6 x 10 values uniform in
// [0, 0.9) (the peer's [0, 1) scaled by 0.9, which changes no rank and keeps every band inside
// [0, 1]), each drawn uniformly within +-10 % of its value (a band symmetric about the point, so
// the two-piece uniform is one uniform, as the peer's multiplicative noise), and weights uniform
// on the simplex (Dirichlet(1), one tier). Our kernel computes more than the peer's rank
// acceptability: central weights, pairwise winning indices and, in a second pass over the same
// values, confidence factors. Arg 1 = 0 skips that second pass (SmaaConfidence::kSkip).
decide::ValueMatrix NumpyJobMatrix() {
  decide::ValueMatrix m;
  m.alternatives = 6;
  m.criteria = 10;
  uint64_t x = 1;
  for (int cell = 0; cell < 60; ++cell) {
    x = x * 6364136223846793005u + 1442695040888963407u;  // Knuth's MMIX LCG: fixed values
    const double v = 0.9 * static_cast<double>(x >> 11) * 0x1.0p-53;
    m.cells.push_back({0.9 * v, v, 1.1 * v});
  }
  return m;
}

void BM_SmaaNumpyJob(benchmark::State& state) {
  const decide::ValueMatrix m = NumpyJobMatrix();
  decide::WeightSpace space;
  space.criteria = 10;
  space.tiers = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}};
  decide::SmaaOptions options{static_cast<int>(state.range(0)), 1};
  if (state.range(1) == 0) options.confidence = decide::SmaaConfidence::kSkip;
  for (auto _ : state) {
    decide::SmaaResult r = decide::RunSmaa(m, space, options);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_SmaaNumpyJob)->Args({10'000, 1})->Args({10'000, 0})->Unit(benchmark::kMillisecond);


}  // namespace
}  // namespace walkaway::bench
