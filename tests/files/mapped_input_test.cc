#include "walkaway/files/mapped_input.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace walkaway::files {
namespace {

std::filesystem::path WriteTemp(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "io-test-tmp";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary | std::ios::trunc) << bytes;
  return dir / name;
}

TEST(MappedInputTest, MapsTheRestOfARegularFileFromItsOffset) {
  std::string bytes(3 * 4096 + 17, 'x');
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>('a' + i % 26);
  const int fd = ::open(WriteTemp("mapped.txt", bytes).c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::lseek(fd, 5000, SEEK_SET), 5000);  // e.g. a line already read by someone else
  std::optional<MappedInput> mapped = MappedInput::MapRest(fd);
  ASSERT_TRUE(mapped);
  EXPECT_EQ(mapped->bytes(), std::string_view(bytes).substr(5000));
  EXPECT_EQ(::lseek(fd, 0, SEEK_CUR), static_cast<off_t>(bytes.size()));  // as if read to the end
  mapped->Release(4096);  // pages given back are still readable: they come back from the file
  mapped->Release(100);   // never backwards
  EXPECT_EQ(mapped->bytes().substr(0, 10), std::string_view(bytes).substr(5000, 10));
  MappedInput moved = std::move(*mapped);
  EXPECT_EQ(moved.bytes().size(), bytes.size() - 5000);
  ::close(fd);
}

TEST(MappedInputTest, PipesEmptyFilesAndBadDescriptorsAreReadAsStreams) {
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  EXPECT_FALSE(MappedInput::MapRest(pipe_fds[0]));
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
  const int empty = ::open(WriteTemp("empty.txt", "").c_str(), O_RDONLY);
  EXPECT_FALSE(MappedInput::MapRest(empty));
  ::close(empty);
  EXPECT_FALSE(MappedInput::MapRest(-1));
}

}  // namespace
}  // namespace walkaway::files
