#pragma once

// `walkaway draft FILE --offer ID --kind KIND`: a message for one offer, filled with the case's facts
// (docs/negotiation.md). Kept out of commands.h so that this command's options live next to it.

#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.h"

namespace walkaway::cli {

struct DraftOptions {
  std::string file{};
  std::string offer{};
  std::string kind{};                   // extension, confirm, counter, decline, accept
  std::optional<std::string> today{};   // YYYY-MM-DD; overrides the case's as_of
  std::optional<std::string> output{};  // write here (atomically) instead of stdout
  bool force = false;                    // replace a read-only output file
};

int RunDraft(const DraftOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

}  // namespace walkaway::cli
