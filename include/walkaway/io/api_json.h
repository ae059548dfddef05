#pragma once

// The small JSON bodies of the server's API (docs/server.md) that are not case files or reports:
// read here because only io includes a JSON library.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/result.h"

namespace walkaway::io {

// PATCH /api/v1/cases/{id}: {"path": "offers[0].base", "value": <any JSON>, "revision": 3}.
// `revision` is optional (no check against a stale case without it).
struct FieldChange {
  std::string path{};
  std::string value_json{};  // the value as compact JSON text
  std::optional<int64_t> revision{};
};
core::Result<FieldChange> ParseFieldChange(std::string_view body);

// POST /api/v1/cases/{id}/comparison: {"weights": {"pay": 3, ...}, "rank": ["pay", ...],
// "draws": 10000, "seed": 1}, every key optional. Weights or a rank replace the case's own
// priorities for this comparison only (a slider being moved); nothing is saved. Errors name the
// key ("weights.pay"); criterion names are checked by the comparison itself.
struct ComparisonRequest {
  std::optional<core::Priorities> priorities{};
  std::optional<int> draws{};
  std::optional<uint64_t> seed{};
};
core::Result<ComparisonRequest> ParseComparisonRequest(std::string_view body);

// POST /api/v1/review: {"text": "...", "kind": "offer_letter", "currency": "USD",
// "received": "2026-11-20", "offer": 0}. Only `text` is required (at most kMaxDocumentBytes, UTF-8);
// `kind` is one of the case file's document kinds (default offer_letter), `received` dates a
// letter with no "Date:" line, `offer` is the index the suggested field paths use.
struct ReviewRequest {
  std::string text{};
  std::string kind = "offer_letter";
  std::string currency = "USD";
  std::optional<core::Date> received{};
  int offer = 0;
};
core::Result<ReviewRequest> ParseReviewRequest(std::string_view body);

// `text` as a JSON string, quoted and escaped.
std::string JsonString(std::string_view text);

}  // namespace walkaway::io
