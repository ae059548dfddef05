#include "walkaway/files/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace walkaway::files {
namespace {

core::Error SysError(const std::string& what, const std::filesystem::path& path) {
  return core::Error::Io(what + " " + path.string() + ": " + std::strerror(errno));
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}


// Removes ".<name>.tmp-<pid>-XXXXXX" files in `dir` left by a process that no longer exists (a
// crash mid-write). A live writer's temporary is kept: its pid still answers kill(pid, 0).
void RemoveStaleTemporaries(const std::filesystem::path& dir, const std::string& prefix) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;
  while (const dirent* entry = ::readdir(d)) {
    const std::string_view name = entry->d_name;
    if (name.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = name.substr(prefix.size());  // "<pid>-XXXXXX"
    const size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos || rest.size() - dash - 1 != 6) continue;
    pid_t pid = 0;
    bool digits = true;
    for (char c : rest.substr(0, dash)) {
      if (c < '0' || c > '9' || pid > 100'000'000) digits = false;
      else pid = pid * 10 + (c - '0');
    }
    if (!digits || pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) != 0 && errno == ESRCH) ::unlinkat(::dirfd(d), entry->d_name, 0);
  }
  ::closedir(d);
}

}  // namespace

core::Status WriteFileAtomically(const std::filesystem::path& target, std::string_view contents,
                                 const WriteObserver* observer) {
  const auto MaybeCrashAfter = [observer](std::string_view step) {
    if (observer != nullptr) observer->After(step);
  };
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  const std::string prefix = "." + target.filename().string() + ".tmp-";
  RemoveStaleTemporaries(dir, prefix);
  std::string tmpl = (dir / (prefix + std::to_string(::getpid()) + "-XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return SysError("cannot create a temporary file next to", target);
  const std::filesystem::path tmp = tmpl;
  MaybeCrashAfter("after-create");
  const auto fail = [&](const std::string& what, const std::filesystem::path& path) {
    core::Error e = SysError(what, path);
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    return e;
  };
  if (!WriteAll(fd, contents)) return fail("cannot write", tmp);
  MaybeCrashAfter("after-write");
  // mkstemp creates 0600: keep the mode of the file being replaced, else make an ordinary 0644 file.
  // Set before the fsync so the mode is on disk with the bytes.
  struct stat existing {};
  ::fchmod(fd, ::stat(target.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644);
  if (::fsync(fd) != 0) return fail("cannot write", tmp);
  MaybeCrashAfter("after-fsync");
  if (::close(fd) != 0) {
    core::Error e = SysError("cannot close", tmp);
    ::unlink(tmp.c_str());
    return e;
  }
  MaybeCrashAfter("after-close");
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    core::Error e = SysError("cannot replace", target);
    ::unlink(tmp.c_str());
    return e;
  }
  MaybeCrashAfter("after-rename");
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);  // best effort: some file systems refuse fsync on a folder
    ::close(dir_fd);
  }
  MaybeCrashAfter("after-dirsync");
  return core::Ok{};
}

}  // namespace walkaway::files
