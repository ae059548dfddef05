#include "support/builders.h"

#include <gtest/gtest.h>

#include "walkaway/core/extract.h"
#include "walkaway/report/ask_text.h"

namespace walkaway::testing {

using namespace walkaway::core;

Offer AlignedOffer() {
  Offer o;
  o.id = "acme";
  o.company = "Acme";
  o.title = "Senior Engineer";
  o.industry = "software";
  o.location = "Berlin";
  o.received = Date{2026, 11, 20};
  o.deadline = Date{2026, 12, 4};
  o.base = Money::FromUnits(90'000);
  o.bonus = Bonus{10, false};
  o.equity = Equity{EquityKind::kRsu, Money::FromUnits(40'000), Vesting{}, false};
  o.benefits = {"parental_leave", "pension"};
  o.pto_days = 28;
  o.work = Work{WorkMode::kHybrid, 2, 40, false, std::nullopt, 30};
  o.progression = Progression{true, 6, true, true, true};
  Claim written_mode;
  written_mode.topic = "work_mode";
  written_mode.value = "hybrid, two office days";
  written_mode.source = "offer letter";
  written_mode.stage = "offer";
  written_mode.written = true;
  o.claims.push_back(written_mode);
  Interview onsite;
  onsite.stage = "onsite";
  onsite.date = Date{2026, 11, 10};
  onsite.with = "hiring manager";
  onsite.scheduled_minutes = 60;
  onsite.actual_minutes = 60;
  onsite.tags = {"respectful", "informative"};
  onsite.notes = "Clear answers about the team and the on-call rota.";
  o.interviews.push_back(onsite);
  return o;
}

Candidate AlignedCandidate() {
  Candidate c;
  c.name = "Sam";
  c.currency = "EUR";
  NonNegotiables& n = c.non_negotiables;
  n.base_min = Money::FromUnits(85'000);
  n.work_mode = WorkMode::kHybrid;
  n.max_office_days = 2;
  n.locations = {"Berlin"};
  n.max_weekly_hours = 45;
  n.must_have = {"parental_leave"};
  n.deal_breakers = {"defense"};
  c.priorities.rank = {"compensation", "growth", "flexibility", "culture"};
  c.goals.target_title = "Staff Engineer";
  c.situation.employed = true;
  c.situation.current = CurrentJob{"Engineer", Money::FromUnits(78'000), Money::FromUnits(5'000), 40,
                                   25, 3};
  c.situation.runway_months = 6;
  return c;
}

Case AlignedCase() {
  Case c;
  c.as_of = Date{2026, 11, 21};
  c.candidate = AlignedCandidate();
  c.offers.push_back(AlignedOffer());
  Reflection r;
  r.excited = 4;
  r.feeling = Feeling::kExcited;
  r.accept_without_timing_worry = Answer::kYes;
  r.felt_respected = Answer::kYes;
  r.moves_toward_goals = Answer::kYes;
  r.gut = 4;
  r.leaning_accept = true;
  c.reflection = r;
  return c;
}

std::vector<Finding> RunRule(RuleFn rule, const Case& c, int offer_index,
                             std::span<const Finding> prior) {
  // The offer as Evaluate hands it to the rules: its ledger joined by what its documents state.
  const Offer offer = AugmentOffer(c, static_cast<size_t>(offer_index));
  const OfferMetrics metrics = ComputeMetrics(c.candidate, offer);
  const Date today = c.as_of.value_or(Date{2026, 11, 21});
  const OfferFacts facts = DeriveFacts(c, offer, metrics, today);
  const std::vector<GateResult> gates = EvaluateGates(c, offer, offer_index, metrics, facts);
  RuleContext ctx{c, offer, offer_index, metrics, facts, today, gates, prior};
  return rule(ctx);
}

core::Code AnyCodeOf(std::string_view rule) {
  for (const core::CodeProperties& c : core::AllCodeProperties()) {
    if (core::ToString(c.rule) == rule) return c.code;
  }
  ADD_FAILURE() << "no rule named " << rule;
  return core::Code{};
}

std::string AskText(const core::Ask& ask) { return report::DescribeAsk(ask); }

bool HasCode(const std::vector<Finding>& findings, std::string_view code) {
  for (const Finding& f : findings) {
    if (core::ToString(f.code) == code) return true;
  }
  return false;
}

Finding FindingWithCode(const std::vector<Finding>& findings, std::string_view code) {
  for (const Finding& f : findings) {
    if (core::ToString(f.code) == code) return f;
  }
  ADD_FAILURE() << "no finding with code " << code;
  return Finding{};
}

core::Case TwoAlignedOffers() {
  core::Case c = AlignedCase();
  core::Offer second = AlignedOffer();
  second.id = "globex";
  second.company = "Globex";
  c.offers.push_back(second);
  return c;
}

}  // namespace walkaway::testing
