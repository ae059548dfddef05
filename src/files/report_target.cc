#include "walkaway/files/report_target.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace walkaway::files {
namespace {

core::Error Refused(const std::filesystem::path& target, std::string why) {
  return core::Error::InvalidInput("refusing to write the report to " + target.string() + ": " + std::move(why),
                                   "--output");
}

}  // namespace

core::Result<ReportTarget> CheckReportTarget(const std::filesystem::path& target,
                                             const std::vector<std::filesystem::path>& inputs, bool force) {
  if (target == "-") return ReportTarget::kStdout;
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) {
    if (errno == ENOENT) return ReportTarget::kReplace;  // a new file (its folder is checked on writing)
    return Refused(target, std::strerror(errno));
  }
  for (const std::filesystem::path& input : inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == st.st_dev && in.st_ino == st.st_ino) {
      return Refused(target, "it is the case file the report is made from");
    }
  }
  if (S_ISCHR(st.st_mode)) return ReportTarget::kStream;
  if (S_ISDIR(st.st_mode)) return Refused(target, "it is a folder");
  if (!S_ISREG(st.st_mode)) return Refused(target, "it is not a regular file (a FIFO, socket or block device)");
  // The mode bits too: root may write anything, but a file marked read-only is still meant to stay.
  const bool read_only = (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(target.c_str(), W_OK) != 0;
  if (!force && read_only) {
    return Refused(target, "the file is read-only; give --force to replace it");
  }
  return ReportTarget::kReplace;
}

core::Status WriteToDevice(const std::filesystem::path& target, std::string_view contents) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return core::Error::Io("cannot open " + target.string() + ": " + std::strerror(errno));
  size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = n < 0 ? std::strerror(errno) : "nothing written";
      ::close(fd);
      return core::Error::Io("cannot write " + target.string() + ": " + why);
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return core::Error::Io("cannot write " + target.string() + ": " + std::strerror(errno));
  return core::Ok{};
}

}  // namespace walkaway::files
