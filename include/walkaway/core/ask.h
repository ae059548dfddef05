#pragma once

// An ask: a concrete request to the employer that would close a gap. A closed set of value types,
// one per kind of request, each carrying its figures (an amount, a date, a cap) and references
// (the claim to put in writing, the clause to change) as data. The words are made in one place,
// report/ask_text.cc; the negotiation plan, the verdict's de-duplication and the drafts read these
// fields, never the words.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "walkaway/core/date.h"
#include "walkaway/core/evidence.h"
#include "walkaway/core/money.h"

namespace walkaway::core {

// A coarse grouping of asks, for reports and the JSON "kind".
enum class AskKind { kPay, kWriting, kDeadline, kOfficeDays, kHours, kProgression, kStartDate, kOther };

// What a pay floor is measured on.
enum class PayMeasure {
  kBase,             // the base salary
  kFirstYearTotal,   // first-year base + expected bonus + sign-on + equity
  kGuaranteed,       // guaranteed pay: a higher base or a guaranteed bonus
  kMatchingCurrent,  // base + expected bonus, matching the current job
  kMatchingCurrentAfterTax,  // base + expected bonus that, after tax where the offer is, matches the
                             // current job's take-home (docs/tax.md)
};

struct PayAtLeast {
  PayMeasure measure = PayMeasure::kBase;
  Money amount{};
  std::string currency{};
  friend bool operator==(const PayAtLeast&, const PayAtLeast&) = default;
};

// A one-off sign-on bonus paid in the first year (the plan's way to close a first-year gap).
struct SignOnBonus {
  Money amount{};
  std::string currency{};
  friend bool operator==(const SignOnBonus&, const SignOnBonus&) = default;
};

// More time to decide.
struct Extension {
  Date to{};
  friend bool operator==(const Extension&, const Extension&) = default;
};

struct OfficeDaysAtMost {
  int days = 0;  // a week, in the offer letter
  friend bool operator==(const OfficeDaysAtMost&, const OfficeDaysAtMost&) = default;
};

// A first day of work no earlier than `date`, the day the person is free to start (their notice
// at the current job ends, or the earliest start they gave).
struct StartNoEarlier {
  Date date{};
  friend bool operator==(const StartNoEarlier&, const StartNoEarlier&) = default;
};

struct HoursAtMost {
  int hours = 0;  // expected hours a week, on-call included, in writing
  friend bool operator==(const HoursAtMost&, const HoursAtMost&) = default;
};

enum class GrowthItem {
  kLadder,             // the career ladder for the role
  kCriteria,           // the written promotion criteria for the next level
  kReviews,            // a performance review at least once a year
  kMentor,             // a named mentor
  kLearningBudget,     // a learning budget
};

struct GrowthInWriting {
  std::vector<GrowthItem> items{};
  friend bool operator==(const GrowthInWriting&, const GrowthInWriting&) = default;
};

// One claim of the offer's ledger, as the rules read it (the case's claims first, in order, then
// those the extractors read from the documents): its position, and its words for the message.
struct ClaimRef {
  int index = -1;
  std::string topic{};
  std::string value{};
  std::string source{};
  std::string stage{};
  bool written = false;
  friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
};

// Claims written into the offer letter. Empty: every promise made during the process.
struct ClaimsInWriting {
  std::vector<ClaimRef> claims{};
  friend bool operator==(const ClaimsInWriting&, const ClaimsInWriting&) = default;
};

// Two versions of a term disagree (SIGN-ROLE): a written answer on `topic`, confirming `value`,
// which is the claim `claim` when it is one (an offer term otherwise).
struct WrittenAnswer {
  std::string topic{};
  std::string value{};
  std::optional<ClaimRef> claim{};
  friend bool operator==(const WrittenAnswer&, const WrittenAnswer&) = default;
};

// The exact amount, conditions and date behind a vague sentence about pay.
struct ExactTerms {
  Evidence sentence{};
  friend bool operator==(const ExactTerms&, const ExactTerms&) = default;
};

// What to ask about a contract clause.
enum class ClauseRequest {
  kProRateRepayment,          // the repayment pro-rated by months served
  kProRateAndWaiveRepayment,  // ... and waived if the company ends the employment
  kWaiveRepaymentOnDismissal, // the repayment waived if the company ends it without cause
  kLimitNonCompete,           // removed, or cut to at most cap_months with full pay
  kLimitRestrictions,         // each restriction limited in time and scope
  kOptionalArbitration,       // arbitration and class-action waiver optional or removed
  kConsentToChanges,          // duties, pay or place changed only with written agreement
  kPaidOvertime,              // overtime paid or taken back as time off
  kFairTermination,           // the same notice both ways, severance without cause
  kPaidTrial,                 // every working day paid, the trial included
  kVestingTerms,              // the vesting changes in `vesting`
  kCopyOfAgreements,          // a copy of `agreements` before signing
  kChangeOrRemove,            // this clause changed or removed
};

enum class VestingChange {
  kFourYears,
  kCliffAtMostAYear,
  kEqualYearly,
  kNoRepurchase,
  kLongerExerciseWindow,
  kExplained,
};

struct ClauseChange {
  ClauseRequest request = ClauseRequest::kChangeOrRemove;
  std::optional<int> stated_months{};   // kLimitNonCompete: the length the clause states
  int cap_months = 0;                   // kLimitNonCompete: the most to accept
  std::vector<VestingChange> vesting{};
  std::vector<std::string> agreements{};  // kCopyOfAgreements: "invention assignment agreement", ...
  std::vector<Evidence> clauses{};        // the sentences of the documents this is about
  friend bool operator==(const ClauseChange&, const ClauseChange&) = default;
};

// A second conversation with the manager or a team member.
struct SecondConversation {
  friend bool operator==(const SecondConversation&, const SecondConversation&) = default;
};

// Written answers to the questions the interviews dodged.
struct DodgedAnswers {
  friend bool operator==(const DodgedAnswers&, const DodgedAnswers&) = default;
};

// Terms the person meant to "fix later" (BIAS-FIX-LATER), agreed before signing.
enum class NegotiableTerm { kOnCall, kHours, kSalary, kRemote, kOfficeDays, kTitle, kManager, kCommute, kBonus };

struct AgreeBeforeSigning {
  NegotiableTerm term = NegotiableTerm::kSalary;
  friend bool operator==(const AgreeBeforeSigning&, const AgreeBeforeSigning&) = default;
};

using Ask = std::variant<PayAtLeast, SignOnBonus, Extension, OfficeDaysAtMost, HoursAtMost, GrowthInWriting,
                         ClaimsInWriting, WrittenAnswer, ExactTerms, ClauseChange, SecondConversation,
                         DodgedAnswers, AgreeBeforeSigning, StartNoEarlier>;

AskKind KindOf(const Ask& ask);
std::string_view ToString(AskKind kind);

// The claims of the ledger an ask would put in writing (ClaimsInWriting, WrittenAnswer's claim).
std::vector<const ClaimRef*> ClaimsOf(const Ask& ask);

}  // namespace walkaway::core
