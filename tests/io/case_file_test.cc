// The good path: full cases in both forms, locations, documents, encodings and format detection.

#include "walkaway/io/case_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io_test_util.h"

namespace walkaway::io {
namespace {

using testing::GoodFile;
using testing::ReadText;

TEST(CaseFileTest, TomlAndJsonFormsDecodeToTheSameCase) {
  auto toml = ReadCaseFile(GoodFile("full.toml"));
  ASSERT_TRUE(toml) << toml.error().ToString();
  auto json = ReadCaseFile(GoodFile("full.json"));
  ASSERT_TRUE(json) << json.error().ToString();
  EXPECT_TRUE(toml->c == json->c);
}

TEST(CaseFileTest, DecodesEveryPartOfTheFullCase) {
  auto loaded = ReadCaseFile(GoodFile("full.toml"));
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  const core::Case& c = loaded->c;
  EXPECT_EQ(c.as_of, (core::Date{2026, 11, 21}));
  EXPECT_EQ(c.candidate.currency, "EUR");
  EXPECT_EQ(c.candidate.non_negotiables.base_min, core::Money::FromUnits(85'000));
  EXPECT_EQ(c.candidate.non_negotiables.total_min, core::Money::FromUnits(95'000));
  EXPECT_EQ(c.candidate.non_negotiables.work_mode, core::WorkMode::kHybrid);
  EXPECT_EQ(c.candidate.non_negotiables.growth, (std::vector<std::string>{"ladder_shared", "mentorship"}));
  EXPECT_DOUBLE_EQ(c.candidate.priorities.weights.at("growth"), 0.3);
  EXPECT_EQ(c.candidate.situation.current.bonus, core::Money::FromUnits(5000));
  EXPECT_EQ(c.candidate.situation.runway_months, 6.5);
  EXPECT_EQ(c.candidate.situation.current.weekly_hours, 37.5);  // a contract week with its half
  ASSERT_EQ(c.candidate.situation.pipeline.size(), 2u);
  EXPECT_EQ(c.candidate.situation.pipeline[0].updated, (core::Date{2026, 11, 15}));

  ASSERT_EQ(c.offers.size(), 2u);
  const core::Offer& acme = c.offers[0];
  EXPECT_EQ(acme.id, "acme");
  EXPECT_EQ(acme.currency, "");
  EXPECT_EQ(acme.extension, core::ExtensionStatus::kRefused);
  EXPECT_EQ(acme.base, core::Money::FromUnits(82'000));
  ASSERT_TRUE(acme.equity);
  EXPECT_EQ(acme.equity->kind, core::EquityKind::kRsu);
  EXPECT_EQ(acme.equity->vesting.every_months, 3);
  EXPECT_EQ(acme.equity->vesting.yearly_pct, (std::vector<double>{10, 20, 30, 40}));
  EXPECT_EQ(acme.work.on_call_hours_per_week, 5);
  EXPECT_EQ(acme.negotiation.status, core::NegotiationStatus::kInProgress);
  EXPECT_TRUE(acme.negotiation.cite_other_offers);
  EXPECT_FALSE(c.offers[1].negotiation.cite_other_offers);  // off unless the person says so
  ASSERT_EQ(acme.claims.size(), 2u);
  EXPECT_FALSE(acme.claims[1].written);
  EXPECT_EQ(acme.claims[1].amount, core::Money::FromUnits(8200));
  ASSERT_EQ(acme.interviews.size(), 1u);
  EXPECT_EQ(acme.interviews[0].tags, (std::vector<std::string>{"rushed", "distracted"}));
  ASSERT_TRUE(acme.reflection);
  EXPECT_EQ(acme.reflection->leaning_accept, false);
  EXPECT_EQ(acme.reflection->feeling, core::Feeling::kRelieved);

  const core::Offer& globex = c.offers[1];
  EXPECT_EQ(globex.currency, "USD");
  EXPECT_EQ(globex.exchange_rate, 0.92);
  EXPECT_EQ(globex.base, core::Money::FromUnits(120'000));
  EXPECT_EQ(globex.equity->grant, core::Money::FromCents(4'000'050));
  EXPECT_EQ(globex.extended_to, (core::Date{2026, 12, 8}));

  ASSERT_TRUE(c.reflection);
  EXPECT_FALSE(c.reflection->leaning_accept.has_value());
  EXPECT_EQ(c.reflection->accept_without_timing_worry, core::Answer::kUnsure);
  EXPECT_DOUBLE_EQ(c.rubric.pay_walk_pct, 12.5);
  EXPECT_EQ(c.rubric.min_decision_days, 5);
}

TEST(CaseFileTest, LoadsDocumentsRelativeToTheCaseFile) {
  auto loaded = ReadCaseFile(GoodFile("full.toml"));
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  const auto& docs = loaded->c.offers[0].documents;
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].kind, "offer_letter");
  EXPECT_EQ(docs[0].path, "letters/acme.txt");
  EXPECT_EQ(docs[0].text, ReadText(GoodFile("letters/acme.txt")));
  EXPECT_EQ(docs[1].kind, "recruiter_messages");
  EXPECT_NE(docs[1].text.find("end of day"), std::string::npos);
  EXPECT_EQ(docs[2].kind, "recruiter_messages");
  EXPECT_EQ(docs[2].path, "");
  EXPECT_EQ(docs[2].text, "Can you sign by Monday?");
  const auto& globex = loaded->c.offers[1].documents;
  ASSERT_EQ(globex.size(), 2u);
  EXPECT_EQ(globex[0].kind, "job_post");
  EXPECT_NE(globex[0].text.find("Fast-paced"), std::string::npos);
  EXPECT_EQ(globex[1].text, "Benefits summary: health, 401k.");
}

TEST(CaseFileTest, RecordsWhereEachValueIsWritten) {
  auto toml = ReadCaseFile(GoodFile("full.toml"));
  ASSERT_TRUE(toml) << toml.error().ToString();
  const auto& at = toml->locations;
  const auto expect_at = [&](const std::string& path, int line, int column) {
    ASSERT_TRUE(at.count(path)) << path;
    EXPECT_EQ(at.at(path).line, line) << path;
    EXPECT_EQ(at.at(path).column, column) << path;
    EXPECT_EQ(at.at(path).file, GoodFile("full.toml").string()) << path;
  };
  expect_at("as_of", 3, 9);
  expect_at("candidate.non_negotiables.base_min", 10, 12);
  expect_at("offers[0].base", 50, 8);
  expect_at("offers[0].equity.vesting.cliff_months", 53, 79);
  expect_at("offers[0].claims[1].amount", 74, 10);
  expect_at("offers[1].id", 91, 6);

  auto json = ReadCaseFile(GoodFile("full.json"));
  ASSERT_TRUE(json) << json.error().ToString();
  const std::string text = ReadText(GoodFile("full.json"));
  // The JSON positions agree with a plain search of the text.
  const size_t base = text.find("\"base\": \"82k\"") + 8;
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(base), '\n'));
  const int column = static_cast<int>(base - text.rfind('\n', base - 1));
  EXPECT_EQ(json->locations.at("offers[0].base").line, line);
  EXPECT_EQ(json->locations.at("offers[0].base").column, column);
}

TEST(CaseFileTest, InlineTextWorksWithoutABaseFolder) {
  const std::string text = testing::MinimalToml() +
                           "documents = { offer_letter = { text = \"Base 90k.\" }, other = [{ text = \"a\" }] }\n";
  auto loaded = ParseCase(text, "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  ASSERT_EQ(loaded->c.offers[0].documents.size(), 2u);
  EXPECT_EQ(loaded->c.offers[0].documents[0].text, "Base 90k.");
  EXPECT_EQ(loaded->c.offers[0].documents[1].kind, "other");
}

TEST(CaseFileTest, AcceptsAByteOrderMark) {
  auto loaded = ParseCase("\xEF\xBB\xBF" + testing::MinimalToml(), "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->c.offers[0].id, "acme");
  EXPECT_EQ(loaded->locations.at("offers[0].id").line, 5);
}

TEST(CaseFileTest, AcceptsCrlfLineEndings) {
  std::string crlf;
  for (char c : testing::MinimalToml() + "notes = \"\"\"two\nlines\"\"\"\n") {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  auto loaded = ParseCase(crlf, "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->c.offers[0].company, "Acme");
  EXPECT_EQ(loaded->locations.at("offers[0].company").line, 6);

  std::string json_crlf;
  for (char c : testing::MinimalJson()) {
    if (c == '\n') json_crlf += '\r';
    json_crlf += c;
  }
  auto json = ParseCase(json_crlf, "case.json", Format::kAuto);
  ASSERT_TRUE(json) << json.error().ToString();
}

TEST(CaseFileTest, DetectsTheFormatFromTheNameThenTheContent) {
  EXPECT_TRUE(ParseCase(testing::MinimalJson(), "case.JSON", Format::kAuto));
  EXPECT_TRUE(ParseCase(testing::MinimalJson(), "stdin", Format::kAuto));
  EXPECT_TRUE(ParseCase(testing::MinimalToml(), "stdin", Format::kAuto));
  EXPECT_TRUE(ParseCase(testing::MinimalToml(), "case.txt", Format::kToml));
  // An explicit format wins over the name.
  auto forced = ParseCase(testing::MinimalToml(), "case.json", Format::kToml);
  EXPECT_TRUE(forced) << forced.error().ToString();
}

TEST(CaseFileTest, AppliesDefaultsForKeysLeftOut) {
  auto loaded = ParseCase(testing::MinimalToml(), "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  const core::Case& c = loaded->c;
  EXPECT_EQ(c.version, 1);
  EXPECT_EQ(c.candidate.currency, "USD");
  EXPECT_EQ(c.candidate.goals.horizon_years, 3);
  EXPECT_FALSE(c.offers[0].base.has_value());
  EXPECT_EQ(c.offers[0].extension, core::ExtensionStatus::kNotAsked);
  EXPECT_TRUE(c.rubric == core::Rubric{});
}

TEST(CaseFileTest, AcceptsMoneyInTheOffersOwnCurrency) {
  auto loaded = ParseCase(testing::MinimalToml() + "currency = \"GBP\"\nbase = \"GBP 70k\"\n", "case.toml",
                          Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->c.offers[0].base, core::Money::FromUnits(70'000));
}

TEST(CaseFileTest, KnownFieldPathsListsNestedKeys) {
  const std::vector<std::string> paths = KnownFieldPaths();
  for (const char* expected : {"offers[].work.mode", "candidate.non_negotiables.base_min",
                               "offers[].equity.vesting.yearly_pct[]", "candidate.priorities.weights{}",
                               "offers[].claims[].topic", "offers[].documents.offer_letter.text"}) {
    EXPECT_TRUE(std::binary_search(paths.begin(), paths.end(), expected)) << expected;
  }
}

}  // namespace
}  // namespace walkaway::io
