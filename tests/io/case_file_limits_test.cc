// Hostile and broken input: sizes, encodings, nesting, syntax, counts and document files. Nothing
// here may crash, hang or throw; every case ends in a precise error.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using core::ErrorCode;
using testing::ErrorOf;
using testing::MinimalJson;
using testing::MinimalToml;

// A fresh folder under the system temp dir, removed afterwards.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            (std::string("walkaway_io_") + info->name() + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path Write(const std::string& name, const std::string& content) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

TEST(CaseFileLimitTest, RejectsAnEmptyFile) {
  const core::Error e = ErrorOf("");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.ToString(), "case.toml: the case file is empty");
}

TEST(CaseFileLimitTest, RejectsAWhitespaceOnlyFile) {
  const core::Error e = ErrorOf(" \n\t\r\n  \n");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.message, "the case file contains only whitespace");
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF").message, "the case file is empty");
}

TEST(CaseFileLimitTest, RejectsInvalidUtf8AtTheBadByte) {
  const core::Error e = ErrorOf("[candidate]\nname = \"S\xC3\xA9\xFFm\"\n");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.location.line, 2);
  EXPECT_EQ(e.location.column, 11);  // "é" is one character
  EXPECT_NE(e.message.find("byte 0xFF"), std::string::npos) << e.ToString();
  EXPECT_EQ(e.hint, "save the file as UTF-8");
}

TEST(CaseFileLimitTest, RejectsOverlongAndSurrogateEncodings) {
  const core::Error overlong = ErrorOf("a = \"\xC0\xAF\"\n");
  EXPECT_EQ(overlong.location.column, 6);
  EXPECT_NE(overlong.message.find("overlong"), std::string::npos) << overlong.ToString();
  const core::Error overlong3 = ErrorOf("a = \"\xE0\x80\xAF\"\n");
  EXPECT_NE(overlong3.message.find("overlong"), std::string::npos) << overlong3.ToString();
  const core::Error surrogate = ErrorOf("a = \"\xED\xA0\x80\"\n");
  EXPECT_NE(surrogate.message.find("surrogate"), std::string::npos) << surrogate.ToString();
  const core::Error cut = ErrorOf("a = \"\xE2\x82");
  EXPECT_NE(cut.message.find("cut off"), std::string::npos) << cut.ToString();
}

TEST(CaseFileLimitTest, RejectsANulByte) {
  const core::Error e = ErrorOf(MinimalToml() + std::string("notes = \"a\0b\"\n", 14));
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.location.line, 7);
  EXPECT_EQ(e.location.column, 11);
  EXPECT_NE(e.message.find("NUL"), std::string::npos) << e.ToString();
}

TEST(CaseFileLimitTest, RejectsAHugeFileQuicklyWithoutReadingIt) {
  TempDir dir;
  const auto file = dir.path() / "huge.toml";
  {
    std::ofstream out(file, std::ios::binary);
    const std::string line = "notes = \"" + std::string(1000, 'x') + "\"\n";
    for (size_t written = 0; written < 50u * 1024 * 1024; written += line.size()) out << line;
  }
  const auto start = std::chrono::steady_clock::now();
  auto loaded = ReadCaseFile(file);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kTooLarge);
  EXPECT_NE(loaded.error().message.find("too large"), std::string::npos) << loaded.error().ToString();
  EXPECT_NE(loaded.error().message.find("16 MiB"), std::string::npos) << loaded.error().ToString();
  EXPECT_LT(elapsed, std::chrono::milliseconds(100));
}

TEST(CaseFileLimitTest, RejectsHugeBytesInMemory) {
  const std::string big(kMaxCaseBytes + 1, ' ');
  const core::Error e = ErrorOf(big);
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_NE(e.message.find("too large"), std::string::npos);
}

TEST(CaseFileLimitTest, RejectsDeepJsonNestingWithoutOverflowingTheStack) {
  const std::string deep = "{\"candidate\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}";
  const core::Error e = ErrorOf(deep, "case.json");
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_NE(e.message.find("nested deeper than 64 levels"), std::string::npos) << e.ToString();
  EXPECT_EQ(e.location.line, 1);
  EXPECT_EQ(e.location.column, 15 + 63);  // the 64th '[' is the 65th level
  // Exactly at the cap is fine as far as nesting goes (the decoder then rejects the shape).
  const std::string at_cap = "{\"candidate\": " + std::string(63, '[') + std::string(63, ']') + "}";
  EXPECT_EQ(ErrorOf(at_cap, "case.json").message, "expected a table, found an array");
}

