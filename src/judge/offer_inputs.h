#pragma once

// What one offer's evaluation needs from outside the core (its projection, market position, the
// lexicon's hits on its documents and the claims those documents state), computed once per
// distinct offer and reused: the negotiation plan re-judges one offer many times with one term
// changed, and only what that term touches is computed again. Private to walkaway_judge.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "walkaway/comp/projection.h"
#include "walkaway/core/case.h"
#include "walkaway/core/evaluate.h"
#include "walkaway/judge/judge.h"

namespace walkaway::judge {

class InputCache {
 public:
  InputCache(const Services& services, const comp::ProjectionOptions& projection, core::Date today);
  ~InputCache();
  InputCache(const InputCache&) = delete;
  InputCache& operator=(const InputCache&) = delete;

  // The pay model's settings as the case and the overrides resolve them; an error names the bad
  // override. The current job's projection, computed once.
  core::Status Check(const core::Case& c);
  const std::optional<core::PayProjection>& Current(const core::Case& c);

  // Adds offers[index] of `c` to `inputs`. `c` may be a variant of the judged case that differs
  // in that offer only (a concession granted): the projection is redone only when a term the pay
  // model reads changed, a document is read again only when its text changed.
  void AddOffer(const core::Case& c, size_t index, core::EvaluationInputs& inputs);

  int projections_computed() const { return projections_computed_; }
  int documents_read() const { return documents_read_; }

 private:
  struct DocumentReading;
  struct ProjectionEntry;

  std::optional<core::PayProjection> Projection(const core::Case& c, size_t index);
  const DocumentReading& Read(const core::Case& c, size_t offer, size_t document);

  Services services_;
  comp::ProjectionOptions projection_options_;
  core::Date today_;
  bool current_done_ = false;
  std::optional<core::PayProjection> current_{};
  std::vector<std::unique_ptr<ProjectionEntry>> projections_{};
  std::vector<std::unique_ptr<DocumentReading>> documents_{};
  int projections_computed_ = 0;
  int documents_read_ = 0;
};

}  // namespace walkaway::judge
