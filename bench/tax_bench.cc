// Take-home pay in the Monte Carlo (issue #16, docs/tax.md): 100,000 paths x 4 years of one offer must
// add under 1 ms to the pay model. Each argument is one place; the inputs are fixed-seed paths shaped like
// the pay model's (a salary with raises, a random bonus paid as a lump, RSU vests, a 401(k)-style
// contribution), in the place's currency.

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "walkaway/tax/loader.h"
#include "walkaway/tax/take_home.h"

namespace walkaway::tax {
namespace {

constexpr size_t kPaths = 100'000;
constexpr int kYears = 4;

struct BenchPlace {
  const char* label;
  const char* country;
  const char* region;
  const char* locality;
  int64_t base_units;
};
constexpr std::array<BenchPlace, 7> kPlaces = {{
    {"US-NY-NYC", "US", "NY", "NYC", 160'000},
    {"US-CA", "US", "CA", "", 160'000},
    {"US-TX", "US", "TX", "", 160'000},
    {"GB-ENG", "GB", "ENG", "", 90'000},
    {"GB-SCT", "GB", "SCT", "", 90'000},
    {"DE-BE", "DE", "BE", "", 85'000},
    {"CA-ON", "CA", "ON", "", 130'000},
}};

// A fixed-seed generator with our own uniform (std distributions differ between libraries).
struct SplitMix {
  uint64_t state;
  double Uniform() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<double>((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
  }
};

struct Paths {
  std::vector<std::vector<core::Money>> regular, lump, pretax;  // [year][path]
};

Paths MakePaths(int64_t base_units) {
  Paths p;
  SplitMix rng{42};
  for (int y = 0; y < kYears; ++y) {
    std::vector<core::Money> regular(kPaths), lump(kPaths), pretax(kPaths);
    for (size_t i = 0; i < kPaths; ++i) {
      const double base = static_cast<double>(base_units) * std::pow(1.033, y) * (0.9 + 0.2 * rng.Uniform());
      const double rsu = base * 0.4 * std::exp(0.35 * (rng.Uniform() + rng.Uniform() - 1.0) * 2.0);
      const double bonus = base * 0.15 * 2.0 * rng.Uniform();
      regular[i] = core::Money::FromCents(std::llround((base + rsu) * 100));
      lump[i] = core::Money::FromCents(std::llround(bonus * 100));
      pretax[i] = core::Money::FromCents(std::llround(std::min(base * 0.06, 24'500.0) * 100));
    }
    p.regular.push_back(std::move(regular));
    p.lump.push_back(std::move(lump));
    p.pretax.push_back(std::move(pretax));
  }
  return p;
}

void BM_TakeHome100kPaths4Years(benchmark::State& state) {
  const BenchPlace& where = kPlaces[static_cast<size_t>(state.range(0))];
  const core::Result<Place> place = MakePlace(where.country, where.region, where.locality);
  core::Result<PlaceRules> rules = place ? LoadPlaceRules(std::string(WALKAWAY_SOURCE_DIR) + "/data/tax", *place, 2026,
                                                          TaxProfile{}, FlaggedValues::kUseAndSay)
                                         : core::Result<PlaceRules>(place.error());
  if (!rules) {
    state.SkipWithError(rules.error().ToString().c_str());
    return;
  }
  const Paths paths = MakePaths(where.base_units);
  std::vector<core::Money> out(kPaths);
  for (auto _ : state) {
    for (int y = 0; y < kYears; ++y) {
      core::Status ok = TakeHomeBatch(*rules, paths.regular[y], paths.lump[y], paths.pretax[y], out);
      benchmark::DoNotOptimize(ok);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetLabel(where.label);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kPaths) * kYears);
}
BENCHMARK(BM_TakeHome100kPaths4Years)->DenseRange(0, kPlaces.size() - 1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace walkaway::tax
