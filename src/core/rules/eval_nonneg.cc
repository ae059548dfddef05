// EVAL-NONNEG: each non-negotiable is a hard gate, checked before anything is scored.
// Pass, fail or unknown; missing data is never a pass. A failure is negotiable when a normal
// negotiation could close it (DESIGN.md §2), and then it carries the ask that would.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "walkaway/core/claim_text.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

std::string Percent(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", value);
  return buf;
}

// Item names are written as keys ("parental_leave") in lists and as words ("parental leave") in
// claims, so both forms compare equal.
std::string Canon(std::string_view text) {
  std::string out(text);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '_' || c == '-'; }, ' ');
  return NormalizeText(out);
}

bool ListHas(const std::vector<std::string>& list, std::string_view item) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& s) { return Canon(s) == Canon(item); });
}

class GateBuilder {
 public:
  GateBuilder(const Case& c, const Offer& offer, int offer_index, const OfferMetrics& m, const OfferFacts& facts)
      : c_(c), offer_(offer), index_(offer_index), m_(m), facts_(facts) {}

  std::vector<GateResult> Build() {
    const NonNegotiables& n = c_.candidate.non_negotiables;
    if (n.base_min) PayGate("base_min", facts_.base_gap, Field::kBase);
    if (n.total_min) PayGate("total_min", facts_.total_gap, Field::kWhole);
    if (n.work_mode) WorkModeGate(*n.work_mode);
    if (n.max_office_days) OfficeDaysGate(*n.max_office_days);
    if (!n.locations.empty()) LocationGate();
    if (n.max_weekly_hours) HoursGate(*n.max_weekly_hours);
    if (n.max_commute_minutes) CommuteGate(*n.max_commute_minutes);
    for (const std::string& item : n.must_have) MustHaveGate(item);
    if (!n.deal_breakers.empty()) DealBreakerGate(n.deal_breakers);
    for (const std::string& item : n.growth) GrowthGate(item);
    return std::move(gates_);
  }

 private:
  GateResult& Add(std::string name, Field field) {
    GateResult g;
    g.name = std::move(name);
    g.field = FieldRef::Offer(index_, field);
    gates_.push_back(std::move(g));
    return gates_.back();
  }

  const std::string& Cur() const { return c_.candidate.currency; }

  // A pay floor, classified once in the facts (the same class SIGN-PAY reports).
  void PayGate(std::string name, const std::optional<PayGap>& gap, Field field) {
    GateResult& g = Add(name, field);
    if (!m_.comparable) {
      g.detail = "the offer is in " + offer_.currency + " and the case gives no exchange_rate";
      return;
    }
    if (!gap) {
      g.detail = name == "base_min" ? "the offer states no base salary"
                                    : "the first-year total cannot be computed without a base salary";
      return;
    }
    if (gap->gap_class == PayGapClass::kMet) {
      g.status = GateStatus::kPass;
      g.detail = FormatMoney(gap->value, Cur()) + " meets the floor of " + FormatMoney(gap->floor, Cur());
      return;
    }
    g.status = GateStatus::kFail;
    g.detail = FormatMoney(gap->value, Cur()) + " is " + Percent(gap->gap_pct) + " below the floor of " +
               FormatMoney(gap->floor, Cur());
    if (gap->gap_class == PayGapClass::kRefused) {
      g.detail += "; the employer has already refused to improve the offer";
      return;
    }
    g.negotiable = gap->gap_class == PayGapClass::kNegotiable || gap->gap_class == PayGapClass::kCloseCall;
    g.close_call = gap->gap_class == PayGapClass::kCloseCall;
    if (g.negotiable) {
      g.ask = PayAtLeast{name == "base_min" ? PayMeasure::kBase : PayMeasure::kFirstYearTotal, gap->floor, Cur()};
    }
  }

  void WorkModeGate(WorkMode required) {
    GateResult& g = Add("work_mode", Field::kWorkMode);
    if (!offer_.work.mode) {
      g.detail = "the offer does not say whether the job is onsite, hybrid or remote";
      return;
    }
    const WorkMode mode = *offer_.work.mode;
    if (FlexibilityRank(mode) >= FlexibilityRank(required)) {
      g.status = GateStatus::kPass;
      g.detail = std::string(ToString(mode)) + " meets your minimum of " + std::string(ToString(required));
      return;
    }
    g.status = GateStatus::kFail;
    g.detail = "the offer says " + std::string(ToString(mode)) + "; you need at least " +
               std::string(ToString(required));
    VerbalRescue(g, "work_mode", [&](const Claim& claim) {
      const auto said = WorkModeFromText(claim.value);
      return said && FlexibilityRank(*said) >= FlexibilityRank(required);
    });
  }

