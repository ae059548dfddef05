#include "walkaway/scan/jsonl_pipeline.h"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>
#include <vector>

#include "walkaway/files/file_reader.h"
#include "walkaway/scan/jsonl.h"

namespace walkaway::scan {
namespace {

constexpr size_t kReadChunk = 1u << 20;
constexpr size_t kMinRead = 64u << 10;

// How every record begins (AppendResultJson, AppendErrorJson).
constexpr std::string_view kLinePrefix = "{\"line\":";

size_t DecimalDigits(size_t n) {
  size_t digits = 1;
  for (; n >= 10; n /= 10) ++digits;
  return digits;
}

struct Item {
  size_t line_number = 0;
  size_t offset = 0;  // into Batch::data
  size_t length = 0;
  bool too_long = false;
};

struct Batch {
  size_t seq = 0;
  std::string data;  // a buffer: only the first `used` bytes are input (its size is kept on reuse)
  size_t used = 0;
  // Where the items' offsets point: data.data(), or the batch's first line in input held in
  // memory (RunJsonlPipeline over a string_view: no copy); then input_end is where it ends there.
  const char* base = nullptr;
  bool in_place = false;
  size_t input_end = 0;
  // In place, the worker cuts the lines itself (right before parsing each, while it is in cache)
  // and numbers them from 1 within the batch; the writer, which knows how many lines came before,
  // writes the real number in front of each record. record_starts: where each record begins in
  // `output`; the batch's lines are [base, base + length).
  size_t length = 0;
  std::vector<size_t> record_starts;
  bool over_long = false;  // in place: the batch is one line over max_line_bytes, never read
  std::vector<Item> items;
  std::string output;
};

class Pipeline {
 public:
  Pipeline(const Scanner& scanner, std::ostream& out, const PipelineOptions& options)
      : scanner_(scanner), out_(out), options_(options) {}

  // Reads from `in`, or cuts `held` (input already in memory) when `in` is null.
  core::Result<PipelineStats> Run(std::istream* in, std::string_view held, const std::function<void(size_t)>* consumed,
                                  const std::function<void(size_t, size_t)>* skipped) {
    consumed_ = consumed;
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
    if (in != nullptr) {
      Read(*in);
    } else {
      Cut(held, skipped);
    }
    for (std::thread& t : threads) t.join();
    writer.join();
    if (failed_) return core::Error::Io("cannot write the scan results (is the output closed?)");
    return stats_;
  }

 private:
  // The input is read straight into the batch that will hold it: lines are found in place and only
  // the unfinished line at a batch's end is copied into the next one (a read buffer copied line by
  // line into the batch cost a second pass over every byte).
  void Read(std::istream& in) {
    size_t line_number = options_.first_line - 1;
    bool discarding = false;  // inside a line that is over the cap: its bytes are dropped as they come
    size_t line_start = 0;    // where the unfinished line begins in batch->data
    std::string carry;        // that line, on its way from a full batch to the next
    auto batch = NewBatch();
    const auto add_line = [&](size_t end, bool too_long) {
      ++line_number;
      size_t length = too_long ? 0 : end - line_start;
      if (length > 0 && batch->data[line_start + length - 1] == '\r') --length;
      batch->items.push_back(Item{line_number, line_start, length, too_long});
    };
    // Hands the batch on and starts the next with the unfinished line; false once the output failed.
    const auto next_batch = [&] {
      carry.assign(batch->data, line_start, batch->used - line_start);
      Submit(std::move(batch));
      batch = NewBatch();
      if (!batch) return false;
      if (batch->data.size() < carry.size()) batch->data.resize(carry.size());
      carry.copy(batch->data.data(), carry.size());
      batch->used = carry.size();
      line_start = 0;
      return true;
    };
    while (!aborted() && batch) {
      // Up to the batch's byte budget, so that a batch mostly ends where a read did.
      const size_t room = options_.batch_bytes > batch->used ? options_.batch_bytes - batch->used : 0;
      const size_t want = std::clamp(room, kMinRead, kReadChunk);
      std::string& data = batch->data;
      if (data.size() < batch->used + want) data.resize(batch->used + want);  // recycled: no refill
      in.read(data.data() + batch->used, static_cast<std::streamsize>(want));
      const size_t got = static_cast<size_t>(in.gcount());
      if (got == 0) break;
      stats_.bytes += got;
      size_t scan = batch->used;
      batch->used += got;
      bool stopped = false;
      while (scan < batch->used) {
        const void* nl = std::memchr(batch->data.data() + scan, '\n', batch->used - scan);
        if (nl == nullptr) break;
        const size_t at = static_cast<size_t>(static_cast<const char*>(nl) - batch->data.data());
        add_line(at, discarding || at - line_start > options_.max_line_bytes);
        discarding = false;
        line_start = at + 1;
        scan = line_start;
        if (batch->items.size() >= options_.batch_lines || line_start >= options_.batch_bytes) {
          if (!next_batch()) {
            stopped = true;
            break;
          }
          scan = 0;
        }
      }
      if (stopped) break;
      if (!discarding && batch->used - line_start > options_.max_line_bytes) discarding = true;
      if (discarding) batch->used = line_start;  // drop what we hold: the line is reported, never kept whole
      if (batch->used >= options_.batch_bytes && !batch->items.empty() && !next_batch()) break;
      if (!in) break;
    }
    if (batch) {
      if (discarding) add_line(line_start, true);
      else if (batch->used > line_start) add_line(batch->used, false);
      if (!batch->items.empty()) Submit(std::move(batch));
    }
    std::lock_guard lock(mu_);
    reading_done_ = true;
    work_cv_.notify_all();
    done_cv_.notify_all();
  }

