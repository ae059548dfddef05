// Every error path of the tax library: unknown places, a year without tables, a profile that does not
// fit, out-of-range income, batches of the wrong shape, and the loader's files (missing folder, one file
// of a pair, a malformed file with its file:line, a file for another year).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tax/tax_test_support.h"

namespace walkaway::tax {
namespace {

using testing::Rules;
using testing::Salary;
using testing::Tables2026;
using testing::TaxDir;
using testing::Units;

// A temporary copy of data/tax that a test may break; removed at the end.
class TaxDirCopy {
 public:
  TaxDirCopy() {
    dir_ = std::filesystem::path(WALKAWAY_BINARY_DIR) / ("tax-data-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    for (const auto& entry : std::filesystem::directory_iterator(TaxDir())) {
      std::filesystem::copy_file(entry.path(), dir_ / entry.path().filename());
    }
  }
  ~TaxDirCopy() { std::filesystem::remove_all(dir_); }
  std::string dir() const { return dir_.string(); }
  void Write(const std::string& name, const std::string& text) const { std::ofstream(dir_ / name) << text; }
  void Remove(const std::string& name) const { std::filesystem::remove(dir_ / name); }
  std::string Read(const std::string& name) const {
    std::ifstream in(dir_ / name);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

 private:
  std::filesystem::path dir_;
};

TEST(TaxErrorsTest, UnknownCountryIsNoTaxData) {
  const core::Result<Place> p = MakePlace("FR", "IDF", "");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, core::ErrorCode::kNotFound);
  EXPECT_NE(p.error().message.find("no tax data for country 'FR'"), std::string::npos);
}

TEST(TaxErrorsTest, UnknownRegionIsNoTaxData) {
  const core::Result<Place> p = MakePlace("US", "XX", "");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().field_path, "tax.region");
}

TEST(TaxErrorsTest, MissingRegionIsAnErrorNotAGuess) {
  EXPECT_FALSE(MakePlace("GB", "", ""));
  EXPECT_FALSE(MakePlace("DE", "", ""));
}

TEST(TaxErrorsTest, CityTaxOnlyForNewYorkCity) {
  const core::Result<Place> p = MakePlace("US", "PA", "Philadelphia");
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().message.find("New York City is the only city modelled"), std::string::npos);
}

TEST(TaxErrorsTest, ProvinceWithoutDataIsNoTaxData) {
  const core::Result<PlaceRules> r =
      BuildPlaceRules(Tables2026(), *MakePlace("CA", "QC", ""), {}, FlaggedValues::kUseAndSay);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            "no tax data for Quebec, Canada 2026: provincial tax data covers Ontario and British Columbia only");
}

TEST(TaxErrorsTest, YearWithoutTablesIsNoTaxDataForThePlace) {
  const core::Result<TaxTables> tables = LoadTaxTables(TaxDir(), 2027);
  ASSERT_TRUE(tables) << tables.error().ToString();
  const core::Result<PlaceRules> r =
      BuildPlaceRules(*tables, *MakePlace("US", "TX", ""), {}, FlaggedValues::kUseAndSay);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
  EXPECT_NE(r.error().message.find("no tax data for Texas, United States 2027"), std::string::npos);
  const core::Result<PlaceRules> uk =
      LoadPlaceRules(TaxDir(), *MakePlace("GB", "SCT", ""), 2027, {}, FlaggedValues::kUseAndSay);
  ASSERT_FALSE(uk);
  EXPECT_NE(uk.error().message.find("no tax data for Scotland, United Kingdom 2027"), std::string::npos);
}

TEST(TaxErrorsTest, HeadOfHouseholdIsNotAGermanStatus) {
  TaxProfile profile;
  profile.filing_status = FilingStatus::kHeadOfHousehold;
  const core::Result<PlaceRules> r = BuildPlaceRules(Tables2026(), *MakePlace("DE", "BE", ""), profile,
                                                     FlaggedValues::kUseAndSay);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput);
}

TEST(TaxErrorsTest, NegativeChildrenAndOutOfRangeZusatzbeitragAreRefused) {
  TaxProfile profile;
  profile.children = -1;
  EXPECT_FALSE(BuildPlaceRules(Tables2026(), *MakePlace("DE", "BE", ""), profile, FlaggedValues::kUseAndSay));
  profile.children = 0;
  profile.health_extra_rate_bp = 1'500;
  EXPECT_FALSE(BuildPlaceRules(Tables2026(), *MakePlace("DE", "BE", ""), profile, FlaggedValues::kUseAndSay));
}

