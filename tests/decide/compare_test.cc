// The comparison pipeline end to end: gates first, Pareto, the headline, determinism, errors.

#include <gtest/gtest.h>

#include <algorithm>

#include "support/builders.h"
#include "walkaway/decide/compare.h"
#include "walkaway/io/case_file.h"
#include "walkaway/judge/judge.h"

namespace walkaway::decide {
namespace {

const core::Date kToday{2026, 11, 21};

core::Case Example(const std::string& name) {
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(std::string(WALKAWAY_SOURCE_DIR) + "/examples/" + name);
  EXPECT_TRUE(loaded) << loaded.error().ToString();
  return loaded ? loaded->c : core::Case{};
}

// Through Judge, as `walkaway compare` does: every offer evaluated first.
core::Result<Comparison> Compare(const core::Case& c, CompareOptions o = {}) {
  judge::JudgeOptions options;
  options.compare = o;
  options.plans = false;
  core::Result<core::Judgement> j = judge::Judge(c, c.as_of.value_or(kToday), {}, options);
  if (!j) return j.error();
  return *j->comparison;
}

TEST(CompareTest, DemoComparesEveryOfferThatPassesTheGates) {
  const core::Result<Comparison> r = Compare(Example("demo.toml"));
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(r->offers.size(), 3u);
  EXPECT_GE(r->winner, 0);
  EXPECT_FALSE(r->headline.empty());
  for (const OfferOutcome& o : r->offers) {
    const bool compared = std::find(r->compared.begin(), r->compared.end(), &o - r->offers.data()) != r->compared.end();
    EXPECT_EQ(compared, o.gate_reason.empty() && o.dominated_by.empty()) << o.id;
  }
  if (r->compared.size() >= 2) {
    ASSERT_TRUE(r->smaa);
    EXPECT_EQ(r->smaa->draws, 10'000);
    EXPECT_EQ(r->stability.size(), static_cast<size_t>(kCriterionCount));
    EXPECT_NE(r->headline.find("ranks first in"), std::string::npos);
  }
}

TEST(CompareTest, StartupOptionsComparesTwoOffersWithPayBands) {
  const core::Result<Comparison> r = Compare(Example("startup-options.toml"));
  ASSERT_TRUE(r) << r.error().ToString();
  ASSERT_EQ(r->offers.size(), 2u);
  for (const OfferOutcome& o : r->offers) {
    ASSERT_TRUE(o.pay_p50) << o.id;
    EXPECT_LE(*o.pay_p10, *o.pay_p50);
    EXPECT_LE(*o.pay_p50, *o.pay_p90);
  }
  EXPECT_EQ(r->pay.source, "current job");
  EXPECT_EQ(r->weights.source, "equal");
}

TEST(CompareTest, AnOfferFailingANonNegotiableIsOutAtTheGates) {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].industry = "defense";
  c.candidate.non_negotiables.deal_breakers = {"defense"};
  const core::Result<Comparison> r = Compare(c);
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(r->offers[1].decision, core::Decision::kWalkAway);
  EXPECT_FALSE(r->offers[1].gate_reason.empty());
  EXPECT_EQ(r->compared, std::vector<int>{0});
  EXPECT_EQ(r->winner, 0);
  EXPECT_FALSE(r->smaa);
  EXPECT_NE(r->headline.find("Only acme"), std::string::npos);
}

TEST(CompareTest, ADominatedOfferIsOutWithTheOfferThatDominatesIt) {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].progression.ladder_shared = false;  // worse on growth, equal elsewhere
  c.offers[1].base = core::Money::FromUnits(88'000);  // and on pay
  const core::Result<Comparison> r = Compare(c);
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(r->offers[1].dominated_by, "acme");
  EXPECT_EQ(r->compared, std::vector<int>{0});
  EXPECT_NE(r->headline.find("at least as good"), std::string::npos);
}

TEST(CompareTest, ATradeOffGivesSmaaStabilityAndTopsis) {
  core::Case c = testing::TwoAlignedOffers();
  c.offers[1].base = core::Money::FromUnits(120'000);  // more pay ...
  c.offers[1].work.office_days = 0;                      // ... more flexible ...
  c.offers[1].progression = {false, 24, false, false, false};  // ... little growth
  c.candidate.priorities.rank = {"growth", "learning", "pay"};
  const core::Result<Comparison> r = Compare(c, {2'000, 5});
  ASSERT_TRUE(r) << r.error().ToString();
  ASSERT_EQ(r->compared.size(), 2u);
  ASSERT_TRUE(r->smaa && r->topsis && r->minimum_change && r->kendall_tau);
  const double first = r->smaa->rank_acceptability[0][0] + r->smaa->rank_acceptability[1][0];
  EXPECT_NEAR(first, 1.0, 1e-12);
  EXPECT_EQ(r->stability.size(), static_cast<size_t>(kCriterionCount));
}

TEST(CompareTest, LeadersWithinTheMarginAreACloseCall) {
  core::Case c = testing::TwoAlignedOffers();
  c.candidate.priorities.weights = {{"growth", 1}, {"flexibility", 1}};
  c.offers[1].progression.ladder_shared = false;  // growth 2/3 instead of 1 ...
  c.offers[1].work.office_days = 0;               // ... flexibility 1 instead of 0.6
  const core::Result<Comparison> r = Compare(c);
  ASSERT_TRUE(r) << r.error().ToString();
  ASSERT_TRUE(r->smaa);
  // acme leads when w_growth / 3 > 0.4 w_flexibility, i.e. w_growth > 6/11 on the 2-simplex.
  EXPECT_NEAR(r->smaa->rank_acceptability[0][0], 5.0 / 11, 0.02);
  EXPECT_EQ(r->winner, 1);
  EXPECT_TRUE(r->close_call);
  EXPECT_NE(r->headline.find("A close call"), std::string::npos);
}

TEST(CompareTest, AClearLeadIsNotACloseCall) {
  core::Case c = testing::TwoAlignedOffers();
  c.candidate.priorities.weights = {{"growth", 1}, {"flexibility", 1}};
  c.offers[1].progression = {false, 24, false, false, false};
  c.offers[1].work.office_days = 1;
  const core::Result<Comparison> r = Compare(c);
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(r->winner, 0);
  EXPECT_FALSE(r->close_call);
}

TEST(CompareTest, SameSeedSameComparison) {
  const core::Case c = Example("demo.toml");
  const core::Result<Comparison> a = Compare(c, {3'000, 9});
  const core::Result<Comparison> b = Compare(c, {3'000, 9});
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->headline, b->headline);
  ASSERT_EQ(a->smaa.has_value(), b->smaa.has_value());
  if (a->smaa) {
    EXPECT_EQ(a->smaa->rank_acceptability, b->smaa->rank_acceptability);
  }
}

TEST(CompareTest, OneOfferIsAnError) {
  const core::Result<Comparison> r = Compare(testing::AlignedCase());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "offers");
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput);
}

TEST(CompareTest, DrawsOutOfRangeAreAnError) {
  core::Result<Comparison> r = Compare(testing::TwoAlignedOffers(), {10, 1});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "--draws");
  r = Compare(testing::TwoAlignedOffers(), {kMaxDraws + 1, 1});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "--draws");
}

TEST(CompareTest, UnknownCriterionInPrioritiesIsAnError) {
  core::Case c = testing::TwoAlignedOffers();
  c.candidate.priorities.rank = {"pay", "prestige"};
  const core::Result<Comparison> r = Compare(c);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "candidate.priorities.rank[1]");
}

}  // namespace
}  // namespace walkaway::decide
