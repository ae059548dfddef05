// The workspace on SQLite. The only file that includes sqlite3.h (scripts/check-layout).
//
// Schema 1:
//   cases(id, name, body, revision, deleted)        the cases as they are now (deleted ones kept)
//   changes(seq, case_id, label, before_name, before_body, after_name, after_body, undone)
//                                                   every change; NULL body = the case did not exist
// Undo applies the latest change's `before` and marks it undone; redo applies the earliest undone
// change's `after`. A new change deletes the undone ones first (what redo could do is gone, as in
// every editor). Each of these is one IMMEDIATE transaction, so a crash leaves the file at the last
// commit, and with synchronous=FULL a commit that returned is on disk.

#include "walkaway/store/workspace.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <utility>

namespace walkaway::store {
namespace {

// PRAGMA application_id: "WaLk". Marks a file as ours, so that another program's SQLite file is
// refused with a message instead of being given our tables.
constexpr int32_t kApplicationId = 0x57614C6B;

core::Error SqlError(sqlite3* db, std::string_view what) {
  std::string message = "the workspace could not be ";
  message += what;
  if (db != nullptr) {
    message += ": ";
    message += sqlite3_errmsg(db);
  }
  return core::Error::Io(std::move(message));
}

// One prepared statement, finalized on scope exit.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK; }
  void Bind(int i, int64_t v) { Check(sqlite3_bind_int64(stmt_, i, v)); }
  void Bind(int i, std::string_view v) {
    Check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::optional<std::string>& v) {
    if (v) {
      Bind(i, std::string_view(*v));
    } else {
      Check(sqlite3_bind_null(stmt_, i));
    }
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() {
    if (rc_ != SQLITE_OK) return rc_;
    return sqlite3_step(stmt_);
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  }
  std::optional<std::string> OptionalText(int col) const {
    if (IsNull(col)) return std::nullopt;
    return Text(col);
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK && rc_ == SQLITE_OK) rc_ = rc;
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
};

core::Status Exec(sqlite3* db, const char* sql, std::string_view what) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) return SqlError(db, what);
  return core::Ok{};
}

core::Result<int64_t> PragmaInt(sqlite3* db, const char* pragma) {
  Statement s(db, pragma);
  if (s.Step() != SQLITE_ROW) return SqlError(db, "read");
  return s.Int(0);
}

// Forward-only migrations: kMigrations[v] takes a file from version v to v + 1, inside the
// transaction that also sets user_version. Version 0 is a new, empty file.
constexpr const char* kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE cases(id INTEGER PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL,"
    "                   revision INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, case_id INTEGER NOT NULL,"
    "                     label TEXT NOT NULL, before_name TEXT, before_body TEXT,"
    "                     after_name TEXT, after_body TEXT, undone INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX changes_undone ON changes(undone, seq);",
};
static_assert(std::size(kMigrations) == kSchemaVersion);

// A transaction rolled back unless committed.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { began_ = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK; }
  ~Transaction() {
    if (began_ && !committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  bool began() const { return began_; }
  core::Status Commit() {
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return SqlError(db_, "saved");
    committed_ = true;
    return core::Ok{};
  }

 private:
  sqlite3* db_;
  bool began_ = false;
  bool committed_ = false;
};

struct CaseState {
  std::optional<std::string> name{};
  std::optional<std::string> body{};  // nullopt: the case does not exist
};

}  // namespace

struct Workspace::State {
  sqlite3* db = nullptr;
  int version = 0;
  ~State() { sqlite3_close_v2(db); }

