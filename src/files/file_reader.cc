#include "walkaway/files/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

#include "walkaway/core/money.h"

namespace walkaway::files {
namespace {

constexpr size_t kMiB = 1024 * 1024;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

core::Error TooLarge(std::string_view what, const std::filesystem::path& path, std::string size_text,
                     size_t max_bytes) {
  return core::Error::TooLarge("the " + std::string(what) + " " + path.string() + " is too large (" +
                               (size_text.empty() ? "" : size_text + ", ") + "over the limit of " +
                               FormatBytes(max_bytes) + ")");
}

}  // namespace

std::string FormatBytes(size_t bytes) {
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  return core::FormatMoney(core::Money::FromUnits(static_cast<int64_t>(bytes))) + " bytes";
}

core::Result<std::string> ReadFileCapped(const std::filesystem::path& path, size_t max_bytes,
                                         std::string_view what, Accept accept) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) {
    return core::Error::NotFound("the " + std::string(what) + " " + path.string() + " does not exist");
  }
  if (ec) return core::Error::Io("cannot read the " + std::string(what) + " " + path.string() + ": " + ec.message());
  if (status.type() == fs::file_type::directory) {
    return core::Error::InvalidInput("the " + std::string(what) + " " + path.string() +
                                     " is a folder, not a file");
  }
  if (status.type() == fs::file_type::regular) {
    const uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) {
      return TooLarge(what, path, FormatBytes(static_cast<size_t>(size)), max_bytes);
    }
  }
  // Opened without blocking (a FIFO with no writer would block the open itself), then checked on
  // the opened file, so a file swapped for a FIFO after the check above is still caught.
  const int flags = O_RDONLY | O_CLOEXEC | (accept == Accept::kRegularFile ? O_NONBLOCK : 0);
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) {
    const int err = errno;
    return core::Error::Io("cannot open the " + std::string(what) + " " + path.string() + ": " +
                           std::strerror(err));
  }
  if (accept == Accept::kRegularFile) {
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      return core::Error::InvalidInput("the " + std::string(what) + " " + path.string() +
                                       " is not a regular file (a FIFO, device or socket): name the file itself");
    }
    ::fcntl(fd, F_SETFL, O_RDONLY);  // reads of a regular file never block; clear the flag anyway
  }
  const std::unique_ptr<std::FILE, FileCloser> file(::fdopen(fd, "rb"));
  if (!file) {
    const int err = errno;
    ::close(fd);
    return core::Error::Io("cannot open the " + std::string(what) + " " + path.string() + ": " +
                           std::strerror(err));
  }
  // Read at most one byte past the cap: the file may have grown, or be a pipe or device whose
  // size was unknown.
  std::string bytes;
  char buffer[64 * 1024];
  while (true) {
    const size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
    bytes.append(buffer, n);
    if (bytes.size() > max_bytes) return TooLarge(what, path, "", max_bytes);
    if (n < sizeof buffer) break;
  }
  if (std::ferror(file.get())) {
    return core::Error::Io("cannot read the " + std::string(what) + " " + path.string());
  }
  return bytes;
}

}  // namespace walkaway::files
