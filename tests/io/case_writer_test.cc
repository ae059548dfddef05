// The TOML writer: every example and every good fixture survives read -> write -> read unchanged,
// strings of any content are escaped so they read back byte for byte, and only given fields appear.

#include "walkaway/io/case_writer.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

namespace fs = std::filesystem;

// Writes `c` and reads the text back as if it were a file in `base_dir`.
core::Result<LoadedCase> ReadBack(const core::Case& c, const fs::path& base_dir = {}) {
  return ParseCase(WriteCaseToml(c), "written.toml", Format::kToml, base_dir);
}

core::Case SmallCase() {
  core::Case c;
  c.candidate.name = "Sam";
  c.candidate.currency = "EUR";
  core::Offer offer;
  offer.id = "acme";
  offer.company = "Acme";
  c.offers.push_back(offer);
  return c;
}

std::vector<fs::path> CaseFilesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".toml" || ext == ".json")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void ExpectRoundTrip(const fs::path& file) {
  SCOPED_TRACE(file.string());
  core::Result<LoadedCase> original = ReadCaseFile(file);
  ASSERT_TRUE(original) << original.error().ToString();
  const std::string text = WriteCaseToml(original->c);
  core::Result<LoadedCase> again = ParseCase(text, "written.toml", Format::kToml, file.parent_path());
  ASSERT_TRUE(again) << again.error().ToString() << "\n" << text;
  EXPECT_TRUE(again->c == original->c) << text;
  // Writing is a fixed point: the second write gives the same text.
  EXPECT_EQ(WriteCaseToml(again->c), text);
}

TEST(CaseWriterTest, EveryExampleRoundTrips) {
  const std::vector<fs::path> files = CaseFilesIn(fs::path(WALKAWAY_SOURCE_DIR) / "examples");
  ASSERT_GE(files.size(), 10u);
  for (const fs::path& file : files) ExpectRoundTrip(file);
}

TEST(CaseWriterTest, TheFixtureWithEveryKeyRoundTrips) {
  ExpectRoundTrip(testing::GoodFile("full.toml"));
  ExpectRoundTrip(testing::GoodFile("full.json"));
}

