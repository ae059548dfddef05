// The Monte Carlo: determinism under a seed, convergence to closed forms, zero volatility equal to
// the deterministic projection, the private-company waterfall, exact quantiles, the COL data file.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include "comp/private_outcome.h"
#include "comp/quantile.h"
#include "support/builders.h"
#include "walkaway/comp/col.h"
#include "walkaway/comp/projection.h"

namespace walkaway::comp {
namespace {

using core::Money;

const core::Date kToday{2026, 12, 1};

core::Case BaseCase() {
  core::Case c = testing::AlignedCase();
  c.offers[0].equity.reset();
  c.offers[0].bonus = core::Bonus{10, false};
  c.model.paths = 20'000;
  return c;
}

core::PayProjection Project(const core::Case& c, ProjectionOptions o = {}) {
  Projector p(c, o);
  core::Result<core::PayProjection> r = p.Offer(0, kToday);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().ToString());
  return r ? *r : core::PayProjection{};
}

core::Equity PublicRsu(double volatility, double drift) {
  core::Equity e;
  e.kind = core::EquityKind::kRsu;
  e.grant = Money::FromUnits(40'000);
  e.vesting = core::Vesting{4, 12, 12, {}};
  e.public_stock = core::PublicStock{100, volatility, drift};
  return e;
}

TEST(SimulateTest, SameSeedSameFiguresOtherSeedOtherFigures) {
  const core::Case c = BaseCase();
  EXPECT_EQ(Project(c), Project(c));
  EXPECT_NE(Project(c).years[0].p50, Project(c, {{}, {}, 7}).years[0].p50);
}

TEST(SimulateTest, ZeroVolatilityEqualsTheDeterministicProjection) {
  core::Case c = BaseCase();
  c.offers[0].bonus = core::Bonus{10, true};
  c.offers[0].equity = PublicRsu(0, 0);
  const core::PayProjection p = Project(c);
  for (const core::YearFigures& y : p.years) {
    // Every path is the same number: 90k x merit^(year-1) + 10% bonus + 10k of stock.
    const double expected = 90'000 * std::pow(1.033, y.year - 1) * 1.1 + 10'000;
    EXPECT_NEAR(y.mean.units(), expected, 1.0);  // whole units
    EXPECT_NEAR(y.p10.units(), expected, 0.5);  // rounded to whole units
    EXPECT_EQ(y.p10, y.p50);
    EXPECT_EQ(y.p50, y.p90);
  }
}

TEST(SimulateTest, LognormalStockMeanConvergesToTheClosedForm) {
  core::Case c = BaseCase();
  c.offers[0].bonus.reset();
  c.offers[0].equity = PublicRsu(40, 8);
  c.model.paths = 200'000;
  const core::PayProjection p = Project(c);
  for (const core::YearFigures& y : p.years) {
    const double closed_form = 10'000 * std::exp(0.08 * y.year);  // E[S_t] = S_0 e^{mu t}
    EXPECT_NEAR(y.parts.equity.units() / closed_form, 1.0, 0.01) << "year " << y.year;
  }
  // The median of a lognormal sits below its mean: exp(-sigma^2 t / 2) before the drift.
  EXPECT_LT(p.years[3].p50, p.years[3].mean);
}

TEST(SimulateTest, PromotionMeanConvergesToTheBernoulliMean) {
  core::Case c = BaseCase();
  c.offers[0].bonus.reset();
  c.offers[0].promotion = core::Promotion{30, 0, 10};
  c.model.paths = 100'000;
  const core::PayProjection p = Project(c);
  EXPECT_NEAR(p.years[0].parts.base.units(), 90'000 * (1 + 0.3 * 0.1), 90'000 * 0.1 * 0.01);
}

TEST(SimulateTest, DiscretionaryBonusMeanIsTargetTimesPayoutOdds) {
  core::Case c = BaseCase();
  c.model.paths = 100'000;
  c.model.bonus_no_payout_pct = 20;
  const core::PayProjection p = Project(c);
  EXPECT_NEAR(p.years[0].parts.bonus.units(), 9'000 * 0.8, 9'000 * 0.01);
}

TEST(SimulateTest, CertainShutdownMakesPrivateEquityWorthNothing) {
  core::Case c = BaseCase();
  core::Equity e;
  e.kind = core::EquityKind::kOptions;
  e.shares = 10'000;
  e.strike = 1;
  e.fmv = 1;
  e.company = core::PrivateCompany{"seed", 0, 0, 100, {}, {}, {}};
  c.offers[0].equity = e;
  const core::PayProjection p = Project(c);
  EXPECT_DOUBLE_EQ(*p.prob_equity_zero, 1.0);
  EXPECT_EQ(p.years[0].parts.equity, Money{});
}

TEST(SimulateTest, CertainExitAtTheLastValuePaysThePreferredPrice) {
  // Exit in year one at exactly the post-money value: preferred converts (its share of the exit
  // equals its preference), so common gets the preferred price per share.
  PrivateTerms t;
  t.stage = Stage::kSeriesA;
  for (int i = 0; i < kStageCount; ++i) t.exit[i] = 1;
  t.post_money = 4;
  t.preferred_share = 0.4;
  t.exit_sigma = 0;
  Rng rng(1, 1);
  EXPECT_DOUBLE_EQ(PrivateOutcomePerShare(t, rng), 4);
}

TEST(SimulateTest, PreferenceIsPaidBeforeCommon) {
  // Exit 10 with 6 of preference and 40% preferred: preferred keeps 6 (more than 40% of 10), common
  // shares the other 4 over its 60%.
  EXPECT_NEAR(CommonPerShare(10, 6, 0.4, 1), 4 / 0.6, 1e-12);
  EXPECT_DOUBLE_EQ(CommonPerShare(5, 6, 0.4, 1), 0);
  EXPECT_DOUBLE_EQ(CommonPerShare(100, 6, 0.4, 2), 50);  // converts; shares doubled since today
}

TEST(SimulateTest, SeedStageDefaultsReproduceTheCartaCohort) {
  // Seven yearly steps from seed: about 62% shut down and 6% exit (REFERENCES 2.3).
  PrivateTerms t;
  const ModelDefaults& d = BuiltInDefaults();
  for (size_t i = 0; i < kStageCount; ++i) {
    t.raise[i] = d.stages[i].raise;
    t.exit[i] = d.stages[i].exit;
    t.fail[i] = d.stages[i].fail;
    t.dilution[i] = d.stages[i].next_round_dilution;
  }
  t.window_years = 7;
  t.fmv = -1;  // marks paths still private
  Rng rng(3, 3);
  int failed = 0, still_private = 0;
  constexpr int kPaths = 100'000;
  for (int i = 0; i < kPaths; ++i) {
    const double v = PrivateOutcomePerShare(t, rng);
    failed += v == 0;
    still_private += v == -1;
  }
  EXPECT_NEAR(failed / double(kPaths), 0.62, 0.02);
  EXPECT_NEAR(still_private / double(kPaths), 0.32, 0.02);
}

TEST(SimulateTest, CollapsedOutcomesMatchTheYearByYearChain) {
  PrivateTerms t;
  const ModelDefaults& d = BuiltInDefaults();
  for (size_t i = 0; i < kStageCount; ++i) {
    t.raise[i] = d.stages[i].raise;
    t.exit[i] = d.stages[i].exit;
    t.fail[i] = d.stages[i].fail;
    t.dilution[i] = d.stages[i].next_round_dilution;
  }
  t.stage = Stage::kSeriesA;
  t.post_money = 4;
  t.preferred_share = d.stages[1].preferred_share;
  t.fmv = 1.2;
  const PrivateOutcomes o = CollapseOutcomes(t);
  Rng a(11, 1), b(12, 2);
  constexpr int kPaths = 200'000;
  double mean_a = 0, mean_b = 0;
  int zero_a = 0, zero_b = 0;
  for (int i = 0; i < kPaths; ++i) {
    const double x = PrivateOutcomePerShare(t, a);
    const double y = SampleOutcomePerShare(t, o, b.Uniform(), b);
    mean_a += x / kPaths;
    mean_b += y / kPaths;
    zero_a += x == 0;
    zero_b += y == 0;
  }
  EXPECT_NEAR(zero_a / double(kPaths), zero_b / double(kPaths), 0.005);
  EXPECT_NEAR(mean_a / mean_b, 1.0, 0.05);  // heavy right tail: a looser bound
}

TEST(SimulateTest, OutcomeCellTableGivesTheSameOutcomeAsCounting) {
  PrivateTerms t;
  const ModelDefaults& d = BuiltInDefaults();
  for (size_t i = 0; i < kStageCount; ++i) {
    t.raise[i] = d.stages[i].raise;
    t.exit[i] = d.stages[i].exit;
    t.fail[i] = d.stages[i].fail;
    t.dilution[i] = d.stages[i].next_round_dilution;
  }
  t.stage = Stage::kSeed;
  t.post_money = 4;
  t.fmv = 1.2;
  const PrivateOutcomes o = CollapseOutcomes(t);
  const auto counted = [&](double u) {
    int i = 0;
    for (int k = 0; k + 1 < o.count; ++k) i += u >= o.cumulative[k];
    return i;
  };
  // Every cumulative bound and its neighbours (where a cell straddles two outcomes), every cell's
  // ends, and random points.
  std::vector<double> points;
  for (int k = 0; k < o.count; ++k) {
    const double c = o.cumulative[k];
    points.insert(points.end(), {c, std::nextafter(c, 0.0), std::nextafter(c, 1.0)});
  }
  for (int c = 0; c <= PrivateOutcomes::kCells; ++c) {
    const double edge = static_cast<double>(c) / PrivateOutcomes::kCells;
    points.insert(points.end(), {edge, std::nextafter(edge, 0.0), edge - 0x1.0p-32});
  }
  std::mt19937_64 gen(3);
  for (int i = 0; i < 100'000; ++i) points.push_back(static_cast<double>(gen() >> 11) * 0x1.0p-53);
  int straddling = 0;
  for (int c = 0; c < PrivateOutcomes::kCells; ++c) straddling += o.cell[c] < 0;
  EXPECT_GT(straddling, 0);  // the counting fallback is exercised too
  for (const double u : points) {
    if (u < 0 || u >= 1) continue;
    ASSERT_EQ(OutcomeIndex(o, u), counted(u)) << u;
  }
}

// Both methods (kBest: the sample brackets with AVX-512 on 32,768 values or more, else the
// histogram; kPortable: the histogram) against sorting, on shapes the pay model produces: a smooth
// spread with a repeated value, most values equal (equity worth nothing), a heavy tail, all equal,
// negative values, and sizes off a vector's width.
class SelectTest : public ::testing::TestWithParam<Simd> {};

void ExpectSelectMatchesSorting(const std::vector<float>& v, Simd simd) {
  std::vector<float> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  const size_t n = v.size();
  const std::vector<std::vector<size_t>> rank_sets = {
      {QuantileRank(0.1, n), QuantileRank(0.5, n), QuantileRank(0.9, n)},
      {0, QuantileRank(0.1, n), QuantileRank(0.5, n), n - 1},
      {QuantileRank(0.5, n), QuantileRank(0.5, n)},
      {QuantileRank(0.01, n), QuantileRank(0.99, n)}};
  QuantileSelector s;
  for (const std::vector<size_t>& ranks : rank_sets) {
    float out[4];
    s.Select(v, ranks, std::span<float>(out, ranks.size()), simd);
    for (size_t i = 0; i < ranks.size(); ++i)
      EXPECT_EQ(out[i], sorted[ranks[i]]) << n << " rank " << ranks[i];
  }
}

TEST_P(SelectTest, MatchesSortingOnThePayModelsShapes) {
  std::mt19937 gen(11);
  std::normal_distribution<double> normal(0, 1);
  for (size_t n : {1'000, 32'768, 50'001, 100'000, 100'013}) {
    std::vector<float> smooth(n), mostly_equal(n), tail(n), equal(n, 155'000.0f), negative(n);
    for (size_t i = 0; i < n; ++i) {
      const double z = normal(gen);
      smooth[i] = i % 3 == 0 ? 120'000.0f : static_cast<float>(1e5 + 4e4 * z);
      mostly_equal[i] = i % 10 < 7 ? 120'000.0f : static_cast<float>(120'000 + 48'000 * std::exp(1.2 * z));
      tail[i] = static_cast<float>(150'000 + 10'000 * std::exp(2.5 * z));
      negative[i] = static_cast<float>(-500 + 1'000 * z);
    }
    for (const auto* v : {&smooth, &mostly_equal, &tail, &equal, &negative})
      ExpectSelectMatchesSorting(*v, GetParam());
  }
}

TEST_P(SelectTest, MatchesSortingWhenTheSampleMisleads) {
  // Values in increasing order but every 16th: the sample (the first values) sees only small ones,
  // the brackets of the middle and high ranks miss, and the histogram answers.
  const size_t n = 65'536;
  std::vector<float> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = i % 16 == 0 ? 1.0f : static_cast<float>(i);
  ExpectSelectMatchesSorting(v, GetParam());
}

INSTANTIATE_TEST_SUITE_P(BestAndPortable, SelectTest, ::testing::Values(Simd::kBest, Simd::kPortable));

TEST(QuantileTest, RadixSelectMatchesSorting) {
  std::mt19937 gen(5);
  std::vector<float> v(50'001);
  for (size_t i = 0; i < v.size(); ++i) {
    v[i] = i % 3 == 0 ? 120'000.0f : static_cast<float>(std::normal_distribution<double>(1e5, 4e4)(gen));
  }
  v[7] = -3.5f;
  std::vector<float> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  QuantileSelector s;
  const size_t ranks[] = {0, QuantileRank(0.1, v.size()), QuantileRank(0.5, v.size()), v.size() - 1};
  float out[4];
  s.Select(v, ranks, out);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(out[i], sorted[ranks[i]]);
}

TEST(ColTest, CompiledIndexMatchesTheShippedDataFile) {
  std::ifstream in(std::string(WALKAWAY_SOURCE_DIR) + "/data/col/bea-rpp-2023.csv");
  ASSERT_TRUE(in);
  std::string line;
  std::getline(in, line);  // header
  size_t rows = 0;
  while (std::getline(in, line)) {
    const std::string key = line.substr(0, line.find(','));
    const double rpp = std::stod(line.substr(line.rfind(',') + 1));
    ASSERT_TRUE(ColIndexOf(key).has_value()) << key;
    EXPECT_DOUBLE_EQ(*ColIndexOf(key), rpp) << key;
    ++rows;
  }
  EXPECT_EQ(rows, ColAreas().size());
}

}  // namespace
}  // namespace walkaway::comp
