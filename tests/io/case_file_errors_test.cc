// Malformed values: wrong types, unknown keys and values, bad dates and money, missing keys. Each
// test checks the code, the field path, the position and the key words of the message.

#include <gtest/gtest.h>

#include <string>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using core::ErrorCode;
using testing::ErrorOf;
using testing::MinimalJson;
using testing::MinimalToml;

// Checks the parts every error test cares about; `line` 0 skips the position.
void ExpectError(const core::Error& e, ErrorCode code, std::string_view path, int line, int column,
                 std::string_view message_part) {
  EXPECT_EQ(e.code, code) << e.ToString();
  EXPECT_EQ(e.field_path, path) << e.ToString();
  if (line > 0) {
    EXPECT_EQ(e.location.line, line) << e.ToString();
    EXPECT_EQ(e.location.column, column) << e.ToString();
  }
  EXPECT_NE(e.message.find(message_part), std::string::npos) << e.ToString();
}

// Appends offer keys to the minimal case: the first appended line is line 7.
core::Error OfferError(std::string_view lines) { return ErrorOf(MinimalToml() + std::string(lines)); }

TEST(CaseFileErrorTest, RejectsStringWhereIntegerExpected) {
  const core::Error e = OfferError("pto_days = \"twelve\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].pto_days", 7, 12,
              "expected an integer, found a string \"twelve\"");
  EXPECT_EQ(e.ToString(),
            "case.toml:7:12: offers[0].pto_days: expected an integer, found a string \"twelve\"");
}

TEST(CaseFileErrorTest, RejectsIntegerWhereStringExpected) {
  ExpectError(OfferError("title = 5\n"), ErrorCode::kInvalidInput, "offers[0].title", 7, 9,
              "expected a string, found an integer 5");
}

TEST(CaseFileErrorTest, RejectsArrayWhereTableExpected) {
  ExpectError(OfferError("work = [1, 2]\n"), ErrorCode::kInvalidInput, "offers[0].work", 7, 8,
              "expected a table, found an array");
}

TEST(CaseFileErrorTest, RejectsFractionWhereWholeNumberExpected) {
  ExpectError(OfferError("pto_days = 2.5\n"), ErrorCode::kInvalidInput, "offers[0].pto_days", 7, 12,
              "expected a whole number, found 2.5");
}

TEST(CaseFileErrorTest, RejectsFloatWithZeroFractionForInteger) {
  const core::Error e = OfferError("pto_days = 3.0\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].pto_days", 7, 12, "expected a whole number, found 3.0");
  EXPECT_EQ(e.hint, "write it without the decimal point");
}

TEST(CaseFileErrorTest, RejectsQuotedBoolean) {
  const core::Error e = OfferError("work = { on_call = \"true\" }\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].work.on_call", 7, 20, "expected true or false");
  EXPECT_EQ(e.hint, "write true without quotes");
}

TEST(CaseFileErrorTest, RejectsUnknownKeyWithDidYouMean) {
  const core::Error e = OfferError("dedline = 2026-11-23\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].dedline", 7, 1, "unknown key 'dedline'");
  EXPECT_EQ(e.hint, "did you mean 'deadline'?");
  EXPECT_EQ(e.ToString(), "case.toml:7:1: offers[0].dedline: unknown key 'dedline' (did you mean 'deadline'?)");
}

// Issue #12, item 5: a claim topic one typo away from one the checks read would silently switch
// a check off ("workmode" never rescues a work-mode gate): an error with the guess. A topic far
// from every known one is a note and is kept; spaces and case are forgiven.
TEST(CaseFileErrorTest, AClaimTopicNearAKnownOneIsATypo) {
  const core::Error e = OfferError("[[offers.claims]]\ntopic = \"workmode\"\nvalue = \"fully remote\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].claims[0].topic", 8, 9, "unknown claim topic \"workmode\"");
  EXPECT_EQ(e.hint.rfind("did you mean 'work_mode'?", 0), 0u) << e.hint;
}

TEST(CaseFileErrorTest, AFreeClaimTopicIsKeptAndSpacesAreForgiven) {
  auto loaded = ParseCase(MinimalToml() + "[[offers.claims]]\ntopic = \"laptop\"\nvalue = \"a new laptop\"\n"
                                          "[[offers.claims]]\ntopic = \"Office days\"\nvalue = \"two\"\n",
                          "case.toml", Format::kAuto);
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->c.offers[0].claims[0].topic, "laptop");
  EXPECT_EQ(loaded->c.offers[0].claims[1].topic, "office_days");
}

TEST(CaseFileErrorTest, SuggestsTheKeyAUniquePrefixStarts) {
  const core::Error e = OfferError("negot = { status = \"improved\" }\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].negot", 7, 1, "unknown key 'negot'");
  EXPECT_EQ(e.hint, "did you mean 'negotiation'?");
}

