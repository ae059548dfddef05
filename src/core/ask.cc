#include "walkaway/core/ask.h"

#include <type_traits>

namespace walkaway::core {

AskKind KindOf(const Ask& ask) {
  return std::visit(
      [](const auto& a) {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, PayAtLeast> || std::is_same_v<T, SignOnBonus>) return AskKind::kPay;
        if constexpr (std::is_same_v<T, Extension>) return AskKind::kDeadline;
        if constexpr (std::is_same_v<T, OfficeDaysAtMost>) return AskKind::kOfficeDays;
        if constexpr (std::is_same_v<T, HoursAtMost>) return AskKind::kHours;
        if constexpr (std::is_same_v<T, StartNoEarlier>) return AskKind::kStartDate;
        if constexpr (std::is_same_v<T, GrowthInWriting>) return AskKind::kProgression;
        if constexpr (std::is_same_v<T, ClaimsInWriting> || std::is_same_v<T, WrittenAnswer> ||
                      std::is_same_v<T, ExactTerms> || std::is_same_v<T, AgreeBeforeSigning>) {
          return AskKind::kWriting;
        }
        if constexpr (std::is_same_v<T, ClauseChange>) {
          if (a.request == ClauseRequest::kPaidTrial) return AskKind::kPay;
          if (a.request == ClauseRequest::kConsentToChanges || a.request == ClauseRequest::kCopyOfAgreements) {
            return AskKind::kWriting;
          }
          return AskKind::kOther;
        }
        return AskKind::kOther;
      },
      ask);
}

std::string_view ToString(AskKind kind) {
  switch (kind) {
    case AskKind::kPay: return "pay";
    case AskKind::kWriting: return "writing";
    case AskKind::kDeadline: return "deadline";
    case AskKind::kOfficeDays: return "office_days";
    case AskKind::kHours: return "hours";
    case AskKind::kProgression: return "progression";
    case AskKind::kStartDate: return "start_date";
    case AskKind::kOther: return "other";
  }
  return "other";
}

std::vector<const ClaimRef*> ClaimsOf(const Ask& ask) {
  std::vector<const ClaimRef*> out;
  if (const auto* w = std::get_if<ClaimsInWriting>(&ask)) {
    for (const ClaimRef& c : w->claims) out.push_back(&c);
  } else if (const auto* a = std::get_if<WrittenAnswer>(&ask); a && a->claim) {
    out.push_back(&*a->claim);
  }
  return out;
}

}  // namespace walkaway::core
