// The server as a browser or a script meets it: a real `walkaway serve` on an ephemeral port with
// a temporary workspace, spoken to over sockets (docs/server.md, "Limits" and "Threat model").

#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include "server_process.h"

namespace walkaway::server::testing {
namespace {

using Clock = std::chrono::steady_clock;
const std::filesystem::path kExamples = std::filesystem::path(WALKAWAY_SOURCE_DIR) / "examples";

class LiveServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("walkaway-live-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path Workspace() const { return dir_ / "ws.walkaway"; }
  std::string Host(const ServerProcess& s) const { return "127.0.0.1:" + std::to_string(s.port()); }

  std::filesystem::path dir_;
};

TEST_F(LiveServerTest, EveryResponseCarriesTheSecurityHeaders) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok()) << server.output();
  for (const char* target : {"/", "/api/v1/health", "/api/v1/nothing", "/nothing"}) {
    SCOPED_TRACE(target);
    HttpReply r = Call(server, "GET", target);
    ASSERT_NE(r.status, 0);
    EXPECT_EQ(r.headers["content-security-policy"].rfind("default-src 'self'", 0), 0u);
    EXPECT_EQ(r.headers["x-content-type-options"], "nosniff");
    EXPECT_EQ(r.headers["referrer-policy"], "no-referrer");
    EXPECT_EQ(r.headers["cache-control"], "no-store");
    EXPECT_EQ(r.headers.count("server"), 0u);
  }
}

TEST_F(LiveServerTest, TheTokenInTheAddressBecomesACookieThatOpensTheApi) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  const int fd = Connect(server.port());
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(SendAll(fd, "GET /?token=" + server.token() + " HTTP/1.1\r\nHost: " + Host(server) + "\r\n\r\n"));
  HttpReply landing = ReadReply(fd);
  EXPECT_EQ(landing.status, 303);
  const std::string cookie = landing.headers["set-cookie"].substr(0, landing.headers["set-cookie"].find(';'));
  // The same connection, now as the browser goes on: the cookie only, no token header.
  ASSERT_TRUE(SendAll(fd, "GET /api/v1/health HTTP/1.1\r\nHost: " + Host(server) + "\r\nCookie: " + cookie + "\r\n\r\n"));
  EXPECT_EQ(ReadReply(fd).status, 200);
  ASSERT_TRUE(SendAll(fd, "GET /api/v1/health HTTP/1.1\r\nHost: " + Host(server) + "\r\n\r\n"));
  EXPECT_EQ(ReadReply(fd).status, 401);
  ::close(fd);
}

TEST_F(LiveServerTest, AnotherHostNameIsMisdirectedAndAnotherOriginCannotChangeAnything) {
  ServerProcess server(Workspace(), {"--import", (kExamples / "usd-offer.json").string()});
  ASSERT_TRUE(server.ok());
  const int fd = Connect(server.port());
  ASSERT_TRUE(SendAll(fd, "GET /api/v1/cases HTTP/1.1\r\nHost: rebound.example:" + std::to_string(server.port()) +
                              "\r\nX-Walkaway-Token: " + server.token() + "\r\n\r\n"));
  EXPECT_EQ(ReadReply(fd).status, 421);
  ::close(fd);
  HttpReply r = Call(server, "DELETE", "/api/v1/cases/1", {}, {"Origin: http://evil.example"});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Call(server, "GET", "/api/v1/cases/1").status, 200);  // still there
}

TEST_F(LiveServerTest, A300MegabyteBodyIsRefusedWithoutTheServerGrowing) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  ASSERT_EQ(Call(server, "GET", "/api/v1/health").status, 200);
  const long before = server.PeakMemoryKib();
  const int fd = Connect(server.port());
  ASSERT_TRUE(SendAll(fd, "POST /api/v1/judgement HTTP/1.1\r\nHost: " + Host(server) + "\r\nX-Walkaway-Token: " +
                              server.token() + "\r\nContent-Length: 300000000\r\n\r\n"));
  HttpReply r = ReadReply(fd);
  EXPECT_EQ(r.status, 413);
  // Whatever of the 300 MB the client goes on sending is not kept.
  const std::string chunk(1 << 20, 'x');
  size_t sent = 0;
  while (sent < 300u << 20 && SendAll(fd, chunk)) sent += chunk.size();
  ::close(fd);
  ASSERT_EQ(Call(server, "GET", "/api/v1/health").status, 200);
  const long after = server.PeakMemoryKib();
  EXPECT_LT(after - before, 8 * 1024) << "peak memory grew from " << before << " KiB to " << after << " KiB";
}

TEST_F(LiveServerTest, AChunkedBodyOverTheLimitIsRefused) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  const int fd = Connect(server.port());
  std::string request = "POST /api/v1/judgement HTTP/1.1\r\nHost: " + Host(server) + "\r\nX-Walkaway-Token: " +
                        server.token() + "\r\nTransfer-Encoding: chunked\r\n\r\n";
  const std::string piece(64 * 1024, 'a');
  for (int i = 0; i < 20; ++i) request += "10000\r\n" + piece + "\r\n";  // 20 x 64 KiB = 1.25 MiB
  SendAll(fd, request);
  EXPECT_EQ(ReadReply(fd).status, 413);
  ::close(fd);
}

