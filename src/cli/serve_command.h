#pragma once

// `walkaway serve`: the local server and its workspace (docs/server.md). The command only adapts:
// it picks the workspace file, makes the token, reads the clock and opens the browser; the server
// library does the rest.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace walkaway::cli {

struct ServeOptions {
  std::optional<std::string> workspace{};  // default: $XDG_DATA_HOME/walkaway/workspace.walkaway
  uint16_t port = 8787;                    // 0: any free port
  bool open = false;                       // open the address with xdg-open
  std::optional<std::string> today{};      // judge as of this date instead of the clock's
  size_t workers = 2;
  std::vector<std::string> imports{};  // case files to add to the workspace before serving
};

int RunServe(const ServeOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

}  // namespace walkaway::cli
