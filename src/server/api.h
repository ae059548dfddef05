#pragma once

// The JSON API under /api/v1 (docs/server.md; every route is in docs/openapi.json, and a test
// checks that both list the same routes). Handle is plain code with no sockets: the listener calls
// it on a worker thread, the tests and the fuzz target call it directly.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "server/http.h"
#include "walkaway/api/engine.h"
#include "walkaway/core/date.h"
#include "walkaway/store/workspace.h"

namespace walkaway::server {

struct RouteInfo {
  std::string_view method;
  std::string_view pattern;  // "/api/v1/cases/{id}", as docs/openapi.json writes it
};

// Every route the API answers, in the order the router tries them.
const std::vector<RouteInfo>& Routes();

struct ApiOptions {
  EngineOptions engine{};
  // The judgement date when neither the request nor the case names one.
  std::function<core::Date()> today{};
  // Seconds since 1970-01-01 UTC, for snapshots; with no clock or no workspace_file there are
  // no automatic snapshots and the snapshot routes answer 404.
  std::function<int64_t()> now{};
  std::filesystem::path workspace_file{};
  // At most this many judgements at once, each on its own Engine (an Engine is not thread-safe).
  size_t engines = 1;
  std::string version{};
};

class Api {
 public:
  Api(store::Workspace workspace, ApiOptions options);
  ~Api();

  // Answers one request that passed the guard. Thread-safe: workspace calls are serialized, a
  // judgement takes an Engine of its own. Never throws; an exception becomes a 500 with a generic
  // message.
  Response Handle(const Request& request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace walkaway::server
