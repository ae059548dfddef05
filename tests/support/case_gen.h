#pragma once

// RapidCheck generators of whole cases for the judgement invariants (tests/judge/invariants_test.cc,
// issue #12): messy but valid cases as a person writes them, built on the aligned case and varied
// in every part the rules read (pay, floors, work, dates, claims spoken and written, interviews,
// the reflection, the person's situation, notes and a letter).

#include <rapidcheck.h>

#include <string>
#include <vector>

#include "walkaway/core/case.h"

namespace walkaway::testing {

// One offer, one to three of them in a case; every case passes core::ValidateCase.
rc::Gen<core::Offer> GenOffer(int index);
rc::Gen<core::Case> GenCase();

// The letter a careful employer would send that only restates what the offer records: base,
// work mode and office days, hours, deadline. Its sentences add no fact the case does not have: a
// topic someone only spoke about is left out (writing it would confirm the spoken promise).
std::string RestatingLetter(const core::Offer& o, const std::string& currency);

}  // namespace walkaway::testing
