#pragma once

// The JSON Lines shapes of `walkaway scan --jsonl` (docs/scanner.md). A small dedicated reader, not
// a general JSON library: it must run at the scanner's speed (hundreds of MB/s) and it only needs
// one flat object per line.

#include <string>
#include <string_view>

#include <vector>

#include "walkaway/core/result.h"
#include "walkaway/scan/posting_signals.h"
#include "walkaway/scan/scanner.h"

namespace walkaway::scan {

struct JsonlRecord {
  std::string id_json = "null";  // the "id" value as written (a string or a number), or null
  std::string_view text{};       // the decoded "text": points into the line or into storage
  std::string storage{};         // decoding space when the text had escapes (its size is not the text's)
  PostingFields posting{};       // "company" and "company_description", when the line has them
};

// One line: an object with a string "text", an optional "id" (string or number) and the optional
// posting fields "company" and "company_description" (a string, or null for none; see
// posting_signals.h). Other keys are skipped whatever their value, nesting capped at 64. Errors say what was wrong and at which byte.
// The record keeps a view into `line` when the text had no escapes: keep the line alive.
core::Status ParseJsonlRecord(std::string_view line, JsonlRecord& record);

// s as a JSON string (quotes included); invalid UTF-8 becomes U+FFFD.
void AppendJsonString(std::string& out, std::string_view s);

// {"line":N,"id":...,"hits":[...],"dropped":D} and a newline; with ,"posting":[...] before the
// newline's brace when `posting` holds signals.
void AppendResultJson(std::string& out, size_t line_number, std::string_view id_json, const ScanResult& result,
                      const std::vector<const PostingSignal*>& posting = {});
// {"line":N,"id":...,"error":"..."} and a newline.
void AppendErrorJson(std::string& out, size_t line_number, std::string_view id_json, std::string_view message);

}  // namespace walkaway::scan
