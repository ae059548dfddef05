// What a command-line user expects of walkaway (issue #15, item 4): a short usage and exit 2 when
// bare, did-you-mean for a mistyped command, `-` for standard input, -o on every command that
// writes a report, --format only where it is supported, help without parser internals, and a man
// page and completions made from the same help.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_cli.h"

namespace walkaway {
namespace {

namespace fs = std::filesystem;
using testing::RunCli;
using testing::RunCliWithInput;

const std::string kExamples = std::string(WALKAWAY_SOURCE_DIR) + "/examples/";
const std::vector<std::string> kCommands = {"evaluate", "validate", "market", "comp", "compare", "draft", "init", "scan"};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// What `command` prints, standard error included, and "(failed)" after it when it exits non-zero.
std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return "popen failed";
  char buffer[4096];
  for (size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, got);
  if (::pclose(pipe) != 0) out += "\n(failed)";
  return out;
}

fs::path TempDir(const std::string& name) {
  const fs::path dir = fs::path(WALKAWAY_BINARY_DIR) / "cli-test-tmp" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(CommandLineTest, BareWalkawayPrintsAShortUsageAndExits2) {
  const testing::CliOutcome r = RunCli({});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("Usage: walkaway <command>"), std::string::npos) << r.err;
  for (const std::string& command : kCommands) EXPECT_NE(r.err.find("  " + command + " "), std::string::npos) << command;
}

TEST(CommandLineTest, AMistypedCommandGetsASuggestion) {
  const testing::CliOutcome r = RunCli({"evalute", "case.toml"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("there is no command 'evalute'; did you mean 'evaluate'?"), std::string::npos) << r.err;
  const testing::CliOutcome far = RunCli({"frobnicate"});
  EXPECT_EQ(far.code, 2);
  EXPECT_NE(far.err.find("there is no command 'frobnicate'"), std::string::npos) << far.err;
  EXPECT_EQ(far.err.find("did you mean"), std::string::npos) << far.err;
}

TEST(CommandLineTest, HelpShowsChoicesNotHowTheParserStoresThem) {
  for (const std::string& command : kCommands) {
    const testing::CliOutcome r = RunCli({command, "--help"});
    EXPECT_EQ(r.code, 0) << command;
    EXPECT_EQ(r.out.find("ENUM"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("->"), std::string::npos) << r.out;
  }
  EXPECT_NE(RunCli({"evaluate", "--help"}).out.find("--format text|json|md"), std::string::npos);
  EXPECT_NE(RunCli({"validate", "--help"}).out.find("--format text|json "), std::string::npos);
}

TEST(CommandLineTest, FormatIsRefusedWhereTheCommandHasNoSuchOutput) {
  const std::string demo = kExamples + "demo.toml";
  EXPECT_EQ(RunCli({"validate", demo, "--format", "md"}).code, 2);
  EXPECT_EQ(RunCli({"comp", demo, "--format", "md"}).code, 2);
  EXPECT_EQ(RunCli({"evaluate", demo, "--format", "1"}).code, 2);  // a name, not the parser's number
  EXPECT_EQ(RunCli({"validate", demo, "--format", "JSON"}).code, 0);
  EXPECT_EQ(RunCli({"draft", demo, "--offer", "northwind", "--kind", "counter", "--format", "json"}).code, 2);
}

TEST(CommandLineTest, ADashReadsTheCaseFromStandardInput) {
  const std::string toml = ReadFile(kExamples + "usd-offer.json");
  const testing::CliOutcome from_stdin = RunCliWithInput({"evaluate", "-", "--format", "json"}, toml);
  const testing::CliOutcome from_file = RunCli({"evaluate", kExamples + "usd-offer.json", "--format", "json"});
  ASSERT_EQ(from_stdin.code, 0) << from_stdin.err;
  EXPECT_NE(from_stdin.out.find("\"case\": \"-\""), std::string::npos);
  EXPECT_NE(from_stdin.out.find("\"label\": \"ACCEPT\""), std::string::npos);
  EXPECT_EQ(RunCliWithInput({"validate", "-"}, toml).out, "-: ok (1 offer)\n");
  EXPECT_EQ(RunCliWithInput({"comp", "-", "--paths", "200"}, toml).code, 0);
  // demo.toml names its documents relative to examples/; from standard input they are looked for in
  // the current folder, and not finding them is a clear error.
  const testing::CliOutcome elsewhere = RunCliWithInput({"compare", "-"}, ReadFile(kExamples + "demo.toml"));
  EXPECT_EQ(elsewhere.code, 2);
  EXPECT_NE(elsewhere.err.find("docs/"), std::string::npos) << elsewhere.err;
  const testing::CliOutcome broken = RunCliWithInput({"validate", "-"}, "[candidate\n");
  EXPECT_EQ(broken.code, 2);
  EXPECT_EQ(broken.err.rfind("walkaway: error: -:1:", 0), 0u) << broken.err;
}

TEST(CommandLineTest, ScanReadsTextFromStandardInput) {
  const testing::CliOutcome r =
      RunCliWithInput({"scan", "-"}, "We will send you a check to buy your equipment.\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("-: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("scam.send-check-equipment"), std::string::npos) << r.out;
  EXPECT_EQ(RunCliWithInput({"scan", "-", "-"}, "x").code, 2);
}

TEST(CommandLineTest, EveryCommandThatWritesAReportTakesOutput) {
  const fs::path dir = TempDir("output");
  const std::string demo = kExamples + "usd-offer.json";
  struct Case {
    std::vector<std::string> args;
    std::string file;
  };
  const std::vector<Case> cases = {
      {{"validate", demo}, "validate.txt"},
      {{"comp", demo, "--paths", "200"}, "comp.txt"},
      {{"market", "Software Engineer", "--country", "US", "--pay", "150k"}, "market.txt"},
      {{"scan", kExamples + "docs/flashpay-recruiter.txt"}, "scan.txt"},
      {{"evaluate", demo}, "evaluate.txt"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = c.args;
    const testing::CliOutcome to_stdout = RunCli(args);
    ASSERT_EQ(to_stdout.code, 0) << to_stdout.err;
    args.push_back("-o");
    args.push_back((dir / c.file).string());
    const testing::CliOutcome to_file = RunCli(args);
    ASSERT_EQ(to_file.code, 0) << c.file << ": " << to_file.err;
    EXPECT_EQ(to_file.out, "") << c.file;
    EXPECT_EQ(ReadFile(dir / c.file), to_stdout.out) << c.file;
  }
  // A failed command leaves no file behind.
  const testing::CliOutcome failed = RunCli({"validate", kExamples + "missing.toml", "-o", (dir / "failed.txt").string()});
  EXPECT_EQ(failed.code, 2);
  EXPECT_FALSE(fs::exists(dir / "failed.txt"));
  EXPECT_EQ(RunCli({"scan", "--jsonl", "-o", (dir / "x.jsonl").string()}).code, 2);
}

TEST(CommandLineTest, TheManPageHasASectionPerCommandWithEveryOption) {
  const testing::CliOutcome r = RunCli({"--generate", "man"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind(".TH WALKAWAY 1", 0), 0u);
  for (const std::string& command : kCommands) {
    EXPECT_NE(r.out.find(".SS \"walkaway " + command + " [options]"), std::string::npos) << command;
  }
  for (const std::string option : {"\\-\\-jsonl", "\\-\\-first\\-line", "\\-\\-lexicon", "\\-\\-kind", "\\-\\-phrases"}) {
    EXPECT_NE(r.out.find("\\fB" + option + "\\fR"), std::string::npos) << option;
  }
  EXPECT_NE(r.out.find(".SH EXIT STATUS"), std::string::npos);
  // No line may start with a roff control character unless we meant it.
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || (line[0] != '.' && line[0] != '\'')) continue;
    EXPECT_TRUE(line.rfind(".TH", 0) == 0 || line.rfind(".SH", 0) == 0 || line.rfind(".SS", 0) == 0 ||
                line.rfind(".TP", 0) == 0 || line.rfind(".PP", 0) == 0 || line.rfind(".B ", 0) == 0 ||
                line.rfind(".I ", 0) == 0 || line == ".nf" || line == ".fi")
        << line;
  }
}

TEST(CommandLineTest, CompletionsNameEveryCommandAndOption) {
  for (const std::string shell : {"bash", "zsh", "fish"}) {
    const testing::CliOutcome r = RunCli({"--generate", shell});
    ASSERT_EQ(r.code, 0) << shell;
    for (const std::string& command : kCommands) EXPECT_NE(r.out.find(command), std::string::npos) << shell << command;
    EXPECT_NE(r.out.find("first-line"), std::string::npos) << shell;
  }
  EXPECT_EQ(RunCli({"--generate", "tcsh"}).code, 2);
}

// The bash completion run as bash runs it: what it offers after `walkaway ev`, `walkaway evaluate
// --fo` and `walkaway evaluate --format `.
TEST(CommandLineTest, TheBashCompletionCompletesCommandsOptionsAndChoices) {
  const fs::path dir = TempDir("bash-completion");
  {
    std::ofstream script(dir / "walkaway.bash");
    script << RunCli({"--generate", "bash"}).out;
  }
  const auto complete = [&](const std::string& words, int cword) {
    return Shell("bash -c 'source \"" + (dir / "walkaway.bash").string() + "\"; COMP_WORDS=(" + words +
                 "); COMP_CWORD=" + std::to_string(cword) + "; _walkaway; printf \"%s \" \"${COMPREPLY[@]}\"'");
  };
  EXPECT_EQ(complete("walkaway ev", 1), "evaluate ");
  EXPECT_EQ(complete("walkaway evaluate --form", 2), "--format ");
  EXPECT_EQ(complete("walkaway evaluate --format \"\"", 3), "text json md ");
  EXPECT_EQ(complete("walkaway comp --format \"\"", 3), "text json ");
}

// zsh and fish (installed by scripts/setup) read their completion files without an error, and fish
// offers what bash does.
TEST(CommandLineTest, TheZshAndFishCompletionsParseAndFishCompletes) {
  const fs::path dir = TempDir("other-shells");
  for (const std::string shell : {"zsh", "fish"}) {
    std::ofstream(dir / shell) << RunCli({"--generate", shell}).out;
  }
  EXPECT_EQ(Shell("zsh -n '" + (dir / "zsh").string() + "'"), "");
  // fish keeps its variables and history under XDG folders: this test's, not the user's.
  const std::string fish = "env XDG_CONFIG_HOME='" + dir.string() + "' XDG_DATA_HOME='" + dir.string() + "' fish";
  EXPECT_EQ(Shell(fish + " --no-execute '" + (dir / "fish").string() + "'"), "");
  const std::string offered =
      Shell(fish + " -c 'source \"" + (dir / "fish").string() + "\"; complete -C\"walkaway comp --format \"'");
  EXPECT_EQ(offered, "json\tOutput format: text or json\ntext\tOutput format: text or json\n");
}

}  // namespace
}  // namespace walkaway
