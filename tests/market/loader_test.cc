#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "market/market_test_support.h"

namespace walkaway::market {
namespace {

constexpr std::string_view kGroupHeader =
    "# source=test\n# as_of=2025-01-01\n"
    "family,level,country,year,currency,n,p10,p25,p50,p75,p90\n";

core::Status ParseGroups(const std::string& rows) {
  std::vector<SalaryGroup> groups;
  SourceInfo source;
  return ParseSalaryGroups(std::string(kGroupHeader) + rows, "aijobs_index.csv", groups, source);
}

TEST(MarketLoaderTest, ParsesGroupsAndSourceComments) {
  std::vector<SalaryGroup> groups;
  SourceInfo source;
  ASSERT_TRUE(
      ParseSalaryGroups(std::string(kGroupHeader) + "data_scientist,senior,US,2024,USD,25,1,2,3,4,5\n",
                        "a.csv", groups, source));
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].level, Level::kSenior);
  EXPECT_EQ(groups[0].quantiles[4], 5);
  EXPECT_EQ(source.name, "test");
  EXPECT_EQ(source.as_of, "2025-01-01");
}

TEST(MarketLoaderTest, MalformedRowNamesFileAndLine) {
  const core::Status s = ParseGroups(
      "data_scientist,senior,US,2024,USD,25,1,2,3,4,5\n"
      "data_scientist,senior,US,2024,USD,lots,1,2,3,4,5\n");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().location.file, "aijobs_index.csv");
  EXPECT_EQ(s.error().location.line, 5);
  EXPECT_EQ(s.error().ToString().rfind("aijobs_index.csv:5: bad sample size", 0), 0u) << s.error().ToString();
}

TEST(MarketLoaderTest, RejectsWrongFieldCount) {
  const core::Status s = ParseGroups("data_scientist,senior,US,2024\n");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("expected 11 fields, found 4"), std::string::npos);
}

TEST(MarketLoaderTest, RejectsDecreasingPercentiles) {
  const core::Status s = ParseGroups("data_scientist,senior,US,2024,USD,25,1,2,9,4,5\n");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("must not decrease"), std::string::npos);
}

TEST(MarketLoaderTest, RejectsUnknownLevelAndBadYear) {
  EXPECT_FALSE(ParseGroups("data_scientist,staff,US,2024,USD,25,1,2,3,4,5\n"));
  EXPECT_FALSE(ParseGroups("data_scientist,senior,US,24,USD,25,1,2,3,4,5\n"));
  EXPECT_FALSE(ParseGroups("data_scientist,senior,USA,2024,USD,25,1,2,3,4,5\n"));
}

TEST(MarketLoaderTest, RejectsWrongHeaderAndMissingAsOf) {
  std::vector<SalaryGroup> groups;
  SourceInfo source;
  const core::Status header =
      ParseSalaryGroups("# source=x\n# as_of=y\nfamily,level\n", "a.csv", groups, source);
  ASSERT_FALSE(header);
  EXPECT_EQ(header.error().location.line, 3);
  SourceInfo bare;
  EXPECT_FALSE(
      ParseSalaryGroups("family,level,country,year,currency,n,p10,p25,p50,p75,p90\n", "a.csv", groups, bare));
  EXPECT_FALSE(ParseSalaryGroups("", "a.csv", groups, bare));
}

TEST(MarketLoaderTest, OccupationsKeepTopCodingAndQuotedTitles) {
  std::vector<Occupation> occupations;
  SourceInfo source;
  ASSERT_TRUE(
      ParseOccupations("# source=bls\n# as_of=2023-05\nsoc_code,title,employment,p10,p25,p50,p75,p90\n"
                       "11-1011,\"Chief Executives, \"\"all\"\"\",211230,80000,130840,206680,#,#\n",
                       "bls.csv", occupations, source));
  ASSERT_EQ(occupations.size(), 1u);
  EXPECT_EQ(occupations[0].title, "Chief Executives, \"all\"");
  EXPECT_EQ(occupations[0].quantiles[2], 206680);
  EXPECT_FALSE(occupations[0].quantiles[3]);
}

