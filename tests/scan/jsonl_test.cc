#include "walkaway/scan/jsonl.h"

#include <gtest/gtest.h>

namespace walkaway::scan {
namespace {

TEST(JsonlTest, ReadsIdAndTextAndSkipsOtherKeys) {
  JsonlRecord r;
  ASSERT_TRUE(ParseJsonlRecord(R"({"meta": {"a": [1, {"b": null}], "c": true}, "id": "x-1", "text": "hi"})", r));
  EXPECT_EQ(r.id_json, "\"x-1\"");
  EXPECT_EQ(r.text, "hi");
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "a\nb \u00e9 \ud83d\ude00", "id": 42})", r));
  EXPECT_EQ(r.id_json, "42");
  EXPECT_EQ(r.text, "a\nb \xC3\xA9 \xF0\x9F\x98\x80");
}

TEST(JsonlTest, MalformedLinesSayWhatIsWrong) {
  JsonlRecord r;
  for (const char* bad : {"", "[1]", "{\"text\": 3}", "{\"text\": \"unterminated}", "{\"id\": 1}",
                          "{\"text\": \"a\"} trailing", "{\"text\": \"bad \\q escape\"}", "{\"id\": [1], \"text\": \"a\"}",
                          "{\"text\": \"a\", }", "{\"text\" \"a\"}"}) {
    const core::Status s = ParseJsonlRecord(bad, r);
    EXPECT_FALSE(s.has_value()) << bad;
  }
}

TEST(JsonlTest, DeepNestingIsRefusedNotRecursedForever) {
  std::string deep = "{\"x\": " + std::string(100000, '[') + std::string(100000, ']') + ", \"text\": \"a\"}";
  JsonlRecord r;
  const core::Status s = ParseJsonlRecord(deep, r);
  ASSERT_FALSE(s.has_value());
  EXPECT_NE(s.error().message.find("64"), std::string::npos);
}

TEST(JsonlTest, OutputIsValidJsonEvenForBadBytes) {
  std::string out;
  AppendJsonString(out, "q\"\\\n\x01\xFF");
  EXPECT_EQ(out, "\"q\\\"\\\\\\n\\u0001\xEF\xBF\xBD\"");
  JsonlRecord r;
  ASSERT_TRUE(ParseJsonlRecord("{\"id\": \"\xFF\", \"text\": \"a\"}", r));
  EXPECT_EQ(r.id_json, "\"\xEF\xBF\xBD\"");
}

// Issue #12, item 6: what a posting leaves out is a signal only where the input has the field.
TEST(JsonlTest, BlankCompanyFieldsAreReadAsBlankAndAbsentOnesAsAbsent) {
  JsonlRecord r;
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "a", "company": " - ", "company_description": null})", r));
  EXPECT_EQ(r.posting.company, FieldState::kBlank);
  EXPECT_EQ(r.posting.company_description, FieldState::kBlank);
  ASSERT_TRUE(ParseJsonlRecord(R"({"company": "Acme \u00e9", "text": "a", "company_description": "We make"})", r));
  EXPECT_EQ(r.posting.company, FieldState::kGiven);
  EXPECT_EQ(r.posting.company_description, FieldState::kGiven);
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "a"})", r));  // the previous line's fields do not leak
  EXPECT_EQ(r.posting.company, FieldState::kAbsent);
  EXPECT_EQ(r.posting.company_description, FieldState::kAbsent);
  const core::Status bad = ParseJsonlRecord(R"({"text": "a", "company": 7})", r);
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("\"company\" must be a string or null"), std::string::npos);
}

TEST(JsonlTest, OnlyABlankFieldRaisesAPostingSignal) {
  EXPECT_TRUE(PostingSignals({}).empty());
  EXPECT_TRUE(PostingSignals({.company = FieldState::kGiven, .company_description = FieldState::kGiven}).empty());
  const std::vector<const PostingSignal*> both =
      PostingSignals({.company = FieldState::kBlank, .company_description = FieldState::kBlank});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0]->id, "scam.posting-no-company");
  EXPECT_EQ(both[1]->id, "scam.posting-no-company-description");
  for (const PostingSignal* s : both) {
    EXPECT_EQ(s->rule, core::RuleId::kScam);
    EXPECT_EQ(s->severity, core::Severity::kMinor) << "thin postings are common among real small employers";
  }
  EXPECT_EQ(StateOf("N/A"), FieldState::kGiven) << "a word is an answer, if a poor one";
  EXPECT_EQ(StateOf(" \t-"), FieldState::kBlank);
}

TEST(JsonlTest, PostingSignalsAreWrittenAfterTheHits) {
  std::string out;
  AppendResultJson(out, 3, "\"p\"", ScanResult{},
                   PostingSignals({.company = FieldState::kGiven, .company_description = FieldState::kBlank}));
  EXPECT_EQ(out.rfind(R"({"line":3,"id":"p","hits":[],"dropped":0,"posting":[{"entry":"scam.posting-no-company-description","category":"posting","rule":"SCAM","severity":"minor","field":"company_description","explain":")", 0), 0u) << out;
  out.clear();
  AppendResultJson(out, 3, "\"p\"", ScanResult{}, PostingSignals({}));
  EXPECT_EQ(out, "{\"line\":3,\"id\":\"p\",\"hits\":[],\"dropped\":0}\n") << "no posting key without a signal";
}

// Issue #17, item 7: "\ud800\u0041" lost its "A", and "\u0000" became three bytes, moving every
// later column by 2.
TEST(JsonlTest, ALoneHighSurrogateKeepsTheCharacterAfterIt) {
  JsonlRecord r;
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "\ud800\u0041b"})", r));
  EXPECT_EQ(r.text, "\xEF\xBF\xBD" "Ab");
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "\ud800\ud83d\ude00"})", r));  // then a whole pair
  EXPECT_EQ(r.text, "\xEF\xBF\xBD\xF0\x9F\x98\x80");
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "\ud800\udc00"})", r));
  EXPECT_EQ(r.text, "\xF0\x90\x80\x80");
}

TEST(JsonlTest, AnEscapedNulIsOneByte) {
  JsonlRecord r;
  ASSERT_TRUE(ParseJsonlRecord(R"({"text": "a\u0000b"})", r));
  EXPECT_EQ(r.text, std::string_view("a\0b", 3));
}

}  // namespace
}  // namespace walkaway::scan