  // Input already in memory: each batch is a run of whole lines of it, about batch_bytes long,
  // never copied; the reader touches only the bytes around each cut, the worker finds the lines.
  // A line over max_line_bytes across a cut is a batch of its own that nobody reads: its end is
  // searched a chunk at a time and the chunks passed are given back (`skipped`), so a 1 GB line
  // never becomes 1 GB of resident pages.
  void Cut(std::string_view input, const std::function<void(size_t, size_t)>* skipped) {
    constexpr size_t kSearchChunk = 16u << 20;
    const char* base = input.data();
    size_t pos = 0;
    const auto submit = [&](size_t begin, size_t end, bool over_long) {
      std::unique_ptr<Batch> batch = NewBatch();
      if (!batch) return false;
      batch->in_place = true;
      batch->over_long = over_long;
      batch->base = base + begin;
      batch->length = end - begin;
      batch->input_end = end;
      stats_.bytes += end - begin;
      Submit(std::move(batch));
      return true;
    };
    const size_t batch_bytes = std::max<size_t>(options_.batch_bytes, 1);
    while (pos < input.size() && !aborted()) {
      if (input.size() - pos <= batch_bytes) {
        submit(pos, input.size(), false);
        break;
      }
      const size_t from = pos + batch_bytes - 1;
      const void* before = ::memrchr(base + pos, '\n', from - pos);
      const size_t line_start = before != nullptr ? static_cast<size_t>(static_cast<const char*>(before) - base) + 1 : pos;
      size_t at = from, line_end = input.size();
      while (at < input.size()) {
        const size_t chunk = std::min(kSearchChunk, input.size() - at);
        if (const void* nl = std::memchr(base + at, '\n', chunk); nl != nullptr) {
          line_end = static_cast<size_t>(static_cast<const char*>(nl) - base);
          break;
        }
        at += chunk;
        if (at - line_start > options_.max_line_bytes && skipped != nullptr && *skipped) (*skipped)(line_start, at);
      }
      const size_t next = std::min(line_end + 1, input.size());
      if (line_end - line_start <= options_.max_line_bytes) {
        if (!submit(pos, next, false)) break;
      } else {
        if (line_start > pos && !submit(pos, line_start, false)) break;
        if (!submit(line_start, next, true)) break;
      }
      pos = next;
    }
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
    std::unique_ptr<Batch> batch;
    if (!free_.empty()) {
      batch = std::move(free_.back());
      free_.pop_back();
    } else {
      batch = std::make_unique<Batch>();
    }
    batch->seq = next_seq_++;
    return batch;
  }

  // A written batch keeps its buffers for the next one: a fresh megabyte per batch was faulted in
  // page by page and returned to the kernel again (3% of a single-thread run in perf). A buffer a
  // very long line grew is let go, so memory stays what max_batches_in_flight allows.
  void Recycle(std::unique_ptr<Batch> batch) {
    const size_t keep = 4 * std::max(options_.batch_bytes, kReadChunk);
    batch->items.clear();
    batch->used = 0;
    batch->base = nullptr;
    batch->in_place = false;
    batch->input_end = 0;
    batch->length = 0;
    batch->record_starts.clear();
    batch->over_long = false;
    batch->output.clear();
    if (batch->data.size() > keep) std::string().swap(batch->data);
    if (batch->output.capacity() > keep) std::string().swap(batch->output);
    free_.push_back(std::move(batch));
  }

  void Submit(std::unique_ptr<Batch> batch) {
    if (!batch->in_place) batch->base = batch->data.data();  // the buffer no longer moves
    std::lock_guard lock(mu_);
    ++submitted_;
    work_.push(std::move(batch));
    work_cv_.notify_one();
  }

  bool aborted() {
    std::lock_guard lock(mu_);
    return failed_;
  }

