// The server's request path (docs/server.md): raw bytes as a connection delivers them -> Beast's
// parser with the server's limits -> the guard -> the API, against a workspace in a temporary file.
// Inputs that carry Host 127.0.0.1:8787 and the token "fuzz" reach the routes, the JSON bodies and
// the workspace.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "server/api.h"
#include "server/guard.h"
#include "server/http.h"
#include "walkaway/server/server.h"

namespace {

walkaway::server::Api& TheApi() {
  static std::unique_ptr<walkaway::server::Api> api = [] {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("walkaway-fuzz-" + std::to_string(::getpid()) + ".walkaway");
    std::filesystem::remove(file);
    auto ws = walkaway::store::Workspace::Open(file);
    if (!ws) __builtin_trap();
    walkaway::EngineOptions engine;
    engine.data_dir = std::filesystem::path(WALKAWAY_LEXICON_DIR).parent_path();
    engine.cache_dir = WALKAWAY_FUZZ_CACHE_DIR;
    walkaway::server::ApiOptions options;
    options.engine = engine;
    options.today = [] { return walkaway::core::Date{2026, 12, 1}; };
    options.version = "fuzz";  // no clock: no snapshots, so a run writes one file only
    return std::make_unique<walkaway::server::Api>(std::move(*ws), std::move(options));
  }();
  return *api;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const walkaway::server::Limits limits;
  walkaway::core::Result<walkaway::server::Request> request = walkaway::server::ParseRequest(
      std::string_view(reinterpret_cast<const char*>(data), size), limits.header_bytes, limits.body_bytes);
  if (!request) return 0;
  const walkaway::server::GuardConfig config{8787, "fuzz"};
  if (walkaway::server::TokenLanding(*request, config)) return 0;
  if (walkaway::server::Guard(*request, config)) return 0;
  walkaway::server::Response response = TheApi().Handle(*request);
  if (response.status < 200 || response.status > 599) __builtin_trap();
  return 0;
}