TEST(TaxErrorsTest, NegativeIncomeIsRefusedNamingTheField) {
  YearIncome in = Salary(50'000);
  in.bonus = Units(-1);
  const core::Result<TakeHomePay> r = TakeHome(Rules("US", "TX"), in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "bonus");
}

TEST(TaxErrorsTest, IncomeAboveTheModelsRangeIsRefused) {
  YearIncome in = Salary(400'000'000);
  in.rsu_vest = Units(400'000'000);  // each fits, the sum does not
  const core::Result<TakeHomePay> r = TakeHome(Rules("US", "TX"), in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "gross");
}

TEST(TaxErrorsTest, PreTaxAboveGrossIsRefused) {
  YearIncome in = Salary(10'000);
  in.pretax_retirement = Units(10'001);
  const core::Result<TakeHomePay> r = TakeHome(Rules("GB", "ENG"), in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_path, "pretax_retirement");
}

TEST(TaxErrorsTest, BatchWithMismatchedSpansIsRefused) {
  const std::vector<core::Money> regular(3, Units(1)), lump(2, Units(1));
  std::vector<core::Money> out(3);
  EXPECT_FALSE(TakeHomeBatch(Rules("US", "TX"), regular, lump, {}, out));
  std::vector<core::Money> short_out(2);
  EXPECT_FALSE(TakeHomeBatch(Rules("US", "TX"), regular, {}, {}, short_out));
}

TEST(TaxErrorsTest, BatchNamesTheFirstBadPath) {
  const std::vector<core::Money> regular{Units(1), Units(-5), Units(1)};
  std::vector<core::Money> out(3);
  const core::Status s = TakeHomeBatch(Rules("US", "TX"), regular, {}, {}, out);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("path 1:"), std::string::npos);
}

TEST(TaxLoaderTest, MissingFolderIsNotFound) {
  const core::Result<TaxTables> t = LoadTaxTables(TaxDir() + "/no-such-folder", 2026);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, core::ErrorCode::kNotFound);
}

TEST(TaxLoaderTest, YearMustHaveFourDigits) {
  const core::Result<TaxTables> t = LoadTaxTables(TaxDir(), 26);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, core::ErrorCode::kInvalidInput);
}

TEST(TaxLoaderTest, OneFileOfAPairAloneIsAnError) {
  TaxDirCopy copy;
  copy.Remove("de-2026-pap.toml");
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2026);
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message.find("de-2026-pap.toml is missing"), std::string::npos) << t.error().message;
}

TEST(TaxLoaderTest, AbsentCountryFileLeavesThatCountryWithoutData) {
  TaxDirCopy copy;
  copy.Remove("uk-2026-27.toml");
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2026);
  ASSERT_TRUE(t);
  const core::Result<PlaceRules> r = BuildPlaceRules(*t, *MakePlace("GB", "ENG", ""), {}, FlaggedValues::kUseAndSay);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no tax data for England, United Kingdom 2026"), std::string::npos);
  EXPECT_TRUE(BuildPlaceRules(*t, *MakePlace("US", "TX", ""), {}, FlaggedValues::kUseAndSay));
}

TEST(TaxLoaderTest, MalformedTomlNamesFileAndLine) {
  TaxDirCopy copy;
  std::string text = copy.Read("us-federal-2026.toml");
  text.replace(text.find("social_security_rate = 0.062"), 28, "social_security_rate = 6.2%");
  copy.Write("us-federal-2026.toml", text);
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2026);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(t.error().location.file.find("us-federal-2026.toml"), std::string::npos);
  EXPECT_EQ(t.error().location.line, 41);
  EXPECT_NE(t.error().message.find("'6.2%'"), std::string::npos) << t.error().message;
}

TEST(TaxLoaderTest, MalformedCsvRowNamesFileAndLine) {
  TaxDirCopy copy;
  std::string text = copy.Read("us-nyc-2026.csv");
  text.replace(text.find("NYC,single,12000,0.03762"), 24, "NYC,single,12000,3.762%");
  copy.Write("us-nyc-2026.csv", text);
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2026);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().location.line, 6);
  EXPECT_NE(t.error().ToString().find("us-nyc-2026.csv:6"), std::string::npos) << t.error().ToString();
}

TEST(TaxLoaderTest, FileForAnotherYearIsRefused) {
  TaxDirCopy copy;
  copy.Write("de-2027.toml", copy.Read("de-2026.toml"));
  copy.Write("de-2027-pap.toml", copy.Read("de-2026-pap.toml"));
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2027);
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message.find("tax_year is 2026, expected 2027"), std::string::npos) << t.error().message;
}

TEST(TaxLoaderTest, PublishedMaximumThatDisagreesWithRateIsRefused) {
  TaxDirCopy copy;
  std::string text = copy.Read("ca-2026.toml");
  text.replace(text.find("max_employee_premium = 1123.07"), 30, "max_employee_premium = 1123.70");
  copy.Write("ca-2026.toml", text);
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2026);
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().ToString().find("ca-2026.toml:41"), std::string::npos) << t.error().ToString();
  EXPECT_NE(t.error().message.find("1,123.07"), std::string::npos);
}

TEST(TaxLoaderTest, StateMissingFromTheRulesFileIsRefused) {
  TaxDirCopy copy;
  std::string text = copy.Read("us-state-rules-2026.csv");
  text.erase(text.find("WY,,\n"), 5);
  copy.Write("us-state-rules-2026.csv", text);
  const core::Result<TaxTables> t = LoadTaxTables(copy.dir(), 2026);
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message.find("no row for state 'WY'"), std::string::npos);
}

}  // namespace
}  // namespace walkaway::tax
