#include "server/guard.h"

namespace walkaway::server {
namespace {

bool IsStateChanging(std::string_view method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

bool IsOwnHost(std::string_view host, uint16_t port) {
  const std::string p = ":" + std::to_string(port);
  return host == "127.0.0.1" + p || host == "localhost" + p;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool SameSecret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string CookieValue(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const size_t semi = header.find(';');
    const std::string_view part = Trim(header.substr(0, semi));
    const size_t eq = part.find('=');
    if (eq != std::string_view::npos && Trim(part.substr(0, eq)) == name) return std::string(Trim(part.substr(eq + 1)));
    if (semi == std::string_view::npos) break;
    header.remove_prefix(semi + 1);
  }
  return {};
}

std::optional<Response> Guard(const Request& request, const GuardConfig& config) {
  if (!IsOwnHost(request.host, config.port)) {
    return ErrorResponse(421, "wrong_host",
                         "this server answers only to 127.0.0.1:" + std::to_string(config.port) + " and localhost:" +
                             std::to_string(config.port));
  }
  if (IsStateChanging(request.method)) {
    const std::string p = ":" + std::to_string(config.port);
    if (!request.origin.empty() && request.origin != "http://127.0.0.1" + p && request.origin != "http://localhost" + p) {
      return ErrorResponse(403, "cross_site", "a change from another site is refused");
    }
    if (request.sec_fetch_site == "cross-site" || request.sec_fetch_site == "same-site") {
      return ErrorResponse(403, "cross_site", "a change from another site is refused");
    }
  }
  if (PathOf(request.target).starts_with("/api/")) {
    const std::string cookie = CookieValue(request.cookie, kTokenCookie);
    const bool ok = SameSecret(request.token_header, config.token) || SameSecret(cookie, config.token);
    if (!ok || config.token.empty()) {
      return ErrorResponse(401, "no_token",
                           "open the address walkaway serve printed (it carries the token), or send X-Walkaway-Token");
    }
  }
  return std::nullopt;
}

std::optional<Response> TokenLanding(const Request& request, const GuardConfig& config) {
  if (request.method != "GET" || PathOf(request.target) != "/") return std::nullopt;
  const std::string token = QueryParam(request.target, "token");
  if (token.empty() || !SameSecret(token, config.token)) return std::nullopt;
  Response r;
  r.status = 303;
  r.content_type = "text/plain; charset=utf-8";
  r.headers.emplace_back("Set-Cookie", std::string(kTokenCookie) + "=" + config.token +
                                           "; Path=/; HttpOnly; SameSite=Strict");
  r.headers.emplace_back("Location", "/");
  return r;
}

}  // namespace walkaway::server