TEST(CaseFileErrorTest, ListsTheKnownKeysWhenNoneIsClose) {
  const core::Error e = ErrorOf("[candidate.goals]\nwhatever = 1\n");
  ExpectError(e, ErrorCode::kInvalidInput, "candidate.goals.whatever", 2, 1, "unknown key 'whatever'");
  EXPECT_EQ(e.hint, "known keys here: horizon_years, target_title, target_total, skills");
}

TEST(CaseFileErrorTest, RejectsUnknownKeyAtTheTop) {
  const core::Error e = ErrorOf("reflections = {}\n" + MinimalToml());
  ExpectError(e, ErrorCode::kInvalidInput, "reflections", 1, 1, "unknown key 'reflections'");
  EXPECT_EQ(e.hint, "did you mean 'reflection'?");
}

TEST(CaseFileErrorTest, RejectsUnknownEnumValueListingTheAllowedOnes) {
  const core::Error e = OfferError("extension = \"refuse\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].extension", 7, 13,
              "unknown value \"refuse\": expected one of not_asked, asked, granted, refused");
  EXPECT_EQ(e.hint, "did you mean 'refused'?");
}

TEST(CaseFileErrorTest, RejectsUnknownGrowthRequirementInAList) {
  const core::Error e = ErrorOf("[candidate.non_negotiables]\ngrowth = [\"mentorship\", \"mentoring\"]\n");
  ExpectError(e, ErrorCode::kInvalidInput, "candidate.non_negotiables.growth[1]", 2, 25,
              "unknown value \"mentoring\"");
}

TEST(CaseFileErrorTest, RejectsImpossibleCalendarDate) {
  ExpectError(OfferError("received = \"2026-02-30\"\n"), ErrorCode::kInvalidInput, "offers[0].received", 7, 12,
              "day must be 01 to 28");
  // As a TOML date literal, toml++ rejects it while parsing.
  const core::Error literal = OfferError("received = 2026-02-30\n");
  ExpectError(literal, ErrorCode::kInvalidInput, "", 7, 22, "invalid TOML");
}

TEST(CaseFileErrorTest, RejectsDateInWords) {
  ExpectError(OfferError("deadline = \"next friday\"\n"), ErrorCode::kInvalidInput, "offers[0].deadline", 7, 12,
              "expected a date as YYYY-MM-DD, found \"next friday\"");
}

TEST(CaseFileErrorTest, RejectsTomlDateTimeWhereDateExpected) {
  const core::Error e = OfferError("deadline = 2026-11-23T17:00:00Z\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].deadline", 7, 12, "found a date-time");
  EXPECT_EQ(e.hint, "write only the date, without a time or offset");
  ExpectError(OfferError("deadline = 2026-11-23T17:00:00\n"), ErrorCode::kInvalidInput, "offers[0].deadline", 7,
              12, "found a date-time");
}

TEST(CaseFileErrorTest, RejectsNegativeMoney) {
  ExpectError(OfferError("base = -82000\n"), ErrorCode::kInvalidInput, "offers[0].base", 7, 8,
              "amounts cannot be negative, found -82000");
  ExpectError(OfferError("base = \"-82k\"\n"), ErrorCode::kInvalidInput, "offers[0].base", 7, 8,
              "cannot be negative");
}

TEST(CaseFileErrorTest, RejectsAmbiguousMoney) {
  ExpectError(OfferError("base = \"82.000\"\n"), ErrorCode::kInvalidInput, "offers[0].base", 7, 8, "ambiguous");
}

TEST(CaseFileErrorTest, RejectsMoneyWithMoreThanCents) {
  ExpectError(OfferError("base = 82000.505\n"), ErrorCode::kInvalidInput, "offers[0].base", 7, 8,
              "more precision than one cent");
}

TEST(CaseFileErrorTest, RejectsOfferMoneyInAnotherCurrency) {
  const core::Error e = OfferError("base = \"82k GBP\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].base", 7, 8,
              "the amount is in GBP but the offer's currency is USD");
  ExpectError(OfferError("currency = \"EUR\"\nsign_on = { amount = \"$5k\" }\n"), ErrorCode::kInvalidInput,
              "offers[0].sign_on.amount", 8, 22, "in USD but the offer's currency is EUR");
}

TEST(CaseFileErrorTest, RejectsCandidateMoneyInAnotherCurrency) {
  const core::Error e =
      ErrorOf("[candidate]\ncurrency = \"EUR\"\n[candidate.non_negotiables]\nbase_min = \"85k USD\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "candidate.non_negotiables.base_min", 4, 12,
              "the amount is in USD but the candidate's currency is EUR");
}

TEST(CaseFileErrorTest, RejectsUnknownCurrencyCode) {
  ExpectError(OfferError("currency = \"EURO\"\n"), ErrorCode::kInvalidInput, "offers[0].currency", 7, 12,
              "unknown currency code \"EURO\"");
  ExpectError(ErrorOf("[candidate]\ncurrency = \"usd\"\n"), ErrorCode::kInvalidInput, "candidate.currency", 2, 12,
              "unknown currency code");
}

