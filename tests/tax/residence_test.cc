// The residence table (docs/tax.md, "Residence"): offer locations people write, with their ISO country,
// to the place whose tax applies; a named region wins; anything unknown is "no tax data", never a guess.

#include <gtest/gtest.h>

#include <string>

#include "walkaway/tax/residence.h"

namespace walkaway::tax {
namespace {

struct Resolved {
  const char* location;
  const char* country;
  Country expected_country;
  const char* region;
  const char* locality;
};

// gtest names a case by its bytes otherwise, which include pointers: names would change run to run.
std::string CaseName(const char* text, size_t index) {
  std::string name;
  for (const char* c = text; *c != '\0'; ++c) {
    if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')) name += *c;
  }
  return name + "_" + std::to_string(index);
}

class ResidenceTest : public ::testing::TestWithParam<Resolved> {};

TEST_P(ResidenceTest, MapsLocationToPlace) {
  const Resolved& c = GetParam();
  const core::Result<Place> p = PlaceFromLocation(c.location, c.country, 2026);
  ASSERT_TRUE(p) << c.location << ": " << p.error().ToString();
  EXPECT_EQ(*p, (Place{c.expected_country, c.region, c.locality})) << c.location;
}

INSTANTIATE_TEST_SUITE_P(
    Cities, ResidenceTest,
    ::testing::Values(Resolved{"Austin, TX", "US", Country::kUnitedStates, "TX", ""},
                      Resolved{"San Francisco", "US", Country::kUnitedStates, "CA", ""},
                      Resolved{"New York", "US", Country::kUnitedStates, "NY", "NYC"},
                      Resolved{"New York, NY", "US", Country::kUnitedStates, "NY", "NYC"},
                      Resolved{"Brooklyn, New York", "US", Country::kUnitedStates, "NY", "NYC"},
                      Resolved{"Buffalo, NY", "US", Country::kUnitedStates, "NY", ""},
                      Resolved{"Portland, OR", "US", Country::kUnitedStates, "OR", ""},
                      Resolved{"Portland, Maine", "US", Country::kUnitedStates, "ME", ""},
                      Resolved{"Washington, DC", "US", Country::kUnitedStates, "DC", ""},
                      Resolved{"Springfield, IL", "US", Country::kUnitedStates, "IL", ""},
                      Resolved{"  seattle  ", "us", Country::kUnitedStates, "WA", ""},
                      Resolved{"London", "GB", Country::kUnitedKingdom, "ENG", ""},
                      Resolved{"London, UK", "UK", Country::kUnitedKingdom, "ENG", ""},
                      Resolved{"Edinburgh", "GB", Country::kUnitedKingdom, "SCT", ""},
                      Resolved{"Inverness, Scotland", "GB", Country::kUnitedKingdom, "SCT", ""},
                      Resolved{"Cardiff", "GB", Country::kUnitedKingdom, "WLS", ""},
                      Resolved{"Cambridge", "GB", Country::kUnitedKingdom, "ENG", ""},
                      Resolved{"Cambridge, MA", "US", Country::kUnitedStates, "MA", ""},
                      Resolved{"Berlin", "DE", Country::kGermany, "BE", ""},
                      Resolved{"Berlin, Germany", "DE", Country::kGermany, "BE", ""},
                      Resolved{"M\xc3\xbcnchen", "DE", Country::kGermany, "BY", ""},
                      Resolved{"Leipzig", "DE", Country::kGermany, "SN", ""},
                      Resolved{"Toronto", "CA", Country::kCanada, "ON", ""},
                      Resolved{"Vancouver", "CA", Country::kCanada, "BC", ""},
                      Resolved{"Montreal", "CA", Country::kCanada, "QC", ""}),
    [](const ::testing::TestParamInfo<Resolved>& param_info) {
      return CaseName(param_info.param.location, param_info.index);
    });

TEST(ResidenceErrorTest, UnknownCityIsNoTaxDataWithAHint) {
  const core::Result<Place> p = PlaceFromLocation("Springfield", "US", 2026);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(p.error().message,
            "no tax data for 'Springfield' (US) 2026: 'springfield' is not in the residence table (docs/tax.md) and "
            "no region is named");
  EXPECT_NE(p.error().hint.find("tax = {"), std::string::npos);
}

TEST(ResidenceErrorTest, AmbiguousCityNeedsItsState) {
  EXPECT_FALSE(PlaceFromLocation("Portland", "US", 2026));
}

TEST(ResidenceErrorTest, RemoteOrEmptyIsNotAPlace) {
  EXPECT_FALSE(PlaceFromLocation("Remote", "US", 2026));
  EXPECT_FALSE(PlaceFromLocation("", "GB", 2026));
}

TEST(ResidenceErrorTest, CountryWithoutDataIsNoTaxData) {
  const core::Result<Place> p = PlaceFromLocation("Paris", "FR", 2026);
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().message.find("no tax data for 'Paris' (FR) 2026"), std::string::npos);
}

TEST(ResidenceErrorTest, CityOfAnotherCountryIsNotFound) {
  EXPECT_FALSE(PlaceFromLocation("Toronto", "US", 2026));
}

TEST(ResidenceOverrideTest, ExplicitTaxTableWinsOverTheLocation) {
  const core::Result<Place> p = ResolveResidence("New York", "US", TaxOverride{"US", "NJ", ""}, 2026);
  ASSERT_TRUE(p);
  EXPECT_EQ(*p, (Place{Country::kUnitedStates, "NJ", ""}));
  const core::Result<Place> city = ResolveResidence("Remote", "US", TaxOverride{"us", "ny", "nyc"}, 2026);
  ASSERT_TRUE(city);
  EXPECT_EQ(city->locality, "NYC");
}

TEST(ResidenceOverrideTest, WithoutOverrideUsesTheLocation) {
  EXPECT_EQ(ResolveResidence("Edinburgh", "GB", std::nullopt, 2026)->region, "SCT");
}

TEST(ResidenceOverrideTest, BadOverrideIsRefusedNotIgnored) {
  const core::Result<Place> p = ResolveResidence("Austin, TX", "US", TaxOverride{"US", "Texas", ""}, 2026);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().field_path, "tax.region");
}

TEST(PlaceNameTest, ReadsForPeople) {
  EXPECT_EQ(PlaceName(Place{Country::kUnitedStates, "NY", "NYC"}), "New York City, New York, United States");
  EXPECT_EQ(PlaceName(Place{Country::kUnitedKingdom, "SCT", ""}), "Scotland, United Kingdom");
  EXPECT_EQ(PlaceName(Place{Country::kCanada, "BC", ""}), "British Columbia, Canada");
}

}  // namespace
}  // namespace walkaway::tax
