#include "server_process.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

extern char** environ;

namespace walkaway::server::testing {
namespace {

using Clock = std::chrono::steady_clock;

int RemainingMs(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left < 0 ? 0 : static_cast<int>(left);
}

}  // namespace

ServerProcess::ServerProcess(const std::filesystem::path& workspace, const std::vector<std::string>& extra) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return;
  std::vector<std::string> args = {std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway", "serve", "--port", "0",
                                   "--workspace", workspace.string(), "--today", "2026-12-01"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  out_fd_ = pipe_fds[0];
  if (rc != 0) {
    pid_ = -1;
    return;
  }
  // Wait for "Open http://127.0.0.1:PORT/?token=TOKEN".
  const auto deadline = Clock::now() + std::chrono::seconds(30);
  while (Clock::now() < deadline) {
    pollfd p{out_fd_, POLLIN, 0};
    if (::poll(&p, 1, RemainingMs(deadline)) <= 0) break;
    char buffer[4096];
    const ssize_t n = ::read(out_fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    output_.append(buffer, static_cast<size_t>(n));
    const size_t at = output_.find("http://127.0.0.1:");
    const size_t token_at = output_.find("?token=");
    if (at != std::string::npos && token_at != std::string::npos && output_.find('\n', token_at) != std::string::npos) {
      port_ = std::stoi(output_.substr(at + 17));
      token_ = output_.substr(token_at + 7, 32);
      break;
    }
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) Stop(SIGKILL);
  if (out_fd_ >= 0) ::close(out_fd_);
}

int ServerProcess::Stop(int signal) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, signal);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  char buffer[4096];
  ssize_t n = 0;
  while (out_fd_ >= 0 && (n = ::read(out_fd_, buffer, sizeof buffer)) > 0) output_.append(buffer, static_cast<size_t>(n));
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

long ServerProcess::PeakMemoryKib() const {
  std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

int Connect(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

HttpReply ReadReply(int fd, int timeout_ms) {
  HttpReply reply;
  std::string raw;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  size_t head_end = std::string::npos;
  size_t need = std::string::npos;
  while (Clock::now() < deadline) {
    if (head_end != std::string::npos && raw.size() >= need) break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, RemainingMs(deadline)) <= 0) break;
    char buffer[65536];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    raw.append(buffer, static_cast<size_t>(n));
    if (head_end == std::string::npos && (head_end = raw.find("\r\n\r\n")) != std::string::npos) {
      std::istringstream head(raw.substr(0, head_end));
      std::string line;
      std::getline(head, line);
      if (line.size() > 12) reply.status = std::atoi(line.c_str() + 9);
      while (std::getline(head, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = line.substr(0, colon);
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        reply.headers[name] = value;
      }
      const size_t length = reply.headers.count("content-length") ? std::stoul(reply.headers["content-length"]) : 0;
      need = head_end + 4 + length;
    }
  }
  if (head_end == std::string::npos) return HttpReply{};
  reply.body = raw.substr(head_end + 4, need == std::string::npos ? std::string::npos : need - head_end - 4);
  return reply;
}

HttpReply Call(const ServerProcess& server, const std::string& method, const std::string& target,
               const std::string& body, const std::vector<std::string>& extra_headers) {
  const int fd = Connect(server.port());
  if (fd < 0) return {};
  std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(server.port()) +
                        "\r\nX-Walkaway-Token: " + server.token() + "\r\nConnection: close\r\n";
  for (const std::string& h : extra_headers) request += h + "\r\n";
  if (!body.empty() || method == "POST" || method == "PATCH") {
    request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  }
  request += "\r\n" + body;
  HttpReply reply;
  if (SendAll(fd, request)) reply = ReadReply(fd);
  ::close(fd);
  return reply;
}

}  // namespace walkaway::server::testing
