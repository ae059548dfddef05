#pragma once

// A whole judgement of a case as plain values: the evaluation of each offer (gates, facts,
// findings, verdict), the pay projections it used, each NEGOTIATE offer's negotiation plan and,
// when asked for, the comparison of the offers. Judge (walkaway/judge/judge.h) makes it; the
// reports, the JSON writer and the server only read it.

#include <optional>
#include <vector>

#include "walkaway/core/comparison.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/core/negotiation.h"
#include "walkaway/core/pay_projection.h"

namespace walkaway::core {

struct Judgement {
  Evaluation evaluation{};
  std::vector<PayProjection> projections{};  // the offers the pay model could project, in case order
  std::optional<PayProjection> current{};    // the current job's, when the case gives its pay
  std::vector<NegotiationPlan> plans{};      // one per NEGOTIATE offer, in evaluation order
  std::optional<Comparison> comparison{};    // when two or more offers were compared
};

}  // namespace walkaway::core