TEST(CaseFileLimitTest, RejectsDeepTomlNestingWithoutOverflowingTheStack) {
  const std::vector<std::string> inputs = {
      "a = " + std::string(100'000, '[') + std::string(100'000, ']') + "\n",
      [] {
        std::string s = "a = ";
        for (int i = 0; i < 100'000; ++i) s += "{b=";
        s += "1";
        for (int i = 0; i < 100'000; ++i) s += "}";
        return s + "\n";
      }(),
      [] {
        std::string s = "[x";
        for (int i = 0; i < 100'000; ++i) s += ".a";
        return s + "]\nb = 1\n";
      }(),
      [] {
        std::string s = "x";
        for (int i = 0; i < 100'000; ++i) s += ".a";
        return s + " = 1\n";
      }(),
      [] {
        std::string s = "a = [";
        for (int i = 0; i < 100'000; ++i) s += "{ \"q.\" = [";
        return s;
      }(),
  };
  for (const std::string& input : inputs) {
    const core::Error e = ErrorOf(input);
    EXPECT_EQ(e.code, ErrorCode::kTooLarge) << e.ToString();
    EXPECT_NE(e.message.find("nested deeper than 64 levels"), std::string::npos) << e.ToString();
    EXPECT_EQ(e.location.line, 1);
  }
}

TEST(CaseFileLimitTest, ReportsTomlSyntaxErrorsWithPosition) {
  const core::Error e = ErrorOf("[candidate]\nname = \"Sam\"\ncurrency \"EUR\"\n");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.location.line, 3);
  EXPECT_EQ(e.location.column, 10);
  EXPECT_NE(e.message.find("invalid TOML"), std::string::npos) << e.ToString();
  EXPECT_EQ(e.ToString().rfind("case.toml:3:10: invalid TOML: ", 0), 0u) << e.ToString();
}

TEST(CaseFileLimitTest, ReportsJsonSyntaxErrorsWithPosition) {
  const core::Error e = ErrorOf("{\n  \"candidate\": {\"name\": \"Sam\",}\n}\n", "case.json");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.location.line, 2);
  EXPECT_EQ(e.location.column, 31);
  EXPECT_NE(e.message.find("invalid JSON"), std::string::npos) << e.ToString();
  const core::Error truncated = ErrorOf("{\"candidate\": {", "case.json");
  EXPECT_EQ(truncated.location.line, 1);
  EXPECT_NE(truncated.message.find("invalid JSON"), std::string::npos) << truncated.ToString();
  const core::Error literal = ErrorOf("{\"candidate\": tru}", "case.json");
  EXPECT_EQ(literal.location.column, 18);
}

TEST(CaseFileLimitTest, RejectsMoreOffersThanTheCap) {
  std::string text = "[candidate]\n";
  for (size_t i = 0; i <= kMaxOffers; ++i) {
    text += "[[offers]]\nid = \"o" + std::to_string(i) + "\"\ncompany = \"C\"\n";
  }
  const core::Error e = ErrorOf(text);
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_EQ(e.field_path, "offers");
  EXPECT_NE(e.message.find("101 offers, more than the limit of 100"), std::string::npos) << e.ToString();
}

TEST(CaseFileLimitTest, RejectsMoreClaimsThanTheCap) {
  std::string text = MinimalToml();
  for (size_t i = 0; i <= kMaxClaimsPerOffer; ++i) text += "[[offers.claims]]\ntopic = \"t\"\nvalue = \"v\"\n";
  const core::Error e = ErrorOf(text);
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_EQ(e.field_path, "offers[0].claims");
}

TEST(CaseFileLimitTest, RejectsMoreDocumentsThanTheCap) {
  std::string list;
  for (size_t i = 0; i <= kMaxDocumentsPerOffer; ++i) list += "{ text = \"d\" }, ";
  const core::Error e = ErrorOf(MinimalToml() + "documents = { other = [" + list + "] }\n");
  EXPECT_EQ(e.code, ErrorCode::kTooLarge);
  EXPECT_EQ(e.field_path, "offers[0].documents.other");
}

TEST(CaseFileLimitTest, RejectsAMissingDocumentNamingFieldAndPath) {
  TempDir dir;
  const auto file = dir.Write("case.toml", MinimalToml() + "documents = { offer_letter = \"letters/nope.txt\" }\n");
  auto loaded = ReadCaseFile(file);
  ASSERT_FALSE(loaded);
  const core::Error& e = loaded.error();
  EXPECT_EQ(e.code, ErrorCode::kNotFound);
  EXPECT_EQ(e.field_path, "offers[0].documents.offer_letter");
  EXPECT_NE(e.message.find("letters/nope.txt"), std::string::npos) << e.ToString();
  EXPECT_EQ(e.location.file, file.string());
  EXPECT_EQ(e.location.line, 7);
  EXPECT_EQ(e.location.column, 30);
}

TEST(CaseFileLimitTest, RejectsADocumentOverTheCap) {
  TempDir dir;
  dir.Write("big.txt", std::string(kMaxDocumentBytes + 1, 'a'));
  const auto file = dir.Write("case.toml", MinimalToml() + "documents = { job_post = { path = \"big.txt\" } }\n");
  auto loaded = ReadCaseFile(file);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(loaded.error().field_path, "offers[0].documents.job_post.path");
  EXPECT_NE(loaded.error().message.find("4 MiB"), std::string::npos) << loaded.error().ToString();
}

// Issue #17, item 6: inline text skipped the 4 MiB cap that a file has.
TEST(CaseFileLimitTest, InlineTextHasTheSameCapAsAFile) {
  const std::string toml = MinimalToml() + "documents = { job_post = { text = \"" +
                           std::string(kMaxDocumentBytes + 1, 'a') + "\" } }\n";
  auto loaded = ParseCase(toml, "case.toml", Format::kToml, {});
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(loaded.error().field_path, "offers[0].documents.job_post.text");
  EXPECT_NE(loaded.error().message.find("over the limit of 4 MiB"), std::string::npos) << loaded.error().ToString();
}

// Issue #17, item 6: 100 offers naming one 4 MiB file 49 times each held 3.9 GB and ended in
// std::bad_alloc (exit 70). The documents of a case are capped together at 64 MiB as held; the file
// is read once.
TEST(CaseFileLimitTest, TheDocumentsOfACaseAreCappedTogether) {
  TempDir dir;
  dir.Write("letter.txt", std::string(3 * 1024 * 1024, 'a'));
  const auto with_offers = [&](int offers) {
    std::string toml = "[candidate]\nname = \"Sam\"\n";
    for (int i = 0; i < offers; ++i) {
      toml += "[[offers]]\nid = \"o" + std::to_string(i) + "\"\ncompany = \"C\"\n"
              "documents = { offer_letter = \"letter.txt\" }\n";
    }
    return ReadCaseFile(dir.Write("case.toml", toml));
  };
  EXPECT_TRUE(with_offers(21)) << "63 MiB: within the cap";
  auto loaded = with_offers(22);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(loaded.error().field_path, "offers[21].documents.offer_letter");
  EXPECT_NE(loaded.error().message.find("the documents of this case add up to more than 64 MiB"), std::string::npos)
      << loaded.error().ToString();
}

TEST(CaseFileLimitTest, RejectsADocumentThatIsNotUtf8InsideTheDocument) {
  TempDir dir;
  dir.Write("letter.txt", "line one\nbad \xFF here\n");
  const auto file = dir.Write("case.toml", MinimalToml() + "documents = { offer_letter = \"letter.txt\" }\n");
  auto loaded = ReadCaseFile(file);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().field_path, "offers[0].documents.offer_letter");
  EXPECT_EQ(loaded.error().location.file, (dir.path() / "letter.txt").string());
  EXPECT_EQ(loaded.error().location.line, 2);
  EXPECT_EQ(loaded.error().location.column, 5);
}

TEST(CaseFileLimitTest, RefusesDocumentPathsWithoutABaseFolder) {
  const core::Error e = ErrorOf(MinimalToml() + "documents = { offer_letter = \"/etc/passwd\" }\n");
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(e.field_path, "offers[0].documents.offer_letter");
  EXPECT_NE(e.hint.find("inline"), std::string::npos);
}

TEST(CaseFileLimitTest, ReportsAMissingCaseFile) {
  auto loaded = ReadCaseFile("/nonexistent/walkaway/case.toml");
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
  EXPECT_NE(loaded.error().message.find("does not exist"), std::string::npos);
}

TEST(CaseFileLimitTest, ReportsAFolderGivenAsTheCaseFile) {
  TempDir dir;
  auto loaded = ReadCaseFile(dir.path());
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(loaded.error().message.find("folder"), std::string::npos);
}

}  // namespace
}  // namespace walkaway::io
