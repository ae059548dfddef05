// kill -9 while the server writes: a change the server confirmed (200) is never lost, and the
// workspace file is intact every time (docs/server.md, "Durability"). WALKAWAY_KILL_ROUNDS sets
// the number of rounds (1,000 by default, as in CI).

#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server_process.h"

namespace walkaway::server::testing {
namespace {

struct OnDisk {
  std::string integrity{};
  std::string name{};  // candidate.name of case 1
  int changes = 0;     // rows in the change log
};

OnDisk Inspect(const std::filesystem::path& file) {
  OnDisk out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    out.integrity = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  if (sqlite3_prepare_v2(db, "SELECT body FROM cases WHERE id = 1", -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    const auto body = nlohmann::json::parse(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    out.name = body["candidate"]["name"].get<std::string>();
  }
  sqlite3_finalize(s);
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM changes", -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    out.changes = sqlite3_column_int(s, 0);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

TEST(DurabilityTest, KillNineDuringWritesLosesNoConfirmedChange) {
  const char* rounds_env = std::getenv("WALKAWAY_KILL_ROUNDS");
  const int rounds = rounds_env != nullptr ? std::atoi(rounds_env) : 1000;
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("walkaway-kill-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::filesystem::path workspace = dir / "ws.walkaway";
  const std::string example = std::string(WALKAWAY_SOURCE_DIR) + "/examples/usd-offer.json";

  std::mt19937 random(20261208);  // fixed: a failing round can be replayed
  int next = 0;                   // the value written: "n<next>", rising across rounds
  int confirmed = -1;             // the last value the server answered 200 for
  int confirmed_total = 0;
  int killed_with_write_in_flight = 0;
  int in_flight_committed = 0;  // of those, the ones that reached the disk before the kill
  int committed = 1;  // change-log entries: the import, then each change that reached the disk
  for (int round = 0; round < rounds; ++round) {
    std::vector<std::string> extra;
    if (round == 0) extra = {"--import", example};
    ServerProcess server(workspace, extra);
    ASSERT_TRUE(server.ok()) << "round " << round << ": " << server.output();
    const int fd = Connect(server.port());
    ASSERT_GE(fd, 0);
    std::atomic<bool> killed{false};
    const int delay_us = std::uniform_int_distribution<int>(0, 30'000)(random);
    std::thread killer([&] {
      std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
      ::kill(server.pid(), SIGKILL);
      killed = true;
    });
    bool in_flight = false;
    int answered_other = 0;
    while (!killed) {
      const int value = next++;
      const std::string body = "{\"path\":\"candidate.name\",\"value\":\"n" + std::to_string(value) + "\"}";
      const std::string request = "PATCH /api/v1/cases/1 HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(server.port()) +
                                  "\r\nX-Walkaway-Token: " + server.token() +
                                  "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
      in_flight = true;
      if (!SendAll(fd, request)) break;
      HttpReply reply = ReadReply(fd, 2000);
      if (reply.status != 200) {  // killed before it answered
        answered_other = reply.status;
        break;
      }
      in_flight = false;
      confirmed = value;
      ++confirmed_total;
      ++committed;
    }
    killer.join();
    ::close(fd);
    EXPECT_EQ(server.Stop(SIGKILL), 128 + SIGKILL);
    if (in_flight) ++killed_with_write_in_flight;

    const OnDisk disk = Inspect(workspace);
    ASSERT_EQ(disk.integrity, "ok") << "round " << round;
    ASSERT_FALSE(disk.name.empty()) << "round " << round;
    const int stored = std::atoi(disk.name.c_str() + 1);
    // The last confirmed value is there, or the one that was in flight when the kill came.
    ASSERT_GE(stored, confirmed) << "round " << round << ": a confirmed change was lost";
    ASSERT_TRUE(stored == confirmed || (in_flight && stored == next - 1))
        << "round " << round << ": stored n" << stored << ", confirmed n" << confirmed << ", next " << next
        << ", delay " << delay_us << " us, last status " << answered_other;
    if (stored != confirmed) {  // the write in flight was committed before the kill
      ++in_flight_committed;
      confirmed = stored;
      ++committed;
    }
    // One change-log entry per committed change, no more, no fewer: undo stays true.
    ASSERT_EQ(disk.changes, committed) << "round " << round;
  }
  std::printf("kill -9 rounds: %d, changes confirmed: %d (all on disk), killed with a write in flight: %d (of which"
              " committed before the kill: %d), integrity_check ok: %d of %d\n",
              rounds, confirmed_total, killed_with_write_in_flight, in_flight_committed, rounds, rounds);
  EXPECT_GT(confirmed_total, rounds);  // the kills did come during writes, not before the first
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace walkaway::server::testing
