#include "support/case_gen.h"

#include <algorithm>

#include "support/builders.h"

namespace walkaway::testing {
namespace {

using core::Money;

constexpr core::Date kToday{2026, 11, 21};

// Sentences a person writes in their notes, some of them signals (fix-later, scarcity, stress,
// pressure), some plain.
const std::vector<std::string> kNotes = {
    "",
    "The team seemed nice.",
    "I can fix the hours later once I'm in.",
    "Better than nothing, honestly.",
    "They said the deadline is firm because there is another finalist.",
    "Long hours are normal there, everyone says so.",
    "The manager answered every question.",
    "I might not get another offer soon.",
};

const std::vector<std::string> kTags = {"rushed",    "dismissive", "late",       "respectful", "informative",
                                        "thorough",  "on_time",    "pressure",   "no_questions",
                                        "consistent", "evasive",   "answered_questions"};

struct ClaimTemplate {
  const char* topic;
  const char* value;
  const char* source;
};

const std::vector<ClaimTemplate> kClaims = {
    {"office_days", "two days in the office", "hiring manager"},
    {"office_days", "three office days a week", "offer letter"},
    {"work_mode", "fully remote", "recruiter"},
    {"hours", "40 hours a week", "recruiter"},
    {"promotion", "promotion to senior within a year", "CEO"},
    {"title", "Senior Engineer", "job post"},
    {"bonus", "a 10% bonus", "recruiter"},
    {"other", "a laptop of your choice", "recruiter"},
};

core::WorkMode Mode(int i) {
  return i == 0 ? core::WorkMode::kOnsite : i == 1 ? core::WorkMode::kHybrid : core::WorkMode::kRemote;
}

}  // namespace

rc::Gen<core::Offer> GenOffer(int index) {
  return rc::gen::exec([index] {
    core::Offer o = AlignedOffer();
    o.id = "offer" + std::to_string(index);
    o.company = "Company " + std::to_string(index);
    o.base = Money::FromUnits(*rc::gen::inRange(40, 200) * 1000);
    if (*rc::gen::arbitrary<bool>()) {
      o.bonus = core::Bonus{};
      o.bonus->target_pct = *rc::gen::inRange(0, 21);
      o.bonus->guaranteed = *rc::gen::arbitrary<bool>();
    } else {
      o.bonus.reset();
    }
    const core::WorkMode mode = Mode(*rc::gen::inRange(0, 3));
    o.work.mode = mode;
    o.work.office_days = mode == core::WorkMode::kRemote   ? 0
                         : mode == core::WorkMode::kOnsite ? 5
                                                           : *rc::gen::inRange(1, 5);
    o.work.expected_weekly_hours = *rc::gen::inRange(32, 61);
    if (*rc::gen::inRange(0, 5) == 0) o.term_months = *rc::gen::inRange(3, 37);  // a fixed-term contract
    // A place with tax tables, so take-home pay and the after-tax comparison are judged too (docs/tax.md):
    // German Länder differ (Saxony's care insurance), the rest stays "Berlin" with no country.
    if (*rc::gen::inRange(0, 3) == 0) {
      o.country = "DE";
      o.location = *rc::gen::elementOf(std::vector<std::string>{"Berlin", "Munich", "Leipzig", "Hamburg"});
    }
    o.work.on_call_hours_per_week.reset();
    const int received_ago = *rc::gen::inRange(0, 12);
    o.received = kToday.AddDays(-received_ago);
    o.deadline = o.received->AddDays(*rc::gen::inRange(1, 21));
    const int ext = *rc::gen::inRange(0, 4);
    o.extension = ext == 0 ? core::ExtensionStatus::kNotAsked
                  : ext == 1 ? core::ExtensionStatus::kRefused
                  : ext == 2 ? core::ExtensionStatus::kAsked
                             : core::ExtensionStatus::kNotAsked;
    o.progression.ladder_shared = *rc::gen::arbitrary<bool>();
    o.progression.promotion_criteria_written = *rc::gen::arbitrary<bool>();
    o.claims.clear();
    const int claims = *rc::gen::inRange(0, 4);
    for (int k = 0; k < claims; ++k) {
      const ClaimTemplate& t = *rc::gen::elementOf(kClaims);
      core::Claim c;
      c.topic = t.topic;
      c.value = t.value;
      c.source = t.source;
      c.stage = "onsite";
      c.written = std::string(t.source) == "offer letter" || *rc::gen::arbitrary<bool>();
      o.claims.push_back(c);
    }
    for (core::Interview& i : o.interviews) {
      i.tags = {*rc::gen::elementOf(kTags)};
      if (*rc::gen::arbitrary<bool>()) i.tags.push_back(*rc::gen::elementOf(kTags));
      std::sort(i.tags.begin(), i.tags.end());
      i.tags.erase(std::unique(i.tags.begin(), i.tags.end()), i.tags.end());
    }
    o.notes = *rc::gen::elementOf(kNotes);
    return o;
  });
}

rc::Gen<core::Case> GenCase() {
  return rc::gen::exec([] {
    core::Case c = AlignedCase();
    c.as_of = kToday;
    core::NonNegotiables& n = c.candidate.non_negotiables;
    n.base_min = *rc::gen::arbitrary<bool>() ? std::optional<Money>(Money::FromUnits(*rc::gen::inRange(50, 160) * 1000))
                                             : std::nullopt;
    n.total_min.reset();
    if (*rc::gen::arbitrary<bool>()) n.total_min = Money::FromUnits(*rc::gen::inRange(60, 200) * 1000);
    n.max_office_days = *rc::gen::arbitrary<bool>() ? std::optional<int>(*rc::gen::inRange(0, 6)) : std::nullopt;
    n.max_weekly_hours = *rc::gen::arbitrary<bool>() ? std::optional<int>(*rc::gen::inRange(35, 56)) : std::nullopt;
    n.work_mode.reset();
    n.locations.clear();
    core::Situation& s = c.candidate.situation;
    s.employed = *rc::gen::arbitrary<bool>();
    if (!*s.employed) s.current = core::CurrentJob{};
    if (*s.employed && *rc::gen::arbitrary<bool>()) {
      s.current.country = "DE";
      s.current.location = *rc::gen::elementOf(std::vector<std::string>{"Berlin", "Dresden"});
    }
    s.runway_months = *rc::gen::inRange(1, 13);
    s.pipeline.clear();
    s.pipeline_given = true;
    const int processes = *rc::gen::inRange(0, 3);
    for (int k = 0; k < processes; ++k) {
      s.pipeline.push_back({"Pipeline " + std::to_string(k), *rc::gen::elementOf(std::vector<std::string>{
                                                                 "applied", "screen", "onsite", "final"}),
                            kToday.AddDays(-*rc::gen::inRange(0, 40))});
    }
    c.offers.clear();
    const int offers = *rc::gen::inRange(1, 4);
    for (int k = 0; k < offers; ++k) c.offers.push_back(*GenOffer(k));
    if (*rc::gen::arbitrary<bool>()) {
      core::Reflection& r = *c.reflection;
      r.gut = *rc::gen::inRange(1, 6);
      r.excited = *rc::gen::inRange(1, 6);
      r.feeling = *rc::gen::elementOf(std::vector<core::Feeling>{core::Feeling::kExcited, core::Feeling::kRelieved,
                                                                 core::Feeling::kBoth});
      r.leaning_accept = *rc::gen::arbitrary<bool>();
      r.moves_toward_goals = *rc::gen::elementOf(
          std::vector<core::Answer>{core::Answer::kYes, core::Answer::kNo, core::Answer::kPartly});
      r.notes = *rc::gen::elementOf(kNotes);
    }
    return c;
  });
}

std::string RestatingLetter(const core::Offer& o, const std::string& currency) {
  // A sentence on a topic someone spoke about, but never wrote, would put that promise in writing:
  // a new fact. Such topics are left out, so the letter truly adds nothing.
  const auto spoken = [&](std::initializer_list<std::string_view> topics) {
    return std::any_of(o.claims.begin(), o.claims.end(), [&](const core::Claim& c) {
      return !c.written && std::find(topics.begin(), topics.end(), c.topic) != topics.end();
    });
  };
  std::string letter = "Dear Sam,\n\nWe are pleased to offer you this position.\n";
  if (o.base && !spoken({"base"})) {
    letter += "Your annual base salary will be " + core::FormatMoney(*o.base, currency) + ".\n";
  }
  if (!spoken({"work_mode", "office_days"})) {
    if (o.work.mode == core::WorkMode::kRemote) {
      letter += "The role is fully remote.\n";
    } else if (o.work.office_days) {
      letter += "You will work from the office " + std::to_string(*o.work.office_days) + " days a week.\n";
    }
  }
  if (o.work.expected_weekly_hours && !spoken({"hours"})) {
    letter += "Your working hours are " + std::to_string(*o.work.expected_weekly_hours) + " hours a week.\n";
  }
  if (o.deadline) letter += "Please reply by " + o.deadline->ToString() + ".\n";
  // The refusal the case records, in the employer's words (issue #12, class 1: this sentence once
  // counted as a second, independent warning sign).
  if (o.extension == core::ExtensionStatus::kRefused) letter += "As discussed, we cannot extend the deadline.\n";
  letter += "\nKind regards,\nThe hiring team\n";
  return letter;
}

}  // namespace walkaway::testing
