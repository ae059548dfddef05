#pragma once

// `walkaway scan --jsonl`: one JSON object per input line in, one result per line out, in input
// order. A reader thread cuts the input into batches, N workers parse and scan them, and a writer
// emits them in order. At most `max_batches_in_flight` batches exist at once, so memory stays flat
// however long the input; a line over `max_line_bytes` is skipped in chunks, never held whole.
// Input already in memory (a mapped file) is cut into runs of about `batch_bytes` at line ends
// (`batch_lines` does not apply), scanned where it lies, and given back as it is written.

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string_view>

#include "walkaway/core/result.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::scan {

struct PipelineOptions {
  int threads = 0;                        // workers; 0 = one per hardware thread
  size_t max_line_bytes = 16u << 20;      // longer lines get an error record
  size_t batch_bytes = 1u << 20;          // a batch closes after this many bytes (or lines below)
  size_t batch_lines = 512;
  size_t max_batches_in_flight = 0;       // 0 = 2 per worker + 2
  // The number the first input line gets: a stage that is handed the lines from N on (GNU parallel
  // with -N, a Dask partition) numbers them as one process over the whole input would.
  size_t first_line = 1;
};

struct PipelineStats {
  size_t lines = 0;   // records written
  size_t errors = 0;  // of which error records
  size_t bytes = 0;   // input bytes read
};

// Fails only when the output cannot be written or a worker cannot get scratch space.
core::Result<PipelineStats> RunJsonlPipeline(const Scanner& scanner, std::istream& in, std::ostream& out,
                                             const PipelineOptions& options);

// The same over input already in memory, e.g. a mapped file (`walkaway scan --jsonl < file`):
// batches are runs of its lines, scanned where they lie, with no copy. `consumed`, when set, is
// called by the writer with an offset before which every line has been written, so the caller
// can give those pages back and keep memory flat on a large file; `skipped`, when set, is called
// by the reader with a range of a line over max_line_bytes that nobody will read.
core::Result<PipelineStats> RunJsonlPipeline(const Scanner& scanner, std::string_view input, std::ostream& out,
                                             const PipelineOptions& options,
                                             const std::function<void(size_t)>& consumed = {},
                                             const std::function<void(size_t, size_t)>& skipped = {});

}  // namespace walkaway::scan
