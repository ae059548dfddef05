// SIGN-PAY's market finding: where the base sits against open salary data, from a position the
// caller located (docs/market.md); minor or positive only, never a verdict mover.

#include <gtest/gtest.h>

#include <algorithm>

#include "support/builders.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

using walkaway::testing::AlignedCase;
using walkaway::testing::FindingWithCode;
using walkaway::testing::HasCode;

MarketPosition Position(double percentile, MarketPosition::Bound bound = MarketPosition::Bound::kWithin) {
  MarketPosition p;
  p.offer_id = AlignedCase().offers[0].id;
  p.comparable = true;
  p.percentile = percentile;
  p.bound = bound;
  p.summary = "43rd percentile of 228 senior data scientist salaries in US, 2025 (median 160,000 USD)";
  return p;
}

std::vector<Finding> RunWith(const Case& c, const std::optional<MarketPosition>& position) {
  const Offer& o = c.offers[0];
  OfferMetrics m = ComputeMetrics(c.candidate, o);
  m.market = position;
  const OfferFacts facts = DeriveFacts(c, o, m, c.as_of.value());
  const RuleContext ctx{c, o, 0, m, facts, c.as_of.value(), {}, {}};
  return RunSignPay(ctx);
}

bool HasMarketFinding(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return ToString(f.code).rfind("pay.market", 0) == 0; });
}

TEST(SignPayMarketTest, NoPositionGivesNoMarketFinding) {
  EXPECT_FALSE(HasMarketFinding(RunWith(AlignedCase(), std::nullopt)));
}

TEST(SignPayMarketTest, BaseBelowTheQuarterIsMinorWithTheFigures) {
  const Finding f = FindingWithCode(RunWith(AlignedCase(), Position(18)), "pay.market_low");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_EQ(f.channel, Channel::kTerms);
  EXPECT_NE(f.message.find("43rd percentile of 228 senior data scientist salaries"), std::string::npos);
  EXPECT_NE(f.message.find("lowest quarter"), std::string::npos);
  EXPECT_EQ(f.message.rfind("Market position of the base of ", 0), 0u);
  EXPECT_EQ(FieldPath(f.evidence.at(0).field), "offers[0].base");
  EXPECT_FALSE(f.ask.has_value());
}

TEST(SignPayMarketTest, BelowTheLowestKnownQuantileCountsAsLow) {
  const auto findings = RunWith(AlignedCase(), Position(10, MarketPosition::Bound::kBelowLowest));
  EXPECT_TRUE(HasCode(findings, "pay.market_low"));
}

TEST(SignPayMarketTest, BaseAboveTheMedianIsPositive) {
  EXPECT_EQ(FindingWithCode(RunWith(AlignedCase(), Position(62)), "pay.market_above_median").severity,
            Severity::kPositive);
  EXPECT_TRUE(HasCode(RunWith(AlignedCase(), Position(90, MarketPosition::Bound::kAboveHighest)),
                      "pay.market_above_median"));
}

TEST(SignPayMarketTest, BaseBetweenTheQuarterAndTheMedianIsMinorInformation) {
  const Finding f = FindingWithCode(RunWith(AlignedCase(), Position(40)), "pay.market_position");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_TRUE(HasCode(RunWith(AlignedCase(), Position(25)), "pay.market_position"));
  EXPECT_TRUE(HasCode(RunWith(AlignedCase(), Position(50)), "pay.market_position"));
}

TEST(SignPayMarketTest, NoComparableDataIsMinorWithAQuestion) {
  MarketPosition p;
  p.offer_id = "acme";
  p.reason = "only 7 salaries for data_scientist in PT";
  const Finding f = FindingWithCode(RunWith(AlignedCase(), p), "pay.market_no_data");
  EXPECT_EQ(f.severity, Severity::kMinor);
  EXPECT_NE(f.message.find("only 7 salaries"), std::string::npos);
  EXPECT_FALSE(f.question.empty());
}

TEST(SignPayMarketTest, MarketPositionNeverChangesTheVerdict) {
  const Case c = AlignedCase();
  const Date today = c.as_of.value();
  const Evaluation plain = Evaluate(c, today, std::nullopt, EvaluationInputs{});
  for (const MarketPosition& p : {Position(5, MarketPosition::Bound::kBelowLowest), Position(40), Position(80)}) {
    EvaluationInputs pay;
    pay.market.push_back(p);
    const Evaluation with = Evaluate(c, today, std::nullopt, pay);
    ASSERT_EQ(with.offers.size(), 1u);
    EXPECT_EQ(with.offers[0].verdict.decision, plain.offers[0].verdict.decision);
    EXPECT_TRUE(HasMarketFinding(with.offers[0].findings));
  }
}

TEST(SignPayMarketTest, PositionIsMatchedToItsOfferById) {
  const Case c = AlignedCase();
  MarketPosition p = Position(5);
  p.offer_id = "someone-else";
  EvaluationInputs pay;
  pay.market.push_back(p);
  const Evaluation e = Evaluate(c, c.as_of.value(), std::nullopt, pay);
  EXPECT_FALSE(HasMarketFinding(e.offers[0].findings));
}

}  // namespace
}  // namespace walkaway::core
