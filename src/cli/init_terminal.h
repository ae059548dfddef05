#pragma once

// The two things the `init` interview needs from a terminal: show text, read one line. Tests give
// it scripted lines (StreamTerminal over a string stream, or their own Terminal); the real command
// reads standard input through StdinTerminal, which also notices Ctrl-C.

#include <csignal>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace walkaway::cli {

enum class ReadStatus {
  kLine,         // a line was read (without its line break)
  kEnd,          // the input is closed (end of file, Ctrl-D)
  kInterrupted,  // Ctrl-C (SIGINT) while waiting
  kTooLong,      // a line longer than kMaxAnswerBytes: the person's input, not our bug
};

// No answer to any question is longer; an endless line must not grow memory without bound
// (issue #17, item 5).
inline constexpr size_t kMaxAnswerBytes = 16 * 1024;

class Terminal {
 public:
  virtual ~Terminal() = default;
  // Writes and flushes: a prompt must be visible before the read that waits for its answer.
  virtual void Show(std::string_view text) = 0;
  virtual ReadStatus ReadLine(std::string& line) = 0;
};

// Lines from any stream. A last line without a line break still counts as a line.
class StreamTerminal : public Terminal {
 public:
  StreamTerminal(std::istream& in, std::ostream& out) : in_(in), out_(out) {}
  void Show(std::string_view text) override;
  ReadStatus ReadLine(std::string& line) override;

 private:
  std::istream& in_;
  std::ostream& out_;
};

// While alive, SIGINT no longer ends the process: it is held and turned into
// ReadStatus::kInterrupted by StdinTerminal, so the command can say that nothing was written and
// exit with 130. The previous handler and signal mask come back on destruction. One at a time.
class SigintScope {
 public:
  SigintScope();
  ~SigintScope();
  SigintScope(const SigintScope&) = delete;
  SigintScope& operator=(const SigintScope&) = delete;

  // A SIGINT arrived (delivered while waiting for input, or still pending now).
  bool Interrupted() const;

 private:
  struct sigaction previous_action_{};
  sigset_t previous_mask_{};
};

// Standard input read with read(2), waiting in ppoll(2) with SIGINT unblocked only there: a Ctrl-C
// that arrives between two reads is still seen by the next one, never lost while read() blocks.
// Requires a live SigintScope.
class StdinTerminal : public Terminal {
 public:
  StdinTerminal(int fd, std::ostream& out, const SigintScope& sigint) : fd_(fd), out_(out), sigint_(sigint) {}
  void Show(std::string_view text) override;
  ReadStatus ReadLine(std::string& line) override;

 private:
  int fd_;
  std::ostream& out_;
  const SigintScope& sigint_;
  std::string buffer_;  // bytes read past the last line returned
  size_t searched_ = 0;  // bytes of buffer_ already known to hold no line break
  bool closed_ = false;
};

}  // namespace walkaway::cli
