#include "walkaway/store/workspace.h"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace walkaway::store {
namespace {

class WorkspaceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("walkaway-ws-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path File(const char* name = "search.walkaway") const { return dir_ / name; }

  Workspace OpenOrDie() {
    core::Result<Workspace> ws = Workspace::Open(File());
    EXPECT_TRUE(ws) << ws.error().ToString();
    return std::move(ws).value();
  }

  std::filesystem::path dir_;
};

TEST_F(WorkspaceTest, ANewFileIsAnEmptyWorkspaceOfTheCurrentVersion) {
  Workspace ws = OpenOrDie();
  EXPECT_EQ(ws.schema_version(), kSchemaVersion);
  core::Result<std::vector<CaseSummary>> cases = ws.ListCases();
  ASSERT_TRUE(cases);
  EXPECT_TRUE(cases->empty());
  core::Result<HistoryState> history = ws.History();
  ASSERT_TRUE(history);
  EXPECT_FALSE(history->undo);
  EXPECT_FALSE(history->redo);
}

TEST_F(WorkspaceTest, ACaseIsKeptAcrossReopening) {
  int64_t id = 0;
  {
    Workspace ws = OpenOrDie();
    core::Result<StoredCase> c = ws.CreateCase("Ola", R"({"a":1})", "import");
    ASSERT_TRUE(c);
    id = c->id;
    EXPECT_EQ(c->revision, 1);
  }
  Workspace ws = OpenOrDie();
  core::Result<StoredCase> c = ws.GetCase(id);
  ASSERT_TRUE(c) << c.error().ToString();
  EXPECT_EQ(c->name, "Ola");
  EXPECT_EQ(c->body, R"({"a":1})");
}

TEST_F(WorkspaceTest, UndoAndRedoSurviveARestart) {
  int64_t id = 0;
  {
    Workspace ws = OpenOrDie();
    id = ws.CreateCase("Ola", "v1", "import")->id;
    ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2", "set base"));
    ASSERT_TRUE(ws.UpdateCase(id, "Ola K", "v3", "set name"));
  }
  {
    Workspace ws = OpenOrDie();
    core::Result<std::optional<ChangeInfo>> undone = ws.Undo();
    ASSERT_TRUE(undone && *undone);
    EXPECT_EQ((*undone)->label, "set name");
    EXPECT_EQ(ws.GetCase(id)->body, "v2");
    EXPECT_EQ(ws.GetCase(id)->name, "Ola");
  }
  {
    Workspace ws = OpenOrDie();
    core::Result<HistoryState> history = ws.History();
    ASSERT_TRUE(history);
    ASSERT_TRUE(history->redo);
    EXPECT_EQ(history->redo->label, "set name");
    ASSERT_TRUE(history->undo);
    EXPECT_EQ(history->undo->label, "set base");
    ASSERT_TRUE(ws.Redo());
    EXPECT_EQ(ws.GetCase(id)->body, "v3");
  }
}

TEST_F(WorkspaceTest, UndoingACreationRemovesTheCaseAndRedoBringsItBackWithItsId) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.Undo());
  EXPECT_EQ(ws.GetCase(id).error().code, core::ErrorCode::kNotFound);
  ASSERT_TRUE(ws.Redo());
  EXPECT_EQ(ws.GetCase(id)->body, "v1");
}

TEST_F(WorkspaceTest, UndoingADeletionBringsTheCaseBack) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.DeleteCase(id, "delete"));
  EXPECT_FALSE(ws.GetCase(id));
  ASSERT_TRUE(ws.Undo());
  EXPECT_EQ(ws.GetCase(id)->body, "v1");
}

TEST_F(WorkspaceTest, ANewChangeAfterAnUndoClearsWhatRedoCouldDo) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2", "edit"));
  ASSERT_TRUE(ws.Undo());
  ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2b", "other edit"));
  core::Result<std::optional<ChangeInfo>> redo = ws.Redo();
  ASSERT_TRUE(redo);
  EXPECT_FALSE(*redo);
  EXPECT_EQ(ws.GetCase(id)->body, "v2b");
}

TEST_F(WorkspaceTest, NothingToUndoIsNotAnError) {
  Workspace ws = OpenOrDie();
  core::Result<std::optional<ChangeInfo>> undo = ws.Undo();
  ASSERT_TRUE(undo);
  EXPECT_FALSE(*undo);
}

