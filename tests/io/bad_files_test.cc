// Every file in tests/testdata/bad/ fails cleanly, and so does every truncation of the good cases:
// no crash, no exception, an error that names the file and reads as plain words.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "io_test_util.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

void ExpectCleanError(const core::Error& e, std::string_view name) {
  const std::string text = e.ToString();
  EXPECT_FALSE(e.message.empty()) << name;
  EXPECT_NE(e.code, core::ErrorCode::kInternal) << text;
  EXPECT_EQ(text.find("terminate"), std::string::npos) << text;
  EXPECT_EQ(text.find("json.exception"), std::string::npos) << text;
  EXPECT_EQ(e.location.file.rfind(std::string(name), 0), 0u) << text;
}

TEST(BadFilesTest, EveryBadFileFailsWithACleanError) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::TestData() / "bad")) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  ASSERT_GE(files.size(), 30u);
  for (const auto& file : files) {
    const std::string bytes = testing::ReadText(file);
    const std::string name = file.filename().string();
    auto parsed = ParseCase(bytes, name, Format::kAuto, file.parent_path());
    ASSERT_FALSE(parsed) << name << " parsed";
    ExpectCleanError(parsed.error(), name);
    auto read = ReadCaseFile(file);
    ASSERT_FALSE(read) << name << " read";
    EXPECT_EQ(read.error().ToString().find("terminate"), std::string::npos);
  }
}

TEST(BadFilesTest, EveryTruncationOfTheGoodCasesFailsCleanlyOrParses) {
  for (const char* name : {"full.toml", "full.json"}) {
    const auto path = testing::GoodFile(name);
    const std::string bytes = testing::ReadText(path);
    for (size_t length = 0; length < bytes.size(); ++length) {
      auto parsed = ParseCase(std::string_view(bytes).substr(0, length), name, Format::kAuto, path.parent_path());
      if (!parsed) ExpectCleanError(parsed.error(), name);
    }
  }
}

TEST(BadFilesTest, SingleByteCorruptionsFailCleanlyOrParse) {
  const char replacements[] = {'\0', '"', '[', '{', '}', '=', ':', '\n', '.', '\\', '\xFF', '\xC3'};
  for (const char* name : {"full.toml", "full.json"}) {
    const auto path = testing::GoodFile(name);
    const std::string bytes = testing::ReadText(path);
    for (size_t i = 0; i < bytes.size(); i += 5) {
      for (char r : replacements) {
        std::string mutated = bytes;
        mutated[i] = r;
        auto parsed = ParseCase(mutated, name, Format::kAuto, path.parent_path());
        if (!parsed) ExpectCleanError(parsed.error(), name);
      }
    }
  }
}

}  // namespace
}  // namespace walkaway::io
