#pragma once

// Automatic snapshots of the workspace (docs/server.md, "Backup and restore"): a copy before the
// first change of a session and before a change when the last copy is 15 minutes old, and before a
// restore; copies older than 10 days are removed when a new one is made. They live in a folder next
// to the workspace, `<workspace>.snapshots/`, named by the time they were made (UTC), so the
// folder alone says what it holds. A restore never overwrites anything: it copies a snapshot to a
// new workspace file next to the current one, which the server then opens.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/store/workspace.h"

namespace walkaway::server {

inline constexpr int64_t kSnapshotEverySeconds = 15 * 60;
inline constexpr int64_t kSnapshotKeepSeconds = 10 * 24 * 60 * 60;

struct SnapshotInfo {
  std::string name{};  // "search-20261208-015600.walkaway"
  int64_t created = 0; // seconds since 1970-01-01 UTC, from the name
  uintmax_t bytes = 0;
};

// `unix_seconds` as UTC: "2026-12-08T01:56:00Z".
std::string UtcTime(int64_t unix_seconds);

// "<stem>-YYYYMMDD-HHMMSS.walkaway" for the workspace "<stem>.walkaway" at `unix_seconds` UTC.
std::string SnapshotName(const std::filesystem::path& workspace, int64_t unix_seconds);
// The time a name of SnapshotName's form carries for `workspace`; nullopt for any other name
// (which a restore refuses: nothing outside the folder's own snapshots can be named).
std::optional<int64_t> SnapshotTime(std::string_view name, const std::filesystem::path& workspace);

class Snapshots {
 public:
  explicit Snapshots(std::filesystem::path workspace);

  const std::filesystem::path& folder() const { return folder_; }

  // Before a change at `now`: a snapshot when none was made in this session yet or the last one is
  // kSnapshotEverySeconds old. Returns whether one was made.
  core::Result<bool> BeforeChange(const store::Workspace& workspace, int64_t now);
  // A snapshot now (a second one in the same second is not made again), then the old ones removed.
  core::Result<SnapshotInfo> Make(const store::Workspace& workspace, int64_t now);
  // The snapshots in the folder, newest first.
  core::Result<std::vector<SnapshotInfo>> List() const;
  // A copy of snapshot `name` as a new workspace file next to the workspace
  // ("<stem>-restored-YYYYMMDD-HHMMSS.walkaway"), made durable; its path.
  core::Result<std::filesystem::path> RestoreAsNew(std::string_view name, int64_t now) const;

 private:
  std::filesystem::path workspace_;
  std::filesystem::path folder_;
  std::optional<int64_t> last_{};
};

}  // namespace walkaway::server
