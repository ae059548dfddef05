#include "walkaway/cli/run.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace walkaway::cli {
namespace {

const std::string kData = std::string(WALKAWAY_SOURCE_DIR) + "/tests/testdata/cli/";

struct Outcome {
  int code = 0;
  std::string out;
  std::string err;
};

Outcome RunCli(std::vector<std::string> args, Environment env = {}) {
  if (env.today == core::Date{}) env.today = core::Date{2026, 11, 28};
  std::ostringstream out, err;
  const int code = Run(args, out, err, env);
  return {code, out.str(), err.str()};
}

TEST(CliTest, PrintsVersion) {
  Outcome r = RunCli({"--version"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("walkaway ", 0), 0u);
}

TEST(CliTest, HelpListsCommands) {
  Outcome r = RunCli({"--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("evaluate"), std::string::npos);
  EXPECT_NE(r.out.find("validate"), std::string::npos);
}

TEST(CliTest, SubcommandHelpDescribesItsOptions) {
  Outcome r = RunCli({"evaluate", "--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--offer"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--format"), std::string::npos);
}

TEST(CliTest, UnknownCommandIsUsageErrorWithExitCode2) {
  Outcome r = RunCli({"frobnicate"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("walkaway: error:"), std::string::npos);
}

TEST(CliTest, MissingFileArgumentIsUsageError) { EXPECT_EQ(RunCli({"evaluate"}).code, kExitInvalid); }

TEST(CliTest, UnknownFormatIsUsageError) {
  EXPECT_EQ(RunCli({"evaluate", kData + "small.toml", "--format", "pdf"}).code, kExitInvalid);
}

TEST(CliTest, EvaluatePrintsAVerdictPerOffer) {
  Outcome r = RunCli({"evaluate", kData + "small.toml"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("acme: Senior Engineer at Acme"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("globex: Engineer at Globex"), std::string::npos);
  EXPECT_NE(r.out.find("a base salary of at least 85,000 EUR"), std::string::npos);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);  // not a terminal: plain
}

TEST(CliTest, ColourOnATerminalUnlessNoColor) {
  Environment tty;
  tty.stdout_is_tty = true;
  EXPECT_NE(RunCli({"evaluate", kData + "small.toml"}, tty).out.find('\x1b'), std::string::npos);
  tty.no_color = true;
  EXPECT_EQ(RunCli({"evaluate", kData + "small.toml"}, tty).out.find('\x1b'), std::string::npos);
}

TEST(CliTest, OfferOptionSelectsOneOffer) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--offer", "globex", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["offers"].size(), 1u);
  EXPECT_EQ(doc["offers"][0]["id"], "globex");
  EXPECT_EQ(doc["schema"], "walkaway.evaluation/2");
}

TEST(CliTest, UnknownOfferSuggestsTheClosestId) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--offer", "acm"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("did you mean 'acme'?"), std::string::npos) << r.err;
}

TEST(CliTest, JsonOutputCarriesMoneyAsMinorUnits) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--format", "json", "--offer", "acme"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["offers"][0]["metrics"]["base"]["minor"], 8'000'000);
  EXPECT_EQ(doc["offers"][0]["metrics"]["base"]["currency"], "EUR");
  EXPECT_EQ(doc["offers"][0]["verdict"]["decision"], "negotiate");
}

TEST(CliTest, MarkdownOutputHasHeadings) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--format", "md"});
  ASSERT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("# walkaway report", 0), 0u);
}

TEST(CliTest, TodayOverridesTheCaseDate) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--today", "2026-12-10", "--format", "json"});
  ASSERT_EQ(r.code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["as_of"], "2026-12-10");
}

TEST(CliTest, BadTodayIsInvalidInput) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--today", "2026-13-01"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("--today"), std::string::npos);
}

TEST(CliTest, ValidateAcceptsAGoodCase) {
  Outcome r = RunCli({"validate", kData + "small.toml"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("ok (2 offers)"), std::string::npos);
}

TEST(CliTest, ValidateReportsFileLineAndField) {
  Outcome r = RunCli({"validate", kData + "bad_deadline.toml"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("bad_deadline.toml:8:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("offers[0].deadline"), std::string::npos) << r.err;
}

TEST(CliTest, ValidateJsonErrorHasTheSharedShape) {
  Outcome r = RunCli({"validate", kData + "bad_deadline.toml", "--format", "json"});
  EXPECT_EQ(r.code, kExitInvalid);
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["error"]["code"], "invalid_input");
  EXPECT_EQ(doc["error"]["field"], "offers[0].deadline");
  EXPECT_EQ(doc["error"]["line"], 8);
}

TEST(CliTest, MissingFileIsNotFound) {
  Outcome r = RunCli({"evaluate", kData + "no-such-file.toml"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("no-such-file.toml"), std::string::npos);
}

// Issue #12, item 5: an offer received after the judgement date is a date typed wrong (or a
// --today too early); every count of days would be negative. Exit 2, at the received date's place.
TEST(CliTest, AnOfferReceivedAfterTheJudgementDateIsAnErrorAtItsPlace) {
  const std::string demo = std::string(WALKAWAY_SOURCE_DIR) + "/examples/demo.toml";
  Outcome r = RunCli({"evaluate", demo, "--today", "2026-11-01"});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("demo.toml:43:12: offers[0].received: the offer was received on 2026-11-18, after the "
                       "date the case is judged on (2026-11-01)"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

// Issue #12, item 5: an unknown cost-of-living area dropped the offer's pay projection without a
// word. validate and evaluate now refuse it alike, at its place, listing the known areas.
TEST(CliTest, AnUnknownCostOfLivingAreaIsTheSameErrorInValidateAndEvaluate) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "walkaway_cli_col_area.toml";
  {
    std::ofstream f(path);
    f << "as_of = 2026-11-20\n[candidate]\ncurrency = \"USD\"\ncol_area = \"bostn\"\n"
         "[[offers]]\nid = \"a\"\ncompany = \"A\"\nbase = \"100k\"\n";
  }
  for (const char* command : {"validate", "evaluate"}) {
    Outcome r = RunCli({command, path.string()});
    EXPECT_EQ(r.code, kExitInvalid) << command;
    EXPECT_NE(r.err.find(":4:12: candidate.col_area: unknown cost-of-living area \"bostn\""), std::string::npos)
        << command << ": " << r.err;
    EXPECT_NE(r.err.find("boston"), std::string::npos) << r.err;
  }
}

TEST(CliTest, OutputFileIsWrittenWhole) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "walkaway_cli_test";
  std::filesystem::create_directories(dir);
  const std::filesystem::path target = dir / "report.json";
  {
    std::ofstream old(target);
    old << "old content";
  }
  Outcome r = RunCli({"evaluate", kData + "small.toml", "--format", "json", "-o", target.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::ifstream in(target);
  std::stringstream content;
  content << in.rdbuf();
  EXPECT_TRUE(nlohmann::json::accept(content.str()));
  // No temporary file is left behind.
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1);
  std::filesystem::remove_all(dir);
}

TEST(CliTest, OutputIntoMissingFolderFailsWithIoErrorAndWritesNothing) {
  Outcome r = RunCli({"evaluate", kData + "small.toml", "-o", "/nonexistent-dir/report.txt"});
  EXPECT_EQ(r.code, kExitIo);
  EXPECT_NE(r.err.find("/nonexistent-dir/report.txt"), std::string::npos) << r.err;
}

// Issue #17, item 3: a letter's escape sequences reached the terminal as they were, so a job post
// could set the window title or conceal the finding it triggers. Shown in text and Markdown, kept
// exact (and escaped) in JSON; an error quoting a field does the same.
TEST(CliTest, ControlSequencesInADocumentAreShownNotObeyed) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "walkaway_cli_controls.toml";
  {
    std::ofstream f(path);
    f << "as_of = 2026-11-20\n[candidate]\ncurrency = \"USD\"\n[[offers]]\nid = \"a\"\ncompany = \"A\"\n"
         "base = \"100k\"\ndocuments = { job_post = { text = "
         "\"\\u001b]0;pwned\\u0007\\u001b[8m Pay a registration fee of $50 to start.\" } }\n";
  }
  for (const char* format : {"text", "md"}) {
    Outcome r = RunCli({"evaluate", path.string(), "--details", "--format", format});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << format;
    EXPECT_EQ(r.out.find('\x07'), std::string::npos) << format;
    EXPECT_NE(r.out.find("\\x1B]0;pwned\\x07\\x1B[8m"), std::string::npos) << format << ": " << r.out;
  }
  Outcome json = RunCli({"evaluate", path.string(), "--format", "json"});
  EXPECT_EQ(json.code, 0) << json.err;
  EXPECT_NE(json.out.find("\\u001b]0;pwned\\u0007"), std::string::npos) << "JSON keeps the exact text, escaped";
  EXPECT_TRUE(nlohmann::json::accept(json.out));
  {
    // DEL is no JSON control: written raw by the JSON writer, and "\x7F" in its place is not JSON.
    std::ofstream f(path);
    f << "as_of = 2026-11-20\n[candidate]\ncurrency = \"USD\"\n[[offers]]\nid = \"a\"\ncompany = \"A\\u007f\"\n"
         "base = \"100k\"\n";
  }
  Outcome del = RunCli({"evaluate", path.string(), "--format", "json"});
  EXPECT_EQ(del.code, 0) << del.err;
  EXPECT_TRUE(nlohmann::json::accept(del.out)) << del.out.substr(0, 200);
  EXPECT_NE(RunCli({"evaluate", path.string()}).out.find("A\\x7F"), std::string::npos) << "shown in text";
  {
    std::ofstream f(path);
    f << "[candidate]\ncurrency = \"\\u001b[2J\"\n[[offers]]\nid = \"a\"\ncompany = \"A\"\n";
  }
  Outcome bad = RunCli({"validate", path.string()});
  EXPECT_EQ(bad.code, kExitInvalid);
  EXPECT_EQ(bad.err.find('\x1b'), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("\\x1B[2J"), std::string::npos) << bad.err;
}

// Issue #17, item 7: "--seed -1" became 2^64-1. A seed is 0 to 10^9 here as in model.seed.
TEST(CliTest, ANegativeOrTooLargeSeedIsAUsageError) {
  for (const char* seed : {"-1", "1000000001", "7x"}) {
    Outcome r = RunCli({"comp", kData + "../../../examples/demo.toml", "--seed", seed});
    EXPECT_EQ(r.code, kExitInvalid) << seed;
    EXPECT_NE(r.err.find("a seed is a whole number from 0 to 1000000000"), std::string::npos) << r.err;
  }
  EXPECT_EQ(RunCli({"comp", kData + "../../../examples/demo.toml", "--seed", "1000000000"}).code, 0);
}

// Issue #17, item 4: -o onto the case file destroyed it; -o /dev/null (as root) replaced the device
// with a regular file; a read-only file was replaced silently; validate and scan said nothing and
// exited 0 when standard output could not be written.
class OutputTargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("walkaway_output_target_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    case_ = dir_ / "case.toml";
    std::ofstream(case_) << "as_of = 2026-11-20\n[candidate]\ncurrency = \"USD\"\n[[offers]]\nid = \"a\"\n"
                            "company = \"A\"\nbase = \"100k\"\n[[offers]]\nid = \"b\"\ncompany = \"B\"\nbase = \"90k\"\n";
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::permissions(dir_ / "read-only.txt", std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(dir_, ec);
  }
  static std::string Read(const std::filesystem::path& p) {
    std::ifstream f(p);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }
  std::filesystem::path dir_, case_;
};

TEST_F(OutputTargetTest, AReportIsNeverWrittenOverItsOwnCaseFile) {
  const std::string before = Read(case_);
  for (const char* command : {"evaluate", "compare", "draft"}) {
    std::vector<std::string> args = {command, case_.string(), "-o", case_.string()};
    if (std::string(command) == "draft") args.insert(args.end(), {"--offer", "a", "--kind", "extension"});
    Outcome r = RunCli(args);
    EXPECT_EQ(r.code, kExitInvalid) << command << ": " << r.err;
    EXPECT_NE(r.err.find("it is the case file the report is made from"), std::string::npos) << r.err;
    EXPECT_EQ(Read(case_), before) << command;
  }
}

TEST_F(OutputTargetTest, ADeviceIsWrittenAsAStreamAndNeverReplaced) {
  Outcome r = RunCli({"evaluate", case_.string(), "-o", "/dev/null"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
  if (std::filesystem::exists("/dev/full")) {
    Outcome full = RunCli({"evaluate", case_.string(), "-o", "/dev/full"});
    EXPECT_EQ(full.code, kExitIo) << full.err;
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/full"));
  }
  Outcome folder = RunCli({"evaluate", case_.string(), "-o", dir_.string()});
  EXPECT_EQ(folder.code, kExitInvalid);
  EXPECT_NE(folder.err.find("it is a folder"), std::string::npos) << folder.err;
  Outcome dash = RunCli({"evaluate", case_.string(), "-o", "-"});
  EXPECT_EQ(dash.code, 0);
  EXPECT_NE(dash.out.find("Verdict"), std::string::npos) << "- is standard output";
}

TEST_F(OutputTargetTest, AReadOnlyFileIsReplacedOnlyWithForce) {
  const std::filesystem::path target = dir_ / "read-only.txt";
  std::ofstream(target) << "keep me";
  std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                           std::filesystem::perms::others_read);
  Outcome r = RunCli({"evaluate", case_.string(), "-o", target.string()});
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("the file is read-only; give --force to replace it"), std::string::npos) << r.err;
  EXPECT_EQ(Read(target), "keep me");
  EXPECT_EQ(RunCli({"evaluate", case_.string(), "-o", target.string(), "--force"}).code, 0);
  EXPECT_NE(Read(target), "keep me");
}

TEST_F(OutputTargetTest, EveryCommandExitsThreeWhenStandardOutputCannotBeWritten) {
  const std::string post = std::string(WALKAWAY_SOURCE_DIR) + "/examples/docs/atlantico-post.txt";
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {"validate", case_.string()}, {"evaluate", case_.string()}, {"scan", post}, {"scan", "--phrases"},
           {"--version", ""}, {"--help", ""}}) {
    if (args[1].empty()) args.pop_back();
    std::ostringstream out, err;
    out.setstate(std::ios::badbit);  // as a full disk or a closed pipe leaves it
    Environment env;
    env.today = core::Date{2026, 11, 28};
    EXPECT_EQ(cli::Run(args, out, err, env), kExitIo) << args[0];
    EXPECT_NE(err.str().find("cannot write to standard output"), std::string::npos) << err.str();
  }
}

// Issue #17, item 5: a FIFO named as a document blocked evaluate forever (no writer ever comes).
TEST_F(OutputTargetTest, AFifoNamedAsADocumentIsRefusedWithoutWaiting) {
  const std::filesystem::path fifo = dir_ / "post.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::ofstream(case_, std::ios::app) << "documents = { job_post = \"post.txt\" }\n";
  Outcome r = RunCli({"evaluate", case_.string()});
  EXPECT_EQ(r.code, kExitInvalid) << r.err;
  EXPECT_NE(r.err.find("is not a regular file (a FIFO, device or socket)"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace walkaway::cli
