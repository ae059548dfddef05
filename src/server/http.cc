#include "server/http.h"

#include "walkaway/io/api_json.h"
#include "walkaway/io/evaluation_json.h"

namespace walkaway::server {
namespace {

int StatusFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput: return 400;
    case core::ErrorCode::kNotFound: return 404;
    case core::ErrorCode::kTooLarge: return 413;
    case core::ErrorCode::kConflict: return 409;
    case core::ErrorCode::kIo:
    case core::ErrorCode::kInternal: return 500;
  }
  return 500;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

Response ErrorResponse(const core::Error& error) {
  Response r;
  r.status = StatusFor(error.code);
  if (r.status == 500) {
    // The message of an I/O or internal error may name a path or say what broke inside: the
    // person gets the fact, the details stay out of the response.
    core::Error plain = error;
    plain.message = error.code == core::ErrorCode::kIo ? "the workspace could not be read or written"
                                                       : "the server failed on this request";
    plain.location = {};
    plain.hint.clear();
    r.body = io::ErrorToJson(plain);
    return r;
  }
  r.body = io::ErrorToJson(error);
  return r;
}

Response ErrorResponse(int status, std::string_view code, std::string_view message) {
  Response r;
  r.status = status;
  r.body = "{\"error\":{\"code\":" + io::JsonString(code) + ",\"message\":" + io::JsonString(message) +
           ",\"field\":null}}";
  return r;
}

std::string_view PathOf(std::string_view target) {
  const size_t q = target.find('?');
  return q == std::string_view::npos ? target : target.substr(0, q);
}

std::string QueryParam(std::string_view target, std::string_view name) {
  const size_t q = target.find('?');
  if (q == std::string_view::npos) return {};
  std::string_view query = target.substr(q + 1);
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const size_t eq = pair.find('=');
    if (pair.substr(0, eq) == name) return eq == std::string_view::npos ? std::string() : PercentDecode(pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return {};
}

}  // namespace walkaway::server
