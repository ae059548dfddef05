// Flagged figures (docs/tax.md, "Flagged parameters"): under kRefuse a place whose rules need a value
// the data marks as stale (an indexed US state figure known only for 2025) or MISSING is "no tax data",
// naming the value and its file:line; under kUseAndSay it is used (or left out) and listed in the caveats.
// CAUTION and DISCREPANCY markers are always listed. Places that need no flagged value build either way.

#include <gtest/gtest.h>

#include <algorithm>

#include "tax/tax_test_support.h"

namespace walkaway::tax {
namespace {

using testing::Tables2026;

core::Result<PlaceRules> Build(std::string_view country, std::string_view region, FlaggedValues flagged,
                               TaxProfile profile = {}) {
  return BuildPlaceRules(Tables2026(), *MakePlace(country, region, ""), profile, flagged);
}

bool AnyCaveatHas(const PlaceRules& rules, std::string_view text) {
  return std::any_of(rules.caveats.begin(), rules.caveats.end(),
                     [&](const std::string& c) { return c.find(text) != std::string::npos; });
}

TEST(FlaggedValuesTest, RefusesCaliforniaWhoseBracketsAreOnly2025Values) {
  const core::Result<PlaceRules> r = Build("US", "CA", FlaggedValues::kRefuse);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
  const std::string message = r.error().ToString();
  EXPECT_NE(message.find("no tax data for California, United States 2026"), std::string::npos) << message;
  EXPECT_NE(message.find("us-states-2026.csv:"), std::string::npos) << message;
  EXPECT_NE(message.find("indexed; latest explicit value is for 2025"), std::string::npos) << message;
}

TEST(FlaggedValuesTest, UsesCaliforniaFiguresAndSaysSo) {
  const core::Result<PlaceRules> r = Build("US", "CA", FlaggedValues::kUseAndSay);
  ASSERT_TRUE(r) << r.error().ToString();
  // 8 bracket floors and the standard deduction of the single schedule.
  EXPECT_TRUE(AnyCaveatHas(*r, "9 indexed figures with no official 2026 value")) << r->caveats.front();
  EXPECT_TRUE(AnyCaveatHas(*r, "CA single standard deduction 5,706"));
}

TEST(FlaggedValuesTest, StatesWithOfficial2026FiguresBuildUnderRefuse) {
  for (const char* state : {"TX", "NY", "PA", "MA", "CO", "GA", "NC", "WA"}) {
    const core::Result<PlaceRules> r = Build("US", state, state == std::string("MA") ? FlaggedValues::kUseAndSay
                                                                                      : FlaggedValues::kRefuse);
    EXPECT_TRUE(r) << state << ": " << r.error().ToString();
  }
}

TEST(FlaggedValuesTest, FederalStandardDeductionStatesIgnoreTheirStaleRow) {
  // Arizona's own standard-deduction row is a flagged 2025 value, but Arizona follows the federal amount
  // (us-state-rules: std=federal), so nothing flagged is used.
  EXPECT_TRUE(Build("US", "AZ", FlaggedValues::kRefuse));
}

TEST(FlaggedValuesTest, StaleSurtaxThresholdIsAFlaggedValue) {
  // Massachusetts' 4 % surtax threshold in the note is the 2025 figure of an indexed amount.
  const core::Result<PlaceRules> refused = Build("US", "MA", FlaggedValues::kRefuse);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("surtax threshold 1,083,150"), std::string::npos);
}

TEST(FlaggedValuesTest, RefusesOntarioWhoseHealthPremiumIsMissing) {
  const core::Result<PlaceRules> r = Build("CA", "ON", FlaggedValues::kRefuse);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("ca-2026.toml:54: MISSING: Ontario Health Premium"), std::string::npos)
      << r.error().message;
}

TEST(FlaggedValuesTest, OntarioUnderUseAndSayListsTheMissingPremium) {
  const core::Result<PlaceRules> r = Build("CA", "ON", FlaggedValues::kUseAndSay);
  ASSERT_TRUE(r);
  EXPECT_TRUE(AnyCaveatHas(*r, "left out, no figure in the data: MISSING: Ontario Health Premium"));
  EXPECT_TRUE(AnyCaveatHas(*r, "one secondary source"));  // the surtax
}

TEST(FlaggedValuesTest, BritishColumbiaBasicPersonalAmountIsMissing) {
  ASSERT_FALSE(Build("CA", "BC", FlaggedValues::kRefuse));
  const core::Result<PlaceRules> r = Build("CA", "BC", FlaggedValues::kUseAndSay);
  ASSERT_TRUE(r);
  EXPECT_TRUE(AnyCaveatHas(*r, "basic personal amount credit is left out"));
  EXPECT_TRUE(AnyCaveatHas(*r, "CAUTION: a later version of the gov.bc.ca page"));
}

TEST(FlaggedValuesTest, ScotlandDiscrepancyIsAlwaysListedNeverRefused) {
  const core::Result<PlaceRules> r = Build("GB", "SCT", FlaggedValues::kRefuse);
  ASSERT_TRUE(r);
  EXPECT_TRUE(AnyCaveatHas(*r, "DISCREPANCY: PolicyEngine-UK encodes the top-rate floor"));
  const core::Result<PlaceRules> england = Build("GB", "ENG", FlaggedValues::kRefuse);
  ASSERT_TRUE(england);
  EXPECT_FALSE(AnyCaveatHas(*england, "DISCREPANCY"));
}

TEST(FlaggedValuesTest, GermanyNeedsNoFlaggedValue) {
  const core::Result<PlaceRules> r = Build("DE", "BE", FlaggedValues::kRefuse);
  ASSERT_TRUE(r);
  EXPECT_TRUE(AnyCaveatHas(*r, "church tax"));
}

TEST(FlaggedValuesTest, EveryResultNamesTheYearOfItsTables) {
  EXPECT_EQ(Build("GB", "ENG", FlaggedValues::kRefuse)->tables_year, "2026-27");
  EXPECT_EQ(Build("US", "TX", FlaggedValues::kRefuse)->tables_year, "2026");
  EXPECT_EQ(Build("DE", "BE", FlaggedValues::kRefuse)->tables_year, "2026");
  EXPECT_EQ(kDisclaimer, "estimate, not tax advice");
}

TEST(FlaggedValuesTest, EveryPlaceSaysWhatIsNotModelled) {
  for (const auto& [country, region] : {std::pair{"US", "TX"}, std::pair{"GB", "ENG"}, std::pair{"DE", "BE"},
                                        std::pair{"CA", "ON"}}) {
    const core::Result<PlaceRules> r = Build(country, region, FlaggedValues::kUseAndSay);
    ASSERT_TRUE(r);
    EXPECT_TRUE(AnyCaveatHas(*r, "not modelled")) << country;
  }
  const core::Result<PlaceRules> us = Build("US", "TX", FlaggedValues::kUseAndSay);
  EXPECT_TRUE(AnyCaveatHas(*us, "AMT"));
  EXPECT_TRUE(AnyCaveatHas(*us, "local taxes outside New York City"));
  EXPECT_TRUE(AnyCaveatHas(*us, "disability and paid-leave"));
}

}  // namespace
}  // namespace walkaway::tax