TEST(CaseWriterTest, TaxSettingsOfEveryJobRoundTrip) {
  core::Case c = SmallCase();
  c.candidate.situation.current.base = core::Money::FromUnits(50'000);
  c.candidate.situation.current.location = "Leeds";
  c.candidate.situation.current.country = "GB";
  c.candidate.situation.current.tax =
      core::TaxSetting{.student_loan = core::StudentLoanPlan::kPlan4, .postgraduate_loan = false};
  c.offers[0].tax = core::TaxSetting{.country = "US", .region = "NY", .city = "NYC",
                                     .filing_status = core::TaxFiling::kHeadOfHousehold, .pretax_retirement_pct = 6.5};
  c.tax.filing_status = core::TaxFiling::kSingle;
  c.rubric.pay_after_tax = true;
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString() << "\n" << WriteCaseToml(c);
  EXPECT_TRUE(back->c == c) << WriteCaseToml(c);
}

TEST(CaseWriterTest, ASmallCaseWritesOnlyWhatWasGiven) {
  const std::string text = WriteCaseToml(SmallCase(), {.header = "", .comments = false});
  EXPECT_EQ(text,
            "version = 1\n"
            "\n[candidate]\nname = \"Sam\"\ncurrency = \"EUR\"\n"
            "\n[[offers]]\nid = \"acme\"\ncompany = \"Acme\"\n");
}

TEST(CaseWriterTest, HeaderAndSectionCommentsAreComments) {
  core::Case c = SmallCase();
  c.candidate.non_negotiables.base_min = core::Money::FromUnits(85000);
  const std::string text = WriteCaseToml(c, {.header = "Made by a test\n\nsecond line", .comments = true});
  EXPECT_EQ(text.rfind("# Made by a test\n#\n# second line\n", 0), 0u) << text;
  EXPECT_NE(text.find("# Hard limits"), std::string::npos) << text;
  core::Result<LoadedCase> back = ParseCase(text, "c.toml", Format::kToml);
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_TRUE(back->c == c);
}

TEST(CaseWriterTest, MoneyKeepsItsCents) {
  core::Case c = SmallCase();
  c.offers[0].base = core::Money::FromCents(8'200'050);
  c.candidate.non_negotiables.base_min = core::Money::FromUnits(10'000'000'000'000);
  c.offers[0].sign_on = core::SignOn{core::Money::FromCents(1), 0, false};
  const std::string text = WriteCaseToml(c);
  EXPECT_NE(text.find("base = \"82,000.50\""), std::string::npos) << text;
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString() << "\n" << text;
  EXPECT_TRUE(back->c == c) << text;
}

TEST(CaseWriterTest, NumbersReadBackToTheSameDouble) {
  core::Case c = SmallCase();
  c.offers[0].exchange_rate = 0.1;
  c.offers[0].merit_raise_pct = 3.0;
  c.candidate.situation.runway_months = 1e-7;
  c.candidate.col_index = 123.456789012345;
  c.candidate.priorities.weights = {{"pay", 1.0 / 3.0}, {"growth", 2e5}};
  c.offers[0].benefit_terms.health_premium_diff = -1200.25;
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString() << "\n" << WriteCaseToml(c);
  EXPECT_TRUE(back->c == c) << WriteCaseToml(c);
}

TEST(CaseWriterTest, TomlStringEscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(TomlString("plain"), "\"plain\"");
  EXPECT_EQ(TomlString("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(TomlString("C:\\dir\\"), "\"C:\\\\dir\\\\\"");
  EXPECT_EQ(TomlString("a\nb\tc\rd"), "\"a\\nb\\tc\\rd\"");
  EXPECT_EQ(TomlString(std::string("nul\0x", 5)), "\"nul\\u0000x\"");
  EXPECT_EQ(TomlString("bell\a del\x7F"), "\"bell\\u0007 del\\u007F\"");
  EXPECT_EQ(TomlString("Zürich 東京 🚀"), "\"Zürich 東京 🚀\"");
}

TEST(CaseWriterTest, AwkwardTextReadsBackByteForByte) {
  const std::vector<std::string> texts = {
      "quote \" and backslash \\ and both \\\"",
      "ends with a backslash \\",
      "ends with a quote \"",
      "\"\"\" three quotes \"\"\"",
      "two\nlines",
      "\nstarts with a line break",
      "ends with a line break\n",
      "windows\r\nline",
      "tab\there and a form feed\f",
      "Zürich, São Paulo, 東京, emoji 🚀",
      "#not a comment = [also not] {nor this}",
      "'single' quotes and ''' three of them",
      "",
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    core::Case c = SmallCase();
    c.candidate.name = text;
    c.offers[0].notes = text;
    c.offers[0].title = text;
    c.candidate.non_negotiables.locations = {text, "x"};
    c.offers[0].claims.push_back(core::Claim{"other", text.empty() ? "v" : text, text, "", false, {}, {}, {}});
    c.offers[0].documents.push_back(core::Document{"other", "", text});
    core::Reflection r;
    r.notes = text;
    c.reflection = r;
    if (!text.empty()) c.candidate.priorities.weights[text] = 1;
    const std::string written = WriteCaseToml(c);
    core::Result<LoadedCase> back = ReadBack(c);
    ASSERT_TRUE(back) << back.error().ToString() << "\n" << written;
    EXPECT_TRUE(back->c == c) << written;
  }
}

TEST(CaseWriterTest, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_FALSE(IsWritableText("bad \xFF byte"));
  EXPECT_FALSE(IsWritableText(std::string("nul\0", 4)));
  EXPECT_TRUE(IsWritableText("Zürich"));
  EXPECT_EQ(TomlString("a\xFF" "b\xC3"), "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\"");
  core::Case c = SmallCase();
  c.candidate.name = "caf\xE9";  // Latin-1, not UTF-8
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_EQ(back->c.candidate.name, "caf\xEF\xBF\xBD");
}

TEST(CaseWriterTest, DefaultsAreLeftOutAndOverridesWritten) {
  core::Case c = SmallCase();
  c.rubric.pay_walk_pct = 20;
  c.model.horizon_years = 6;
  c.candidate.goals.horizon_years = 5;
  core::Equity e;
  e.kind = core::EquityKind::kNone;
  c.offers[0].equity = e;
  c.offers[0].extension = core::ExtensionStatus::kRefused;
  const std::string text = WriteCaseToml(c, {.header = "", .comments = false});
  EXPECT_NE(text.find("[rubric]\npay_walk_pct = 20.0\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("pay_negotiable_pct"), std::string::npos) << text;
  EXPECT_NE(text.find("[model]\nhorizon_years = 6\n"), std::string::npos) << text;
  EXPECT_NE(text.find("[offers.equity]\nkind = \"none\"\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("[offers.equity.vesting]"), std::string::npos) << text;
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_TRUE(back->c == c) << text;
}

TEST(CaseWriterTest, AnEmptyReflectionIsKept) {
  core::Case c = SmallCase();
  c.reflection = core::Reflection{};
  c.offers[0].reflection = core::Reflection{};
  c.offers[0].reflection->leaning_accept = false;
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_TRUE(back->c == c) << WriteCaseToml(c);
}

TEST(CaseWriterTest, SeveralOffersKeepTheirOwnSubTables) {
  core::Case c = SmallCase();
  core::Offer second;
  second.id = "globex";
  second.company = "Globex";
  second.currency = "USD";
  second.exchange_rate = 0.92;
  second.work.mode = core::WorkMode::kRemote;
  second.claims.push_back(core::Claim{"bonus", "always pays", "recruiter", "screen", false,
                                      core::Money::FromUnits(8000), core::Date{2026, 11, 2}, {}});
  c.offers[0].work.office_days = 3;
  c.offers[0].interviews.push_back(core::Interview{"onsite", core::Date{2026, 11, 10}, "manager", 60, 25,
                                                   {"rushed"}, "short"});
  c.offers.push_back(second);
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString() << "\n" << WriteCaseToml(c);
  EXPECT_TRUE(back->c == c) << WriteCaseToml(c);
}

TEST(CaseWriterTest, AnEmptyPipelineStaysAFactAndFunnelFiguresAreKept) {
  core::Case c = SmallCase();
  c.candidate.situation.pipeline_given = true;  // "no other process", not "unknown"
  c.candidate.situation.history["final"] = core::StageHistory{0, 2};
  c.candidate.situation.history["screen"] = core::StageHistory{0, 0};
  c.model.funnel["onsite"] = core::FunnelStage{40.0, 12.5};
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString() << "\n" << WriteCaseToml(c);
  EXPECT_TRUE(back->c == c) << WriteCaseToml(c);
  EXPECT_NE(WriteCaseToml(c).find("pipeline = []"), std::string::npos);
}

// A documented limit: a TOML table cannot repeat a key, so documents come back grouped by kind.
TEST(CaseWriterTest, DocumentsAreGroupedByKindInOrderOfFirstUse) {
  core::Case c = SmallCase();
  c.offers[0].documents = {{"offer_letter", "", "one"}, {"job_post", "", "two"}, {"offer_letter", "", "three"}};
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString();
  const std::vector<core::Document>& docs = back->c.offers[0].documents;
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "one");
  EXPECT_EQ(docs[1].text, "three");
  EXPECT_EQ(docs[2].text, "two");
}

// A documented limit: an extractor's claim origin has no key in the file.
TEST(CaseWriterTest, ClaimOriginIsNotWritten) {
  core::Case c = SmallCase();
  core::Claim claim{"base", "90k", "offer letter", "", true, {}, {}, core::ClaimOrigin{}};
  claim.origin->field = core::FieldRef::Document(0, 0, core::Field::kText);
  c.offers[0].claims.push_back(claim);
  core::Result<LoadedCase> back = ReadBack(c);
  ASSERT_TRUE(back) << back.error().ToString();
  ASSERT_EQ(back->c.offers[0].claims.size(), 1u);
  EXPECT_FALSE(back->c.offers[0].claims[0].origin.has_value());
  claim.origin.reset();
  EXPECT_TRUE(back->c.offers[0].claims[0] == claim);
}

}  // namespace
}  // namespace walkaway::io