  void OfficeDaysGate(int max_days) {
    GateResult& g = Add("max_office_days", Field::kWorkOfficeDays);
    const std::optional<int> days = facts_.office_days;
    if (!days) {
      g.detail = "the offer does not say how many days a week are in the office";
      return;
    }
    if (*days <= max_days) {
      g.status = GateStatus::kPass;
      g.detail = std::to_string(*days) + " office days a week, within your limit of " +
                 std::to_string(max_days);
      return;
    }
    g.status = GateStatus::kFail;
    g.detail = std::to_string(*days) + " office days a week; your limit is " + std::to_string(max_days);
    // One day over is a normal ask; more is how the team works.
    if (*days - max_days == 1) {
      g.negotiable = true;
      g.ask = OfficeDaysAtMost{max_days};
    }
    VerbalRescue(g, "office_days", [&](const Claim& claim) {
      const auto said = OfficeDaysFromText(claim.value);
      return said && *said <= max_days;
    });
    VerbalRescue(g, "work_mode", [&](const Claim& claim) {
      const auto said = OfficeDaysFromText(claim.value);
      return said && *said <= max_days;
    });
  }

  void LocationGate() {
    GateResult& g = Add("locations", Field::kLocation);
    switch (facts_.location) {
      case LocationMatch::kRemote:
        g.status = GateStatus::kPass;
        g.detail = "remote: location does not bind you";
        return;
      case LocationMatch::kMatch:
        g.status = GateStatus::kPass;
        g.detail = offer_.location + " is one of your places";
        return;
      case LocationMatch::kNoMatch:
        g.status = GateStatus::kFail;
        g.detail = offer_.location + " is not one of your places";
        // A spoken promise of remote work answers this line as it answers the work-mode one
        // (issue #12, class 4): get it in writing, as there.
        VerbalRescue(g, "work_mode", [&](const Claim& claim) {
          return WorkModeFromText(claim.value) == WorkMode::kRemote;
        });
        VerbalRescue(g, "location", [&](const Claim& claim) {
          return MatchPlaces(claim.value, c_.candidate.non_negotiables.locations) == LocationMatch::kMatch;
        });
        return;
      case LocationMatch::kUndecided:
        g.detail = "the offer does not fix where the job is based (" + offer_.location + ")";
        return;
      case LocationMatch::kUnknown:
      case LocationMatch::kNotAsked:
        g.detail = "the offer does not say where the job is based";
        return;
    }
  }

  void HoursGate(int max_hours) {
    GateResult& g = Add("max_weekly_hours", Field::kWorkExpectedWeeklyHours);
    if (!m_.weekly_hours) {
      g.detail = "the offer does not say how many hours a week are expected";
      return;
    }
    const double hours = *m_.weekly_hours;
    char buf[96];
    if (hours <= max_hours) {
      g.status = GateStatus::kPass;
      std::snprintf(buf, sizeof buf, "%.0f hours a week with on-call and commute, within %d", hours,
                    max_hours);
      g.detail = buf;
      return;
    }
    g.status = GateStatus::kFail;
    const double over_pct = 100.0 * (hours - max_hours) / max_hours;
    std::snprintf(buf, sizeof buf, "%.0f hours a week with on-call and commute, %.0f%% over your %d",
                  hours, over_pct, max_hours);
    g.detail = buf;
    g.negotiable = over_pct <= c_.rubric.hours_structural_pct;
    if (g.negotiable) {
      g.ask = HoursAtMost{max_hours};
    }
  }

  void CommuteGate(int max_minutes) {
    GateResult& g = Add("max_commute_minutes", Field::kWorkCommuteMinutes);
    if (offer_.work.mode == WorkMode::kRemote) {
      g.status = GateStatus::kPass;
      g.detail = "remote: no commute";
      return;
    }
    if (!offer_.work.commute_minutes) {
      g.detail = "the case does not give the commute to this office";
      return;
    }
    const int minutes = *offer_.work.commute_minutes;
    g.status = minutes <= max_minutes ? GateStatus::kPass : GateStatus::kFail;
    g.detail = std::to_string(minutes) + " minutes each way; your limit is " + std::to_string(max_minutes);
  }

  void MustHaveGate(const std::string& item) {
    GateResult& g = Add("must_have:" + item, Field::kBenefits);
    if (ListHas(offer_.benefits, item)) {
      g.status = GateStatus::kPass;
      g.detail = item + " is included";
      return;
    }
    if (offer_.benefits.empty()) {
      g.detail = "the offer lists no benefits, so " + item + " is not confirmed";
      return;
    }
    g.status = GateStatus::kFail;
    g.detail = item + " is not among the offer's benefits";
    VerbalRescue(g, "benefits", [&](const Claim& claim) {
      return Canon(claim.value).find(Canon(item)) != std::string::npos;
    });
  }

