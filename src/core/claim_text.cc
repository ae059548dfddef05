#include "walkaway/core/claim_text.h"

#include <array>
#include <string>

#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

std::optional<WorkMode> WorkModeFromText(std::string_view text) {
  const std::string t = NormalizeText(text);
  if (Contains(t, "hybrid")) return WorkMode::kHybrid;
  if (Contains(t, "remote") || Contains(t, "work from home") || Contains(t, "wfh") ||
      Contains(t, "work from anywhere")) {
    // "remote one day a week" is still mostly in the office.
    if (auto days = OfficeDaysFromText(text); days && *days > 0) {
      return *days >= 5 ? WorkMode::kOnsite : WorkMode::kHybrid;
    }
    return WorkMode::kRemote;
  }
  if (Contains(t, "onsite") || Contains(t, "on-site") || Contains(t, "on site") ||
      Contains(t, "office-based") || Contains(t, "office based") || Contains(t, "in person") ||
      Contains(t, "in-person")) {
    return WorkMode::kOnsite;
  }
  if (auto days = OfficeDaysFromText(text)) {
    if (*days == 0) return WorkMode::kRemote;
    return *days >= 5 ? WorkMode::kOnsite : WorkMode::kHybrid;
  }
  return std::nullopt;
}

std::optional<int> OfficeDaysFromText(std::string_view text) {
  const std::string t = NormalizeText(text);
  if (Contains(t, "fully remote") || Contains(t, "100% remote") || Contains(t, "remote only")) {
    return 0;
  }
  static constexpr std::array<std::string_view, 6> kWords = {"zero", "one", "two",
                                                             "three", "four", "five"};
  // A number (digit or word) followed within a few words by "day"/"days", near "office"/"onsite".
  const bool about_office = Contains(t, "office") || Contains(t, "onsite") ||
                            Contains(t, "on-site") || Contains(t, "on site") || Contains(t, "in person");
  if (!about_office) return std::nullopt;
  size_t pos = 0;
  while ((pos = t.find("day", pos)) != std::string::npos) {
    // Look back at the word before "day(s)" (skipping "a week"/"per week" forms is not needed:
    // the number comes first in "3 days a week").
    size_t end = pos;
    while (end > 0 && t[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && t[begin - 1] != ' ' && t[begin - 1] != '(') --begin;
    std::string_view word = std::string_view(t).substr(begin, end - begin);
    // "two office days", "3 in-office days": the number is one word further back.
    if (word == "office" || word == "in-office" || word == "onsite" || word == "on-site") {
      size_t e = begin;
      while (e > 0 && t[e - 1] == ' ') --e;
      size_t b = e;
      while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '(') --b;
      word = std::string_view(t).substr(b, e - b);
    }
    if (word.size() == 1 && word[0] >= '0' && word[0] <= '5') return word[0] - '0';
    for (size_t i = 0; i < kWords.size(); ++i) {
      if (word == kWords[i]) return static_cast<int>(i);
    }
    pos += 3;
  }
  return std::nullopt;
}

std::vector<const Claim*> VerbalClaims(const Offer& offer, std::string_view topic) {
  std::vector<const Claim*> out;
  for (const Claim& claim : offer.claims) {
    if (!claim.written && claim.topic == topic) out.push_back(&claim);
  }
  return out;
}

bool ConfirmedInWriting(const Offer& offer, const Claim& claim) {
  if (claim.written) return true;
  for (const Claim& other : offer.claims) {
    if (!other.written || other.topic != claim.topic) continue;
    const auto mode_a = WorkModeFromText(claim.value);
    const auto mode_b = WorkModeFromText(other.value);
    const auto days_a = OfficeDaysFromText(claim.value);
    const auto days_b = OfficeDaysFromText(other.value);
    if (mode_a && mode_b && *mode_a != *mode_b) continue;
    if (days_a && days_b && *days_a != *days_b) continue;
    if ((mode_a && mode_b) || (days_a && days_b)) return true;
    const std::string a = NormalizeText(claim.value);
    const std::string b = NormalizeText(other.value);
    if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return true;
  }
  return false;
}

namespace {

std::optional<int> OfferedOfficeDays(const Offer& o) {
  if (o.work.office_days) return o.work.office_days;
  if (o.work.mode == WorkMode::kRemote) return 0;
  if (o.work.mode == WorkMode::kOnsite) return 5;
  return std::nullopt;
}

}  // namespace

bool IsOutlook(const Claim& claim) {
  static constexpr std::array<std::string_view, 12> kOutlookWords = {
      "valuation", "unicorn", "ipo", "exit", "worth millions", "worth a fortune", "make you rich",
      "10x", "100x", "to the moon", "billion", "skyrocket"};
  return !FindPhrases(claim.value, kOutlookWords).empty();
}

bool WorseThanTheTerms(const Offer& offer, const Claim& claim) {
  if (claim.topic == "office_days" || claim.topic == "work_mode") {
    std::optional<int> said = OfficeDaysFromText(claim.value);
    if (!said) {
      if (const std::optional<WorkMode> mode = WorkModeFromText(claim.value)) {
        if (*mode == WorkMode::kRemote) said = 0;
        if (*mode == WorkMode::kOnsite) said = 5;
      }
    }
    const std::optional<int> offered = OfferedOfficeDays(offer);
    return said && offered && *said > *offered;
  }
  if (claim.topic == "hours") {
    const std::optional<double> said = FirstNumber(claim.value);
    return said && offer.work.expected_weekly_hours && *said > *offer.work.expected_weekly_hours;
  }
  if (claim.topic == "base") {
    return claim.amount && offer.base && *claim.amount < *offer.base;
  }
  return false;
}

bool BreaksALine(const Candidate& candidate, const Claim& claim) {
  if (claim.topic != "office_days" && claim.topic != "work_mode") return false;
  const NonNegotiables& lines = candidate.non_negotiables;
  const std::optional<WorkMode> mode = WorkModeFromText(claim.value);
  if (lines.work_mode && mode && FlexibilityRank(*mode) < FlexibilityRank(*lines.work_mode)) return true;
  std::optional<int> days = OfficeDaysFromText(claim.value);
  if (!days && mode == WorkMode::kOnsite) days = 5;
  return lines.max_office_days && days && *days > *lines.max_office_days;
}

ClaimRef ClaimRefOf(const Offer& offer, const Claim& claim) {
  return ClaimRef{static_cast<int>(&claim - offer.claims.data()), claim.topic, claim.value, claim.source, claim.stage,
                  claim.written};
}

Evidence ClaimEvidence(const Claim& claim, int offer_index, size_t index, Field field, std::string quote) {
  if (claim.origin) return {claim.origin->field, claim.origin->sentence, claim.origin->line, claim.origin->column};
  return {FieldRef::Claim(offer_index, static_cast<int>(index), field), std::move(quote), 0, 0};
}

}  // namespace walkaway::core
