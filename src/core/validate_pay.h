#pragma once

// The pay-model fields' checks (docs/pay-model.md), kept apart from validate.cc so each file stays
// one size: ranges, prices that cannot be negative, odds that cannot add up past 100 %.

#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::core {

// The first error among the pay-model fields, in file order (candidate, offers, [model]).
Status ValidatePayModel(const Case& c);

}  // namespace walkaway::core
