#include "walkaway/scan/jsonl_pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>
#include <vector>

#include "io/file_reader.h"
#include "walkaway/scan/jsonl.h"

namespace walkaway::scan {
namespace {

constexpr size_t kReadChunk = 1u << 20;

struct Item {
  size_t line_number = 0;
  size_t offset = 0;  // into Batch::data
  size_t length = 0;
  bool too_long = false;
};

struct Batch {
  size_t seq = 0;
  std::string data;
  std::vector<Item> items;
  std::string output;
};

class Pipeline {
 public:
  Pipeline(const Scanner& scanner, std::ostream& out, const PipelineOptions& options)
      : scanner_(scanner), out_(out), options_(options) {}

  core::Result<PipelineStats> Run(std::istream& in) {
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const int workers = options_.threads > 0 ? options_.threads : static_cast<int>(hw);
    max_in_flight_ = options_.max_batches_in_flight > 0 ? options_.max_batches_in_flight
                                                        : static_cast<size_t>(2 * workers + 2);
    std::vector<std::shared_ptr<Scanner::Scratch>> scratches;
    for (int i = 0; i < workers; ++i) {
      core::Result<std::shared_ptr<Scanner::Scratch>> s = scanner_.NewScratch();
      if (!s) return s.error();
      scratches.push_back(std::move(*s));
    }
    std::vector<std::thread> threads;
    for (int i = 0; i < workers; ++i) threads.emplace_back([this, s = scratches[i].get()] { Work(*s); });
    std::thread writer([this] { Write(); });
    Read(in);
    for (std::thread& t : threads) t.join();
    writer.join();
    if (failed_) return core::Error::Io("cannot write the scan results (is the output closed?)");
    return stats_;
  }

 private:
  void Read(std::istream& in) {
    std::string chunk(kReadChunk, '\0');
    std::string pending;      // the start of a line that continues in the next chunk
    bool discarding = false;  // inside a line that is over the cap
    size_t line_number = 0;
    auto batch = NewBatch();
    const auto add_line = [&](std::string_view line, bool too_long) {
      if (!batch) return;  // the output failed: stop
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      batch->items.push_back(Item{line_number, batch->data.size(), line.size(), too_long});
      batch->data.append(line);
      if (batch->data.size() >= options_.batch_bytes || batch->items.size() >= options_.batch_lines) {
        Submit(std::move(batch));
        batch = NewBatch();
      }
    };
    while (!aborted() && batch) {
      in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      const size_t got = static_cast<size_t>(in.gcount());
      if (got == 0) break;
      stats_.bytes += got;
      std::string_view rest(chunk.data(), got);
      while (!rest.empty()) {
        const void* nl = std::memchr(rest.data(), '\n', rest.size());
        const size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - rest.data()) : rest.size();
        const std::string_view piece = rest.substr(0, len);
        if (!discarding && pending.size() + piece.size() > options_.max_line_bytes) {
          discarding = true;  // drop what we hold: the line is reported, never kept whole
          pending.clear();
          pending.shrink_to_fit();
        }
        if (!discarding) {
          if (nl != nullptr && pending.empty()) {
            add_line(piece, false);
          } else {
            pending.append(piece);
            if (nl != nullptr) {
              add_line(pending, false);
              pending.clear();
            }
          }
        } else if (nl != nullptr) {
          add_line({}, true);
          discarding = false;
        }
        rest.remove_prefix(nl ? len + 1 : len);
      }
      if (!in) break;
    }
    if (discarding) add_line({}, true);
    else if (!pending.empty()) add_line(pending, false);
    if (batch && !batch->items.empty()) Submit(std::move(batch));
    std::lock_guard lock(mu_);
    reading_done_ = true;
    work_cv_.notify_all();
    done_cv_.notify_all();
  }

  std::unique_ptr<Batch> NewBatch() {
    std::unique_lock lock(mu_);
    space_cv_.wait(lock, [&] { return in_flight_ < max_in_flight_ || failed_; });
    if (failed_) return nullptr;
    ++in_flight_;
    auto batch = std::make_unique<Batch>();
    batch->seq = next_seq_++;
    return batch;
  }

  void Submit(std::unique_ptr<Batch> batch) {
    std::lock_guard lock(mu_);
    ++submitted_;
    work_.push(std::move(batch));
    work_cv_.notify_one();
  }

  bool aborted() {
    std::lock_guard lock(mu_);
    return failed_;
  }

  void Work(Scanner::Scratch& scratch) {
    JsonlRecord record;
    while (true) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mu_);
        work_cv_.wait(lock, [&] { return !work_.empty() || reading_done_ || failed_; });
        if (work_.empty()) return;
        batch = std::move(work_.front());
        work_.pop();
      }
      size_t errors = 0;
      for (const Item& item : batch->items) {
        const std::string_view line(batch->data.data() + item.offset, item.length);
        if (item.too_long) {
          AppendErrorJson(batch->output, item.line_number, "null",
                          "line longer than " + io::FormatBytes(options_.max_line_bytes) + "; skipped");
          ++errors;
        } else if (line.find_first_not_of(" \t") == std::string_view::npos) {
          AppendErrorJson(batch->output, item.line_number, "null", "empty line");
          ++errors;
        } else if (core::Status parsed = ParseJsonlRecord(line, record); !parsed) {
          AppendErrorJson(batch->output, item.line_number, "null", parsed.error().message);
          ++errors;
        } else if (core::Result<ScanResult> result = scanner_.Scan(record.text, scratch); !result) {
          AppendErrorJson(batch->output, item.line_number, record.id_json, result.error().message);
          ++errors;
        } else {
          AppendResultJson(batch->output, item.line_number, record.id_json, *result);
        }
      }
      std::string().swap(batch->data);  // the text is no longer needed; free it before the writer runs
      std::lock_guard lock(mu_);
      stats_.lines += batch->items.size();
      stats_.errors += errors;
      done_.emplace(batch->seq, std::move(batch));
      done_cv_.notify_one();
    }
  }

  void Write() {
    size_t next = 0;
    while (true) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mu_);
        done_cv_.wait(lock, [&] { return done_.count(next) != 0 || (reading_done_ && next == submitted_) || failed_; });
        if (failed_ || done_.count(next) == 0) return;
        batch = std::move(done_[next]);
        done_.erase(next);
      }
      out_.write(batch->output.data(), static_cast<std::streamsize>(batch->output.size()));
      ++next;
      std::lock_guard lock(mu_);
      if (!out_) {
        failed_ = true;
        work_cv_.notify_all();
      }
      --in_flight_;
      space_cv_.notify_one();
    }
  }

  const Scanner& scanner_;
  std::ostream& out_;
  PipelineOptions options_;
  size_t max_in_flight_ = 4;

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_, space_cv_;
  std::queue<std::unique_ptr<Batch>> work_;
  std::map<size_t, std::unique_ptr<Batch>> done_;
  size_t in_flight_ = 0, next_seq_ = 0, submitted_ = 0;
  bool reading_done_ = false, failed_ = false;
  PipelineStats stats_;
};

}  // namespace

core::Result<PipelineStats> RunJsonlPipeline(const Scanner& scanner, std::istream& in, std::ostream& out,
                                             const PipelineOptions& options) {
  Pipeline pipeline(scanner, out, options);
  core::Result<PipelineStats> stats = pipeline.Run(in);
  out.flush();
  return stats;
}

}  // namespace walkaway::scan
