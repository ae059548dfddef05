#include "walkaway/io/case_json.h"

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

const std::filesystem::path kExamples = std::filesystem::path(WALKAWAY_SOURCE_DIR) / "examples";

TEST(CaseJsonTest, TomlBecomesJsonWithMembersInFileOrderAndDatesAsStrings) {
  core::Result<std::string> json = CaseTextToJson("as_of = 2026-11-21\n[candidate]\nname = \"Ola\"\nmonths = 2.5\n"
                                                  "[[offers]]\nid = \"a\"\nremote = true\n",
                                                  "case.toml");
  ASSERT_TRUE(json) << json.error().ToString();
  EXPECT_EQ(*json, R"({"as_of":"2026-11-21","candidate":{"name":"Ola","months":2.5},"offers":[{"id":"a","remote":true}]})");
}

std::string ReadBytes(const std::filesystem::path& path) {
  std::string bytes;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return bytes;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
  std::fclose(f);
  return bytes;
}

TEST(CaseJsonTest, EveryExampleReadsBackAsTheSameCase) {
  for (const auto& entry : std::filesystem::directory_iterator(kExamples)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".toml" && ext != ".json") continue;
    SCOPED_TRACE(entry.path().filename().string());
    core::Result<LoadedCase> original = ReadCaseFile(entry.path());
    ASSERT_TRUE(original) << original.error().ToString();
    const std::string bytes = ReadBytes(entry.path());
    core::Result<std::string> json = CaseTextToJson(bytes, entry.path().filename().string());
    ASSERT_TRUE(json) << json.error().ToString();
    core::Result<LoadedCase> back = ParseCase(*json, "case.json", Format::kJson, kExamples);
    ASSERT_TRUE(back) << back.error().ToString();
    EXPECT_TRUE(back->c == original->c);
  }
}

// What a workspace keeps: the JSON stands alone, every document named by path written inline.
TEST(CaseJsonTest, WithAFolderEveryExampleStandsAloneAndReadsBackAsTheSameCase) {
  int with_files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kExamples)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".toml" && ext != ".json") continue;
    SCOPED_TRACE(entry.path().filename().string());
    core::Result<LoadedCase> original = ReadCaseFile(entry.path());
    ASSERT_TRUE(original) << original.error().ToString();
    core::Result<std::string> json = CaseTextToJson(ReadBytes(entry.path()), entry.path().filename().string(),
                                                    Format::kAuto, kExamples);
    ASSERT_TRUE(json) << json.error().ToString();
    core::Result<LoadedCase> back = ParseCase(*json, "case.json", Format::kJson);  // no folder to read from
    ASSERT_TRUE(back) << back.error().ToString();
    core::Case expected = original->c;
    for (core::Offer& o : expected.offers) {
      for (core::Document& d : o.documents) {
        if (!d.path.empty()) ++with_files;
        d.path.clear();
      }
    }
    EXPECT_TRUE(back->c == expected);
  }
  EXPECT_GT(with_files, 5);  // the examples do name documents by path, so inlining was exercised
}

TEST(CaseJsonTest, WithAFolderAMissingDocumentIsAnErrorAtItsField) {
  core::Result<std::string> json =
      CaseTextToJson("[candidate]\nname = \"A\"\n[[offers]]\nid = \"a\"\ncompany = \"C\"\nbase = \"90k\"\n"
                     "documents = { offer_letter = \"nowhere.txt\" }\n",
                     "case.toml", Format::kAuto, kExamples);
  ASSERT_FALSE(json);
  EXPECT_EQ(json.error().field_path, "offers[0].documents.offer_letter");
}

TEST(CaseJsonTest, SyntaxErrorsKeepTheirPlace) {
  core::Result<std::string> json = CaseTextToJson("[candidate]\nname = \n", "broken.toml");
  ASSERT_FALSE(json);
  EXPECT_EQ(json.error().location.file, "broken.toml");
  EXPECT_EQ(json.error().location.line, 2);
}

TEST(CaseJsonTest, ATopLevelValueThatIsNotATableIsRefused) {
  EXPECT_FALSE(CaseTextToJson("[1, 2]", "case.json"));
}

TEST(CaseJsonTest, SetFieldReplacesAValueInPlace) {
  core::Result<std::string> out = SetCaseField(R"({"a":1,"offers":[{"id":"x","base":"90k"}],"z":true})",
                                               "offers[0].base", R"("95k")");
  ASSERT_TRUE(out) << out.error().ToString();
  EXPECT_EQ(*out, R"({"a":1,"offers":[{"id":"x","base":"95k"}],"z":true})");
}

TEST(CaseJsonTest, SetFieldMakesMissingTablesAndAppendsAtTheArraysLength) {
  core::Result<std::string> out = SetCaseField(R"({"offers":[{"id":"x"}]})", "candidate.non_negotiables.base_min", "90000");
  ASSERT_TRUE(out) << out.error().ToString();
  EXPECT_EQ(*out, R"({"offers":[{"id":"x"}],"candidate":{"non_negotiables":{"base_min":90000}}})");
  out = SetCaseField(*out, "offers[1]", R"({"id":"y"})");
  ASSERT_TRUE(out) << out.error().ToString();
  EXPECT_EQ(*out, R"({"offers":[{"id":"x"},{"id":"y"}],"candidate":{"non_negotiables":{"base_min":90000}}})");
}

TEST(CaseJsonTest, SetFieldWithNullRemovesTheKeyOrTheItem) {
  core::Result<std::string> out = SetCaseField(R"({"a":1,"b":2,"l":[1,2,3]})", "a", "null");
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, R"({"b":2,"l":[1,2,3]})");
  out = SetCaseField(*out, "l[1]", "null");
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, R"({"b":2,"l":[1,3]})");
  out = SetCaseField(*out, "missing.deeper", "null");  // removing what is not there changes nothing
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, R"({"b":2,"l":[1,3]})");
}

TEST(CaseJsonTest, SetFieldRefusesBadPathsWithThePathInTheError) {
  const std::string c = R"({"a":1,"l":[1]})";
  for (const char* path : {"", ".a", "a.", "a..b", "[0]", "l[", "l[]", "l[x]", "l[-1]", "l]", "l[0]x"}) {
    SCOPED_TRACE(path);
    core::Result<std::string> out = SetCaseField(c, path, "1");
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(out.error().field_path, path);
  }
}

TEST(CaseJsonTest, SetFieldRefusesStepsThroughScalarsAndIndexesPastTheEnd) {
  const std::string c = R"({"a":1,"l":[1]})";
  core::Result<std::string> out = SetCaseField(c, "a.b", "1");
  ASSERT_FALSE(out);
  EXPECT_NE(out.error().message.find("an integer 1"), std::string::npos) << out.error().message;
  out = SetCaseField(c, "l[2]", "1");
  ASSERT_FALSE(out);
  EXPECT_NE(out.error().message.find("past the end"), std::string::npos) << out.error().message;
  EXPECT_FALSE(SetCaseField(c, "a[0]", "1"));
}

TEST(CaseJsonTest, SetFieldRefusesAValueThatIsNotOneJsonValue) {
  const std::string c = R"({"a":1})";
  EXPECT_FALSE(SetCaseField(c, "a", ""));
  EXPECT_FALSE(SetCaseField(c, "a", "{"));
  EXPECT_FALSE(SetCaseField(c, "a", R"(1, "b": 2)"));
  EXPECT_FALSE(SetCaseField(c, "a", R"(1}, "b": {)"));
  EXPECT_FALSE(SetCaseField(c, "a", "'x'"));
}

}  // namespace
}  // namespace walkaway::io
