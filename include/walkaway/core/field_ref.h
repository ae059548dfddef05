#pragma once

// A typed reference to one place of a case: the offer, claim, document or interview it sits in,
// by index, and the field inside it. Evidence, gates and signals carry these; the text form
// ("offers[1].work.office_days") is made only by FieldPath, for reports and files, and nothing
// in the engine reads it back (a document's index is `item`, not a number parsed out of a path).

#include <string>
#include <string_view>

namespace walkaway::core {

// What a reference is inside of.
enum class Scope : unsigned char {
  kCase,        // the case itself: candidate.*, reflection.* (the case-level reflection)
  kOffer,       // offers[offer]
  kClaim,       // offers[offer].claims[item]
  kDocument,    // offers[offer].documents[item]
  kInterview,   // offers[offer].interviews[item]
  kReflection,  // offers[offer].reflection, or the case-level reflection when offer < 0
};

// The field inside the scope; kWhole is the scope itself. Names are the case file's keys
// (docs/case-file.md), relative to the scope.
enum class Field : unsigned char {
  kWhole,
  // Offer.
  kTitle,
  kLocation,
  kColArea,
  kTermMonths,
  kIndustry,
  kBenefits,
  kReceived,
  kDeadline,
  kExtension,
  kExtendedTo,
  kBase,
  kBonus,
  kSignOn,
  kEquity,
  kPromotion,
  kWork,
  kWorkMode,
  kWorkOfficeDays,
  kWorkExpectedWeeklyHours,
  kWorkOnCall,
  kWorkCommuteMinutes,
  kStartDate,
  kProgression,
  kProgressionLadderShared,
  kProgressionReviewCycleMonths,
  kProgressionPromotionCriteriaWritten,
  kProgressionMentorship,
  kProgressionLearningBudget,
  kClaims,
  kDocuments,
  kInterviews,
  kReflection,
  kNotes,  // also an interview's and a reflection's notes
  // Claim.
  kValue,
  kAmount,
  // Document.
  kText,
  // Interview.
  kTags,
  kActualMinutes,
  // Reflection.
  kExcited,
  kFeeling,
  kAcceptWithoutTimingWorry,
  kFeltRespected,
  kMovesTowardGoals,
  kGut,
  kLeaningAccept,
  // Case.
  kNonNegotiablesBaseMin,
  kNonNegotiablesTotalMin,
  kCurrentJob,
  kCurrentBase,
  kCurrentWeeklyHours,
  kPipeline,
  kRunwayMonths,
  kGoals,
  kGoalsTargetTotal,
  kCurrentNotice,
  kEarliestStart,
};

struct FieldRef {
  Scope scope = Scope::kCase;
  int offer = -1;  // index into the case's offers; -1 outside any offer
  int item = -1;   // index of the claim, document or interview inside the offer; -1 otherwise
  Field field = Field::kWhole;

  static FieldRef Case(Field f) { return {Scope::kCase, -1, -1, f}; }
  static FieldRef Offer(int offer, Field f = Field::kWhole) { return {Scope::kOffer, offer, -1, f}; }
  static FieldRef Claim(int offer, int claim, Field f = Field::kWhole) { return {Scope::kClaim, offer, claim, f}; }
  static FieldRef Document(int offer, int document, Field f = Field::kWhole) {
    return {Scope::kDocument, offer, document, f};
  }
  static FieldRef Interview(int offer, int interview, Field f = Field::kWhole) {
    return {Scope::kInterview, offer, interview, f};
  }
  // The reflection that applies to an offer: its own (offer >= 0) or the case-level one (-1).
  static FieldRef Reflection(int offer, Field f = Field::kWhole) { return {Scope::kReflection, offer, -1, f}; }

  // The same place, whatever the field: "offers[0].documents[1]" and ".text" name one document.
  bool SameItem(const FieldRef& other) const {
    return scope == other.scope && offer == other.offer && item == other.item;
  }
  friend bool operator==(const FieldRef&, const FieldRef&) = default;
};

// The case file's name of a field, relative to its scope ("work.office_days").
std::string_view FieldName(Field field);

// The path as the case file and the reports write it: "offers[1].work.office_days",
// "offers[0].documents[2].text", "candidate.non_negotiables.base_min", "reflection.gut".
std::string FieldPath(const FieldRef& ref);

}  // namespace walkaway::core