  void DealBreakerGate(const std::vector<std::string>& deal_breakers) {
    GateResult& g = Add("deal_breakers", Field::kIndustry);
    if (offer_.industry.empty()) {
      g.detail = "the case does not give the employer's industry";
      return;
    }
    const std::string industry = NormalizeText(offer_.industry);
    for (const std::string& bad : deal_breakers) {
      const std::string b = NormalizeText(bad);
      if (!b.empty() && industry.find(b) != std::string::npos) {
        g.status = GateStatus::kFail;
        g.detail = offer_.industry + " is one of your deal-breakers";
        return;
      }
    }
    g.status = GateStatus::kPass;
    g.detail = offer_.industry + " is none of your deal-breakers";
  }

  void GrowthGate(const std::string& item) {
    const Progression& p = offer_.progression;
    // Each with its words for yes, no and unknown: the detail is read by the person.
    struct Known {
      std::string_view name;
      std::optional<bool> value;
      Field field;
      GrowthItem ask;
      std::string_view yes, no, unknown;
    };
    const bool regular = p.review_cycle_months && *p.review_cycle_months <= 12;
    const Known known[] = {
        {"ladder_shared", p.ladder_shared, Field::kProgressionLadderShared, GrowthItem::kLadder,
         "a career ladder was shared", "no career ladder was shared", "nothing says whether there is a career ladder"},
        {"promotion_criteria_written", p.promotion_criteria_written, Field::kProgressionPromotionCriteriaWritten,
         GrowthItem::kCriteria, "the promotion criteria are written", "the promotion criteria are not written down",
         "nothing says whether the promotion criteria are written"},
        {"regular_reviews", p.review_cycle_months ? std::optional<bool>(regular) : std::optional<bool>(),
         Field::kProgressionReviewCycleMonths, GrowthItem::kReviews, "reviews at least once a year",
         "reviews less often than once a year", "nothing says how often reviews happen"},
        {"mentorship", p.mentorship, Field::kProgressionMentorship, GrowthItem::kMentor, "a mentor is offered",
         "no mentor is offered", "nothing says whether there is a mentor"},
        {"learning_budget", p.learning_budget, Field::kProgressionLearningBudget, GrowthItem::kLearningBudget,
         "a learning budget is included", "no learning budget is included",
         "nothing says whether there is a learning budget"},
    };
    for (const Known& k : known) {
      if (k.name != item) continue;
      GateResult& g = Add("growth:" + item, k.field);
      if (!k.value) {
        g.detail = std::string(k.unknown);
      } else if (*k.value) {
        g.status = GateStatus::kPass;
        g.detail = std::string(k.yes);
      } else {
        g.status = GateStatus::kFail;
        g.detail = std::string(k.no);
        g.negotiable = true;  // asking to see the ladder or the criteria is an ordinary request
        g.ask = GrowthInWriting{{k.ask}};
      }
      return;
    }
    // An item the engine does not know is never silently passed.
    GateResult& g = Add("growth:" + item, Field::kProgression);
    g.detail = "\"" + item + "\" is not a growth requirement the engine can check";
  }

  // A gate failing in writing while a verbal claim says it passes: a NEGOTIATE ask to get the claim
  // in writing, unless the deadline leaves no time to ask (then it stays failed).
  template <typename Passes>
  void VerbalRescue(GateResult& g, std::string_view topic, Passes passes) {
    // One quoted claim is enough; a second topic must not append to or replace the first rescue.
    if (g.ask && std::holds_alternative<ClaimsInWriting>(*g.ask)) return;
    for (const Claim* claim : VerbalClaims(offer_, topic)) {
      if (!passes(*claim)) continue;
      g.detail += "; " + (claim->source.empty() ? std::string("someone") : claim->source) +
                  " said \"" + claim->value + "\" but it is not in writing";
      if (!facts_.time_to_ask) {
        g.detail += ", and the deadline leaves no time to get it written";
        return;
      }
      g.negotiable = true;
      g.ask = ClaimsInWriting{{ClaimRefOf(offer_, *claim)}};
      return;
    }
  }

  const Case& c_;
  const Offer& offer_;
  int index_;
  const OfferMetrics& m_;
  const OfferFacts& facts_;
  std::vector<GateResult> gates_;
};


std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string_view GateQuestion(std::string_view name) {
  if (name == "base_min" || name == "total_min") return "What is the base salary, in writing?";
  if (name == "work_mode") return "Is the role onsite, hybrid or remote, and is that in the letter?";
  if (name == "max_office_days") return "How many days a week are expected in the office?";
  if (name == "locations") return "Where is the job based?";
  if (name == "max_weekly_hours") return "How many hours a week does the team really work, on-call included?";
  if (name == "max_commute_minutes") return "How long is the commute to the office you would use?";
  if (name == "deal_breakers") return "What does the employer do, and for whom?";
  return {};
}

}  // namespace

