#include "walkaway/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace walkaway::io {
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

}  // namespace

core::Status WriteFileAtomically(const std::filesystem::path& target, std::string_view contents) {
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return SysError("cannot create a temporary file next to", target);
  const std::filesystem::path tmp = tmpl;
  if (!WriteAll(fd, contents) || ::fsync(fd) != 0) {
    core::Error e = SysError("cannot write", tmp);
    ::close(fd);
    ::unlink(tmp.c_str());
    return e;
  }
  // mkstemp creates 0600: keep the mode of the file being replaced, else make an ordinary 0644 file.
  struct stat existing {};
  ::fchmod(fd, ::stat(target.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644);
  if (::close(fd) != 0) {
    core::Error e = SysError("cannot close", tmp);
    ::unlink(tmp.c_str());
    return e;
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    core::Error e = SysError("cannot replace", target);
    ::unlink(tmp.c_str());
    return e;
  }
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);  // best effort: some file systems refuse fsync on a folder
    ::close(dir_fd);
  }
  return core::Ok{};
}

}  // namespace walkaway::io