  // One line's record appended to `output`; 1 when it is an error record.
  size_t ScanLine(size_t line_number, std::string_view line, bool too_long, JsonlRecord& record,
                  Scanner::Scratch& scratch, std::string& output) {
    if (too_long) {
      AppendErrorJson(output, line_number, "null",
                      "line longer than " + files::FormatBytes(options_.max_line_bytes) + "; skipped");
      return 1;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      AppendErrorJson(output, line_number, "null", "empty line");
      return 1;
    }
    if (core::Status parsed = ParseJsonlRecord(line, record); !parsed) {
      AppendErrorJson(output, line_number, "null", parsed.error().message);
      return 1;
    }
    if (core::Result<ScanResult> result = scanner_.Scan(record.text, scratch); !result) {
      AppendErrorJson(output, line_number, record.id_json, result.error().message);
      return 1;
    } else {
      AppendResultJson(output, line_number, record.id_json, *result, PostingSignals(record.posting));
    }
    return 0;
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
      size_t errors = 0, lines = batch->items.size();
      if (batch->in_place && batch->over_long) {
        batch->record_starts.push_back(batch->output.size());
        errors += ScanLine(1, {}, true, record, scratch, batch->output);
        lines = 1;
      } else if (batch->in_place) {
        const std::string_view data(batch->base, batch->length);
        lines = 0;
        for (size_t at = 0; at < data.size();) {
          const void* nl = std::memchr(data.data() + at, '\n', data.size() - at);
          const size_t end = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - data.data()) : data.size();
          const bool too_long = end - at > options_.max_line_bytes;
          size_t length = too_long ? 0 : end - at;
          if (length > 0 && data[at + length - 1] == '\r') --length;
          batch->record_starts.push_back(batch->output.size());
          errors += ScanLine(++lines, data.substr(at, length), too_long, record, scratch, batch->output);
          at = end + 1;
        }
      } else {
        for (const Item& item : batch->items) {
          errors += ScanLine(item.line_number, std::string_view(batch->base + item.offset, item.length), item.too_long,
                             record, scratch, batch->output);
        }
      }
      std::lock_guard lock(mu_);
      stats_.lines += lines;
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
      if (batch->in_place) {
        // Each record starts `{"line":N` with N counted within the batch: write the real number.
        // Assembled in one buffer and written once: a write per piece cost more than the copy.
        const std::vector<size_t>& starts = batch->record_starts;
        assembled_.clear();
        char number[24];
        for (size_t k = 0; k < starts.size(); ++k) {
          const size_t rest = starts[k] + kLinePrefix.size() + DecimalDigits(k + 1);
          const size_t record_end = k + 1 < starts.size() ? starts[k + 1] : batch->output.size();
          const auto [end, ec] = std::to_chars(number, number + sizeof number,
                                                 options_.first_line + lines_written_ + k);
          assembled_ += kLinePrefix;
          assembled_.append(number, static_cast<size_t>(end - number));
          assembled_.append(batch->output, rest, record_end - rest);
        }
        out_.write(assembled_.data(), static_cast<std::streamsize>(assembled_.size()));
        lines_written_ += starts.size();
      } else {
        out_.write(batch->output.data(), static_cast<std::streamsize>(batch->output.size()));
      }
      // Batches are written in order: everything before this one's end is done with.
      if (batch->in_place && consumed_ != nullptr && *consumed_) (*consumed_)(batch->input_end);
      ++next;
      std::lock_guard lock(mu_);
      if (!out_) {
        failed_ = true;
        work_cv_.notify_all();
      }
      Recycle(std::move(batch));
      --in_flight_;
      space_cv_.notify_one();
    }
  }

  const Scanner& scanner_;
  std::ostream& out_;
  const std::function<void(size_t)>* consumed_ = nullptr;
  size_t lines_written_ = 0;  // by the writer: records of in-place batches so far
  std::string assembled_;     // by the writer: an in-place batch's records with their numbers
  PipelineOptions options_;
  size_t max_in_flight_ = 4;

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_, space_cv_;
  std::queue<std::unique_ptr<Batch>> work_;
  std::map<size_t, std::unique_ptr<Batch>> done_;
  std::vector<std::unique_ptr<Batch>> free_;  // written batches, buffers kept
  size_t in_flight_ = 0, next_seq_ = 0, submitted_ = 0;
  bool reading_done_ = false, failed_ = false;
  PipelineStats stats_;
};

}  // namespace

core::Result<PipelineStats> RunJsonlPipeline(const Scanner& scanner, std::istream& in, std::ostream& out,
                                             const PipelineOptions& options) {
  Pipeline pipeline(scanner, out, options);
  core::Result<PipelineStats> stats = pipeline.Run(&in, {}, nullptr, nullptr);
  out.flush();
  return stats;
}

core::Result<PipelineStats> RunJsonlPipeline(const Scanner& scanner, std::string_view input, std::ostream& out,
                                             const PipelineOptions& options,
                                             const std::function<void(size_t)>& consumed,
                                             const std::function<void(size_t, size_t)>& skipped) {
  Pipeline pipeline(scanner, out, options);
  core::Result<PipelineStats> stats = pipeline.Run(nullptr, input, &consumed, &skipped);
  out.flush();
  return stats;
}

}  // namespace walkaway::scan
