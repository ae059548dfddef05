// `walkaway evaluate --jsonl`: the batch stage (docs/scale.md). Lines are read in batches; each
// batch is judged by the workers, each with its own Engine (an Engine is not thread-safe), and
// written in input order before the next batch is read. A batch holds at most kBatchLines lines or
// kBatchBytes bytes (one line over the cap is dropped as it is read, never held), so memory stays
// bounded however long the input.

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <limits>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "walkaway/io/case_file.h"
#include "walkaway/io/case_record.h"
#include "walkaway/io/evaluation_json.h"

namespace walkaway::cli {
namespace {

constexpr size_t kBatchLines = 64;
constexpr size_t kBatchBytes = 16u << 20;
// As `scan --jsonl` and a case file: a longer line is an error record (docs/hardening.md).
constexpr size_t kMaxLineBytes = io::kMaxCaseBytes;
// What the records name as their file (the evaluation's "case" and the errors' "file").
constexpr std::string_view kInputName = "-";

struct Line {
  size_t number = 0;
  std::string text{};
  bool too_long = false;
};

// Lines of standard input (read(2) on the descriptor, so a line is judged as soon as it arrives)
// or of a stream (tests), at most kMaxLineBytes of each kept. A trailing '\r' is dropped.
class LineReader {
 public:
  LineReader(std::istream& in, int fd, size_t first_line) : in_(in), fd_(fd), number_(first_line - 1) {}

  // The next line; false at the end of the input, or when reading failed (error() says why).
  bool Next(Line& line) {
    line.text.clear();
    line.too_long = false;
    bool any = false;
    while (true) {
      if (pos_ == end_ && !Fill()) break;
      any = true;
      const char* begin = buffer_.data() + pos_;
      const void* nl = std::memchr(begin, '\n', end_ - pos_);
      const size_t n = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - begin) : end_ - pos_;
      if (!line.too_long) {
        if (line.text.size() + n > kMaxLineBytes) {
          line.too_long = true;
          std::string().swap(line.text);
        } else {
          line.text.append(begin, n);
        }
      }
      pos_ += n;
      if (nl != nullptr) {
        ++pos_;
        break;
      }
    }
    if (!any) return false;
    if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
    line.number = ++number_;
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  bool Fill() {
    if (eof_) return false;
    pos_ = end_ = 0;
    if (fd_ >= 0) {
      ssize_t n;
      do {
        n = ::read(fd_, buffer_.data(), buffer_.size());
      } while (n < 0 && errno == EINTR);
      if (n < 0) error_ = std::string("cannot read standard input: ") + std::strerror(errno);
      end_ = n > 0 ? static_cast<size_t>(n) : 0;
    } else {
      in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
      end_ = static_cast<size_t>(in_.gcount());
      if (in_.bad()) error_ = "cannot read standard input";
    }
    if (end_ == 0) eof_ = true;
    return end_ > 0;
  }

