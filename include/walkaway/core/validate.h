#pragma once

// Checks on a parsed case that go beyond types: cross-field rules (deadline after received, unique
// offer ids, shares summing to 100, known currencies). The io layer runs it after parsing so every
// error carries a field path; it returns the first error found, in file order.

#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::core {

Status ValidateCase(const Case& c);

}  // namespace walkaway::core