  // Writes `state` as case `id` (marking it deleted for no body), moving its revision on. A deleted
  // case keeps its row, so its revision never starts again at 1 when an undo brings it back: a
  // revision names one content of a case for good (the server's cache and stale-write check
  // rely on it).
  core::Status Apply(int64_t id, const CaseState& state) {
    if (!state.body) {
      Statement s(db, "UPDATE cases SET deleted = 1, revision = revision + 1 WHERE id = ?");
      s.Bind(1, id);
      if (s.Step() != SQLITE_DONE) return SqlError(db, "changed");
      return core::Ok{};
    }
    Statement s(db,
                "INSERT INTO cases(id, name, body, revision) VALUES(?, ?, ?, 1) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, body = excluded.body, deleted = 0, "
                "revision = revision + 1");
    s.Bind(1, id);
    s.Bind(2, state.name.value_or(""));
    s.Bind(3, *state.body);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "changed");
    return core::Ok{};
  }

  core::Status Log(int64_t id, std::string_view label, const CaseState& before, const CaseState& after) {
    Statement clear(db, "DELETE FROM changes WHERE undone = 1");
    if (clear.Step() != SQLITE_DONE) return SqlError(db, "changed");
    Statement s(db,
                "INSERT INTO changes(case_id, label, before_name, before_body, after_name, after_body) "
                "VALUES(?, ?, ?, ?, ?, ?)");
    s.Bind(1, id);
    s.Bind(2, label);
    s.Bind(3, before.name);
    s.Bind(4, before.body);
    s.Bind(5, after.name);
    s.Bind(6, after.body);
    if (s.Step() != SQLITE_DONE) return SqlError(db, "changed");
    return core::Ok{};
  }

  core::Result<StoredCase> Get(int64_t id) const {
    Statement s(db, "SELECT id, name, body, revision FROM cases WHERE id = ? AND deleted = 0");
    s.Bind(1, id);
    const int rc = s.Step();
    if (rc == SQLITE_DONE) return core::Error::NotFound("there is no case " + std::to_string(id) + " in this workspace");
    if (rc != SQLITE_ROW) return SqlError(db, "read");
    return StoredCase{s.Int(0), s.Text(1), s.Text(2), s.Int(3)};
  }

  core::Result<std::optional<ChangeInfo>> Next(bool undone, bool latest) const {
    Statement s(db, latest ? "SELECT seq, case_id, label FROM changes WHERE undone = ? ORDER BY seq DESC LIMIT 1"
                           : "SELECT seq, case_id, label FROM changes WHERE undone = ? ORDER BY seq ASC LIMIT 1");
    s.Bind(1, int64_t{undone ? 1 : 0});
    const int rc = s.Step();
    if (rc == SQLITE_DONE) return std::optional<ChangeInfo>();
    if (rc != SQLITE_ROW) return SqlError(db, "read");
    return std::optional<ChangeInfo>(ChangeInfo{s.Int(0), s.Int(1), s.Text(2)});
  }

  // Undo the latest change not undone, or redo the earliest one undone.
  core::Result<std::optional<ChangeInfo>> Replay(bool undo) {
    Transaction tx(db);
    if (!tx.began()) return SqlError(db, "changed");
    core::Result<std::optional<ChangeInfo>> next = Next(/*undone=*/!undo, /*latest=*/undo);
    if (!next || !*next) return next;
    Statement s(db, undo ? "SELECT before_name, before_body FROM changes WHERE seq = ?"
                         : "SELECT after_name, after_body FROM changes WHERE seq = ?");
    s.Bind(1, (*next)->sequence);
    if (s.Step() != SQLITE_ROW) return SqlError(db, "read");
    const CaseState state{s.OptionalText(0), s.OptionalText(1)};
    if (core::Status applied = Apply((*next)->case_id, state); !applied) return applied.error();
    Statement mark(db, "UPDATE changes SET undone = ? WHERE seq = ?");
    mark.Bind(1, int64_t{undo ? 1 : 0});
    mark.Bind(2, (*next)->sequence);
    if (mark.Step() != SQLITE_DONE) return SqlError(db, "changed");
    if (core::Status committed = tx.Commit(); !committed) return committed.error();
    return next;
  }
};

