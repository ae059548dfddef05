#include "cli/serve_command.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/random.h>
#include <sys/wait.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <mutex>

#include "walkaway/server/server.h"

extern char** environ;

namespace walkaway::cli {
namespace {

// 128 random bits as 32 hex digits, from the kernel's random source.
core::Result<std::string> MakeToken() {
  unsigned char bytes[16];
  size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return core::Error::Io("no random bytes for the server's token");
    }
    got += static_cast<size_t>(n);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 15];
  }
  return token;
}

// Today by the local clock, asked on every judgement: a server left running past midnight judges
// with the new date.
core::Date LocalToday() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return core::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::filesystem::path DefaultWorkspace(const Environment& env) {
  std::filesystem::path base;
  if (const char* xdg = env.Var("XDG_DATA_HOME")) {
    base = xdg;
  } else if (const char* home = env.Var("HOME")) {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    base = ".";
  }
  return base / "walkaway" / "workspace.walkaway";
}

// xdg-open URL, its output dropped; false when it could not be started.
bool OpenInBrowser(const std::string& url) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::string program = "xdg-open";
  char* argv[] = {program.data(), const_cast<char*>(url.c_str()), nullptr};
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, "xdg-open", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0;
}

}  // namespace

int RunServe(const ServeOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  std::optional<core::Date> fixed_today;
  if (options.today) {
    core::Result<core::Date> parsed = core::ParseDate(*options.today);
    if (!parsed) {
      core::Error e = parsed.error();
      e.field_path = "--today";
      return ReportError(e, OutputFormat::kText, out, err);
    }
    fixed_today = *parsed;
  }
  const std::filesystem::path workspace = options.workspace ? std::filesystem::path(*options.workspace)
                                                            : DefaultWorkspace(env);
  if (!options.workspace) {
    std::error_code ec;
    std::filesystem::create_directories(workspace.parent_path(), ec);  // Open says it if this failed
  }
  if (!options.imports.empty()) {
    core::Result<store::Workspace> opened = store::Workspace::Open(workspace);
    if (!opened) return ReportError(opened.error(), OutputFormat::kText, out, err);
    for (const std::string& file : options.imports) {
      core::Result<server::ImportedCase> made = server::ImportCaseFile(*opened, file);
      if (!made) return ReportError(made.error(), OutputFormat::kText, out, err);
      out << "walkaway: " << (made->already ? "already holds " : "imported ") << file << " as case "
          << made->stored.id << " (" << made->stored.name << ")\n";
    }
  }
  core::Result<std::string> token = MakeToken();
  if (!token) return ReportError(token.error(), OutputFormat::kText, out, err);

  std::mutex log_mutex;  // the log is written from the I/O thread and the workers
  server::ServerOptions so;
  so.workspace = workspace;
  so.port = options.port;
  so.token = *token;
  so.engine = EngineOptionsFor({}, env);
  so.today = [fixed_today] { return fixed_today.value_or(LocalToday()); };
  so.now = [] { return static_cast<int64_t>(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now())); };
  so.workers = options.workers;
  so.on_ready = [&](const std::string& url) {
    out << "walkaway: serving the workspace " << workspace.string() << "\n"
        << "Open " << url << "\n"
        << "Only this computer can reach it. Press Ctrl-C to stop." << std::endl;
    if (options.open && !OpenInBrowser(url)) err << "walkaway: note: could not start xdg-open; open the address by hand\n";
  };
  so.log = [&](const std::string& line) {
    std::lock_guard lock(log_mutex);
    err << "walkaway: " << line << std::endl;
  };
  core::Status ran = server::RunServer(so);
  if (!ran) return ReportError(ran.error(), OutputFormat::kText, out, err);
  out << "walkaway: stopped; the workspace is saved." << std::endl;
  return kExitOk;
}

}  // namespace walkaway::cli
