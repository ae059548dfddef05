// The value model: criterion names and weights from the person's priorities, the value functions
// and how unknown facts widen a criterion's band (docs/compare.md).

#include <gtest/gtest.h>

#include <cmath>

#include "support/builders.h"
#include "walkaway/decide/compare.h"
#include "walkaway/decide/value_model.h"

namespace walkaway::decide {
namespace {

size_t Index(Criterion c) { return static_cast<size_t>(c); }

TEST(ParseCriterionTest, NamesAndAliasesResolve) {
  EXPECT_EQ(ParseCriterion("pay"), Criterion::kPay);
  EXPECT_EQ(ParseCriterion("compensation"), Criterion::kPay);
  EXPECT_EQ(ParseCriterion("Work-Life Balance"), Criterion::kWorkload);
  EXPECT_EQ(ParseCriterion("learning"), Criterion::kLearning);
  EXPECT_FALSE(ParseCriterion("vibes").has_value());
  for (int j = 0; j < kCriterionCount; ++j) {
    EXPECT_EQ(ParseCriterion(ToString(static_cast<Criterion>(j))), static_cast<Criterion>(j));
  }
}

TEST(ResolveWeightsTest, RankGivesRocAndUnrankedCriteriaShareTheRest) {
  core::Priorities p;
  p.rank = {"compensation", "growth", "flexibility", "culture", "stability"};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_TRUE(w) << w.error().ToString();
  EXPECT_EQ(w->source, "rank");
  const std::vector<double> roc = RocWeights(10);
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kPay)], roc[0]);
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kGrowth)], roc[1]);
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kStability)], roc[4]);
  const double rest = (roc[5] + roc[6] + roc[7] + roc[8] + roc[9]) / 5;
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kMission)], rest);
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kLearning)], rest);
  double sum = 0;
  for (double x : w->weights) sum += x;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  ASSERT_EQ(w->space.tiers.size(), 6u);
  EXPECT_EQ(w->space.tiers[5].size(), 5u);
}

TEST(ResolveWeightsTest, ExplicitWeightsAreNormalisedAndTakePrecedence) {
  core::Priorities p;
  p.rank = {"growth"};
  p.weights = {{"salary", 3}, {"growth", 1}};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_TRUE(w);
  EXPECT_EQ(w->source, "weights");
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kPay)], 0.75);
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kGrowth)], 0.25);
  EXPECT_DOUBLE_EQ(w->weights[Index(Criterion::kCulture)], 0.0);
  ASSERT_EQ(w->space.tiers.size(), 2u);  // pay >= growth; the rest out
  EXPECT_EQ(w->space.tiers[0], (std::vector<int>{static_cast<int>(Criterion::kPay)}));
}

TEST(ResolveWeightsTest, NoPrioritiesMeansEqualWeights) {
  const core::Result<WeightModel> w = ResolveWeights({});
  ASSERT_TRUE(w);
  EXPECT_EQ(w->source, "equal");
  for (double x : w->weights) EXPECT_DOUBLE_EQ(x, 0.1);
  EXPECT_EQ(w->space.tiers.size(), 1u);
}

TEST(ResolveWeightsTest, UnknownRankedCriterionIsAnErrorWithItsPath) {
  core::Priorities p;
  p.rank = {"pay", "vibes"};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().field_path, "candidate.priorities.rank[1]");
  EXPECT_NE(w.error().message.find("vibes"), std::string::npos);
}

TEST(ResolveWeightsTest, ACriterionRankedTwiceEvenByAliasIsAnError) {
  core::Priorities p;
  p.rank = {"pay", "growth", "compensation"};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().field_path, "candidate.priorities.rank[2]");
}

TEST(ResolveWeightsTest, UnknownWeightNameIsAnError) {
  core::Priorities p;
  p.weights = {{"pay", 1}, {"vibes", 2}};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().field_path, "candidate.priorities.weights.vibes");
}

