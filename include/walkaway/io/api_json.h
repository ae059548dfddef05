#pragma once

// The small JSON bodies of the server's API (docs/server.md) that are not case files or reports:
// read here because only io includes a JSON library.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

// `text` as a JSON string, quoted and escaped.
std::string JsonString(std::string_view text);

}  // namespace walkaway::io
