#include "cli/init_terminal.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace walkaway::cli {
namespace {

// Set by the handler: the one piece of global state, because a signal handler can reach no other.
volatile std::sig_atomic_t g_sigint_seen = 0;

extern "C" void OnSigint(int /*signal*/) { g_sigint_seen = 1; }

bool SigintPending() {
  sigset_t pending;
  sigemptyset(&pending);
  return sigpending(&pending) == 0 && sigismember(&pending, SIGINT) == 1;
}

}  // namespace

void StreamTerminal::Show(std::string_view text) { out_ << text << std::flush; }

ReadStatus StreamTerminal::ReadLine(std::string& line) {
  line.clear();
  // At most kMaxAnswerBytes + 1 bytes are kept; the rest of an over-long line is skipped.
  for (int c = in_.get(); c != std::char_traits<char>::eof(); c = in_.get()) {
    if (c == '\n') return line.size() > kMaxAnswerBytes ? ReadStatus::kTooLong : ReadStatus::kLine;
    if (line.size() <= kMaxAnswerBytes) line += static_cast<char>(c);
  }
  if (line.size() > kMaxAnswerBytes) return ReadStatus::kTooLong;
  return line.empty() ? ReadStatus::kEnd : ReadStatus::kLine;
}

SigintScope::SigintScope() {
  g_sigint_seen = 0;
  struct sigaction action{};
  action.sa_handler = OnSigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: the wait must end when the signal comes
  sigaction(SIGINT, &action, &previous_action_);
  // Held from here on; ppoll lets it through only while waiting for input.
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &previous_mask_);
}

SigintScope::~SigintScope() {
  // Unblock while our handler is still installed, so a Ctrl-C pressed after the last read lands in
  // the flag instead of killing the process half-way through its closing message.
  sigprocmask(SIG_SETMASK, &previous_mask_, nullptr);
  sigaction(SIGINT, &previous_action_, nullptr);
}

bool SigintScope::Interrupted() const { return g_sigint_seen != 0 || SigintPending(); }

void StdinTerminal::Show(std::string_view text) { out_ << text << std::flush; }

ReadStatus StdinTerminal::ReadLine(std::string& line) {
  line.clear();
  bool too_long = false;  // this line passed kMaxAnswerBytes: its bytes are dropped as they come
  for (;;) {
    if (sigint_.Interrupted()) return ReadStatus::kInterrupted;
    // Only the bytes not searched yet: searching the whole buffer per chunk was quadratic.
    const size_t newline = buffer_.find('\n', searched_);
    if (newline != std::string::npos) {
      searched_ = 0;
      line = buffer_.substr(0, newline);
      buffer_.erase(0, newline + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (too_long || line.size() > kMaxAnswerBytes) {
        line.clear();
        return ReadStatus::kTooLong;
      }
      return ReadStatus::kLine;
    }
    searched_ = buffer_.size();
    if (buffer_.size() > kMaxAnswerBytes + 1) {  // the line and a "\r"
      too_long = true;
      buffer_.clear();
      searched_ = 0;
    }
    if (closed_) {
      if (too_long) return ReadStatus::kTooLong;
      if (buffer_.empty()) return ReadStatus::kEnd;
      line.swap(buffer_);
      buffer_.clear();
      searched_ = 0;
      return ReadStatus::kLine;
    }
    sigset_t wait_mask;
    sigprocmask(SIG_SETMASK, nullptr, &wait_mask);
    sigdelset(&wait_mask, SIGINT);
    pollfd pfd{fd_, POLLIN, 0};
    const int ready = ppoll(&pfd, 1, nullptr, &wait_mask);
    if (ready < 0) {
      if (errno == EINTR) continue;  // the loop's first line tells a Ctrl-C from other signals
      closed_ = true;
      continue;
    }
    char chunk[4096];
    const ssize_t got = ::read(fd_, chunk, sizeof chunk);
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      closed_ = true;
    } else if (got == 0) {
      closed_ = true;
    } else {
      buffer_.append(chunk, static_cast<size_t>(got));
    }
  }
}

}  // namespace walkaway::cli
