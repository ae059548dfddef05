// The pay model's hot path (issue #3 goals): 100,000 paths of one private-equity offer over 4 years
// in under 5 ms on one core, six such offers in under 30 ms.

#include <benchmark/benchmark.h>

#include <array>

#include "walkaway/comp/projection.h"
#include "walkaway/tax/loader.h"
#include "walkaway/tax/source.h"

namespace walkaway::comp {
namespace {

core::Offer StartupOffer(int i) {
  core::Offer o;
  o.id = "startup" + std::to_string(i);
  o.company = "Startup " + std::to_string(i);
  o.base = core::Money::FromUnits(140'000 + 5'000 * i);
  o.bonus = core::Bonus{10, false};
  o.sign_on = core::SignOn{core::Money::FromUnits(15'000), 12, false};
  o.promotion = core::Promotion{40, 18, 12};
  core::Equity e;
  e.kind = core::EquityKind::kOptions;
  e.shares = 40'000;
  e.strike = 1.2;
  e.fmv = 1.2;
  e.preferred_price = 4;
  e.company = core::PrivateCompany{i % 2 == 0 ? "series_a" : "seed", {}, {}, {}, {}, {}, {}};
  o.equity = e;
  return o;
}

core::Case StartupCase(int offers) {
  core::Case c;
  c.candidate.currency = "USD";
  for (int i = 0; i < offers; ++i) c.offers.push_back(StartupOffer(i));
  return c;
}

void BM_CompPrivateEquityOffer(benchmark::State& state) {
  const core::Case c = StartupCase(1);
  Projector projector(c, {4, static_cast<int>(state.range(0)), 42});
  for (auto _ : state) {
    auto p = projector.Offer(0, core::Date{2026, 1, 1});
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CompPrivateEquityOffer)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Closest to the job of ../shared/peers/mc_peer.py (scripts/bench-vs-numpy): a seed company's
// shares (48,000, vesting a quarter a year), valued by the outcome Monte Carlo, and a base salary;
// no bonus, sign-on or promotion. Per path one outcome draw (and a lognormal at an exit) against the
// peer's four round draws, a failure draw and a lognormal; our outcome model also has stage odds,
// exits before the end and a preference waterfall, and the projection also gives the horizon's
// percentiles and each year's mean and floor.
core::Case EquityOnlyCase() {
  core::Case c;
  c.candidate.currency = "USD";
  core::Offer o;
  o.id = "seed";
  o.company = "Seed";
  o.base = core::Money::FromUnits(120'000);
  core::Equity e;
  e.kind = core::EquityKind::kRsu;
  e.shares = 48'000;
  e.fmv = 1.0;
  e.preferred_price = 4;
  e.vesting = core::Vesting{4, 12, 12, {}};
  e.company = core::PrivateCompany{"seed", {}, {}, {}, {}, {}, {}};
  o.equity = e;
  c.offers.push_back(o);
  return c;
}

void BM_CompPrivateEquityOnly(benchmark::State& state) {
  const core::Case c = EquityOnlyCase();
  Projector projector(c, {4, static_cast<int>(state.range(0)), 42});
  for (auto _ : state) {
    auto p = projector.Offer(0, core::Date{2026, 1, 1});
    if (!p) {
      state.SkipWithError(p.error().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CompPrivateEquityOnly)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_CompSixPrivateEquityOffers(benchmark::State& state) {
  const core::Case c = StartupCase(6);
  Projector projector(c, {4, 100'000, 42});
  for (auto _ : state) {
    for (size_t i = 0; i < c.offers.size(); ++i) {
      auto p = projector.Offer(i, core::Date{2026, 1, 1});
      benchmark::DoNotOptimize(p);
    }
  }
}
BENCHMARK(BM_CompSixPrivateEquityOffers)->Unit(benchmark::kMillisecond);


// Take-home pay in the pay model (issue #16, docs/tax.md): the same offer projected with and without
// take-home, so the difference is what take-home adds (goal: under 1 ms for 100,000 paths x 4 years).
// A public company's RSUs (a price path per path), a bonus with a random payout and a sign-on: the
// taxable pay of every path differs, so the tax runs on 400,000 distinct incomes.
struct TakeHomePlace {
  const char* location;
  const char* country;
  const char* currency;
  int64_t base;
};
constexpr std::array<TakeHomePlace, 7> kTakeHomePlaces = {{
    {"New York", "US", "USD", 160'000},
    {"San Francisco", "US", "USD", 160'000},
    {"Austin, TX", "US", "USD", 160'000},
    {"London", "GB", "GBP", 90'000},
    {"Edinburgh", "GB", "GBP", 90'000},
    {"Berlin", "DE", "EUR", 85'000},
    {"Toronto", "CA", "CAD", 130'000},
}};

core::Case RsuCase(const TakeHomePlace& place) {
  core::Case c;
  c.candidate.currency = place.currency;
  core::Offer o;
  o.id = "rsu";
  o.location = place.location;
  o.country = place.country;
  o.base = core::Money::FromUnits(place.base);
  o.bonus = core::Bonus{15, false};
  o.sign_on = core::SignOn{core::Money::FromUnits(20'000), 12, false};
  core::Equity e;
  e.kind = core::EquityKind::kRsu;
  e.grant = core::Money::FromUnits(200'000);
  e.public_stock = core::PublicStock{100, 30, 5};
  o.equity = e;
  c.offers.push_back(o);
  return c;
}

const tax::TablesSource& Source2026() {
  static const tax::TablesSource source = [] {
    core::Result<tax::TaxTables> t = tax::LoadTaxTables(std::string(WALKAWAY_SOURCE_DIR) + "/data/tax", 2026);
    return tax::TablesSource(t ? std::vector<tax::TaxTables>{std::move(*t)} : std::vector<tax::TaxTables>{},
                             tax::FlaggedValues::kUseAndSay);
  }();
  return source;
}

void RunRsuOffer(benchmark::State& state, bool take_home) {
  const TakeHomePlace& place = kTakeHomePlaces[static_cast<size_t>(state.range(0))];
  const core::Case c = RsuCase(place);
  Projector projector(c, {4, 100'000, 42, take_home ? &Source2026() : nullptr});
  state.SetLabel(place.location);
  for (auto _ : state) {
    auto p = projector.Offer(0, core::Date{2026, 1, 1});
    if (!p || (take_home && !p->tax)) {
      state.SkipWithError(p ? p->tax_unavailable.c_str() : "projection failed");
      return;
    }
    benchmark::DoNotOptimize(p);
  }
}

void BM_CompRsuOfferGross(benchmark::State& state) { RunRsuOffer(state, false); }
void BM_CompRsuOfferTakeHome(benchmark::State& state) { RunRsuOffer(state, true); }
BENCHMARK(BM_CompRsuOfferGross)->DenseRange(0, kTakeHomePlaces.size() - 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompRsuOfferTakeHome)->DenseRange(0, kTakeHomePlaces.size() - 1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace walkaway::comp
