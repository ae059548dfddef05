// The server's API without sockets (issue #13, docs/server.md): what one request costs inside
// Api::Handle. scripts/bench-server measures the same through HTTP with wrk, 32 connections.
//   BM_ApiJudgeStoredDemo: GET /api/v1/cases/1/judgement on the demo case (3 offers, plans, pay model)
//   BM_ApiCompareSixOffersNewWeights: POST .../comparison with a new pay weight each time, on a
//     6-offer case (a slider moving; goal p99 < 16 ms through HTTP)
//   BM_ApiPatchField: PATCH one field (parse, validate, one fsync'ed transaction)

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "server/api.h"
#include "walkaway/server/server.h"

namespace walkaway::bench {
namespace {

struct Fixture {
  std::filesystem::path dir;
  std::unique_ptr<server::Api> api;
  Fixture() {
    dir = std::filesystem::temp_directory_path() / ("walkaway-server-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    core::Result<store::Workspace> ws = store::Workspace::Open(dir / "bench.walkaway");
    if (!ws || !server::ImportCaseFile(*ws, WALKAWAY_SOURCE_DIR "/examples/demo.toml")) std::abort();
    EngineOptions engine;
    engine.data_dir = WALKAWAY_SOURCE_DIR "/data";
    engine.cache_dir = std::filesystem::path(WALKAWAY_BINARY_DIR) / "bench-cache";
    server::ApiOptions options;
    options.engine = engine;
    options.today = [] { return core::Date{2026, 12, 1}; };
    options.version = "bench";
    api = std::make_unique<server::Api>(std::move(*ws), std::move(options));
    // Case 2: the demo's three offers and three more like them at other pay.
    nlohmann::json c = nlohmann::json::parse(Call("GET", "/api/v1/cases/1").body)["case"];
    const size_t n = c["offers"].size();
    for (size_t i = 0; i < n; ++i) {
      nlohmann::json twin = c["offers"][i];
      twin["id"] = twin["id"].get<std::string>() + "-b";
      twin["company"] = twin["company"].get<std::string>() + " B";
      c["offers"].push_back(twin);
    }
    if (Call("POST", "/api/v1/cases", c.dump(), "application/json").status != 201) std::abort();
  }
  ~Fixture() {
    api.reset();
    std::filesystem::remove_all(dir);
  }
  server::Response Call(std::string method, std::string target, std::string body = {}, std::string type = {}) {
    server::Request r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.body = std::move(body);
    r.content_type = std::move(type);
    return api->Handle(r);
  }
};

Fixture& TheFixture() {
  static Fixture f;
  return f;
}

void BM_ApiJudgeStoredDemo(benchmark::State& state) {
  Fixture& f = TheFixture();
  for (auto _ : state) {
    server::Response r = f.Call("GET", "/api/v1/cases/1/judgement");
    if (r.status != 200) std::abort();
    benchmark::DoNotOptimize(r.body.data());
  }
}
BENCHMARK(BM_ApiJudgeStoredDemo)->Unit(benchmark::kMillisecond);

void BM_ApiCompareSixOffersNewWeights(benchmark::State& state) {
  Fixture& f = TheFixture();
  if (f.Call("POST", "/api/v1/cases/2/comparison").status != 200) std::abort();  // the judgement a slider reuses
  int n = 0;
  for (auto _ : state) {
    const std::string body =
        "{\"weights\":{\"pay\":" + std::to_string(1 + n++ % 9) + ",\"growth\":2,\"flexibility\":2,\"stability\":1}}";
    server::Response r = f.Call("POST", "/api/v1/cases/2/comparison", body);
    if (r.status != 200) std::abort();
    benchmark::DoNotOptimize(r.body.data());
  }
}
BENCHMARK(BM_ApiCompareSixOffersNewWeights)->Unit(benchmark::kMillisecond);

void BM_ApiPatchField(benchmark::State& state) {
  Fixture& f = TheFixture();
  int n = 0;
  for (auto _ : state) {
    server::Response r = f.Call("PATCH", "/api/v1/cases/1",
                                "{\"path\":\"candidate.name\",\"value\":\"Maya " + std::to_string(n++) + "\"}");
    if (r.status != 200) std::abort();
  }
}
BENCHMARK(BM_ApiPatchField)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace walkaway::bench
