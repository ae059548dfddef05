#pragma once

// A real `walkaway serve` in a child process, and a raw HTTP/1.1 client over a socket: the tests
// that prove the server as a browser or a script meets it (limits, signals, crashes).

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace walkaway::server::testing {

struct HttpReply {
  int status = 0;  // 0: no reply (the connection was closed first)
  std::map<std::string, std::string> headers{};  // names lower-cased
  std::string body{};
};

class ServerProcess {
 public:
  // Starts build/bin/walkaway serve --port 0 --workspace `workspace` --today 2026-12-01 and the
  // extra arguments, and waits for the address it prints. ok() is false when it did not start.
  explicit ServerProcess(const std::filesystem::path& workspace, const std::vector<std::string>& extra = {});
  ~ServerProcess();  // SIGKILL if still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool ok() const { return port_ != 0; }
  int port() const { return port_; }
  const std::string& token() const { return token_; }
  pid_t pid() const { return pid_; }
  const std::string& output() const { return output_; }  // what it printed on stdout so far

  // Sends `signal` and waits for the exit; returns the exit status (128 + signal if killed).
  int Stop(int signal);
  // The peak resident memory in KiB (VmHWM), or -1.
  long PeakMemoryKib() const;

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  std::string token_{};
  std::string output_{};
};

// One connection to 127.0.0.1:port. -1 when it could not connect.
int Connect(int port);
// Sends all of `data` (false when the peer closed first); never raises SIGPIPE.
bool SendAll(int fd, std::string_view data);
// Reads one response (Content-Length bodies) within timeout_ms; status 0 when none came.
HttpReply ReadReply(int fd, int timeout_ms = 5000);
// A whole request on a new connection, with Host and the token header set, and the reply.
HttpReply Call(const ServerProcess& server, const std::string& method, const std::string& target,
               const std::string& body = {}, const std::vector<std::string>& extra_headers = {});

}  // namespace walkaway::server::testing
