#pragma once

// Everything an evaluation needs beyond the case itself, computed by the libraries around the core:
// the pay model's projections (walkaway_comp) and each offer's market position (walkaway_market).
// The CLI's evaluate, compare and negotiation plan all gather through this one class, so that a
// verdict never depends on which command asked for it.

#include <memory>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/evaluate.h"

namespace walkaway::decide {

// Keeps what is read from disk once (the market index, read on first need), so that gathering for
// many variants of one case (the negotiation plan) reads it once.
class InputGatherer {
 public:
  InputGatherer();
  ~InputGatherer();
  InputGatherer(const InputGatherer&) = delete;
  InputGatherer& operator=(const InputGatherer&) = delete;

  // A missing or broken market index means no market position, never an error.
  core::EvaluationInputs Gather(const core::Case& c, core::Date today);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// One gathering with a fresh InputGatherer.
core::EvaluationInputs GatherInputs(const core::Case& c, core::Date today);

}  // namespace walkaway::decide
