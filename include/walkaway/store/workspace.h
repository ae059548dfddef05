#pragma once

// A workspace: one SQLite file per job search that keeps the person's cases and every change made
// to them (docs/server.md). Each change is appended to a change log in the same transaction as the
// change itself, so undo and redo work across a reload, a restart or a crash; a change the caller
// was told succeeded is on disk (WAL with synchronous=FULL).
//
//   core::Result<store::Workspace> ws = store::Workspace::Open("search.walkaway");
//   core::Result<store::StoredCase> c = ws->CreateCase("Ola", json, "import demo.toml");
//   ws->Undo();  // the case is gone again, also after reopening the file
//
// Cases are opaque text here (the server keeps the JSON form of io/case_json.h); this layer knows
// files and transactions, not what a case means. Not thread-safe: one caller at a time.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/result.h"

namespace walkaway::store {

// The schema this build writes. A file with a higher version was made by a newer walkaway and is
// refused; a lower one is migrated forward (after a snapshot) when opened.
inline constexpr int kSchemaVersion = 1;

struct StoredCase {
  int64_t id = 0;
  std::string name{};
  std::string body{};
  // Goes up by one with every change to this case, undo and redo included, so a client can tell
  // whether what it shows is current (UpdateCase's expected_revision).
  int64_t revision = 0;
};

struct CaseSummary {
  int64_t id = 0;
  std::string name{};
  int64_t revision = 0;
};

// One entry of the change log, as undo and redo report it.
struct ChangeInfo {
  int64_t sequence = 0;
  int64_t case_id = 0;
  std::string label{};  // what the caller said the change was ("set offers[0].base")
};

struct HistoryState {
  std::optional<ChangeInfo> undo{};  // what Undo would take back, if anything
  std::optional<ChangeInfo> redo{};  // what Redo would do again
};

class Workspace {
 public:
  // Opens `file`, creating it (and nothing else: the folder must exist) when it does not exist.
  // Errors: kInvalidInput for a file that is not a walkaway workspace or that a newer walkaway
  // made, kIo when SQLite cannot open or write it.
  static core::Result<Workspace> Open(const std::filesystem::path& file);

  Workspace(Workspace&&) noexcept;
  Workspace& operator=(Workspace&&) noexcept;
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  ~Workspace();

  int schema_version() const;

  core::Result<std::vector<CaseSummary>> ListCases() const;
  // kNotFound for an id that is not (or no longer) there.
  core::Result<StoredCase> GetCase(int64_t id) const;

  // Each change below is one transaction with its change-log entry, and clears what Redo could do.
  core::Result<StoredCase> CreateCase(std::string_view name, std::string_view body, std::string_view label);
  // With expected_revision, a case changed since (by another tab, by an undo) is not overwritten:
  // kConflict (HTTP 409 in the server).
  core::Result<StoredCase> UpdateCase(int64_t id, std::string_view name, std::string_view body,
                                      std::string_view label, std::optional<int64_t> expected_revision = {});
  core::Status DeleteCase(int64_t id, std::string_view label);

  // Takes back the latest change not yet taken back / does again the earliest one taken back.
  // nullopt when there is nothing to undo or redo.
  core::Result<std::optional<ChangeInfo>> Undo();
  core::Result<std::optional<ChangeInfo>> Redo();
  core::Result<HistoryState> History() const;

  // A consistent copy of the whole workspace at `target` (VACUUM INTO, then fsync of the file and
  // its folder, which SQLite leaves undone). `target` must not exist.
  core::Status Snapshot(const std::filesystem::path& target) const;

 private:
  struct State;
  explicit Workspace(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace walkaway::store
