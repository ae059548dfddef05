// files::WriteFileAtomically on its own: whole contents, modes, errors, and the sweep of temporaries a
// crashed writer left. The crash itself, on the real binary, is tests/cli/atomic_write_crash_test.cc.

#include "walkaway/files/atomic_file.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "support/fault_injection.h"

namespace walkaway::files {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t Entries(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

// A pid that no process has: a child that has exited and been reaped.
pid_t DeadPid() {
  const pid_t pid = fork();
  if (pid == 0) _exit(0);
  waitpid(pid, nullptr, 0);
  return pid;
}

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(WALKAWAY_BINARY_DIR) / "atomic-file-test" /
           (std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AtomicFileTest, WritesTheWholeContentsAndLeavesNothingElse) {
  const std::string big(3u << 20, 'x');
  ASSERT_TRUE(WriteFileAtomically(dir_ / "out.txt", big));
  EXPECT_EQ(Slurp(dir_ / "out.txt"), big);
  EXPECT_EQ(Entries(dir_), 1u);
}

TEST_F(AtomicFileTest, ReplacesAnExistingFileAndKeepsItsMode) {
  const fs::path file = dir_ / "out.txt";
  std::ofstream(file) << "old";
  ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
  ASSERT_TRUE(WriteFileAtomically(file, "new"));
  EXPECT_EQ(Slurp(file), "new");
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST_F(AtomicFileTest, ANewFileIsAnOrdinaryReadableFile) {
  ASSERT_TRUE(WriteFileAtomically(dir_ / "new.txt", ""));
  struct stat st {};
  ASSERT_EQ(::stat((dir_ / "new.txt").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0644u);
  EXPECT_EQ(st.st_size, 0);
}

TEST_F(AtomicFileTest, AMissingFolderIsAnIoErrorNotACrash) {
  const core::Status s = WriteFileAtomically(dir_ / "no" / "such" / "out.txt", "x");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, core::ErrorCode::kIo);
  EXPECT_NE(s.error().message.find("cannot create a temporary file"), std::string::npos) << s.error().ToString();
}

TEST_F(AtomicFileTest, AFolderInTheWayIsAnErrorAndTheTemporaryIsRemoved) {
  fs::create_directories(dir_ / "out.txt" / "inside");
  const core::Status s = WriteFileAtomically(dir_ / "out.txt", "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("cannot replace"), std::string::npos) << s.error().ToString();
  EXPECT_EQ(Entries(dir_), 1u);
}

TEST_F(AtomicFileTest, RemovesTemporariesLeftByADeadWriterOfTheSameFile) {
  const std::string stale = ".out.txt.tmp-" + std::to_string(DeadPid()) + "-a1B2c3";
  std::ofstream(dir_ / stale) << "half a rep";
  ASSERT_TRUE(WriteFileAtomically(dir_ / "out.txt", "whole"));
  EXPECT_FALSE(fs::exists(dir_ / stale));
  EXPECT_EQ(Entries(dir_), 1u);
}

TEST_F(AtomicFileTest, KeepsTemporariesOfLiveWritersAndOfOtherFiles) {
  const std::string live = ".out.txt.tmp-" + std::to_string(getppid()) + "-a1B2c3";
  const std::string other = ".other.txt.tmp-" + std::to_string(DeadPid()) + "-a1B2c3";
  const std::string not_ours = ".out.txt.tmp-x1B2c3";
  for (const std::string& name : {live, other, not_ours}) std::ofstream(dir_ / name) << "keep";
  ASSERT_TRUE(WriteFileAtomically(dir_ / "out.txt", "whole"));
  EXPECT_TRUE(fs::exists(dir_ / live));
  EXPECT_TRUE(fs::exists(dir_ / other));
  EXPECT_TRUE(fs::exists(dir_ / not_ours));
}

TEST_F(AtomicFileTest, AnObserverThatKillsAfterTheNamedStepLeavesTheOldFile) {
  const fs::path file = dir_ / "out.txt";
  std::ofstream(file) << "old";
  const pid_t pid = fork();
  if (pid == 0) {
    const walkaway::testing::KillAfterStep fault("after-write");
    (void)WriteFileAtomically(file, "new", &fault);
    _exit(0);  // the observer did not fire
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << status;
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  EXPECT_EQ(Slurp(file), "old");
  EXPECT_EQ(Entries(dir_), 2u);  // the file and the dead writer's temporary
  ASSERT_TRUE(WriteFileAtomically(file, "new"));
  EXPECT_EQ(Entries(dir_), 1u);
}

}  // namespace
}  // namespace walkaway::files
