#include <gtest/gtest.h>

#include "market/market_test_support.h"

namespace walkaway::market {
namespace {

using testing::ShippedIndex;

struct TitleCase {
  const char* title;
  const char* family;
  Level level;
};

// Real-world spellings, normalised with the shipped table (data/market/titles.csv).
const TitleCase kCases[] = {
    {"Sr. Software Engr", "software_engineer", Level::kSenior},
    {"Senior SWE", "software_engineer", Level::kSenior},
    {"ML Eng II", "ml_engineer", Level::kMid},
    {"Software Engineer", "software_engineer", Level::kAll},
    {"software engineer", "software_engineer", Level::kAll},
    {"SOFTWARE ENGINEER III", "software_engineer", Level::kSenior},
    {"SDE 2", "software_engineer", Level::kMid},
    {"Jr. Developer, Back-End", "software_engineer", Level::kEntry},
    {"Full-Stack Developer", "software_engineer", Level::kAll},
    {"Fullstack Engineer", "software_engineer", Level::kAll},
    {"Staff Software Engineer", "software_engineer", Level::kSenior},
    {"Principal Engineer, Software", "software_engineer", Level::kSenior},
    {"Front End Dev", "software_engineer", Level::kAll},
    {"Software Engineer - Payments", "software_engineer", Level::kAll},
    {"Lead Data Scientist", "data_scientist", Level::kSenior},
    {"Data Scientist I", "data_scientist", Level::kEntry},
    {"Sr Data Engineer (Remote)", "data_engineer", Level::kSenior},
    {"BI Developer", "data_engineer", Level::kAll},
    {"Business Intelligence Analyst", "data_analyst", Level::kAll},
    {"Junior Data Analyst", "data_analyst", Level::kEntry},
    {"Machine Learning Engineer", "ml_engineer", Level::kAll},
    {"MLE", "ml_engineer", Level::kAll},
    {"Senior AI Engineer", "ml_engineer", Level::kSenior},
    {"Applied Scientist II", "research_scientist", Level::kMid},
    {"Research Scientist, Machine Learning", "research_scientist", Level::kAll},
    {"SRE", "devops_engineer", Level::kAll},
    {"Site Reliability Engineer", "devops_engineer", Level::kAll},
    {"DevOps Engineer", "devops_engineer", Level::kAll},
    {"Sr. Cloud Engineer", "devops_engineer", Level::kSenior},
    {"Cybersecurity Engineer", "security_engineer", Level::kAll},
    {"InfoSec Analyst", "security_analyst", Level::kAll},
    {"SOC Analyst Tier 2", "security_analyst", Level::kMid},
    {"Pentester", "penetration_tester", Level::kAll},
    {"Sysadmin", "systems_administrator", Level::kAll},
    {"System Administrator", "systems_administrator", Level::kAll},
    {"Engineering Mgr", "engineering_manager", Level::kAll},
    {"Senior Engineering Manager", "engineering_manager", Level::kSenior},
    {"Product Manager", "product_manager", Level::kAll},
    {"Sr. PM", "product_manager", Level::kSenior},
    {"Associate Product Manager", "product_manager", Level::kEntry},
    {"Solutions Architect", "solutions_architect", Level::kAll},
    {"RN", "registered_nurse", Level::kAll},
    {"Accountant", "accountant", Level::kAll},
    {"QA Engineer", "qa_engineer", Level::kAll},
};

TEST(TitleNormalizerTest, NormalisesRealWorldSpellings) {
  ASSERT_FALSE(ShippedIndex().titles.phrases.empty());
  for (const TitleCase& c : kCases) {
    const NormalizedTitle t = NormalizeTitle(ShippedIndex().titles, c.title);
    EXPECT_EQ(t.family, c.family) << c.title << ": " << t.reason;
    EXPECT_EQ(t.level, c.level) << c.title;
    EXPECT_GE(t.score, kMinMatchScore) << c.title;
  }
}

TEST(TitleNormalizerTest, ExactPhraseScoresOne) {
  EXPECT_DOUBLE_EQ(NormalizeTitle(ShippedIndex().titles, "Senior Data Scientist").score, 1.0);
}

TEST(TitleNormalizerTest, ExtraWordsLowerTheScore) {
  const NormalizedTitle t = NormalizeTitle(ShippedIndex().titles, "Software Engineer Payments");
  EXPECT_NEAR(t.score, 2.0 / 3.0, 1e-9);
  EXPECT_EQ(t.family, "software_engineer");
}

TEST(TitleNormalizerTest, ManyExtraWordsAreAWeakMatch) {
  const NormalizedTitle t =
      NormalizeTitle(ShippedIndex().titles, "Data Scientist for Retail Pricing Strategy");
  EXPECT_TRUE(t.family.empty());
  EXPECT_EQ(t.matched_phrase, "data scientist");
  EXPECT_NE(t.reason.find("weakly"), std::string::npos) << t.reason;
}

TEST(TitleNormalizerTest, VagueTitlesMatchNothing) {
  for (const char* title :
       {"Engineer", "Manager", "Analyst", "Consultant", "Head of Data", "Tech Lead", ""}) {
    EXPECT_TRUE(NormalizeTitle(ShippedIndex().titles, title).family.empty()) << title;
  }
}

TEST(TitleNormalizerTest, LevelOnlyTitleSaysSo) {
  const NormalizedTitle t = NormalizeTitle(ShippedIndex().titles, "Senior Associate");
  EXPECT_TRUE(t.family.empty());
  EXPECT_EQ(t.level, Level::kSenior);
  EXPECT_NE(t.reason.find("only a level"), std::string::npos);
}

TEST(TitleNormalizerTest, TwoFamiliesWithTheSameScoreAreAmbiguous) {
  // "data scientist" and "software engineer" each explain half of the words.
  const NormalizedTitle t = NormalizeTitle(ShippedIndex().titles, "Data Scientist Software Engineer");
  EXPECT_TRUE(t.family.empty());
  EXPECT_NE(t.reason.find("both"), std::string::npos) << t.reason;
}

TEST(TitleNormalizerTest, HighestLevelWordWins) {
  EXPECT_EQ(NormalizeTitle(ShippedIndex().titles, "Senior Staff Engineering Manager, Director").level,
            Level::kExecutive);
}

TEST(TitleNormalizerTest, IsDeterministicAndIgnoresWordOrder) {
  const NormalizedTitle a = NormalizeTitle(ShippedIndex().titles, "Engineer, Software (Senior)");
  const NormalizedTitle b = NormalizeTitle(ShippedIndex().titles, "Senior Software Engineer");
  EXPECT_EQ(a.family, b.family);
  EXPECT_EQ(a.level, b.level);
  EXPECT_EQ(a.score, b.score);
}

TEST(TitleNormalizerTest, LevelNamesRoundTrip) {
  for (Level level : {Level::kAll, Level::kEntry, Level::kMid, Level::kSenior, Level::kExecutive}) {
    EXPECT_EQ(LevelFromName(LevelName(level)), level);
  }
  EXPECT_FALSE(LevelFromName("staff"));
}

}  // namespace
}  // namespace walkaway::market
