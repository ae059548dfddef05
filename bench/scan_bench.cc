// The scanner core on its own (no threads): the repo's lexicon over a posting-like text, the word
// pass and the JSON string decoder alone, the JSON line decoder, the sentence and negation around a
// hit, and the database load from the cache (Build, and Open, the CLI's path that also skips the
// TOML). Run: build/bin/walkaway_scan_bench.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "scan/hit_context.h"
#include "scan/json_unescape.h"
#include "scan/literal_expansion.h"
#include "scan/word_anchors.h"
#include "scan/word_scan.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/scan/jsonl.h"
#include "walkaway/scan/scanner.h"

namespace {

using walkaway::scan::Scanner;

const Scanner& RepoScanner() {
  static Scanner* scanner = [] {
    auto lexicon = walkaway::io::ReadLexiconDir(WALKAWAY_LEXICON_DIR);
    if (!lexicon) std::abort();
    auto built = Scanner::Build(std::move(*lexicon), {});
    if (!built) std::abort();
    return new Scanner(std::move(*built));
  }();
  return *scanner;
}

// A deterministic posting-like text: ordinary sentences with a flagged phrase every ~2 KB.
std::string Text(size_t bytes) {
  static const char* kSentences[] = {
      "You will design data pipelines and review models with the analytics team. ",
      "We ship weekly and care about clear, tested code in Python and SQL. ",
      "The role partners with product managers to plan quarterly goals. ",
      "Benefits include health cover, a pension and 25 days of leave. ",
  };
  std::string text;
  for (size_t i = 0; text.size() < bytes; ++i) {
    text += kSentences[i % 4];
    if (i % 30 == 29) text += "We are a fast-paced team and you may be eligible for a bonus. ";
  }
  return text;
}

void BM_ScanText(benchmark::State& state) {
  const Scanner& scanner = RepoScanner();
  const std::string text = Text(static_cast<size_t>(state.range(0)));
  auto scratch = scanner.NewScratch();
  for (auto _ : state) {
    auto result = scanner.Scan(text, **scratch);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ScanText)->Arg(4 << 10)->Arg(64 << 10)->Arg(4 << 20);

// The word pass alone (word_scan.h) with the anchors of the repo's lexicon strings (7,575), over
// the posting-like text: 0 = portable, 1 = AVX-512, 2 = AVX2 (skipped where the CPU lacks it).
void BM_WordPass(benchmark::State& state) {
  using namespace walkaway::scan;
  const auto pass = state.range(0) == 0 ? WordPass::kPortable : state.range(0) == 1 ? WordPass::kAvx512 : WordPass::kAvx2;
  if ((pass == WordPass::kAvx512 && !HasAvx512WordPass()) || (pass == WordPass::kAvx2 && !HasAvx2WordPass())) {
    state.SkipWithError("this CPU lacks that word pass");
    return;
  }
  static const AnchorIndex* index = [] {
    auto lexicon = walkaway::io::ReadLexiconDir(WALKAWAY_LEXICON_DIR);
    if (!lexicon) std::abort();
    auto* built = new AnchorIndex;
    uint32_t k = 0;
    for (const LexiconEntry& entry : lexicon->entries) {
      const auto strings = ExpandToLiterals(entry.pattern, entry.is_regex);
      if (!strings) continue;
      for (const std::string& s : *strings) {
        const auto anchor = ChooseAnchor(s, true, true);
        if (anchor) built->Add(AnchorKey(s, anchor->begin, anchor->end), AnchorTarget{k++, 0, 0, 0});
      }
    }
    built->Finish();
    return built;
  }();
  const std::string text = Text(64 << 10);
  WordScratch scratch;
  std::vector<AnchorHit> hits;
  for (auto _ : state) {
    FindAnchorWords(text, *index, scratch, hits, pass);
    benchmark::DoNotOptimize(hits.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_WordPass)->Arg(0)->Arg(1)->Arg(2);

// JSON string bodies, 64 bytes at a time (json_unescape.h), with a "\n" every ~90 bytes as in
// postings.
void BM_UnescapeBlocks(benchmark::State& state) {
  using namespace walkaway::scan;
  if (!HasAvx512Unescape()) {
    state.SkipWithError("this CPU has no AVX-512 VBMI2");
    return;
  }
  std::string body;
  while (body.size() < (64 << 10)) body += "We ship weekly and care about clear, tested code in Python and SQL here.\\n";
  body += '"';
  std::string out(body.size() + 64, '\0');
  for (auto _ : state) {
    char* o = out.data();
    benchmark::DoNotOptimize(UnescapeBlocks(body.data(), 0, body.size(), o));
    benchmark::DoNotOptimize(o);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(body.size()));
}
BENCHMARK(BM_UnescapeBlocks);

void BM_LoadLexiconAndCachedDatabase(benchmark::State& state) {
  const std::string cache = std::string(WALKAWAY_BINARY_DIR) + "/bench-scan-cache";
  for (auto _ : state) {
    auto lexicon = walkaway::io::ReadLexiconDir(WALKAWAY_LEXICON_DIR);
    auto built = Scanner::Build(std::move(*lexicon), cache);
    benchmark::DoNotOptimize(built);
  }
}
BENCHMARK(BM_LoadLexiconAndCachedDatabase)->Unit(benchmark::kMillisecond);

void BM_OpenWarmCache(benchmark::State& state) {
  const std::string cache = std::string(WALKAWAY_BINARY_DIR) + "/bench-scan-open-cache";
  auto warm = Scanner::Open(WALKAWAY_LEXICON_DIR, cache, &walkaway::io::ReadLexiconDir);
  if (!warm) std::abort();
  for (auto _ : state) {
    auto opened = Scanner::Open(WALKAWAY_LEXICON_DIR, cache, &walkaway::io::ReadLexiconDir);
    benchmark::DoNotOptimize(opened);
  }
}
BENCHMARK(BM_OpenWarmCache)->Unit(benchmark::kMillisecond);

// A posting as one JSON line, its line breaks escaped as JSON writers do.
std::string JsonLine(size_t bytes) {
  std::string text = Text(bytes), line = "{\"id\":1,\"text\":";
  for (size_t i = 80; i < text.size(); i += 400) text[i] = '\n';
  walkaway::scan::AppendJsonString(line, text);
  return line + "}";
}

void BM_ParseJsonlRecord(benchmark::State& state) {
  const std::string line = JsonLine(static_cast<size_t>(state.range(0)));
  walkaway::scan::JsonlRecord record;
  for (auto _ : state) {
    auto parsed = walkaway::scan::ParseJsonlRecord(line, record);
    benchmark::DoNotOptimize(parsed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(line.size()));
}
BENCHMARK(BM_ParseJsonlRecord)->Arg(4 << 10);

// What the scanner does around each hit: the quoted sentence and the negation check, at every
// "fast-paced" and "bonus" of a posting (about one hit per 1 KB, as in real postings).
void BM_SentenceAround(benchmark::State& state) {
  std::string text = Text(64 << 10);
  for (size_t i = 80; i < text.size(); i += 400) text[i] = '\n';
  std::vector<size_t> hits;
  for (const std::string_view word : {"fast-paced", "bonus"}) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
      hits.push_back(at);
    }
  }
  size_t bytes = 0;
  for (auto _ : state) {
    for (size_t at : hits) {
      std::string sentence = walkaway::scan::SentenceAround(text, at, at + 5);
      bytes += sentence.size();
      benchmark::DoNotOptimize(sentence);
      benchmark::DoNotOptimize(walkaway::scan::IsNegatedAt(text, at, at + 5));
    }
  }
  const auto calls = static_cast<int64_t>(state.iterations() * hits.size());
  state.SetItemsProcessed(calls);
  state.counters["sentence_bytes"] = static_cast<double>(bytes) / static_cast<double>(calls);
}
BENCHMARK(BM_SentenceAround);

void BM_CompileLexicon(benchmark::State& state) {
  for (auto _ : state) {
    auto lexicon = walkaway::io::ReadLexiconDir(WALKAWAY_LEXICON_DIR);
    auto built = Scanner::Build(std::move(*lexicon), {});
    benchmark::DoNotOptimize(built);
  }
}
BENCHMARK(BM_CompileLexicon)->Unit(benchmark::kMillisecond);

}  // namespace
