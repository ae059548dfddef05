#include "walkaway/io/lexicon_file.h"

#include <gtest/gtest.h>

#include <fstream>

namespace walkaway::io {
namespace {

constexpr const char* kGood = R"(category = "scam"
[[entry]]
id = "scam.fee"
pattern = "application fee"
rule = "SCAM"
severity = "major"
explain = "Why."
examples = ["An application fee applies."]
counter_examples = ["No fee."]
)";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  s.replace(s.find(from), from.size(), to);
  return s;
}

core::Error ErrorFor(const std::string& text) {
  scan::Lexicon lexicon;
  core::Status s = ReadLexiconText(text, "lex/scam.toml", lexicon);
  EXPECT_FALSE(s.has_value());
  return s ? core::Error{} : s.error();
}

TEST(LexiconFileTest, ReadsAnEntryWithItsLocation) {
  scan::Lexicon lexicon;
  ASSERT_TRUE(ReadLexiconText(kGood, "lex/scam.toml", lexicon));
  ASSERT_EQ(lexicon.entries.size(), 1u);
  EXPECT_EQ(lexicon.entries[0].category, "scam");
  EXPECT_EQ(lexicon.entries[0].severity, core::Severity::kMajor);
  EXPECT_EQ(lexicon.entries[0].location.line, 4);
  EXPECT_NE(lexicon.content_hash, 0u);
}

TEST(LexiconFileTest, ErrorsNameTheEntryAndLine) {
  const core::Error rule = ErrorFor(Replace(kGood, "\"SCAM\"", "\"SCAMS\""));
  EXPECT_EQ(rule.ToString(), "lex/scam.toml:5: entry 'scam.fee': unknown rule 'SCAMS'");
  EXPECT_NE(ErrorFor(Replace(kGood, "severity = \"major\"", "severity = \"huge\"")).message.find("scam.fee"),
            std::string::npos);
  EXPECT_NE(ErrorFor(Replace(kGood, "pattern = \"application fee\"", "pattern = \"  \"")).message.find("empty"),
            std::string::npos);
  EXPECT_NE(ErrorFor(Replace(kGood, "examples = [\"An application fee applies.\"]\n", "")).message.find("examples"),
            std::string::npos);
  EXPECT_NE(ErrorFor(Replace(kGood, "explain", "explian")).message.find("unknown key 'explian'"), std::string::npos);
  EXPECT_NE(ErrorFor(std::string(kGood) + Replace(kGood, "category = \"scam\"\n", "")).message.find("duplicate"),
            std::string::npos);
  EXPECT_NE(ErrorFor("category = \"x\"\n[[entry]\n").location.line, 0);
  EXPECT_NE(ErrorFor("\xFF\xFE").message.find("UTF-8"), std::string::npos);
}

TEST(LexiconFileTest, MissingFolderIsNotFound) {
  core::Result<scan::Lexicon> r = ReadLexiconDir("/nonexistent/walkaway-lexicon");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace walkaway::io
