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

}  // namespace
}  // namespace walkaway::scan
