#pragma once

// The one way to judge a case (docs/architecture.md): every offer's evaluation with the pay
// model's projections, its market position and the lexicon's reading of its documents, the
// negotiation plan of each NEGOTIATE offer, and, when asked, the comparison of the offers. The CLI
// commands, the server and the library's users all call Judge, so a verdict never depends on who
// asked for it.
//
// Pure apart from the services: no I/O, no clock (`today` is a parameter), no environment. The
// same case, date, options and services give the same judgement.

#include <optional>
#include <string>

#include "walkaway/comp/projection.h"
#include "walkaway/core/case.h"
#include "walkaway/core/comparison.h"
#include "walkaway/core/date.h"
#include "walkaway/core/judgement.h"
#include "walkaway/core/result.h"
#include "walkaway/core/services.h"

namespace walkaway::tax {
class RulesSource;
}

namespace walkaway::judge {

// What the judgement may consult beyond the case; both are optional and not owned.
struct Services {
  // Where each offer's base sits in the market (SIGN-PAY); null: no market finding.
  const core::MarketLookup* market = nullptr;
  // The lexicon's hits on the offers' documents (SCAM, CONTRACT and five other rules read them;
  // docs/document-signals.md); null: documents are read by the core's own phrase lists only, which
  // gives a different verdict than `walkaway evaluate` for a case with documents.
  const core::PhraseScanner* scanner = nullptr;
  // The tax rules for take-home pay (docs/tax.md); null: projections have gross figures only, and
  // SIGN-PAY and BIAS-TITLE compare gross pay.
  const tax::RulesSource* tax = nullptr;
};

struct JudgeOptions {
  std::optional<std::string> only_offer{};        // judge this offer only (an id of the case)
  bool plans = true;                               // search a negotiation plan for each NEGOTIATE offer
  std::optional<core::CompareOptions> compare{};   // compare the offers (needs two or more)
  comp::ProjectionOptions projection{};            // overrides of the case's [model] settings
};

// REQUIRES: c passed core::ValidateCase. Errors: only_offer names no offer (not found, field
// "--offer"); bad comparison settings or priorities (invalid input with the field); pay model
// overrides out of range.
core::Result<core::Judgement> Judge(const core::Case& c, core::Date today, const Services& services,
                                    const JudgeOptions& options = {});

}  // namespace walkaway::judge