Workspace::Workspace(std::unique_ptr<State> state) : state_(std::move(state)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

int Workspace::schema_version() const { return state_->version; }

core::Result<Workspace> Workspace::Open(const std::filesystem::path& file) {
  auto state = std::make_unique<State>();
  const std::string name = file.filename().string();
  // NOFOLLOW-free on purpose: a workspace may be a link the person made. EXRESCODE: the codes say
  // why (a folder, no permission) for the message.
  if (sqlite3_open_v2(file.c_str(), &state->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE,
                      nullptr) != SQLITE_OK) {
    return SqlError(state->db, "opened (" + name + ")");
  }
  sqlite3_extended_result_codes(state->db, 1);
  sqlite3_busy_timeout(state->db, 5000);
  // Reading the header tells a non-database file apart before anything is written to it.
  core::Result<int64_t> app = PragmaInt(state->db, "PRAGMA application_id");
  if (!app) {
    return core::Error::InvalidInput(name + " is not a walkaway workspace (not an SQLite database)");
  }
  core::Result<int64_t> version = PragmaInt(state->db, "PRAGMA user_version");
  if (!version) return version.error();
  core::Result<int64_t> tables = PragmaInt(state->db, "SELECT count(*) FROM sqlite_schema");
  if (!tables) return tables.error();
  if (*app != kApplicationId && (*app != 0 || *tables != 0)) {
    return core::Error::InvalidInput(name + " is not a walkaway workspace (another program's database)");
  }
  if (*version > kSchemaVersion) {
    return core::Error::InvalidInput(name + " was written by a newer walkaway (workspace version " +
                                     std::to_string(*version) + "; this one reads up to " +
                                     std::to_string(kSchemaVersion) + "): open it with that version");
  }
  if (auto ok = Exec(state->db, "PRAGMA journal_mode=WAL", "opened"); !ok) return ok.error();
  if (auto ok = Exec(state->db, "PRAGMA synchronous=FULL", "opened"); !ok) return ok.error();
  for (int64_t v = *version; v < kSchemaVersion; ++v) {
    Transaction tx(state->db);
    if (!tx.began()) return SqlError(state->db, "upgraded");
    if (auto ok = Exec(state->db, kMigrations[v], "upgraded"); !ok) return ok.error();
    const std::string set = "PRAGMA application_id=" + std::to_string(kApplicationId) +
                            "; PRAGMA user_version=" + std::to_string(v + 1);
    if (auto ok = Exec(state->db, set.c_str(), "upgraded"); !ok) return ok.error();
    if (auto ok = tx.Commit(); !ok) return ok.error();
  }
  state->version = kSchemaVersion;
  return Workspace(std::move(state));
}

core::Result<std::vector<CaseSummary>> Workspace::ListCases() const {
  Statement s(state_->db, "SELECT id, name, revision FROM cases WHERE deleted = 0 ORDER BY id");
  std::vector<CaseSummary> out;
  int rc = 0;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(CaseSummary{s.Int(0), s.Text(1), s.Int(2)});
  if (rc != SQLITE_DONE) return SqlError(state_->db, "read");
  return out;
}

core::Result<StoredCase> Workspace::GetCase(int64_t id) const { return state_->Get(id); }

core::Result<StoredCase> Workspace::CreateCase(std::string_view name, std::string_view body, std::string_view label) {
  Transaction tx(state_->db);
  if (!tx.began()) return SqlError(state_->db, "changed");
  Statement s(state_->db, "INSERT INTO cases(name, body, revision) VALUES(?, ?, 1)");
  s.Bind(1, name);
  s.Bind(2, body);
  if (s.Step() != SQLITE_DONE) return SqlError(state_->db, "changed");
  const int64_t id = sqlite3_last_insert_rowid(state_->db);
  const CaseState after{std::string(name), std::string(body)};
  if (auto ok = state_->Log(id, label, CaseState{}, after); !ok) return ok.error();
  if (auto ok = tx.Commit(); !ok) return ok.error();
  return StoredCase{id, std::string(name), std::string(body), 1};
}

core::Result<StoredCase> Workspace::UpdateCase(int64_t id, std::string_view name, std::string_view body,
                                               std::string_view label, std::optional<int64_t> expected_revision) {
  Transaction tx(state_->db);
  if (!tx.began()) return SqlError(state_->db, "changed");
  core::Result<StoredCase> now = state_->Get(id);
  if (!now) return now.error();
  if (expected_revision && *expected_revision != now->revision) {
    return core::Error::Conflict("case " + std::to_string(id) + " has changed since revision " +
                                 std::to_string(*expected_revision) + " (it is at " +
                                 std::to_string(now->revision) + "): reload it and make the change again");
  }
  const CaseState before{now->name, now->body};
  const CaseState after{std::string(name), std::string(body)};
  if (auto ok = state_->Apply(id, after); !ok) return ok.error();
  if (auto ok = state_->Log(id, label, before, after); !ok) return ok.error();
  if (auto ok = tx.Commit(); !ok) return ok.error();
  return StoredCase{id, std::string(name), std::string(body), now->revision + 1};
}

core::Status Workspace::DeleteCase(int64_t id, std::string_view label) {
  Transaction tx(state_->db);
  if (!tx.began()) return SqlError(state_->db, "changed");
  core::Result<StoredCase> now = state_->Get(id);
  if (!now) return now.error();
  if (auto ok = state_->Apply(id, CaseState{}); !ok) return ok.error();
  if (auto ok = state_->Log(id, label, CaseState{now->name, now->body}, CaseState{}); !ok) return ok.error();
  return tx.Commit();
}

core::Result<std::optional<ChangeInfo>> Workspace::Undo() { return state_->Replay(/*undo=*/true); }
core::Result<std::optional<ChangeInfo>> Workspace::Redo() { return state_->Replay(/*undo=*/false); }

core::Result<HistoryState> Workspace::History() const {
  core::Result<std::optional<ChangeInfo>> undo = state_->Next(/*undone=*/false, /*latest=*/true);
  if (!undo) return undo.error();
  core::Result<std::optional<ChangeInfo>> redo = state_->Next(/*undone=*/true, /*latest=*/false);
  if (!redo) return redo.error();
  return HistoryState{*undo, *redo};
}

core::Status Workspace::Snapshot(const std::filesystem::path& target) const {
  std::error_code ec;
  if (std::filesystem::exists(target, ec)) {
    return core::Error::InvalidInput("the snapshot " + target.filename().string() + " exists already");
  }
  Statement s(state_->db, "VACUUM INTO ?");
  s.Bind(1, target.string());
  if (s.Step() != SQLITE_DONE) return SqlError(state_->db, "copied");
  // VACUUM INTO does not fsync what it wrote (../shared/STACK.md): the copy and its name are made
  // durable here, so a snapshot that was reported made survives a power cut.
  for (const std::filesystem::path& p : {target, target.parent_path().empty() ? std::filesystem::path(".")
                                                                               : target.parent_path()}) {
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
      if (fd >= 0) ::close(fd);
      return core::Error::Io("the snapshot could not be made durable: " + p.filename().string());
    }
    ::close(fd);
  }
  return core::Ok{};
}

}  // namespace walkaway::store
