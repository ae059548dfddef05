#pragma once

// The pay-model fields' checks (docs/pay-model.md), kept apart from validate.cc so each file stays
// one size: ranges, prices that cannot be negative, odds that cannot add up past 100 %.

#include <optional>
#include <string>

#include "walkaway/core/case.h"
#include "walkaway/core/result.h"

namespace walkaway::core {

// The first error among the pay-model fields, in file order (candidate, offers, [model]).
Status ValidatePayModel(const Case& c);

// Bounds on money shared with validate.cc (docs/hardening.md, "Arithmetic").
//
// What is wrong with `amount`, or empty: it is negative, above kMaxAmountUnits, or, when it is in
// `offer`'s currency (offer not null) and that differs from the candidate's, above kMaxAmountUnits
// once converted at the offer's exchange rate, as ToCandidateCurrency converts it.
std::optional<std::string> AmountProblem(const Case& c, const Offer* offer, Money amount);

// The offer's exchange rate when its amounts are converted (another currency and a rate), else 1.
double RateOf(const Case& c, const Offer& offer);

// The smallest and largest exchange rate accepted: one unit of the offer's currency is worth
// between a millionth and a million units of the candidate's. The widest pair among the known
// currencies (GBP and VND) is about 3 x 10^4.
inline constexpr double kMinExchangeRate = 1e-6;
inline constexpr double kMaxExchangeRate = 1e6;

}  // namespace walkaway::core
