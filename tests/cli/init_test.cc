// `walkaway init` driven end to end with scripted answers: a full interview gives a file that
// validates, evaluates and reads back as the case that was built; defaults alone give a valid file;
// bad answers are explained and asked again; an existing file is replaced only after a yes or with
// --force; the end of input or Ctrl-C (a scripted interrupt, and a real SIGINT sent to the binary)
// leave no file behind.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "cli/init_command.h"
#include "cli/init_interview.h"
#include "cli/init_questions.h"
#include "cli/init_terminal.h"
#include "walkaway/cli/run.h"
#include "walkaway/io/case_file.h"

namespace walkaway::cli {
namespace {

namespace fs = std::filesystem;

const core::Date kToday{2026, 11, 22};

struct Outcome {
  int code = 0;
  std::string out;
  std::string err;
};

std::string Lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

Outcome RunWithInput(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  Environment env;
  env.today = kToday;
  env.input = &in;
  std::ostringstream out, err;
  const int code = Run(args, out, err, env);
  return {code, out.str(), err.str()};
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A fresh folder per test, removed afterwards.
class InitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("walkaway-init-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string File(const std::string& name = "case.toml") const { return (dir_ / name).string(); }
  size_t FilesInDir() const {
    size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++n;
    return n;
  }

  fs::path dir_;
};

// Every question answered, in the interview's order.
const std::vector<std::string> kFullAnswers = {
    // 1 About you
    "Sam", "eur",
    // 2 What you will not give up
    "85k", "hybrid", "2", "Berlin; Remote EU", "45", "gambling, tobacco", "ladder, mentorship",
    // 3 What matters most
    "pay, flexibility, growth",
    // 4 Where you stand: employed, current base, notice, runway, other processes? one, done
    "y", "78k", "3 months", "6", "y", "Globex", "onsite", "2026-11-20", "",
    // 5 The offer: company, title, base, bonus %, guaranteed, equity, grant, mode, office days,
    // hours, received, deadline, start, extension, one spoken promise (value, topic, source), done
    "Acme GmbH", "Senior Engineer", "82k", "10", "", "rsu", "40k", "hybrid", "3", "50", "2026-11-20",
    "2026-11-23", "2027-01-04", "refused", "fully remote after three months", "work_mode", "hiring manager", "",
    // 6 Your own view: feeling, without timing worry, respected, goals, gut
    "relieved", "no", "partly", "further", "2"};

// Enter everywhere except the one required answer (the company).
std::vector<std::string> DefaultAnswers() {
  std::vector<std::string> lines(13, "");  // sections 1-4: 13 questions when the other processes are skipped
  lines.push_back("Acme");
  lines.resize(lines.size() + 17, "");  // the offer: 11 questions and the claims loop; 5 reflections
  return lines;
}

TEST_F(InitTest, FullInterviewWritesACaseThatValidatesAndEvaluates) {
  const Outcome r = RunWithInput({"init", File()}, Lines(kFullAnswers));
  ASSERT_EQ(r.code, kExitOk) << r.err << r.out;
  EXPECT_NE(r.out.find("Next: walkaway evaluate " + File()), std::string::npos) << r.out;

  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(File());
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  const core::Case& c = loaded->c;
  EXPECT_EQ(c.candidate.name, "Sam");
  EXPECT_EQ(c.candidate.currency, "EUR");
  const core::NonNegotiables& n = c.candidate.non_negotiables;
  EXPECT_EQ(n.base_min, core::Money::FromUnits(85000));
  EXPECT_EQ(n.work_mode, core::WorkMode::kHybrid);
  EXPECT_EQ(n.max_office_days, 2);
  EXPECT_EQ(n.locations, (std::vector<std::string>{"Berlin", "Remote EU"}));
  EXPECT_EQ(n.max_weekly_hours, 45);
  EXPECT_EQ(n.deal_breakers, (std::vector<std::string>{"gambling", "tobacco"}));
  EXPECT_EQ(n.growth, (std::vector<std::string>{"ladder_shared", "mentorship"}));
  EXPECT_EQ(c.candidate.priorities.rank, (std::vector<std::string>{"pay", "flexibility", "growth"}));
  EXPECT_EQ(c.candidate.situation.employed, true);
  EXPECT_EQ(c.candidate.situation.current.base, core::Money::FromUnits(78000));
  EXPECT_EQ(c.candidate.situation.current.notice, (core::NoticePeriod{3, core::NoticePeriod::Unit::kMonths}));
  EXPECT_EQ(c.offers.at(0).start_date, (core::Date{2027, 1, 4}));
  EXPECT_EQ(c.candidate.situation.runway_months, 6.0);
  ASSERT_EQ(c.candidate.situation.pipeline.size(), 1u);
  EXPECT_EQ(c.candidate.situation.pipeline[0].company, "Globex");
  EXPECT_EQ(c.candidate.situation.pipeline[0].stage, "onsite");
  EXPECT_EQ(c.candidate.situation.pipeline[0].updated, (core::Date{2026, 11, 20}));
  EXPECT_TRUE(c.candidate.situation.pipeline_given);

  ASSERT_EQ(c.offers.size(), 1u);
  const core::Offer& o = c.offers[0];
  EXPECT_EQ(o.id, "acme-gmbh");
  EXPECT_EQ(o.company, "Acme GmbH");
  EXPECT_EQ(o.title, "Senior Engineer");
  EXPECT_EQ(o.base, core::Money::FromUnits(82000));
  ASSERT_TRUE(o.bonus);
  EXPECT_EQ(o.bonus->target_pct, 10);
  EXPECT_FALSE(o.bonus->guaranteed);
  ASSERT_TRUE(o.equity);
  EXPECT_EQ(o.equity->kind, core::EquityKind::kRsu);
  EXPECT_EQ(o.equity->grant, core::Money::FromUnits(40000));
  EXPECT_EQ(o.work.mode, core::WorkMode::kHybrid);
  EXPECT_EQ(o.work.office_days, 3);
  EXPECT_EQ(o.work.expected_weekly_hours, 50);
  EXPECT_EQ(o.received, (core::Date{2026, 11, 20}));
  EXPECT_EQ(o.deadline, (core::Date{2026, 11, 23}));
  EXPECT_EQ(o.extension, core::ExtensionStatus::kRefused);
  ASSERT_EQ(o.claims.size(), 1u);
  EXPECT_EQ(o.claims[0].topic, "work_mode");
  EXPECT_EQ(o.claims[0].value, "fully remote after three months");
  EXPECT_EQ(o.claims[0].source, "hiring manager");
  EXPECT_FALSE(o.claims[0].written);
  ASSERT_TRUE(o.reflection);
  EXPECT_EQ(o.reflection->feeling, core::Feeling::kRelieved);
  EXPECT_EQ(o.reflection->accept_without_timing_worry, core::Answer::kNo);
  EXPECT_EQ(o.reflection->felt_respected, core::Answer::kPartly);
  EXPECT_EQ(o.reflection->moves_toward_goals, core::Answer::kNo);
  EXPECT_EQ(o.reflection->gut, 2);

  const Outcome validate = RunWithInput({"validate", File()}, "");
  EXPECT_EQ(validate.code, kExitOk) << validate.err;
  const Outcome evaluate = RunWithInput({"evaluate", File(), "--today", "2026-11-22"}, "");
  EXPECT_EQ(evaluate.code, kExitOk) << evaluate.err;
  EXPECT_NE(evaluate.out.find("Verdict:"), std::string::npos) << evaluate.out;
}

TEST_F(InitTest, TheFileReadsBackAsTheCaseTheInterviewBuilt) {
  std::istringstream script(Lines(kFullAnswers));
  std::ostringstream ignored;
  StreamTerminal terminal(script, ignored);
  const InterviewResult built = RunInterview(terminal, kToday);
  ASSERT_EQ(built.end, ReadStatus::kLine);

  ASSERT_EQ(RunWithInput({"init", File()}, Lines(kFullAnswers)).code, kExitOk);
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(File());
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_TRUE(loaded->c == built.c) << ReadText(File());
}

TEST_F(InitTest, DefaultsOnlyGiveAMinimalValidCase) {
  const Outcome r = RunWithInput({"init", File()}, Lines(DefaultAnswers()));
  ASSERT_EQ(r.code, kExitOk) << r.err << r.out;
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(File());
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  core::Case expected;
  expected.candidate.currency = "USD";
  core::Offer offer;
  offer.id = "acme";
  offer.company = "Acme";
  offer.received = kToday;  // the default of "day the offer arrived"
  expected.offers.push_back(offer);
  EXPECT_TRUE(loaded->c == expected) << ReadText(File());
  EXPECT_EQ(RunWithInput({"validate", File()}, "").code, kExitOk);
  // The file says where it came from and stays short.
  const std::string text = ReadText(File());
  EXPECT_EQ(text.rfind("# A case file written by `walkaway init` on 2026-11-22.", 0), 0u) << text;
  EXPECT_EQ(text.find("non_negotiables"), std::string::npos) << text;
}

TEST_F(InitTest, EachPromptShowsTheFormAndTheDefault) {
  const Outcome r = RunWithInput({"init", File()}, Lines(DefaultAnswers()));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("The currency you are paid in (a code such as EUR, USD or GBP) [USD]: "), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Day the offer arrived (YYYY-MM-DD) [2026-11-22]: "), std::string::npos);
  EXPECT_NE(r.out.find("Company that made the offer (its name) [required]: "), std::string::npos);
  EXPECT_NE(r.out.find("[skip]: "), std::string::npos);
  EXPECT_NE(r.out.find("[done]: "), std::string::npos);
}

TEST_F(InitTest, BadAnswersAreExplainedAndAskedAgainKeepingEarlierOnes) {
  std::vector<std::string> lines = {
      "Sam",
      "EURO", "EUR",                   // not a currency code
      "85.000", "85k EUR",             // a European thousands dot is ambiguous
      "hybird", "hybrid",              // not a work mode
      "9", "2.5", "2",                 // out of range, then not whole
      "", "", "", "",                  // locations, hours, deal-breakers, growth
      "pay, pay", "pay",               // named twice
      "", "", "n",                     // employed, runway, no other process
      "",                              // company left empty: required
      "Acme",
      "", "82k GBP", "82k",            // title; an amount in another currency
      "", "", "", "", "",              // bonus, equity, mode, office days, hours
      "2026-11-20",                    // received
      "2026-11-19", "2026-02-30", "2026-11-27",  // before it arrived; not a real day
      "",                              // no start date given
      "", "",                          // extension, no claims
      "", "", "", "",                  // four reflection questions
      "7", "4"};                       // gut out of range
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  ASSERT_EQ(r.code, kExitOk) << r.err << r.out;
  EXPECT_NE(r.out.find("Not accepted: expected a currency code"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("found \"85.000\": \"85.000\" is ambiguous"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Not accepted: expected onsite, hybrid or remote, found \"hybird\""), std::string::npos);
  EXPECT_NE(r.out.find("Not accepted: expected 0 to 7, found 9"), std::string::npos);
  EXPECT_NE(r.out.find("Not accepted: expected a whole number from 0 to 7, found \"2.5\""), std::string::npos);
  EXPECT_NE(r.out.find("pay is named twice"), std::string::npos);
  EXPECT_NE(r.out.find("This one needs an answer"), std::string::npos);
  EXPECT_NE(r.out.find("that amount is in GBP, but this case counts in EUR"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2026-11-19 is before the day the offer arrived (2026-11-20)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("day must be 01 to 28"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Not accepted: expected 1 to 5, found 7"), std::string::npos);

  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(File());
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  const core::Case& c = loaded->c;
  EXPECT_EQ(c.candidate.name, "Sam");
  EXPECT_EQ(c.candidate.currency, "EUR");
  EXPECT_EQ(c.candidate.non_negotiables.base_min, core::Money::FromUnits(85000));
  EXPECT_EQ(c.candidate.non_negotiables.work_mode, core::WorkMode::kHybrid);
  EXPECT_EQ(c.candidate.non_negotiables.max_office_days, 2);
  EXPECT_EQ(c.candidate.priorities.rank, std::vector<std::string>{"pay"});
  EXPECT_TRUE(c.candidate.situation.pipeline_given);  // "no" is a fact, kept as an empty list
  EXPECT_TRUE(c.candidate.situation.pipeline.empty());
  EXPECT_EQ(c.offers[0].base, core::Money::FromUnits(82000));
  EXPECT_EQ(c.offers[0].deadline, (core::Date{2026, 11, 27}));
  ASSERT_TRUE(c.offers[0].reflection);
  EXPECT_EQ(c.offers[0].reflection->gut, 4);
}

TEST_F(InitTest, AQuestionMarkShowsTheQuestionsHelp) {
  std::vector<std::string> lines = DefaultAnswers();
  lines.insert(lines.begin() + 1, "?");  // on the currency question
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("  Every amount you give from here on is read in this currency.\n"), std::string::npos)
      << r.out;
}

TEST_F(InitTest, TextWithQuotesBackslashesAndAccentsSurvives) {
  std::vector<std::string> lines = DefaultAnswers();
  lines[0] = "Zoë \"Z\" O'Brien \\ 東京";
  lines[13] = "Café \"Ünïcode\" \\ Ltd";
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  core::Result<io::LoadedCase> loaded = io::ReadCaseFile(File());
  ASSERT_TRUE(loaded) << loaded.error().ToString();
  EXPECT_EQ(loaded->c.candidate.name, "Zoë \"Z\" O'Brien \\ 東京");
  EXPECT_EQ(loaded->c.offers[0].company, "Café \"Ünïcode\" \\ Ltd");
  EXPECT_EQ(loaded->c.offers[0].id, "caf-n-code-ltd");
}

TEST_F(InitTest, TextThatIsNotUtf8IsRefused) {
  std::vector<std::string> lines = DefaultAnswers();
  lines[0] = "caf\xE9";  // Latin-1
  lines.insert(lines.begin() + 1, "Sam");
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("not valid UTF-8"), std::string::npos);
  EXPECT_EQ(io::ReadCaseFile(File())->c.candidate.name, "Sam");
}

TEST_F(InitTest, AnExistingFileIsKeptWithoutAYes) {
  { std::ofstream(File()) << "keep me\n"; }
  std::vector<std::string> lines = DefaultAnswers();
  lines.insert(lines.begin(), "n");
  const Outcome no = RunWithInput({"init", File()}, Lines(lines));
  EXPECT_EQ(no.code, kExitInvalid);
  EXPECT_NE(no.out.find("already exists. Overwrite it? [y/N]: "), std::string::npos) << no.out;
  EXPECT_NE(no.err.find("kept " + File() + " as it was; nothing was written"), std::string::npos) << no.err;
  EXPECT_EQ(ReadText(File()), "keep me\n");

  // Enter means no as well.
  lines[0] = "";
  EXPECT_EQ(RunWithInput({"init", File()}, Lines(lines)).code, kExitInvalid);
  EXPECT_EQ(ReadText(File()), "keep me\n");

  // No input at all (a script, a closed pipe): refused, with a way out.
  const Outcome closed = RunWithInput({"init", File()}, "");
  EXPECT_EQ(closed.code, kExitInvalid);
  EXPECT_NE(closed.err.find("no answer came to 'overwrite?'"), std::string::npos) << closed.err;
  EXPECT_NE(closed.err.find("--force"), std::string::npos);
  EXPECT_EQ(ReadText(File()), "keep me\n");
}

TEST_F(InitTest, AYesReplacesTheExistingFile) {
  { std::ofstream(File()) << "old\n"; }
  std::vector<std::string> lines = DefaultAnswers();
  lines.insert(lines.begin(), "y");
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(io::ReadCaseFile(File()));
}

TEST_F(InitTest, ForceReplacesWithoutAsking) {
  { std::ofstream(File()) << "old\n"; }
  const Outcome r = RunWithInput({"init", File(), "--force"}, Lines(DefaultAnswers()));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(r.out.find("Overwrite"), std::string::npos);
  EXPECT_TRUE(io::ReadCaseFile(File()));
}

TEST_F(InitTest, EndOfInputMidwayLeavesNoFile) {
  std::vector<std::string> lines = kFullAnswers;
  lines.resize(21);  // stops inside the offer, at the bonus
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("the input ended before the interview was over; nothing was written"), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(File()));
  EXPECT_EQ(FilesInDir(), 0u);  // no temporary file either
}

// Issue #17, item 5: an endless answer grew memory without bound and was searched again on every
// chunk (quadratic); an over-long one then failed as our bug (exit 70). It is the person's input.
TEST_F(InitTest, AnAnswerOverTheLimitIsRefusedAndNothingIsWritten) {
  std::vector<std::string> lines = kFullAnswers;
  lines[0] = std::string(kMaxAnswerBytes + 1, 'x');
  const Outcome r = RunWithInput({"init", File()}, Lines(lines));
  EXPECT_EQ(r.code, kExitInvalid) << r.err;
  EXPECT_NE(r.err.find("an answer was longer than 16 KiB; nothing was written"), std::string::npos) << r.err;
  EXPECT_EQ(FilesInDir(), 0u);
  lines[0] = std::string(kMaxAnswerBytes, 'x');  // at the limit: an answer like any other
  const Outcome at_limit = RunWithInput({"init", File()}, Lines(lines));
  EXPECT_EQ(at_limit.code, 0) << at_limit.err;
}

TEST(InitTerminalTest, StandardInputSkipsAnOverLongLineAndReadsTheNextOne) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const std::string input = std::string(200 * 1024, 'x') + "\nnext\n";
  std::thread writer([&] {
    size_t done = 0;
    while (done < input.size()) {
      const ssize_t n = ::write(fds[1], input.data() + done, input.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    ::close(fds[1]);
  });
  std::ostringstream shown;
  {
    SigintScope sigint;
    StdinTerminal terminal(fds[0], shown, sigint);
    std::string line;
    EXPECT_EQ(terminal.ReadLine(line), ReadStatus::kTooLong);
    EXPECT_TRUE(line.empty());
    EXPECT_EQ(terminal.ReadLine(line), ReadStatus::kLine);
    EXPECT_EQ(line, "next");
    EXPECT_EQ(terminal.ReadLine(line), ReadStatus::kEnd);
  }
  writer.join();
  ::close(fds[0]);
}

TEST_F(InitTest, EndOfInputKeepsAnExistingFileUntouched) {
  { std::ofstream(File()) << "old\n"; }
  const Outcome r = RunWithInput({"init", File(), "--force"}, Lines({"Sam", "EUR"}));
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_EQ(ReadText(File()), "old\n");
  EXPECT_EQ(FilesInDir(), 1u);
}

// A terminal that gives scripted lines, then reports Ctrl-C.
class InterruptedTerminal : public Terminal {
 public:
  InterruptedTerminal(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  void Show(std::string_view text) override { shown += text; }
  ReadStatus ReadLine(std::string& line) override {
    if (next_ >= lines_.size()) return ReadStatus::kInterrupted;
    line = lines_[next_++];
    return ReadStatus::kLine;
  }
  std::string shown;

 private:
  std::vector<std::string> lines_;
  size_t next_ = 0;
};

TEST_F(InitTest, CtrlCDuringTheInterviewLeavesNoFile) {
  InterruptedTerminal terminal({"Sam", "EUR", "85k"});
  std::ostringstream out, err;
  Environment env;
  env.today = kToday;
  InitOptions options;
  options.file = File();
  const int code = RunInitWith(options, terminal, out, err, env, [] { return false; });
  EXPECT_EQ(code, kExitInterrupted);
  EXPECT_EQ(err.str(), "\nwalkaway: init interrupted; nothing was written.\n");
  EXPECT_EQ(FilesInDir(), 0u);
  // Nothing more is shown after the interrupt: the last thing on screen is the question it hit.
  EXPECT_TRUE(terminal.shown.ends_with("[skip]: ")) << terminal.shown;
  EXPECT_EQ(terminal.shown.find("3/6"), std::string::npos);
}

TEST_F(InitTest, CtrlCAfterTheLastAnswerStillWritesNothing) {
  std::istringstream script(Lines(kFullAnswers));
  std::ostringstream out, err;
  StreamTerminal terminal(script, out);
  Environment env;
  env.today = kToday;
  InitOptions options;
  options.file = File();
  const int code = RunInitWith(options, terminal, out, err, env, [] { return true; });
  EXPECT_EQ(code, kExitInterrupted);
  EXPECT_EQ(FilesInDir(), 0u);
}

// Reads what the child writes until `needle` shows up or the time runs out.
bool WaitFor(int fd, const std::string& needle, std::string& seen, std::chrono::milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (seen.find(needle) == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd pfd{fd, POLLIN, 0};
    if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0) return false;
    char buf[4096];
    const ssize_t got = read(fd, buf, sizeof buf);
    if (got <= 0) return false;
    seen.append(buf, static_cast<size_t>(got));
  }
  return true;
}

// The real thing: the binary waits for an answer on a pipe, gets SIGINT, and must exit 130 at once
// with no file written.
TEST_F(InitTest, SigintToTheRunningBinaryLeavesNoFileAndExits130) {
  const std::string binary = std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway";
  ASSERT_TRUE(fs::exists(binary)) << binary;
  int to_child[2];
  int from_child[2];
  int errors[2];
  ASSERT_EQ(pipe(to_child), 0);
  ASSERT_EQ(pipe(from_child), 0);
  ASSERT_EQ(pipe(errors), 0);
  const std::string file = File();
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(to_child[0], STDIN_FILENO);
    dup2(from_child[1], STDOUT_FILENO);
    dup2(errors[1], STDERR_FILENO);
    for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1], errors[0], errors[1]}) close(fd);
    execl(binary.c_str(), binary.c_str(), "init", file.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  close(errors[1]);

  std::string seen;
  ASSERT_TRUE(WaitFor(from_child[0], "[skip]: ", seen, std::chrono::seconds(20))) << seen;
  const std::string answers = "Sam\nEUR\n";
  ASSERT_EQ(write(to_child[1], answers.data(), answers.size()), static_cast<ssize_t>(answers.size()));
  ASSERT_TRUE(WaitFor(from_child[0], "Lowest yearly base salary", seen, std::chrono::seconds(20))) << seen;
  kill(pid, SIGINT);

  int status = 0;
  pid_t done = 0;
  for (int i = 0; i < 200 && done == 0; ++i) {  // up to 10 s
    done = waitpid(pid, &status, WNOHANG);
    if (done == 0) usleep(50'000);
  }
  if (done == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    FAIL() << "the binary did not stop after SIGINT";
  }
  std::string err;
  WaitFor(errors[0], "\n\n\n", err, std::chrono::milliseconds(200));  // collects what is there
  close(to_child[1]);
  close(from_child[0]);
  close(errors[0]);
  ASSERT_TRUE(WIFEXITED(status)) << "ended by signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  EXPECT_EQ(WEXITSTATUS(status), kExitInterrupted);
  EXPECT_NE(err.find("walkaway: init interrupted; nothing was written."), std::string::npos) << err;
  EXPECT_EQ(FilesInDir(), 0u);
}

TEST_F(InitTest, EvaluateFlagRunsTheEvaluationOfTheNewFile) {
  const Outcome r = RunWithInput({"init", File(), "--evaluate"}, Lines(kFullAnswers));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("Next: walkaway evaluate"), std::string::npos);
  EXPECT_NE(r.out.find("Verdict:"), std::string::npos) << r.out;
}

TEST_F(InitTest, AMissingFolderIsRefusedBeforeAnyQuestion) {
  const Outcome r = RunWithInput({"init", (dir_ / "no" / "such" / "case.toml").string()}, Lines(kFullAnswers));
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("[skip]"), std::string::npos);
}

TEST_F(InitTest, AFolderIsNotAFileName) {
  const Outcome r = RunWithInput({"init", dir_.string()}, Lines(kFullAnswers));
  EXPECT_EQ(r.code, kExitInvalid);
  EXPECT_NE(r.err.find("is a folder"), std::string::npos) << r.err;
}

TEST_F(InitTest, TheNextCommandQuotesAFileNameWithSpaces) {
  const Outcome r = RunWithInput({"init", File("my case.toml")}, Lines(DefaultAnswers()));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("Next: walkaway evaluate '" + File("my case.toml") + "'"), std::string::npos) << r.out;
}

TEST(InitQuestionsTest, ChoicesAcceptNamesAliasesAndUnambiguousStarts) {
  constexpr Choice kModes[] = {{"onsite"}, {"hybrid"}, {"remote"}};
  EXPECT_EQ(*ParseChoice("Remote", kModes), "remote");
  EXPECT_EQ(*ParseChoice(" hy ", kModes), "hybrid");
  constexpr Choice kGoal[] = {{"yes", "closer"}, {"partly"}, {"no", "further"}, {"unsure"}};
  EXPECT_EQ(*ParseChoice("closer", kGoal), "yes");
  EXPECT_EQ(*ParseChoice("further", kGoal), "no");
  constexpr Choice kStages[] = {{"onsite"}, {"offer"}};
  core::Result<std::string> ambiguous = ParseChoice("o", kStages);
  ASSERT_FALSE(ambiguous);
  EXPECT_NE(ambiguous.error().message.find("could be onsite or offer"), std::string::npos);
  EXPECT_FALSE(ParseChoice("", kModes));
}

TEST(InitQuestionsTest, NumbersMustBeWholeAndInRange) {
  EXPECT_EQ(*ParseInteger("3", 0, 7), 3);
  EXPECT_FALSE(ParseInteger("3.0", 0, 7));
  EXPECT_FALSE(ParseInteger("-1", 0, 7));
  EXPECT_FALSE(ParseInteger("three", 0, 7));
  EXPECT_EQ(*ParseNumber("2.5", 0, 1200), 2.5);
  EXPECT_FALSE(ParseNumber("nan", 0, 1200));
  EXPECT_FALSE(ParseNumber("1e9", 0, 1200));
}

TEST(InitQuestionsTest, PromptLineShowsFormAndDefault) {
  EXPECT_EQ(PromptLine({"Question", "form", "help", "USD"}), "Question (form) [USD]: ");
  EXPECT_EQ(PromptLine({"Question", "", "help"}), "Question [skip]: ");
  Prompt required{"Q", "f", "h"};
  required.required = true;
  EXPECT_EQ(PromptLine(required), "Q (f) [required]: ");
}

TEST(InitInterviewTest, OfferIdsComeFromTheCompanyName) {
  EXPECT_EQ(OfferIdFor("Acme Corp."), "acme-corp");
  EXPECT_EQ(OfferIdFor("  A&B  Partners "), "a-b-partners");
  EXPECT_EQ(OfferIdFor("東京"), "offer");
  EXPECT_EQ(OfferIdFor(std::string(100, 'x')).size(), 64u);
}

}  // namespace
}  // namespace walkaway::cli
