#pragma once

// The words of an ask (walkaway/core/ask.h): the one place they are made. The text and Markdown
// reports, the drafts and the JSON writer all call this; nothing reads the words back.

#include <string>
#include <vector>

#include "walkaway/core/ask.h"

namespace walkaway::report {

// "a base salary of at least 85,000 EUR", "an extension of the deadline to 2026-12-08".
std::string DescribeAsk(const core::Ask& ask);

// "'two days in the office is fine' (hiring manager)": a claim as it was said, for asks and drafts.
std::string DescribeClaim(const core::ClaimRef& claim);

// "a, b and c".
std::string JoinWords(const std::vector<std::string>& items);

}  // namespace walkaway::report
