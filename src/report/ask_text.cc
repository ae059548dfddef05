#include "walkaway/report/ask_text.h"

#include <algorithm>
#include <type_traits>

namespace walkaway::report {
namespace {

using namespace core;  // the ask types, in this file only

std::string Pay(const PayAtLeast& a) {
  const std::string amount = FormatMoney(a.amount, a.currency);
  switch (a.measure) {
    case PayMeasure::kBase: return "a base salary of at least " + amount;
    case PayMeasure::kFirstYearTotal: return "a first-year total of at least " + amount;
    case PayMeasure::kGuaranteed:
      return "a higher base or a guaranteed bonus, so that guaranteed pay is at least " + amount;
    case PayMeasure::kMatchingCurrent:
      return "base and expected bonus of at least " + amount + ", matching your current pay";
    case PayMeasure::kMatchingCurrentAfterTax:
      return "base and expected bonus of at least " + amount + ", so that after tax you keep what you keep now";
  }
  return amount;
}

std::string_view Growth(GrowthItem item) {
  switch (item) {
    case GrowthItem::kLadder: return "the career ladder for the role";
    case GrowthItem::kCriteria: return "the written criteria for the next level";
    case GrowthItem::kReviews: return "a performance review at least once a year";
    case GrowthItem::kMentor: return "a named mentor";
    case GrowthItem::kLearningBudget: return "a learning budget";
  }
  return "";
}

std::string_view Vesting(VestingChange change) {
  switch (change) {
    case VestingChange::kFourYears: return "vesting over four years";
    case VestingChange::kCliffAtMostAYear: return "a cliff of at most one year";
    case VestingChange::kEqualYearly: return "equal yearly vesting (25% a year)";
    case VestingChange::kNoRepurchase: return "no repurchase right on vested shares";
    case VestingChange::kLongerExerciseWindow: return "a longer window to exercise after leaving";
    case VestingChange::kExplained: return "the vesting and forfeiture terms explained in writing";
  }
  return "";
}

std::string_view Term(NegotiableTerm term) {
  switch (term) {
    case NegotiableTerm::kOnCall: return "the on-call load and how it is paid";
    case NegotiableTerm::kHours: return "the expected weekly hours";
    case NegotiableTerm::kSalary: return "the salary";
    case NegotiableTerm::kRemote: return "the remote arrangement";
    case NegotiableTerm::kOfficeDays: return "the number of office days";
    case NegotiableTerm::kTitle: return "the job title";
    case NegotiableTerm::kManager: return "who you report to";
    case NegotiableTerm::kCommute: return "the office location and office days";
    case NegotiableTerm::kBonus: return "the bonus terms";
  }
  return "";
}

std::string Words(std::string topic) {
  std::replace(topic.begin(), topic.end(), '_', ' ');
  return topic;
}

std::string Clause(const ClauseChange& c) {
  switch (c.request) {
    case ClauseRequest::kProRateRepayment: return "the repayment pro-rated by months served";
    case ClauseRequest::kProRateAndWaiveRepayment:
      return "the repayment pro-rated by months served, and waived if the company ends your employment";
    case ClauseRequest::kWaiveRepaymentOnDismissal:
      return "the repayment waived if the company ends your employment without cause";
    case ClauseRequest::kLimitNonCompete: {
      const std::string cap = std::to_string(c.cap_months) + " months";
      return c.stated_months ? "the non-compete removed, or cut from " + std::to_string(*c.stated_months) +
                                   " to at most " + cap + " with full pay during it"
                             : "the non-compete removed, or limited to at most " + cap + " with full pay during it";
    }
    case ClauseRequest::kLimitRestrictions: return "each restriction limited in time and scope, in writing";
    case ClauseRequest::kOptionalArbitration:
      return "the arbitration clause and any class-action waiver made optional or removed";
    case ClauseRequest::kConsentToChanges:
      return "changes to your duties, pay or place of work only with your written agreement";
    case ClauseRequest::kPaidOvertime: return "overtime paid, or taken back as time off, in writing";
    case ClauseRequest::kFairTermination:
      return "the same notice period for both sides, and severance if they end the job without cause";
    case ClauseRequest::kPaidTrial: return "every working day paid, the trial included";
    case ClauseRequest::kVestingTerms: {
      std::vector<std::string> items;
      for (VestingChange v : c.vesting) items.emplace_back(Vesting(v));
      return JoinWords(items);
    }
    case ClauseRequest::kCopyOfAgreements: {
      std::vector<std::string> named;
      for (const std::string& a : c.agreements) named.push_back("the " + a);
      return "a copy of " + JoinWords(named) + " before signing";
    }
    case ClauseRequest::kChangeOrRemove:
      return c.clauses.empty() ? std::string("this clause changed or removed before signing")
                               : "this clause changed or removed before signing: '" + c.clauses.front().quote + "'";
  }
  return "";
}

}  // namespace

std::string JoinWords(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string DescribeClaim(const ClaimRef& claim) {
  return "'" + claim.value + "'" + (claim.source.empty() ? std::string() : " (" + claim.source + ")");
}

std::string DescribeAsk(const Ask& ask) {
  return std::visit(
      [](const auto& a) -> std::string {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, PayAtLeast>) return Pay(a);
        if constexpr (std::is_same_v<T, SignOnBonus>) {
          return "a sign-on bonus of " + FormatMoney(a.amount, a.currency) + " paid in the first year";
        }
        if constexpr (std::is_same_v<T, Extension>) return "an extension of the deadline to " + a.to.ToString();
        if constexpr (std::is_same_v<T, OfficeDaysAtMost>) {
          return "at most " + std::to_string(a.days) + (a.days == 1 ? " office day" : " office days") +
                 " a week, in the offer letter";
        }
        if constexpr (std::is_same_v<T, StartNoEarlier>) {
          return "a start date no earlier than " + a.date.ToString() + ", in the offer letter";
        }
        if constexpr (std::is_same_v<T, HoursAtMost>) {
          return "expected hours of at most " + std::to_string(a.hours) + " a week, on-call included, in writing";
        }
        if constexpr (std::is_same_v<T, GrowthInWriting>) {
          std::vector<std::string> items;
          for (GrowthItem item : a.items) items.emplace_back(Growth(item));
          return JoinWords(items) + ", in writing";
        }
        if constexpr (std::is_same_v<T, ClaimsInWriting>) {
          if (a.claims.empty()) return "every promise made in the interviews written into the letter";
          if (a.claims.size() == 1 && a.claims.front().written) {
            const ClaimRef& c = a.claims.front();
            return "the offer letter to state " + DescribeClaim(c) + " on " + Words(c.topic);
          }
          std::vector<std::string> items;
          for (const ClaimRef& c : a.claims) items.push_back(DescribeClaim(c));
          return JoinWords(items) + " written into the offer letter";
        }
        if constexpr (std::is_same_v<T, WrittenAnswer>) {
          return "a written answer on " + Words(a.topic) + ": \"" + a.value + "\"";
        }
        if constexpr (std::is_same_v<T, ExactTerms>) {
          return "the exact terms (amount, conditions, date) behind: '" + a.sentence.quote + "'";
        }
        if constexpr (std::is_same_v<T, ClauseChange>) return Clause(a);
        if constexpr (std::is_same_v<T, SecondConversation>) {
          return "a second conversation with the manager or a team member";
        }
        if constexpr (std::is_same_v<T, DodgedAnswers>) return "answers in writing to the questions that were dodged";
        if constexpr (std::is_same_v<T, AgreeBeforeSigning>) {
          return "agree " + std::string(Term(a.term)) + " in writing before signing";
        }
        return "";
      },
      ask);
}

}  // namespace walkaway::report