  std::istream& in_;
  int fd_;
  size_t number_;
  std::vector<char> buffer_ = std::vector<char>(1u << 16);
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  std::string error_{};
};

// One worker: its engine and the note it has said, so that each is said once.
struct Worker {
  Engine engine;
  std::string note_said{};
};

// The record for one line: the judgement or what kept it from being made.
std::string JudgeLine(const Line& line, Worker& worker, const EvaluateOptions& options, const Environment& env,
                      std::string& note) {
  if (line.too_long) {
    core::Error e = core::Error::TooLarge("the line is longer than " + std::to_string(kMaxLineBytes >> 20) +
                                          " MiB, the limit of a case; it was skipped");
    e.location.file = std::string(kInputName);
    e.location.line = static_cast<int>(std::min<size_t>(line.number, std::numeric_limits<int>::max()));
    return io::ErrorRecordToJson(line.number, {}, e);
  }
  io::CaseRecord record = io::ParseCaseRecord(line.text, kInputName, line.number);
  if (!record.loaded) return io::ErrorRecordToJson(line.number, record.id, record.loaded.error());
  const io::LoadedCase& loaded = *record.loaded;
  core::Result<core::Date> judged_on = JudgementDate(loaded.c, options.today, env);
  if (!judged_on) return io::ErrorRecordToJson(line.number, record.id, judged_on.error());
  if (core::Status ready = worker.engine.Prepare(loaded.c); !ready) {
    return io::ErrorRecordToJson(line.number, record.id, ready.error());
  }
  if (!worker.engine.note().empty() && worker.engine.note() != worker.note_said) {
    worker.note_said = worker.engine.note();
    note = worker.note_said;
  }
  core::Result<core::Judgement> judgement = worker.engine.Judge(loaded.c, *judged_on, {});
  if (!judgement) return io::ErrorRecordToJson(line.number, record.id, io::LocateInCase(judgement.error(), loaded));
  io::JsonReportOptions o{std::string(kInputName), kVersion, loaded.c.candidate.currency, &loaded.locations};
  o.projections = &judgement->projections;
  o.plans = &judgement->plans;
  return io::JudgementRecordToJson(line.number, record.id, judgement->evaluation, o);
}

// JudgeLine, and an internal error record should anything throw: a worker thread must not take
// the process down with the records of the lines before it.
std::string JudgeLineSafely(const Line& line, Worker& worker, const EvaluateOptions& options, const Environment& env,
                            std::string& note) {
  try {
    return JudgeLine(line, worker, options, env, note);
  } catch (const std::exception& e) {
    return io::ErrorRecordToJson(line.number, {}, core::Error::Internal(std::string("judging the line failed: ") + e.what()));
  }
}

}  // namespace

int RunEvaluateJsonl(const EvaluateOptions& options, std::istream& in, std::ostream& out, std::ostream& err,
                     const Environment& env) {
  // A malformed --today is the command's mistake, not each line's: said once, before reading.
  if (options.today) {
    if (core::Result<core::Date> today = JudgementDate(core::Case{}, options.today, env); !today) {
      return ReportError(today.error(), OutputFormat::kText, out, err);
    }
  }
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const size_t workers_wanted = options.threads > 0 ? static_cast<size_t>(options.threads) : hardware;
  std::vector<Worker> workers;
  LineReader reader(in, env.input_fd, options.first_line);
  std::vector<Line> batch;
  std::vector<std::string> records;
  std::vector<std::string> notes;
  while (true) {
    batch.clear();
    size_t bytes = 0;
    Line line;
    while (batch.size() < kBatchLines && bytes < kBatchBytes && reader.Next(line)) {
      bytes += line.text.size();
      batch.push_back(std::move(line));
    }
    if (batch.empty()) break;
    // Workers are made when a batch needs them: an empty input opens no engine.
    const size_t used = std::min(workers_wanted, batch.size());
    while (workers.size() < used) workers.push_back(Worker{Engine(EngineOptionsFor({options.lexicon, options.no_cache}, env))});
    records.assign(batch.size(), std::string());
    notes.assign(used, std::string());
    // Each worker takes the next unjudged line, so one slow case holds up only its own worker.
    std::atomic<size_t> next{0};
    const auto work = [&](size_t w) {
      for (size_t k; (k = next.fetch_add(1)) < batch.size();) {
        records[k] = JudgeLineSafely(batch[k], workers[w], options, env, notes[w]);
      }
    };
    if (used == 1) {
      work(0);
    } else {
      std::vector<std::thread> threads;
      for (size_t w = 0; w < used; ++w) threads.emplace_back(work, w);
      for (std::thread& t : threads) t.join();
    }
    for (const std::string& note : notes) {
      if (!note.empty()) err << "walkaway: note: " << note << "\n";
    }
    for (const std::string& record : records) out << record;
    out.flush();
    if (!out) break;
  }
  if (!reader.error().empty()) {
    err << "walkaway: error: " << reader.error() << "\n";
    return kExitIo;
  }
  return Flushed(out, err, kExitOk);
}

}  // namespace walkaway::cli
