#include "walkaway/scan/jsonl_pipeline.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "scan_test_util.h"

namespace walkaway::scan {
namespace {

using testing::BuildOrDie;
using testing::Entry;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string RunPipeline(const Scanner& scanner, const std::string& input, PipelineOptions options = {}) {
  std::istringstream in(input);
  std::ostringstream out;
  core::Result<PipelineStats> stats = RunJsonlPipeline(scanner, in, out, options);
  EXPECT_TRUE(stats.has_value());
  return out.str();
}

TEST(PipelineTest, KeepsInputOrderWithManyThreadsAndSmallBatches) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  std::string input;
  for (int i = 0; i < 5000; ++i) {
    input += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + std::string(static_cast<size_t>(i % 97), 'x') +
             (i % 3 == 0 ? " a fee" : " none") + "\"}\n";
  }
  PipelineOptions options;
  options.threads = 8;
  options.batch_lines = 7;
  options.max_batches_in_flight = 5;
  const std::vector<std::string> lines = Lines(RunPipeline(scanner, input, options));
  ASSERT_EQ(lines.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const std::string expect = "{\"line\":" + std::to_string(i + 1) + ",\"id\":" + std::to_string(i) + ",";
    ASSERT_EQ(lines[static_cast<size_t>(i)].rfind(expect, 0), 0u) << lines[static_cast<size_t>(i)];
    EXPECT_EQ(lines[static_cast<size_t>(i)].find("t.fee") != std::string::npos, i % 3 == 0);
  }
}

TEST(PipelineTest, MalformedAndEmptyLinesBecomeErrorRecordsAndTheRestContinues) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  const std::vector<std::string> lines =
      Lines(RunPipeline(scanner, "{\"id\":1,\"text\":\"fee\"}\nnot json\n\n{\"id\":4,\"text\":\"fee\"}\r\n{\"id\":5,\"text\":\"x\"}"));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_NE(lines[1].find("{\"line\":2,\"id\":null,\"error\":\"malformed JSON at byte 1"), std::string::npos);
  EXPECT_NE(lines[2].find("\"error\":\"empty line\""), std::string::npos);
  EXPECT_NE(lines[3].find("\"id\":4"), std::string::npos);
  EXPECT_NE(lines[4].find("\"line\":5"), std::string::npos);  // a last line without newline counts
}

TEST(PipelineTest, ABlankCompanyFieldIsReportedOnItsLine) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  const std::vector<std::string> lines =
      Lines(RunPipeline(scanner, "{\"id\": 1, \"text\": \"a fee\", \"company\": \"\"}\n{\"id\": 2, \"text\": \"x\"}\n"));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("\"posting\":[{\"entry\":\"scam.posting-no-company\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"entry\":\"t.fee\""), std::string::npos) << lines[0];
  EXPECT_EQ(lines[1].find("posting"), std::string::npos) << lines[1];
}

TEST(PipelineTest, EmptyInputWritesNothing) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  EXPECT_EQ(RunPipeline(scanner, ""), "");
}

TEST(PipelineTest, OverlongLineGetsAnErrorRecordWithoutStoppingTheStream) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  PipelineOptions options;
  options.max_line_bytes = 1u << 20;
  const std::string huge = "{\"id\":2,\"text\":\"" + std::string(3u << 20, 'a') + "\"}";
  const std::vector<std::string> lines =
      Lines(RunPipeline(scanner, "{\"id\":1,\"text\":\"fee\"}\n" + huge + "\n{\"id\":3,\"text\":\"fee\"}\n" + huge, options));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_NE(lines[1].find("line longer than 1 MiB; skipped"), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find("\"id\":3"), std::string::npos);
  EXPECT_NE(lines[3].find("\"line\":4"), std::string::npos);
}

TEST(PipelineTest, LongLineUnderTheCapIsScanned) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  const std::string text = std::string(4u << 20, 'a') + " fee";
  const std::vector<std::string> lines = Lines(RunPipeline(scanner, "{\"text\":\"" + text + "\"}\n"));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("t.fee"), std::string::npos);
}