TEST_F(LiveServerTest, AHeaderOverTheLimitIsRefused) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  const int fd = Connect(server.port());
  SendAll(fd, "GET /api/v1/health HTTP/1.1\r\nHost: " + Host(server) + "\r\nX-Padding: " + std::string(20000, 'p') +
                  "\r\n\r\n");
  EXPECT_EQ(ReadReply(fd).status, 431);
  ::close(fd);
}

// A connection that never sends its request head is closed after the header time (10 s), not kept.
TEST_F(LiveServerTest, AClientThatSendsNoRequestIsClosedAfterTheHeaderTime) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  const int fd = Connect(server.port());
  ASSERT_GE(fd, 0);
  SendAll(fd, "GET /api/v1/health HTTP/1.1\r\n");  // and nothing more
  const auto start = Clock::now();
  char byte = 0;
  const ssize_t n = ::recv(fd, &byte, 1, 0);  // blocks until the server closes the connection
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  EXPECT_EQ(n, 0);
  EXPECT_GE(took, 9'000);
  EXPECT_LT(took, 13'000);
  ::close(fd);
}

TEST_F(LiveServerTest, GarbageIsABadRequestAndTheServerGoesOn) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  const int fd = Connect(server.port());
  SendAll(fd, "HELLO\x01\x02 there\r\n\r\n");
  EXPECT_EQ(ReadReply(fd).status, 400);
  ::close(fd);
  EXPECT_EQ(Call(server, "GET", "/api/v1/health").status, 200);
}

// Twice the connection cap of clients that each send one header line every 2 s (slowloris): a
// normal request must still be answered within a second.
TEST_F(LiveServerTest, SlowClientsAtTwiceTheConnectionCapDoNotDelayANormalRequest) {
  ServerProcess server(Workspace());
  ASSERT_TRUE(server.ok());
  constexpr int kSlow = 2 * 64;
  std::vector<int> slow;
  for (int i = 0; i < kSlow; ++i) {
    const int fd = Connect(server.port());
    ASSERT_GE(fd, 0);
    SendAll(fd, "GET /api/v1/health HTTP/1.1\r\nHost: " + Host(server) + "\r\n");
    slow.push_back(fd);
  }
  for (int round = 0; round < 2; ++round) {
    std::this_thread::sleep_for(std::chrono::seconds(2));
    for (int fd : slow) SendAll(fd, "X-Slow-" + std::to_string(round) + ": 1\r\n");
  }
  const auto start = Clock::now();
  HttpReply r = Call(server, "GET", "/api/v1/health");
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  EXPECT_EQ(r.status, 200);
  EXPECT_LT(took, 1000);
  for (int fd : slow) ::close(fd);
}

TEST_F(LiveServerTest, SigtermFinishesAndExitsZeroAndTheWorkspaceKeepsEveryChange) {
  {
    ServerProcess server(Workspace(), {"--import", (kExamples / "usd-offer.json").string()});
    ASSERT_TRUE(server.ok());
    ASSERT_EQ(Call(server, "PATCH", "/api/v1/cases/1", R"({"path":"candidate.name","value":"Ola K"})").status, 200);
    EXPECT_EQ(server.Stop(SIGTERM), 0);
    EXPECT_NE(server.output().find("stopped"), std::string::npos) << server.output();
  }
  ServerProcess again(Workspace());
  ASSERT_TRUE(again.ok());
  EXPECT_NE(Call(again, "GET", "/api/v1/cases/1").body.find("\"Ola K\""), std::string::npos);
  EXPECT_EQ(Call(again, "POST", "/api/v1/undo").status, 200);  // undo survives the restart
  EXPECT_NE(Call(again, "GET", "/api/v1/cases/1").body.find("\"name\":\"Ola\""), std::string::npos);
}

TEST_F(LiveServerTest, JudgementsFromManyConnectionsAtOnceAllSucceed) {
  ServerProcess server(Workspace(), {"--import", (kExamples / "demo.toml").string()});
  ASSERT_TRUE(server.ok());
  std::vector<std::thread> clients;
  std::vector<int> statuses(8, 0);
  for (int i = 0; i < 8; ++i) {
    clients.emplace_back([&, i] { statuses[i] = Call(server, "GET", "/api/v1/cases/1/judgement").status; });
  }
  for (std::thread& t : clients) t.join();
  for (int s : statuses) EXPECT_EQ(s, 200);
}

TEST_F(LiveServerTest, APortInUseIsAClearErrorWithExitThree) {
  ServerProcess first(Workspace());
  ASSERT_TRUE(first.ok());
  const std::string cmd = std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway serve --workspace " +
                          (dir_ / "other.walkaway").string() + " --port " + std::to_string(first.port()) + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, p) != nullptr) out += buffer;
  const int status = ::pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 3) << out;
  EXPECT_NE(out.find("could not listen on 127.0.0.1:" + std::to_string(first.port())), std::string::npos) << out;
}

TEST_F(LiveServerTest, AFileThatIsNotAWorkspaceIsRefusedWithExitTwo) {
  {
    std::FILE* f = std::fopen(Workspace().c_str(), "w");
    std::fputs("not a database at all, just some notes\n", f);
    std::fclose(f);
  }
  const std::string cmd = std::string(WALKAWAY_BINARY_DIR) + "/bin/walkaway serve --port 0 --workspace " +
                          Workspace().string() + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  std::string out;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, p) != nullptr) out += buffer;
  const int status = ::pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 2) << out;
  EXPECT_NE(out.find("not a walkaway workspace"), std::string::npos) << out;
}

}  // namespace
}  // namespace walkaway::server::testing