TEST(CaseFileErrorTest, RejectsMissingOffers) {
  ExpectError(ErrorOf("[candidate]\nname = \"Sam\"\n"), ErrorCode::kInvalidInput, "offers", 0, 0,
              "missing required key 'offers'");
}

TEST(CaseFileErrorTest, RejectsMissingCandidate) {
  ExpectError(ErrorOf("[[offers]]\nid = \"a\"\ncompany = \"A\"\n"), ErrorCode::kInvalidInput, "candidate", 0, 0,
              "missing required key 'candidate'");
}

TEST(CaseFileErrorTest, RejectsOfferWithoutId) {
  const core::Error e = ErrorOf("[candidate]\n[[offers]]\ncompany = \"Acme\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers[0].id", 2, 1, "missing required key 'id'");
  EXPECT_EQ(e.hint, "add it to offers[0]");
}

TEST(CaseFileErrorTest, RejectsOfferWithoutCompany) {
  ExpectError(ErrorOf("[candidate]\n[[offers]]\nid = \"a\"\n[[offers]]\nid = \"b\"\n"), ErrorCode::kInvalidInput,
              "offers[0].company", 2, 1, "missing required key 'company'");
}

TEST(CaseFileErrorTest, RejectsClaimWithoutTopic) {
  ExpectError(OfferError("[[offers.claims]]\nvalue = \"fully remote\"\n"), ErrorCode::kInvalidInput,
              "offers[0].claims[0].topic", 7, 1, "missing required key 'topic'");
}

TEST(CaseFileErrorTest, RejectsEquityWithoutKind) {
  ExpectError(OfferError("equity = { grant = \"60k\" }\n"), ErrorCode::kInvalidInput, "offers[0].equity.kind", 7,
              10, "missing required key 'kind'");
}

TEST(CaseFileErrorTest, RejectsOffersWrittenAsOneTable) {
  const core::Error e = ErrorOf("[candidate]\n[offers]\nid = \"a\"\n");
  ExpectError(e, ErrorCode::kInvalidInput, "offers", 2, 1, "expected an array, found a table");
  EXPECT_EQ(e.hint, "in TOML give each entry its own [[offers]] header");
}

TEST(CaseFileErrorTest, RejectsUnsupportedVersion) {
  ExpectError(ErrorOf("version = 2\n" + MinimalToml()), ErrorCode::kInvalidInput, "version", 1, 11,
              "unsupported version 2");
}

TEST(CaseFileErrorTest, RejectsDocumentTableWithBothPathAndText) {
  ExpectError(OfferError("documents = { job_post = { path = \"a.txt\", text = \"b\" } }\n"),
              ErrorCode::kInvalidInput, "offers[0].documents.job_post", 7, 26, "not both");
}

TEST(CaseFileErrorTest, RejectsNullInJson) {
  const std::string json = "{\"candidate\": {\"name\": null}, \"offers\": [{\"id\": \"a\", \"company\": \"A\"}]}";
  const core::Error e = ErrorOf(json, "case.json");
  ExpectError(e, ErrorCode::kInvalidInput, "candidate.name", 1, 24, "expected a string, found null");
  EXPECT_EQ(e.hint, "leave the key out when the value is unknown");
}

TEST(CaseFileErrorTest, RejectsDuplicateKeysInJson) {
  const std::string json = "{\"candidate\": {},\n \"offers\": [{\"id\": \"a\", \"company\": \"A\", \"id\": \"b\"}]}";
  ExpectError(ErrorOf(json, "case.json"), ErrorCode::kInvalidInput, "", 2, 41, "\"id\" appears twice");
}

TEST(CaseFileErrorTest, RejectsJsonWhoseTopIsNotAnObject) {
  ExpectError(ErrorOf("[1, 2]", "case.json"), ErrorCode::kInvalidInput, "", 1, 1,
              "expected a table, found an array");
}

TEST(CaseFileErrorTest, GivesTheSameErrorForTomlAndJson) {
  const core::Error toml = OfferError("work = { office_days = \"two\" }\n");
  std::string json = MinimalJson();
  json.replace(json.find("\"company\": \"Acme\""), 17, "\"company\": \"Acme\", \"work\": {\"office_days\": \"two\"}");
  const core::Error from_json = ErrorOf(json, "case.json");
  EXPECT_EQ(toml.field_path, from_json.field_path);
  EXPECT_EQ(toml.message, from_json.message);
  EXPECT_EQ(toml.code, from_json.code);
  EXPECT_EQ(from_json.location.line, 4);
  EXPECT_EQ(from_json.location.column, 63);
}

TEST(CaseFileErrorTest, ReportsJsonTypeErrorsWithTheirPosition) {
  const std::string json = "{\n  \"candidate\": {\"goals\": {\"horizon_years\": \"three\"}},\n  \"offers\": []\n}\n";
  ExpectError(ErrorOf(json, "case.json"), ErrorCode::kInvalidInput, "candidate.goals.horizon_years", 2, 44,
              "expected an integer, found a string \"three\"");
}

}  // namespace
}  // namespace walkaway::io
