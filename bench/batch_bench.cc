// One line of `walkaway evaluate --jsonl` (docs/scale.md), as a worker handles it: the record parsed
// (io::ParseCaseRecord), the case judged by an Engine over the shipped data, the record written.
// Per line, on one core; the CLI's throughput with reading and writing is in docs/scale.md.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "walkaway/api/engine.h"
#include "walkaway/io/case_record.h"
#include "walkaway/io/evaluation_json.h"

namespace walkaway::bench {
namespace {

// examples/usd-offer.json on one line with an id, as scripts/make-batch-input writes it.
std::string UsdOfferLine() {
  std::ifstream in(WALKAWAY_SOURCE_DIR "/examples/usd-offer.json");
  nlohmann::json c = nlohmann::json::parse(in);
  c["id"] = "usd-offer-1";
  return c.dump();
}

void BM_EvaluateJsonlLine(benchmark::State& state) {
  const std::string line = UsdOfferLine();
  Engine engine({.data_dir = WALKAWAY_SOURCE_DIR "/data"});
  size_t bytes = 0;
  for (auto _ : state) {
    io::CaseRecord record = io::ParseCaseRecord(line, "-", 1);
    if (!record.loaded) std::abort();
    core::Result<core::Judgement> judgement = engine.Judge(record.loaded->c, core::Date{2026, 11, 21});
    if (!judgement) std::abort();
    io::JsonReportOptions o{"-", "bench", record.loaded->c.candidate.currency, &record.loaded->locations};
    o.projections = &judgement->projections;
    o.plans = &judgement->plans;
    const std::string out = io::JudgementRecordToJson(1, record.id, judgement->evaluation, o);
    bytes += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["record_bytes"] = static_cast<double>(bytes) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_EvaluateJsonlLine)->Unit(benchmark::kMillisecond);

// The parse alone: what a line costs before judging.
void BM_ParseCaseRecord(benchmark::State& state) {
  const std::string line = UsdOfferLine();
  for (auto _ : state) {
    io::CaseRecord record = io::ParseCaseRecord(line, "-", 1);
    benchmark::DoNotOptimize(record.loaded);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_ParseCaseRecord)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace walkaway::bench
