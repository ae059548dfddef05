#include "server/snapshots.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <system_error>

#include "walkaway/core/date.h"

namespace walkaway::server {
namespace {

constexpr std::string_view kExtension = ".walkaway";

// The one split of a time into its UTC day and time of day, for names and for the API.
std::string FormatUtc(int64_t unix_seconds, const char* format) {
  const int64_t days = unix_seconds >= 0 ? unix_seconds / 86400 : (unix_seconds - 86399) / 86400;
  const int64_t rest = unix_seconds - days * 86400;
  const core::Date d = core::Date::FromDays(days);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, d.year, d.month, d.day, static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buffer;
}

std::string Stamp(int64_t unix_seconds) { return FormatUtc(unix_seconds, "%04d%02d%02d-%02d%02d%02d"); }

std::string Stem(const std::filesystem::path& workspace) { return workspace.stem().string(); }

// fsync of a file or folder; false when it could not be done.
bool Sync(const std::filesystem::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::string UtcTime(int64_t unix_seconds) { return FormatUtc(unix_seconds, "%04d-%02d-%02dT%02d:%02d:%02dZ"); }

std::string SnapshotName(const std::filesystem::path& workspace, int64_t unix_seconds) {
  return Stem(workspace) + "-" + Stamp(unix_seconds) + std::string(kExtension);
}

std::optional<int64_t> SnapshotTime(std::string_view name, const std::filesystem::path& workspace) {
  const std::string prefix = Stem(workspace) + "-";
  // prefix + YYYYMMDD-HHMMSS + .walkaway, nothing else: no folder, no "..", no other file.
  if (name.size() != prefix.size() + 15 + kExtension.size() || !name.starts_with(prefix) ||
      !name.ends_with(kExtension)) {
    return std::nullopt;
  }
  const std::string_view stamp = name.substr(prefix.size(), 15);
  if (stamp[8] != '-') return std::nullopt;
  const int year = Digits(stamp.substr(0, 4));
  const int month = Digits(stamp.substr(4, 2));
  const int day = Digits(stamp.substr(6, 2));
  const int hour = Digits(stamp.substr(9, 2));
  const int minute = Digits(stamp.substr(11, 2));
  const int second = Digits(stamp.substr(13, 2));
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return std::nullopt;
  if (!core::IsValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return core::Date{year, month, day}.ToDays() * 86400 + hour * 3600 + minute * 60 + second;
}

Snapshots::Snapshots(std::filesystem::path workspace)
    : workspace_(std::move(workspace)), folder_(workspace_.string() + ".snapshots") {}

core::Result<bool> Snapshots::BeforeChange(const store::Workspace& workspace, int64_t now) {
  if (last_ && now - *last_ < kSnapshotEverySeconds) return false;
  core::Result<SnapshotInfo> made = Make(workspace, now);
  if (!made) return made.error();
  return true;
}

core::Result<SnapshotInfo> Snapshots::Make(const store::Workspace& workspace, int64_t now) {
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) return core::Error::Io("the snapshot folder could not be made");
  const std::string name = SnapshotName(workspace_, now);
  const std::filesystem::path target = folder_ / name;
  if (!std::filesystem::exists(target, ec)) {
    if (core::Status copied = workspace.Snapshot(target); !copied) return copied.error();
  }
  last_ = now;
  // Old ones go only after the new one is safely made.
  core::Result<std::vector<SnapshotInfo>> all = List();
  if (all) {
    for (const SnapshotInfo& s : *all) {
      if (now - s.created > kSnapshotKeepSeconds) std::filesystem::remove(folder_ / s.name, ec);
    }
  }
  return SnapshotInfo{name, now, std::filesystem::file_size(target, ec)};
}

core::Result<std::vector<SnapshotInfo>> Snapshots::List() const {
  std::vector<SnapshotInfo> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder_, ec)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, ec)) {
    const std::string name = entry.path().filename().string();
    const std::optional<int64_t> at = SnapshotTime(name, workspace_);
    if (!at || !entry.is_regular_file(ec)) continue;
    out.push_back(SnapshotInfo{name, *at, entry.file_size(ec)});
  }
  if (ec) return core::Error::Io("the snapshot folder could not be read");
  std::sort(out.begin(), out.end(), [](const SnapshotInfo& a, const SnapshotInfo& b) { return a.created > b.created; });
  return out;
}

core::Result<std::filesystem::path> Snapshots::RestoreAsNew(std::string_view name, int64_t now) const {
  if (!SnapshotTime(name, workspace_)) {
    return core::Error::NotFound("there is no snapshot called \"" + std::string(name) + "\"", "name");
  }
  const std::filesystem::path source = folder_ / std::string(name);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(source, ec)) {
    return core::Error::NotFound("there is no snapshot called \"" + std::string(name) + "\"", "name");
  }
  const std::filesystem::path target =
      workspace_.parent_path() / (Stem(workspace_) + "-restored-" + Stamp(now) + std::string(kExtension));
  if (std::filesystem::exists(target, ec)) {
    return core::Error::Conflict("a workspace restored this second exists already: try again");
  }
  std::filesystem::copy_file(source, target, std::filesystem::copy_options::none, ec);
  if (ec) return core::Error::Io("the snapshot could not be copied");
  const std::filesystem::path folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  if (!Sync(target) || !Sync(folder)) return core::Error::Io("the restored workspace could not be made durable");
  return target;
}

}  // namespace walkaway::server
