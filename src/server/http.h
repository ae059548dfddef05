#pragma once

// The server's view of HTTP, free of Beast: what a request is to the guard and the API, and what
// they answer. listener.cc turns Beast's messages into these and back, so everything that decides
// anything is plain code that the tests and the fuzz target call directly.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "walkaway/core/result.h"

namespace walkaway::server {

struct Request {
  std::string method{};  // "GET", "POST", ...
  std::string target{};  // "/api/v1/cases/3?today=2026-12-01": path and query as sent
  std::string host{};
  std::string origin{};          // empty when absent
  std::string sec_fetch_site{};  // empty when absent
  std::string cookie{};
  std::string token_header{};  // X-Walkaway-Token, for scripts
  std::string content_type{};
  std::string body{};
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body{};
  std::vector<std::pair<std::string, std::string>> headers{};  // extra ones: Set-Cookie, Location
};

// {"error": {"code": ..., "message": ..., "field": ...}} with the status its code maps to:
// invalid_input 400, not_found 404, too_large 413, conflict 409, io and internal 500 (whose
// message is generic: what failed inside is never sent).
Response ErrorResponse(const core::Error& error);
// The same shape with a status and code of the server's own (421 misdirected, 403 forbidden, ...).
Response ErrorResponse(int status, std::string_view code, std::string_view message);

// One whole request as it arrives on a connection, parsed by the same Beast parser with the same
// limits the listener uses (header_bytes, body_bytes): for the fuzz target and tests. Errors are
// kInvalidInput (not HTTP/1.1) or kTooLarge (over a limit). Implemented in listener.cc.
core::Result<Request> ParseRequest(std::string_view raw, size_t header_bytes, size_t body_bytes);

// The path without the query, and one query parameter's value (percent-decoded; empty if absent).
std::string_view PathOf(std::string_view target);
std::string QueryParam(std::string_view target, std::string_view name);

}  // namespace walkaway::server
