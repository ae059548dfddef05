#include "walkaway/core/finding.h"

namespace walkaway::core {

std::string_view ToString(Severity severity) {
  switch (severity) {
    case Severity::kBlocker: return "blocker";
    case Severity::kMajor: return "major";
    case Severity::kMinor: return "minor";
    case Severity::kPositive: return "positive";
  }
  return "minor";
}

std::string_view ToString(Channel channel) {
  switch (channel) {
    case Channel::kTerms: return "terms";
    case Channel::kTiming: return "timing";
    case Channel::kClaims: return "claims";
    case Channel::kInterviews: return "interviews";
    case Channel::kDocuments: return "documents";
    case Channel::kSelf: return "self";
  }
  return "terms";
}

std::string_view ToString(AskKind kind) {
  switch (kind) {
    case AskKind::kPay: return "pay";
    case AskKind::kWriting: return "writing";
    case AskKind::kDeadline: return "deadline";
    case AskKind::kOfficeDays: return "office_days";
    case AskKind::kHours: return "hours";
    case AskKind::kProgression: return "progression";
    case AskKind::kOther: return "other";
  }
  return "other";
}

}  // namespace walkaway::core
