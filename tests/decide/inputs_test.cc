// GatherInputs: one projection per offer, the current job's when it has a base, and a market
// position only for offers the index can place.

#include "walkaway/decide/inputs.h"

#include <gtest/gtest.h>

#include "support/builders.h"

namespace walkaway::decide {
namespace {

const core::Date kToday{2026, 11, 21};

TEST(GatherInputsTest, ProjectsEveryOfferAndTheCurrentJob) {
  core::Case c = testing::AlignedCase();
  c.offers.push_back(c.offers[0]);
  c.offers[1].id = "second";
  c.candidate.situation.current.base = core::Money::FromUnits(50'000);
  const core::EvaluationInputs inputs = GatherInputs(c, kToday);
  ASSERT_EQ(inputs.offers.size(), 2u);
  EXPECT_EQ(inputs.offers[0].job_id, c.offers[0].id);
  EXPECT_EQ(inputs.offers[1].job_id, "second");
  EXPECT_TRUE(inputs.current.has_value());
}

TEST(GatherInputsTest, NoCurrentBaseMeansNoCurrentProjection) {
  core::Case c = testing::AlignedCase();
  c.candidate.situation.current.base.reset();
  EXPECT_FALSE(GatherInputs(c, kToday).current.has_value());
}

TEST(GatherInputsTest, AnOfferWithoutCountryIsNotPlacedInTheMarket) {
  core::Case c = testing::AlignedCase();
  c.offers[0].country.clear();
  EXPECT_TRUE(GatherInputs(c, kToday).market.empty());
}

}  // namespace
}  // namespace walkaway::decide