TEST(ResolveWeightsTest, TwoKeysNamingOneCriterionAreAnError) {
  core::Priorities p;
  p.weights = {{"pay", 1}, {"salary", 2}};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().field_path, "candidate.priorities.weights.salary");
}

TEST(ResolveWeightsTest, NegativeWeightIsAnError) {
  core::Priorities p;
  p.weights = {{"pay", -1}, {"growth", 2}};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().field_path, "candidate.priorities.weights.pay");
}

TEST(ResolveWeightsTest, WeightsSummingToZeroAreAnError) {
  core::Priorities p;
  p.weights = {{"pay", 0}, {"growth", 0}};
  const core::Result<WeightModel> w = ResolveWeights(p);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().field_path, "candidate.priorities.weights");
}

TEST(PayValueTest, LogUtilityBetweenTheAnchors) {
  const PayAnchors a{100'000, 80'000, 150'000, "current job"};
  EXPECT_DOUBLE_EQ(PayValue(80'000, a), 0.0);
  EXPECT_DOUBLE_EQ(PayValue(70'000, a), 0.0);
  EXPECT_DOUBLE_EQ(PayValue(150'000, a), 1.0);
  EXPECT_DOUBLE_EQ(PayValue(200'000, a), 1.0);
  EXPECT_NEAR(PayValue(100'000, a), std::log(1.25) / std::log(1.875), 1e-12);
  // Concave: the first 10k above the reference are worth more than the next 10k.
  EXPECT_GT(PayValue(110'000, a) - PayValue(100'000, a), PayValue(120'000, a) - PayValue(110'000, a));
}

TEST(PayAnchorsTest, CurrentJobFirstThenFloorsThenTheOffers) {
  core::Case c = testing::AlignedCase();
  EXPECT_EQ(ResolvePayAnchors(c, YearlyPay{80'000, 90'000, 100'000, false}, {}).source, "current job");
  const PayAnchors from_floor = ResolvePayAnchors(c, std::nullopt, {});
  EXPECT_EQ(from_floor.source, "base_min");
  EXPECT_DOUBLE_EQ(from_floor.worst, 0.8 * 85'000);
  EXPECT_DOUBLE_EQ(from_floor.ideal, 1.5 * 85'000);
  c.candidate.non_negotiables.total_min = core::Money::FromUnits(95'000);
  EXPECT_EQ(ResolvePayAnchors(c, std::nullopt, {}).source, "total_min");
  c.candidate.non_negotiables = {};
  const std::vector<double> offers = {90'000, 70'000, 110'000};
  const PayAnchors median = ResolvePayAnchors(c, std::nullopt, offers);
  EXPECT_EQ(median.source, "offers' median");
  EXPECT_DOUBLE_EQ(median.reference, 90'000);
}

// A projection over two years with the given gross and take-home medians per year, taxed in `place`.
core::PayProjection TaxedProjection(const std::string& id, int64_t gross, int64_t take_home, const std::string& place) {
  core::PayProjection p;
  p.job_id = id;
  for (int y = 0; y < 2; ++y) {
    core::YearFigures f;
    f.p10 = f.p50 = f.p90 = core::Money::FromUnits(gross);
    core::TakeHomeFigures t;
    t.p10 = core::Money::FromUnits(take_home - 1'000);
    t.p50 = core::Money::FromUnits(take_home);
    t.p90 = core::Money::FromUnits(take_home + 1'000);
    f.take_home = t;
    p.years.push_back(f);
  }
  p.total_p10 = p.total_p50 = p.total_p90 = core::Money::FromUnits(2 * gross);
  p.total_take_home_p10 = core::Money::FromUnits(2 * take_home - 2'000);
  p.total_take_home_p50 = core::Money::FromUnits(2 * take_home);
  p.total_take_home_p90 = core::Money::FromUnits(2 * take_home + 2'000);
  p.tax = core::TaxBasis{place, "2026", "estimate, not tax advice", {}, {}};
  return p;
}

TEST(CompareAfterTaxTest, JobsTaxedInDifferentPlacesAreComparedOnTakeHome) {
  const core::Case c = testing::AlignedCase();
  const std::vector<core::PayProjection> offers = {TaxedProjection("a", 100'000, 70'000, "Texas, United States"),
                                                   TaxedProjection("b", 110'000, 68'000, "California, United States")};
  EXPECT_TRUE(CompareAfterTax(c, offers, nullptr));
  const std::optional<YearlyPay> y = YearlyPayOf(offers[1], true);
  ASSERT_TRUE(y);
  EXPECT_DOUBLE_EQ(y->p50, 68'000);
  EXPECT_DOUBLE_EQ(y->p10, 67'000);
  EXPECT_DOUBLE_EQ(y->p90, 69'000);
  EXPECT_DOUBLE_EQ(YearlyPayOf(offers[1])->p50, 110'000);  // gross unless asked
}

TEST(CompareAfterTaxTest, OnePlaceAJobWithoutTakeHomeOrTheRubricKeepGross) {
  core::Case c = testing::AlignedCase();
  std::vector<core::PayProjection> offers = {TaxedProjection("a", 100'000, 70'000, "Texas, United States"),
                                             TaxedProjection("b", 110'000, 76'000, "Texas, United States")};
  EXPECT_FALSE(CompareAfterTax(c, offers, nullptr));  // one place: gross ranks the same way, and says more
  const core::PayProjection now = TaxedProjection("current", 90'000, 60'000, "New York City, New York, United States");
  EXPECT_TRUE(CompareAfterTax(c, offers, &now));      // the current job is taxed elsewhere
  c.rubric.pay_after_tax = false;
  EXPECT_FALSE(CompareAfterTax(c, offers, &now));
  c.rubric.pay_after_tax = true;
  EXPECT_TRUE(CompareAfterTax(c, offers, nullptr));
  offers[1].tax.reset();
  offers[1].total_take_home_p50.reset();
  EXPECT_FALSE(CompareAfterTax(c, offers, nullptr));  // every job needs a take-home figure
}

TEST(PayAnchorsTest, AfterTaxTheGrossFloorsAreNotAnchors) {
  const core::Case c = testing::AlignedCase();  // base_min 85,000 (gross)
  const std::vector<double> offers = {60'000, 70'000};
  const PayAnchors a = ResolvePayAnchors(c, std::nullopt, offers, true);
  EXPECT_TRUE(a.after_tax);
  EXPECT_EQ(a.source, "offers' median");
  EXPECT_DOUBLE_EQ(a.reference, 65'000);
}

TEST(WorkloadValueTest, LinearFromIdealToWorstHours) {
  EXPECT_DOUBLE_EQ(WorkloadValue(35, 35, 60), 1.0);
  EXPECT_DOUBLE_EQ(WorkloadValue(30, 35, 60), 1.0);
  EXPECT_DOUBLE_EQ(WorkloadValue(60, 35, 60), 0.0);
  EXPECT_DOUBLE_EQ(WorkloadValue(47.5, 35, 60), 0.5);
}

std::array<CriterionScore, kCriterionCount> Score(const core::Case& c) {
  const core::Evaluation e = core::Evaluate(c, c.as_of.value_or(core::Date{2026, 11, 21}), c.offers[0].id);
  const PayAnchors a = ResolvePayAnchors(c, std::nullopt, {});
  return ScoreOffer(c, 0, e.offers.at(0), nullptr, a);
}

TEST(ScoreOfferTest, EveryBandHoldsItsPoint) {
  for (const CriterionScore& s : Score(testing::AlignedCase())) {
    EXPECT_LE(0.0, s.value.low);
    EXPECT_LE(s.value.low, s.value.point);
    EXPECT_LE(s.value.point, s.value.high);
    EXPECT_LE(s.value.high, 1.0);
    EXPECT_FALSE(s.basis.empty());
  }
}

TEST(ScoreOfferTest, UnknownFactsWidenTheBandAroundTheMiddle) {
  core::Case c = testing::AlignedCase();
  c.offers[0].progression = {};
  c.offers[0].work = {};
  const auto s = Score(c);
  const CriterionScore& growth = s[Index(Criterion::kGrowth)];
  EXPECT_FALSE(growth.known);
  EXPECT_DOUBLE_EQ(growth.value.low, 0.0);
  EXPECT_DOUBLE_EQ(growth.value.point, 0.5);
  EXPECT_DOUBLE_EQ(growth.value.high, 1.0);
  EXPECT_DOUBLE_EQ(s[Index(Criterion::kFlexibility)].value.point, 0.5);
  EXPECT_DOUBLE_EQ(s[Index(Criterion::kWorkload)].value.high, 1.0);
}

TEST(ScoreOfferTest, WrittenProgressionScoresGrowthHigh) {
  core::Case c = testing::AlignedCase();
  c.offers[0].progression = {true, 6, true, true, true};
  const auto s = Score(c);
  EXPECT_DOUBLE_EQ(s[Index(Criterion::kGrowth)].value.point, 1.0);
  EXPECT_TRUE(s[Index(Criterion::kGrowth)].known);
  EXPECT_DOUBLE_EQ(s[Index(Criterion::kLearning)].value.point, 1.0);
}

TEST(ScoreOfferTest, FewerOfficeDaysMeanMoreFlexibility) {
  core::Case c = testing::AlignedCase();
  c.offers[0].work.office_days = 1;
  const double one_day = Score(c)[Index(Criterion::kFlexibility)].value.point;
  c.offers[0].work.office_days = 4;
  const double four_days = Score(c)[Index(Criterion::kFlexibility)].value.point;
  EXPECT_DOUBLE_EQ(one_day, 0.8);
  EXPECT_DOUBLE_EQ(four_days, 0.2);
}

TEST(ScoreOfferTest, BadInterviewSignsLowerCulture) {
  core::Case c = testing::AlignedCase();
  c.offers[0].interviews = {core::Interview{"onsite", {}, "", {}, {}, {"respectful", "thorough"}, ""}};
  const double good = Score(c)[Index(Criterion::kCulture)].value.point;
  c.offers[0].interviews = {core::Interview{"onsite", {}, "", {}, {}, {"rushed", "dismissive"}, ""}};
  const double bad = Score(c)[Index(Criterion::kCulture)].value.point;
  EXPECT_GT(good, 0.5);
  EXPECT_LT(bad, 0.5);
}

TEST(ScoreOfferTest, LongerHoursLowerWorkload) {
  core::Case c = testing::AlignedCase();
  c.offers[0].work.expected_weekly_hours = 40;
  const double forty = Score(c)[Index(Criterion::kWorkload)].value.point;
  c.offers[0].work.expected_weekly_hours = 50;
  const double fifty = Score(c)[Index(Criterion::kWorkload)].value.point;
  EXPECT_GT(forty, fifty);
}

TEST(ScoreOfferTest, AnEarlyStartupIsLessStableThanAPublicCompany) {
  core::Case c = testing::AlignedCase();
  core::Equity e;
  e.kind = core::EquityKind::kOptions;
  e.company = core::PrivateCompany{"seed", {}, {}, {}, {}, {}, {}};
  c.offers[0].equity = e;
  const double seed = Score(c)[Index(Criterion::kStability)].value.point;
  e.company.reset();
  e.kind = core::EquityKind::kRsu;
  e.public_stock = core::PublicStock{100, {}, {}};
  c.offers[0].equity = e;
  const double pub = Score(c)[Index(Criterion::kStability)].value.point;
  EXPECT_LT(seed, pub);
}

}  // namespace
}  // namespace walkaway::decide
