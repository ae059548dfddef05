#include "walkaway/core/case.h"

namespace walkaway::core {

std::string_view ToString(WorkMode mode) {
  switch (mode) {
    case WorkMode::kOnsite: return "onsite";
    case WorkMode::kHybrid: return "hybrid";
    case WorkMode::kRemote: return "remote";
  }
  return "onsite";
}

std::string_view ToString(Answer answer) {
  switch (answer) {
    case Answer::kYes: return "yes";
    case Answer::kPartly: return "partly";
    case Answer::kNo: return "no";
    case Answer::kUnsure: return "unsure";
  }
  return "unsure";
}

std::string_view ToString(ExtensionStatus status) {
  switch (status) {
    case ExtensionStatus::kNotAsked: return "not_asked";
    case ExtensionStatus::kAsked: return "asked";
    case ExtensionStatus::kGranted: return "granted";
    case ExtensionStatus::kRefused: return "refused";
  }
  return "not_asked";
}

std::string_view ToString(NegotiationStatus status) {
  switch (status) {
    case NegotiationStatus::kNotStarted: return "not_started";
    case NegotiationStatus::kInProgress: return "in_progress";
    case NegotiationStatus::kImproved: return "improved";
    case NegotiationStatus::kRefused: return "refused";
  }
  return "not_started";
}

std::string_view ToString(EquityKind kind) {
  switch (kind) {
    case EquityKind::kNone: return "none";
    case EquityKind::kRsu: return "rsu";
    case EquityKind::kOptions: return "options";
  }
  return "none";
}

std::string_view ToString(Feeling feeling) {
  switch (feeling) {
    case Feeling::kExcited: return "excited";
    case Feeling::kBoth: return "both";
    case Feeling::kRelieved: return "relieved";
  }
  return "both";
}

int FlexibilityRank(WorkMode mode) {
  switch (mode) {
    case WorkMode::kOnsite: return 0;
    case WorkMode::kHybrid: return 1;
    case WorkMode::kRemote: return 2;
  }
  return 0;
}

const Reflection* ReflectionFor(const Case& c, const Offer& offer) {
  if (offer.reflection) return &*offer.reflection;
  if (c.reflection) return &*c.reflection;
  return nullptr;
}

}  // namespace walkaway::core
