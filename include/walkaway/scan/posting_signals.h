#pragma once

// Signals in what a job posting leaves out, as opposed to what its text says (issue #12, item 6).
// Public scam guidance (FTC "Job Scams": look the company up, with "scam", "review" and
// "complaint") depends on knowing who is hiring: a posting that names no company, or says nothing
// about it, leaves the reader nothing to check. These are weak signals on their own (small real
// employers write thin postings), so they are minor and only raised where the input has the field:
// `walkaway scan --jsonl` records that carry "company" or "company_description" (docs/scanner.md).
// A field that is absent says nothing; a field that is present and blank is the signal.

#include <string_view>
#include <vector>

#include "walkaway/core/finding.h"
#include "walkaway/core/registry.h"

namespace walkaway::scan {

// What a record said about the posting's structured fields. kAbsent: the input has no such field.
enum class FieldState { kAbsent, kBlank, kGiven };

struct PostingFields {
  FieldState company = FieldState::kAbsent;
  FieldState company_description = FieldState::kAbsent;
};

struct PostingSignal {
  std::string_view id;     // "scam.posting-no-company", in the lexicon's id space
  std::string_view field;  // the record key that was blank
  core::RuleId rule;
  core::Severity severity;
  std::string_view explanation;
};

// Blank: no letter or digit (whitespace, punctuation, "-", "N/A" is not blank: it is a word).
FieldState StateOf(std::string_view value);

// The signals the fields raise, in a fixed order (company, then its description).
std::vector<const PostingSignal*> PostingSignals(const PostingFields& fields);

}  // namespace walkaway::scan