TEST(PipelineTest, BinaryBytesInTextProduceValidUtf8Output) {
  const Scanner scanner = BuildOrDie({Entry("t.fee", "fee")});
  const std::string out = RunPipeline(scanner, std::string("{\"text\":\"\xFF\xFE fee \x80\"}\n\x00\x01\x02\n", 24));
  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("\xEF\xBF\xBD fee"), std::string::npos);
  EXPECT_NE(lines[1].find("\"error\""), std::string::npos);
}

}  // namespace
}  // namespace walkaway::scan

namespace walkaway::scan {
namespace {

// Input held in memory (a mapped file) must give exactly what the same bytes read as a stream give.
TEST(PipelineTest, InputInMemoryGivesTheSameOutputAsAStream) {
  const Scanner& scanner = testing::RepoScanner();
  std::mt19937 rng(20261128);
  const std::vector<std::string> pieces = {
      "{\"id\":1,\"text\":\"This offer expires today.\"}", "{\"id\":\"x\",\"text\":\"wear many hats\"}",
      "{bad", "", "   ", "{\"text\":\"up to 20% bonus\"}\r", std::string(300, 'a'), "{\"id\":2,\"text\":\"fine\"}"};
  for (int round = 0; round < 60; ++round) {
    std::string input;
    const size_t lines = rng() % 40;
    for (size_t i = 0; i < lines; ++i) input += pieces[rng() % pieces.size()] + "\n";
    if (rng() % 2 == 0 && !input.empty()) input.pop_back();  // no final newline
    PipelineOptions options;
    options.threads = 1 + static_cast<int>(rng() % 3);
    options.batch_lines = 1 + rng() % 5;
    options.batch_bytes = 1 + rng() % 200;
    options.max_line_bytes = 100 + rng() % 250;  // some lines are over it
    std::istringstream in(input);
    std::ostringstream streamed, held;
    ASSERT_TRUE(RunJsonlPipeline(scanner, in, streamed, options));
    size_t last_consumed = 0;
    bool ordered = true;
    core::Result<PipelineStats> stats = RunJsonlPipeline(scanner, std::string_view(input), held, options, [&](size_t at) {
      ordered = ordered && at >= last_consumed && at <= input.size();
      last_consumed = at;
    });
    ASSERT_TRUE(stats);
    EXPECT_EQ(held.str(), streamed.str()) << round;
    EXPECT_EQ(stats->bytes, input.size());
    EXPECT_TRUE(ordered);
    EXPECT_EQ(last_consumed, input.empty() ? 0u : input.size());
  }
}

}  // namespace
}  // namespace walkaway::scan

namespace walkaway::scan {
namespace {

// A line far over the cap in input held in memory is reported without being read, and the reader
// hands back what it passed while looking for its end.
TEST(PipelineTest, AnOverlongLineInMemoryIsSkippedAndGivenBackAsItIsPassed) {
  const Scanner& scanner = testing::RepoScanner();
  const std::string first = "{\"id\":1,\"text\":\"This offer expires today.\"}\n";
  const std::string huge = "{\"id\":2,\"text\":\"" + std::string(40u << 20, 'x') + "\"}\n";
  const std::string input = first + huge + "{\"id\":3,\"text\":\"wear many hats\"}";
  std::ostringstream out;
  std::vector<std::pair<size_t, size_t>> given_back;
  core::Result<PipelineStats> stats = RunJsonlPipeline(
      scanner, std::string_view(input), out, PipelineOptions{}, {},
      [&](size_t begin, size_t end) { given_back.emplace_back(begin, end); });
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->lines, 3u);
  EXPECT_EQ(stats->errors, 1u);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("\"line\":1,\"id\":1,\"hits\":[{"), std::string::npos) << lines[0];
  EXPECT_EQ(lines[1], "{\"line\":2,\"id\":null,\"error\":\"line longer than 16 MiB; skipped\"}");
  EXPECT_NE(lines[2].find("\"line\":3,\"id\":3,\"hits\":[{"), std::string::npos) << lines[2];
  ASSERT_FALSE(given_back.empty());
  for (const auto& [begin, end] : given_back) {  // only bytes of the long line
    EXPECT_GE(begin, first.size());
    EXPECT_LE(end, first.size() + huge.size());
    EXPECT_LT(begin, end);
  }
}

}  // namespace
}  // namespace walkaway::scan
