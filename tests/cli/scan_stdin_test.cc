// `walkaway scan --jsonl` maps a regular file on standard input instead of reading it through a
// pipe (io/mapped_input.h): the real binary must print the same bytes either way, and start where
// the file's offset was left.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const std::string kBinary = std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway";

std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return "popen failed";
  char buffer[4096];
  for (size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, got);
  const int status = ::pclose(pipe);
  if (status != 0) out += "\nexit status " + std::to_string(status);
  return out;
}

fs::path Input() {
  const fs::path dir = fs::path(WALKAWAY_BINARY_DIR) / "cli-test-tmp";
  fs::create_directories(dir);
  const fs::path file = dir / "postings.jsonl";
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  for (int i = 0; i < 400; ++i) {
    out << "{\"id\":" << i << ",\"text\":\"Line " << i << ": this offer expires today; wear many hats, up to "
        << i << "% bonus.\"}\n";
    if (i % 97 == 0) out << "{broken\n\n";
  }
  out << "{\"id\":\"last\",\"text\":\"no final newline, fast-paced\"}";
  return file;
}

TEST(ScanStdinTest, AFileOnStandardInputGivesTheSameOutputAsAPipe) {
  const std::string file = Input().string();
  const std::string scan = kBinary + " scan --jsonl --no-cache --threads 2";
  const std::string from_pipe = Shell("cat '" + file + "' | " + scan);
  const std::string from_file = Shell(scan + " < '" + file + "'");
  ASSERT_GT(from_pipe.size(), 10000u) << from_pipe.substr(0, 300);
  EXPECT_EQ(from_file, from_pipe);
}

TEST(ScanStdinTest, AFileAlreadyPartlyReadIsScannedFromItsOffset) {
  const std::string file = Input().string();
  const std::string scan = kBinary + " scan --jsonl --no-cache";
  // The shell's `read` leaves the offset just after the first line of a regular file.
  const std::string rest = Shell("{ read -r first; " + scan + "; } < '" + file + "'");
  const std::string tail = Shell("tail -n +2 '" + file + "' | " + scan);
  ASSERT_GT(tail.size(), 10000u) << tail.substr(0, 300);
  EXPECT_EQ(rest, tail);
}

}  // namespace
