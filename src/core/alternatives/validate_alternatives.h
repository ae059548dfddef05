#pragma once

// The checks of EVAL-FEAR's fields (docs/fear-and-outlook.md): the person's stage history, the
// [model.funnel] overrides and the pipeline's dates. Kept apart from validate.cc like the pay
// model's, so each file stays one size.

#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::core {

// The first error among those fields, in file order (candidate, then [model]).
Status ValidateAlternatives(const Case& c);

}  // namespace walkaway::core