std::string GateLabel(std::string_view name) {
  if (name == "base_min") return "your minimum base";
  if (name == "total_min") return "your minimum first-year pay";
  if (name == "work_mode") return "the way of working you need";
  if (name == "max_office_days") return "your limit on office days";
  if (name == "locations") return "where you can work";
  if (name == "max_weekly_hours") return "your limit on weekly hours";
  if (name == "max_commute_minutes") return "your limit on commuting";
  if (name == "deal_breakers") return "your deal-breakers";
  std::string item;
  std::string label;
  if (name.starts_with("must_have:")) {
    item = std::string(name.substr(10));
    label = "your must-have ";
  } else if (name == "growth:ladder_shared") {
    return "your need for a career ladder";
  } else if (name == "growth:promotion_criteria_written") {
    return "your need for written promotion criteria";
  } else if (name == "growth:regular_reviews") {
    return "your need for regular reviews";
  } else if (name == "growth:mentorship") {
    return "your need for a mentor";
  } else if (name == "growth:learning_budget") {
    return "your need for a learning budget";
  } else if (name.starts_with("growth:")) {
    item = std::string(name.substr(7));
    label = "your growth need: ";
  } else {
    return "your line \"" + std::string(name) + "\"";
  }
  std::replace(item.begin(), item.end(), '_', ' ');
  return label + item;
}

std::string GateNotMet(std::string_view name) {
  if (name == "deal_breakers") return "the offer touches one of your deal-breakers";
  return GateLabel(name) + " is not met";
}

std::vector<GateResult> EvaluateGates(const Case& c, const Offer& offer, int offer_index, const OfferMetrics& metrics,
                                      const OfferFacts& facts) {
  return GateBuilder(c, offer, offer_index, metrics, facts).Build();
}

std::vector<Finding> RunEvalNonneg(const RuleContext& ctx) {
  std::vector<Finding> out;
  int passed = 0;
  for (const GateResult& g : ctx.gates) {
    Finding f;
    f.offer_id = ctx.offer.id;
    f.channel = Channel::kTerms;
    f.evidence.push_back(Evidence{g.field, {}, 0, 0});
    if (g.status == GateStatus::kPass) {
      ++passed;
      continue;
    }
    if (g.status == GateStatus::kUnknown) {
      f.code = Code::kNonnegUnknown;
      f.severity = Severity::kMajor;
      f.message = Capitalized(GateLabel(g.name)) + " cannot be checked yet: " + g.detail + ".";
      f.advice = "Get this fact from the employer before deciding; an unchecked non-negotiable is not a pass.";
      std::string_view q = GateQuestion(g.name);
      f.question = q.empty() ? "Can you confirm " + g.name.substr(g.name.find(':') + 1) + " in writing?"
                             : std::string(q);
    } else if (g.negotiable) {
      f.code = g.close_call ? Code::kNonnegFailCloseCall : Code::kNonnegFailNegotiable;
      f.severity = Severity::kMajor;
      f.message = Capitalized(GateNotMet(g.name)) + ", by a margin a negotiation can close: " +
                  g.detail + ".";
      if (g.close_call) f.message += " This is a close call: the gap is large for a normal negotiation.";
      f.advice = "Make this a condition of accepting, and get the answer in writing.";
      f.ask = g.ask;
    } else {
      f.code = Code::kNonnegFail;
      f.severity = Severity::kBlocker;
      f.message = Capitalized(GateNotMet(g.name)) + ": " + g.detail + ".";
      f.advice = "You set this as a line you will not cross. An offer that crosses it is one to decline, "
                 "unless you decide, calmly and away from the deadline, that the line was wrong.";
    }
    out.push_back(std::move(f));
  }
  if (passed > 0 && passed == static_cast<int>(ctx.gates.size())) {
    Finding f;
    f.code = Code::kNonnegAllPass;
    f.severity = Severity::kPositive;
    f.channel = Channel::kTerms;
    f.offer_id = ctx.offer.id;
    f.message = passed == 1 ? "The one line you set is met." : "All " + std::to_string(passed) + " lines you set are met.";
    f.advice = "The hard lines hold; the rest of the decision is about fit and signals.";
    out.push_back(std::move(f));
  }
  if (ctx.gates.empty()) {
    Finding f;
    f.code = Code::kNonnegNoneSet;
    f.severity = Severity::kMinor;
    f.channel = Channel::kSelf;
    f.offer_id = ctx.offer.id;
    f.message = "You have not written down any non-negotiables.";
    f.advice = "Before judging offers, write the few lines you will not cross: a pay floor, how "
               "flexible the work must be, where, and what you refuse to work on.";
    f.question = "What would make you say no to any offer, however good the rest looks?";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
