#pragma once

// What keeps a server on localhost the person's own (docs/server.md, "Threat model"): another
// site open in the same browser must not read or change the workspace (cross-site requests, DNS
// rebinding), and nothing but the person's own tabs and scripts holding the token may call the API.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "server/http.h"

namespace walkaway::server {

inline constexpr std::string_view kTokenCookie = "walkaway_token";

struct GuardConfig {
  uint16_t port = 0;
  std::string token{};
};

// nullopt when the request may go on to the API or the page; otherwise the answer to send:
// - 421 when Host is not 127.0.0.1:PORT or localhost:PORT (a rebound DNS name reaching us);
// - 403 for a state-changing method whose Origin is another site's, or that the browser marks
//   cross-site (Sec-Fetch-Site);
// - 401 for an /api call without the token, in the cookie or in X-Walkaway-Token.
std::optional<Response> Guard(const Request& request, const GuardConfig& config);

// GET /?token=...: with the right token, the cookie is set (SameSite=Strict, HttpOnly) and the
// browser is sent to / so the token leaves the address bar and the history; nullopt otherwise.
std::optional<Response> TokenLanding(const Request& request, const GuardConfig& config);

// Equal, in time that does not depend on where they differ.
bool SameSecret(std::string_view a, std::string_view b);

// The value of one cookie in a Cookie header, empty if absent.
std::string CookieValue(std::string_view header, std::string_view name);

}  // namespace walkaway::server
