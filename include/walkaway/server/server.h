#pragma once

// `walkaway serve`: the local server (docs/server.md). An HTTP/1.1 server on 127.0.0.1 whose API
// keeps the person's cases in a workspace file (store::Workspace) and judges them with the same
// Engine as the command line. The world comes in through ServerOptions (the clock, the token, the
// data folder), so tests run it on an ephemeral port with a temporary workspace.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>

#include "walkaway/api/engine.h"
#include "walkaway/core/date.h"
#include "walkaway/core/result.h"
#include "walkaway/store/workspace.h"

namespace walkaway::server {

// The documented limits (docs/server.md), each with a test.
struct Limits {
  size_t body_bytes = 1024 * 1024;   // 413 beyond
  size_t header_bytes = 16 * 1024;   // all header lines together; 431 beyond
  int header_seconds = 10;           // to send a whole request head
  int body_seconds = 30;             // to send a whole body
  int idle_seconds = 60;             // a kept-alive connection with no request
  size_t connections = 64;           // open at once; beyond, the longest-waiting idle one is closed
};

struct ServerOptions {
  std::filesystem::path workspace{};
  uint16_t port = 0;  // 0: any free port (the one used is in the URL given to on_ready)
  // The per-launch secret every API call carries (a cookie after the first page). 32 hex digits
  // from the system's random source in the CLI; fixed in tests.
  std::string token{};
  EngineOptions engine{};
  std::function<core::Date()> today{};  // the date a judgement is made on, unless the case says
  // Seconds since 1970-01-01 UTC, for the automatic snapshots (docs/server.md); null: none.
  std::function<int64_t()> now{};
  size_t workers = 2;                   // judgements and workspace writes run here, off the I/O loop
  Limits limits{};
  // Called once listening, with "http://127.0.0.1:PORT/?token=..."; runs on the I/O thread.
  std::function<void(const std::string& url)> on_ready{};
  // A line per problem the person should know of (never exception text, never a path outside
  // the workspace).
  std::function<void(const std::string& line)> log{};
};

// Reads a case file into the workspace as a new case, its documents named by path read from the
// file's folder and kept inline (the workspace stands alone). A case the workspace already holds
// exactly (the same file imported again) is not added twice: `already` says so and `stored` is
// that case. Errors name the file, line, column and field as `walkaway validate` does.
struct ImportedCase {
  store::StoredCase stored{};
  bool already = false;
};
core::Result<ImportedCase> ImportCaseFile(store::Workspace& workspace, const std::filesystem::path& file);

// Runs until SIGINT or SIGTERM, finishing the requests in flight, then closes the workspace.
// Errors: the workspace cannot be opened (kInvalidInput, kIo) or the port cannot be bound (kIo).
core::Status RunServer(const ServerOptions& options);

}  // namespace walkaway::server
