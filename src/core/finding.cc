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

}  // namespace walkaway::core