TEST_F(WorkspaceTest, AStaleRevisionIsAConflictAndChangesNothing) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2", "edit", 1));
  core::Result<StoredCase> stale = ws.UpdateCase(id, "Ola", "v3", "edit", 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(ws.GetCase(id)->body, "v2");
  EXPECT_EQ(ws.GetCase(id)->revision, 2);
}

TEST_F(WorkspaceTest, UndoAndRedoMoveTheRevisionOn) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2", "edit"));
  ASSERT_TRUE(ws.Undo());
  EXPECT_EQ(ws.GetCase(id)->revision, 3);  // a client at revision 2 must not overwrite the undo
}

// A revision names one content of a case for good: after a delete and its undo it goes on from
// where it was, never back to 1, so a client (or a cache) at an old revision cannot mistake it.
TEST_F(WorkspaceTest, ARevisionNeverComesBackAfterADeleteAndItsUndo) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2", "edit"));
  ASSERT_TRUE(ws.DeleteCase(id, "delete"));
  ASSERT_TRUE(ws.Undo());
  core::Result<StoredCase> back = ws.GetCase(id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->body, "v2");
  EXPECT_EQ(back->revision, 4);
  EXPECT_FALSE(ws.UpdateCase(id, "Ola", "v3", "edit", 1));
  EXPECT_FALSE(ws.UpdateCase(id, "Ola", "v3", "edit", 2));
  // A deleted case is gone from the list and from reads, and cannot be changed or deleted again.
  ASSERT_TRUE(ws.DeleteCase(id, "delete"));
  EXPECT_TRUE(ws.ListCases()->empty());
  EXPECT_EQ(ws.UpdateCase(id, "Ola", "v3", "edit").error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(ws.DeleteCase(id, "delete").error().code, core::ErrorCode::kNotFound);
}

TEST_F(WorkspaceTest, AFileThatIsNotADatabaseIsRefusedAndLeftAsItWas) {
  {
    std::ofstream out(File("notes.txt"));
    out << "my notes about the offer\n";
  }
  core::Result<Workspace> ws = Workspace::Open(File("notes.txt"));
  ASSERT_FALSE(ws);
  EXPECT_EQ(ws.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(ws.error().message.find("not a walkaway workspace"), std::string::npos) << ws.error().message;
  std::ifstream in(File("notes.txt"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "my notes about the offer\n");
}

TEST_F(WorkspaceTest, AnotherProgramsDatabaseIsRefused) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(File("other.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  core::Result<Workspace> ws = Workspace::Open(File("other.db"));
  ASSERT_FALSE(ws);
  EXPECT_NE(ws.error().message.find("another program"), std::string::npos) << ws.error().message;
}

TEST_F(WorkspaceTest, AWorkspaceFromANewerVersionIsRefusedWithItsVersion) {
  { OpenOrDie(); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(File().c_str(), &db), SQLITE_OK);
  const std::string set = "PRAGMA user_version=" + std::to_string(kSchemaVersion + 1);
  ASSERT_EQ(sqlite3_exec(db, set.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  core::Result<Workspace> ws = Workspace::Open(File());
  ASSERT_FALSE(ws);
  EXPECT_NE(ws.error().message.find("newer walkaway (workspace version " + std::to_string(kSchemaVersion + 1)),
            std::string::npos)
      << ws.error().message;
}

TEST_F(WorkspaceTest, AMissingFolderIsAnIoError) {
  core::Result<Workspace> ws = Workspace::Open(dir_ / "no-such-folder" / "w.walkaway");
  ASSERT_FALSE(ws);
  EXPECT_EQ(ws.error().code, core::ErrorCode::kIo);
}

TEST_F(WorkspaceTest, ASnapshotOpensAsAWorkspaceWithTheSameCasesAndHistory) {
  Workspace ws = OpenOrDie();
  const int64_t id = ws.CreateCase("Ola", "v1", "import")->id;
  ASSERT_TRUE(ws.UpdateCase(id, "Ola", "v2", "edit"));
  ASSERT_TRUE(ws.Snapshot(File("snap.walkaway")));
  EXPECT_FALSE(ws.Snapshot(File("snap.walkaway")));  // never overwrites
  core::Result<Workspace> copy = Workspace::Open(File("snap.walkaway"));
  ASSERT_TRUE(copy) << copy.error().ToString();
  EXPECT_EQ(copy->GetCase(id)->body, "v2");
  ASSERT_TRUE(copy->Undo());
  EXPECT_EQ(copy->GetCase(id)->body, "v1");
  EXPECT_EQ(ws.GetCase(id)->body, "v2");  // the original is untouched
}

}  // namespace
}  // namespace walkaway::store
