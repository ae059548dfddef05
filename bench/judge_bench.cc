// Judge end to end (issue #11 items 9 and 10): the demo case; a 6-offer comparison with 10,000
// SMAA draws and 10,000 pay-model paths per offer (the app re-judges while a weight slider moves:
// goal under 16 ms on one core); and judgement time against the number of offers, which must grow
// linearly (goal: 100 offers under 1 s), with and without a large letter.

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "case_generator.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/judge/judge.h"
#include "walkaway/market/loader.h"
#include "walkaway/market/lookup.h"
#include "walkaway/scan/lexicon_scanner.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::bench {
namespace {

// The services `walkaway evaluate` opens: the shipped market index and the compiled lexicon.
struct Services {
  std::optional<market::MarketIndex> index;
  std::unique_ptr<market::IndexLookup> market;
  std::unique_ptr<scan::Scanner> scanner;
  std::unique_ptr<scan::LexiconScanner> lexicon;
  judge::Services View() const { return {market.get(), lexicon.get()}; }
};

const Services& RepoServices() {
  static const std::unique_ptr<Services> services = [] {
    auto s = std::make_unique<Services>();
    if (auto index = market::LoadMarketIndex(WALKAWAY_SOURCE_DIR "/data/market")) {
      s->index = std::move(*index);
      s->market = std::make_unique<market::IndexLookup>(*s->index);
    }
    auto scanner = scan::Scanner::Open(WALKAWAY_SOURCE_DIR "/data/lexicon", {}, &io::ReadLexiconDir);
    if (!scanner) std::abort();  // a benchmark without its lexicon measures nothing
    s->scanner = std::make_unique<scan::Scanner>(std::move(*scanner));
    auto reader = scan::LexiconScanner::Create(*s->scanner);
    if (!reader) std::abort();
    s->lexicon = std::move(*reader);
    return s;
  }();
  return *services;
}

core::Case Example(const std::string& name) {
  auto loaded = io::ReadCaseFile(std::string(WALKAWAY_SOURCE_DIR) + "/examples/" + name);
  if (!loaded) std::abort();
  return loaded->c;
}

void JudgeInLoop(benchmark::State& state, const core::Case& c, const judge::JudgeOptions& options) {
  const core::Date today = c.as_of.value_or(core::Date{2026, 11, 21});
  int evaluations = 0;
  for (auto _ : state) {
    core::Result<core::Judgement> j = judge::Judge(c, today, RepoServices().View(), options);
    if (!j) {
      state.SkipWithError(j.error().ToString().c_str());
      return;
    }
    evaluations = 0;
    for (const core::NegotiationPlan& p : j->plans) evaluations += p.evaluations;
    benchmark::DoNotOptimize(j);
  }
  state.counters["plan_evaluations"] = evaluations;
}

// `walkaway evaluate examples/demo.toml`: three offers, one plan, the letter scanned.
void BM_JudgeDemo(benchmark::State& state) { JudgeInLoop(state, Example("demo.toml"), {}); }
BENCHMARK(BM_JudgeDemo)->Unit(benchmark::kMillisecond);

// Six offers compared (10,000 draws), each projected with 10,000 paths, plans included: what the
// app recomputes when a weight moves.
void BM_JudgeSixOfferComparison(benchmark::State& state) {
  auto loaded = io::ParseCase(GenerateCaseToml(6), "bench.toml", io::Format::kToml);
  if (!loaded) std::abort();
  core::Case c = loaded->c;
  c.candidate.priorities.rank = {"pay", "growth", "flexibility", "workload", "culture"};
  judge::JudgeOptions options;
  options.compare = core::CompareOptions{};  // 10,000 draws
  JudgeInLoop(state, c, options);
}
BENCHMARK(BM_JudgeSixOfferComparison)->Unit(benchmark::kMillisecond);

// demo.toml's NEGOTIATE offer (northwind, with its letter) copied N times: every copy has a plan,
// so the old gather-everything-per-evaluation planner was quadratic here.
void BM_JudgeOffers(benchmark::State& state) {
  const core::Case demo = Example("demo.toml");
  core::Case c = demo;
  c.offers.clear();
  for (int i = 0; i < state.range(0); ++i) {
    core::Offer o = demo.offers[0];
    o.id = "northwind" + std::to_string(i);
    c.offers.push_back(std::move(o));
  }
  JudgeInLoop(state, c, {});
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_JudgeOffers)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// The same without documents.
void BM_JudgeOffersWithoutDocuments(benchmark::State& state) {
  const core::Case demo = Example("demo.toml");
  core::Case c = demo;
  c.offers.clear();
  for (int i = 0; i < state.range(0); ++i) {
    core::Offer o = demo.offers[0];
    o.id = "northwind" + std::to_string(i);
    o.documents.clear();
    c.offers.push_back(std::move(o));
  }
  JudgeInLoop(state, c, {});
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_JudgeOffersWithoutDocuments)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// The case of the issue: contract-clauses' offer copied 4 times, one of them with its letter
// grown to the 4 MiB document cap (the letter's text repeated), within every documented bound.
void BM_JudgeContractClausesWithFourMiBLetter(benchmark::State& state) {
  const core::Case base = Example("contract-clauses.toml");
  core::Case c = base;
  c.offers.clear();
  for (int i = 0; i < 4; ++i) {
    core::Offer o = base.offers[0];
    o.id = "kestrel" + std::to_string(i);
    c.offers.push_back(std::move(o));
  }
  std::string& letter = c.offers[0].documents.at(0).text;
  const std::string once = letter;
  while (letter.size() + once.size() + 1 <= 4u * 1024 * 1024) letter += "\n" + once;
  JudgeInLoop(state, c, {});
}
BENCHMARK(BM_JudgeContractClausesWithFourMiBLetter)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace walkaway::bench
