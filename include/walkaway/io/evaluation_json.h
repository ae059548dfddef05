#pragma once

// The machine-readable report: an Evaluation as JSON, schema "walkaway.evaluation/2"
// (docs/report-json.md). Money is an object {"minor": cents, "currency": "EUR"} so no consumer ever
// parses a float for money.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "walkaway/core/evaluate.h"
#include "walkaway/core/result.h"
#include "walkaway/core/negotiation.h"
#include "walkaway/io/case_record.h"

namespace walkaway::io {

inline constexpr std::string_view kEvaluationSchema = "walkaway.evaluation/2";

struct JsonReportOptions {
  std::string case_path{};
  std::string version{};
  std::string currency{};
  const std::map<std::string, core::SourceLocation>* locations = nullptr;
  int indent = 2;  // -1 for one line (JSONL)
  // The pay model's projections (matched to offers by id): each offer carries its own under
  // "projection", null when none was computed (docs/report-json.md).
  const std::vector<core::PayProjection>* projections = nullptr;
  // The negotiation plans of the NEGOTIATE offers: each such offer carries its own under "plan",
  // null for the others (docs/report-json.md, docs/negotiation.md).
  const std::vector<core::NegotiationPlan>* plans = nullptr;
};

std::string EvaluationToJson(const core::Evaluation& evaluation, const JsonReportOptions& options);

// {"error": {"code": "invalid_input", "message": ..., "field": ..., "file": ..., "line": ...,
// "column": ..., "hint": ...}}: the one shape every machine interface uses for errors.
std::string ErrorToJson(const core::Error& error);

// One record of `evaluate --jsonl` (docs/scale.md), on one line with its newline:
// {"line": N, "id": ..., "judgement": {...}} with the document EvaluationToJson writes (the indent
// of `options` is not used), or {"line": N, "id": ..., "error": {...}} with ErrorToJson's fields.
// The id is null when the record has none.
std::string JudgementRecordToJson(size_t line, const RecordId& id, const core::Evaluation& evaluation,
                                  const JsonReportOptions& options);
std::string ErrorRecordToJson(size_t line, const RecordId& id, const core::Error& error);

// "invalid_input", "not_found", "too_large", "io", "internal".
std::string_view ErrorCodeName(core::ErrorCode code);

}  // namespace walkaway::io
