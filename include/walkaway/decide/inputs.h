#pragma once

// Everything an evaluation needs beyond the case itself, computed by the libraries around the core:
// the pay model's projections (walkaway_comp), each offer's market position (walkaway_market) and,
// when a scanner is given, the lexicon's hits on each offer's documents (walkaway_scan;
// docs/document-signals.md).
// The CLI's evaluate, compare and negotiation plan all gather through this one class, so that a
// verdict never depends on which command asked for it.

#include <memory>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/result.h"

namespace walkaway::scan {
class Scanner;
}  // namespace walkaway::scan

namespace walkaway::decide {

// Keeps what is read from disk once (the market index, read on first need), so that gathering for
// many variants of one case (the negotiation plan) reads it once.
class InputGatherer {
 public:
  InputGatherer();
  ~InputGatherer();
  InputGatherer(const InputGatherer&) = delete;
  InputGatherer& operator=(const InputGatherer&) = delete;

  // From now on Gather also scans every offer's documents with `scanner` (not owned: it must
  // outlive this gatherer) into EvaluationInputs::phrases, negated hits included. Fails only when
  // the scanner's scratch space cannot be allocated. Without it, documents are read only by the
  // core's own phrase lists, so a command that evaluates a case with documents must call this to
  // give the same verdict as `walkaway evaluate` (cli::LoadDocumentScanner loads the scanner).
  core::Status ScanDocumentsWith(const scan::Scanner& scanner);

  // A missing or broken market index means no market position, never an error. A document the
  // scanner refuses (2 GiB or more; the case reader caps documents at 4 MiB) adds no signals.
  core::EvaluationInputs Gather(const core::Case& c, core::Date today);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// One gathering with a fresh InputGatherer.
core::EvaluationInputs GatherInputs(const core::Case& c, core::Date today);

}  // namespace walkaway::decide