TEST(MarketLoaderTest, TitleTableErrorsNameTheLine) {
  TitleTable table;
  const core::Status s =
      ParseTitleTable("kind,key,value\nlevel,staff,senior\nlevel,boss,emperor\n", "t.csv", table);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().location.line, 3);
  EXPECT_FALSE(ParseTitleTable("kind,key,value\nsynonym,a,b\n", "t.csv", table));
  EXPECT_FALSE(ParseTitleTable("kind,key,value\nabbrev,sr,\n", "t.csv", table));
}

TEST(MarketLoaderTest, MissingFolderIsNotFoundWithAHint) {
  const core::Result<MarketIndex> r = LoadMarketIndex("/nonexistent/market");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
  EXPECT_NE(r.error().message.find("/nonexistent/market/titles.csv"), std::string::npos);
  EXPECT_NE(r.error().hint.find("titles.csv"), std::string::npos);
}

TEST(MarketLoaderTest, MalformedShippedFileNamesItsPathAndLine) {
  const std::filesystem::path dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "market_loader_test";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(testing::kShippedDir + "/titles.csv", dir / "titles.csv",
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::copy_file(testing::kShippedDir + "/bls_oews_index.csv", dir / "bls_oews_index.csv",
                             std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "aijobs_index.csv") << kGroupHeader << "data_scientist,senior,US,2024,USD,25,1,2\n";
  const core::Result<MarketIndex> r = LoadMarketIndex(dir.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().location.file, (dir / "aijobs_index.csv").string());
  EXPECT_EQ(r.error().location.line, 4);
}

// The index we ship: it loads, and every group is usable.
TEST(ShippedIndexTest, LoadsWithSourcesAndAsOfDates) {
  const core::Result<MarketIndex> r = LoadMarketIndex(testing::kShippedDir);
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_GT(r->groups.size(), 500u);
  EXPECT_GT(r->occupations.size(), 800u);
  EXPECT_EQ(r->aijobs.as_of, "2025-08-03");
  EXPECT_EQ(r->bls.as_of, "2023-05");
}

TEST(ShippedIndexTest, PercentilesAreMonotonicAndFamiliesKnown) {
  const MarketIndex& index = testing::ShippedIndex();
  std::set<std::string> families;
  for (const TitlePhrase& p : index.titles.phrases) families.insert(p.family);
  for (const SalaryGroup& g : index.groups) {
    EXPECT_TRUE(families.count(g.family)) << g.family;
    EXPECT_GE(g.n, 5);
    for (size_t i = 0; i < kQuantiles.size(); ++i) {
      ASSERT_TRUE(g.quantiles[i]) << g.family;
      EXPECT_GT(*g.quantiles[i], 0);
      if (i > 0) {
        EXPECT_LE(*g.quantiles[i - 1], *g.quantiles[i]) << g.family << " " << g.country << " " << g.year;
      }
    }
  }
  for (const auto& [family, soc] : index.titles.soc_codes) {
    EXPECT_TRUE(families.count(family)) << family;
    EXPECT_TRUE(std::any_of(index.occupations.begin(), index.occupations.end(), [&](const Occupation& o) {
      return o.soc_code == soc;
    })) << soc;
  }
}

TEST(ShippedIndexTest, AnswersCommonQuestions) {
  const MarketPosition swe = Locate(testing::ShippedIndex(), "Senior Software Engineer", "US",
                                    core::Money::FromUnits(176000), "USD");
  ASSERT_EQ(swe.status, MarketStatus::kFound) << swe.reason;
  EXPECT_GE(swe.sample_size, kMinSampleSize);
  EXPECT_GT(swe.percentile.value, 30.0);
  EXPECT_LT(swe.percentile.value, 70.0);
  const MarketPosition nurse =
      Locate(testing::ShippedIndex(), "RN", "US", core::Money::FromUnits(86070), "USD");
  ASSERT_EQ(nurse.status, MarketStatus::kFound) << nurse.reason;
  EXPECT_EQ(nurse.source, MarketSource::kBlsOews);
  EXPECT_DOUBLE_EQ(nurse.percentile.value, 50.0);
}

}  // namespace
}  // namespace walkaway::market
