// `walkaway init`: checks where the file will go, runs the interview, and writes the case only once
// every answer is in, through one atomic rename, after reading the text back to prove it valid.

#include "cli/init_command.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "cli/init_interview.h"
#include "walkaway/files/atomic_file.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/case_writer.h"

namespace walkaway::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kNothingWritten = "nothing was written";

int Interrupted(std::ostream& err) {
  // The terminal echoed ^C on the prompt line: start a fresh line so the shell prompt is clean.
  err << "\nwalkaway: init interrupted; " << kNothingWritten << ".\n";
  return kExitInterrupted;
}

// The path as a shell word: quoted only when it has to be.
std::string ShellWord(const std::string& text) {
  bool plain = !text.empty();
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view("._/-+=:,@%").find(c) != std::string_view::npos;
    if (!ok) plain = false;
  }
  if (plain) return text;
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

enum class Permission { kGranted, kRefused, kNoAnswer, kInterrupted };

Permission AskOverwrite(Terminal& terminal, const std::string& file) {
  terminal.Show(file + " already exists. Overwrite it? [y/N]: ");
  std::string answer;
  const ReadStatus status = terminal.ReadLine(answer);
  if (status == ReadStatus::kInterrupted) return Permission::kInterrupted;
  if (status == ReadStatus::kEnd || status == ReadStatus::kTooLong) return Permission::kNoAnswer;
  while (!answer.empty() && (answer.back() == ' ' || answer.back() == '\r')) answer.pop_back();
  while (!answer.empty() && answer.front() == ' ') answer.erase(0, 1);
  return answer == "y" || answer == "Y" || answer == "yes" || answer == "Yes" || answer == "YES"
             ? Permission::kGranted
             : Permission::kRefused;
}

// 0 when the file may be (re)written; otherwise the exit code, after saying why.
int CheckOverwrite(Terminal& terminal, const std::string& file, std::ostream& err) {
  switch (AskOverwrite(terminal, file)) {
    case Permission::kGranted: return kExitOk;
    case Permission::kInterrupted: return Interrupted(err);
    case Permission::kNoAnswer:
      err << "\nwalkaway: error: " << file << " already exists and no answer came to 'overwrite?'; "
          << kNothingWritten << " (use --force to replace it)\n";
      return kExitInvalid;
    case Permission::kRefused:
      err << "walkaway: kept " << file << " as it was; " << kNothingWritten << " (use --force to replace it)\n";
      return kExitInvalid;
  }
  return kExitInternal;
}

// Why the file cannot be written there at all, found before any question is asked.
std::optional<core::Error> PlaceProblem(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return core::Error::InvalidInput(path.string() + " is a folder: give a file name, e.g. " +
                                     (path / "case.toml").string());
  }
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) {
    return core::Error::NotFound("the folder " + folder.string() + " does not exist");
  }
  return std::nullopt;
}

std::string Header(const Environment& env) {
  return "A case file written by `walkaway init` on " + env.today.ToString() +
         ".\nEdit it freely: docs/case-file.md describes every key, and `walkaway validate` checks it.";
}

}  // namespace

int RunInitWith(const InitOptions& options, Terminal& terminal, std::ostream& out, std::ostream& err,
                const Environment& env, const std::function<bool()>& interrupted) {
  if (options.file.empty()) {
    err << "walkaway: error: the file name is empty\n";
    return kExitInvalid;
  }
  const fs::path path(options.file);
  if (std::optional<core::Error> problem = PlaceProblem(path)) {
    err << "walkaway: error: " << problem->ToString() << "\n";
    return ExitCodeFor(problem->code);
  }
  std::error_code ec;
  const bool existed = fs::exists(path, ec);
  if (existed && !options.force) {
    if (const int code = CheckOverwrite(terminal, options.file, err); code != kExitOk) return code;
  }

  const InterviewResult interview = RunInterview(terminal, env.today);
  if (interview.end == ReadStatus::kInterrupted || interrupted()) return Interrupted(err);
  if (interview.end == ReadStatus::kTooLong) {
    err << "\nwalkaway: error: an answer was longer than " << kMaxAnswerBytes / 1024 << " KiB; " << kNothingWritten
        << "\n";
    return kExitInvalid;
  }
  if (interview.end == ReadStatus::kEnd) {
    err << "\nwalkaway: error: the input ended before the interview was over; " << kNothingWritten << "\n";
    return kExitInvalid;
  }

  const std::string text = io::WriteCaseToml(interview.c, {.header = Header(env), .comments = true});
  // Proof before writing: the text must read back, through the same reader as every command, as
  // exactly the case that was built. A failure here is our bug, never the person's answers.
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  core::Result<io::LoadedCase> check = io::ParseCase(text, options.file, io::Format::kToml, folder);
  if (!check || !(check->c == interview.c)) {
    err << "walkaway: internal error: the case built by init does not read back"
        << (check ? std::string() : ": " + check.error().ToString()) << "; " << kNothingWritten << "\n";
    return kExitInternal;
  }
  // A file that appeared while the questions were being answered is not replaced silently either.
  if (!existed && !options.force && fs::exists(path, ec)) {
    if (const int code = CheckOverwrite(terminal, options.file, err); code != kExitOk) return code;
  }
  if (interrupted()) return Interrupted(err);

  core::Status written = files::WriteFileAtomically(path, text, env.write_observer);
  if (!written) {
    err << "walkaway: error: " << written.error().ToString() << "; " << kNothingWritten << "\n";
    return ExitCodeFor(written.error().code);
  }
  out << "\nSaved " << options.file << " (offer id \"" << interview.c.offers.front().id << "\").\n"
      << "Next: walkaway evaluate " << ShellWord(options.file) << "\n";
  out.flush();
  return kExitOk;
}

int RunInit(const InitOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  int code = kExitOk;
  if (env.input == &std::cin) {
    // The real terminal: read standard input directly so that Ctrl-C ends the wait at once.
    SigintScope sigint;
    StdinTerminal terminal(STDIN_FILENO, out, sigint);
    code = RunInitWith(options, terminal, out, err, env, [&sigint] { return sigint.Interrupted(); });
  } else {
    std::istringstream no_input;
    StreamTerminal terminal(env.input != nullptr ? *env.input : no_input, out);
    code = RunInitWith(options, terminal, out, err, env, [] { return false; });
  }
  if (code != kExitOk || !options.evaluate) return code;
  out << "\n";
  EvaluateOptions evaluate;
  evaluate.file = options.file;
  return RunEvaluate(evaluate, out, err, env);
}

}  // namespace walkaway::cli
