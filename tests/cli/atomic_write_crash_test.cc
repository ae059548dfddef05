// Whole files only (docs/hardening.md): the CLI writes a report with `evaluate -o` and is killed
// (SIGKILL) right after each step of the write, by the write observer of walkaway_with_faults (the
// real CLI with tests/support/fault_injection.h installed; production has no hook). The report file must then hold exactly the old bytes (killed before the rename) or
// exactly the new ones (after it): never torn, never empty. A temporary left by the crash is
// removed by the next write to the same file.

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/fault_injection.h"

namespace {

namespace fs = std::filesystem;

const std::string kBinary = std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway_with_faults";
const std::string kCase = std::string(WALKAWAY_SOURCE_DIR) + "/tests/testdata/cli/small.toml";

struct Step {
  const char* name;
  bool renamed;  // the new file is in place once this step is done
};
constexpr Step kSteps[] = {{"after-create", false}, {"after-write", false}, {"after-fsync", false},
                           {"after-close", false},  {"after-rename", true}, {"after-dirsync", true}};

std::string Slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `walkaway evaluate small.toml -o out`, with WALKAWAY_FAULT_AT=fault when given; returns the
// wait status.
int RunEvaluate(const fs::path& out, const std::string& fault) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (fault.empty()) {
      unsetenv(walkaway::testing::kFaultAtEnv);
    } else {
      setenv(walkaway::testing::kFaultAtEnv, fault.c_str(), 1);
    }
    const int null = ::open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execl(kBinary.c_str(), kBinary.c_str(), "evaluate", kCase.c_str(), "--format", "json", "--no-cache", "-o", out.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

std::vector<std::string> Temporaries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp-") != std::string::npos) names.push_back(name);
  }
  return names;
}

class AtomicWriteCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::exists(kBinary)) << kBinary;
    dir_ = fs::path(WALKAWAY_BINARY_DIR) / "atomic-crash-test" / std::to_string(getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // The bytes a complete write produces, from an undisturbed run.
    const int status = RunEvaluate(dir_ / "reference.json", "");
    ASSERT_TRUE(WIFEXITED(status)) << status;
    new_ = Slurp(dir_ / "reference.json");
    ASSERT_GT(new_.size(), 100u);
    fs::remove(dir_ / "reference.json");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string new_;
};

TEST_F(AtomicWriteCrashTest, KilledAtEachStepLeavesTheOldOrTheNewReportNeverATornOne) {
  const std::string old_report = "{\"old\": \"report\"}\n";
  for (const Step& step : kSteps) {
    SCOPED_TRACE(step.name);
    const fs::path out = dir_ / "report.json";
    std::ofstream(out, std::ios::binary) << old_report;

    const int status = RunEvaluate(out, step.name);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the fault hook did not fire; status " << status;
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
    EXPECT_EQ(Slurp(out), step.renamed ? new_ : old_report);
    EXPECT_EQ(Temporaries(dir_).size(), step.renamed ? 0u : 1u);

    // The next ordinary write replaces the report and sweeps the dead process's temporary.
    const int again = RunEvaluate(out, "");
    ASSERT_TRUE(WIFEXITED(again) && WEXITSTATUS(again) == 0) << again;
    EXPECT_EQ(Slurp(out), new_);
    EXPECT_TRUE(Temporaries(dir_).empty());
    fs::remove(out);
  }
}

TEST_F(AtomicWriteCrashTest, KilledBeforeTheRenameLeavesNoReportWhereThereWasNone) {
  for (const Step& step : kSteps) {
    SCOPED_TRACE(step.name);
    const fs::path out = dir_ / "fresh.json";
    fs::remove(out);
    const int status = RunEvaluate(out, step.name);
    ASSERT_TRUE(WIFSIGNALED(status)) << status;
    if (step.renamed) {
      EXPECT_EQ(Slurp(out), new_);
    } else {
      EXPECT_FALSE(fs::exists(out)) << "an empty or partial report appeared";
    }
    ASSERT_TRUE(WIFEXITED(RunEvaluate(out, "")));
    EXPECT_TRUE(Temporaries(dir_).empty());
  }
}

TEST_F(AtomicWriteCrashTest, AnUnknownFaultStepChangesNothing) {
  const fs::path out = dir_ / "report.json";
  const int status = RunEvaluate(out, "after-lunch");
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(Slurp(out), new_);
}

}  // namespace
