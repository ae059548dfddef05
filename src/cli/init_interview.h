#pragma once

// The `walkaway init` interview: the questions, in order, and the Case they build. It knows nothing
// of files or signals: it talks to a Terminal, so tests drive it with scripted lines.

#include <string>

#include "cli/init_terminal.h"
#include "walkaway/core/case.h"
#include "walkaway/core/date.h"

namespace walkaway::cli {

struct InterviewResult {
  // kLine when every question was asked; kEnd or kInterrupted when the interview stopped early
  // (then `c` is partial and must not be written).
  ReadStatus end = ReadStatus::kLine;
  core::Case c{};
};

// `today` is the default for the day the offer arrived.
InterviewResult RunInterview(Terminal& terminal, core::Date today);

// An offer id from a company name: lower-case a-z and 0-9, other runs become '-', at most 64
// characters; "offer" when nothing is left ("Acme Corp." -> "acme-corp").
std::string OfferIdFor(std::string_view company);

}  // namespace walkaway::cli
