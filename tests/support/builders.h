#pragma once

// Test builders: a small, complete case whose single offer meets every non-negotiable, so each
// test changes only the fields its behaviour is about.

#include <ostream>
#include <string>

#include "walkaway/core/case.h"
#include "walkaway/core/metrics.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
// Test failure messages name codes and rules as the reports do.
inline std::ostream& operator<<(std::ostream& os, Code code) { return os << ToString(code); }
inline std::ostream& operator<<(std::ostream& os, RuleId rule) { return os << ToString(rule); }
}  // namespace walkaway::core

namespace walkaway::testing {

// An offer from "Acme" that passes every gate of AlignedCandidate(): 90k EUR base, hybrid with two
// office days in Berlin, 40 hours, written progression, 14 days to decide, nothing verbal.
core::Offer AlignedOffer();

// A candidate in EUR: base_min 85k, hybrid at least, at most 2 office days, Berlin, 45 hours,
// must have parental leave, no defense; employed at 78k / 40 h.
core::Candidate AlignedCandidate();

// A case with AlignedCandidate(), one AlignedOffer(), as_of 2026-11-21, and a positive reflection.
core::Case AlignedCase();

// AlignedCase() with a second, identical offer "globex" (Globex): the comparison tests change one
// of the two.
core::Case TwoAlignedOffers();

// Runs one rule on offers[offer_index] of `c` as of c.as_of (or 2026-11-21), with gates computed
// and, for phase-two rules, `prior` findings given.
std::vector<core::Finding> RunRule(core::RuleFn rule, const core::Case& c, int offer_index = 0,
                                   std::span<const core::Finding> prior = {});

// A code of the rule named `rule` ("SIGN-PAY"), for findings a test makes up as a rule's output.
core::Code AnyCodeOf(std::string_view rule);

// The words of an ask, as the reports show them (report::DescribeAsk).
std::string AskText(const core::Ask& ask);

// True when some finding has this code.
bool HasCode(const std::vector<core::Finding>& findings, std::string_view code);
// The finding with this code; fails the current test (and returns an empty finding) when absent.
core::Finding FindingWithCode(const std::vector<core::Finding>& findings, std::string_view code);

}  // namespace walkaway::testing
