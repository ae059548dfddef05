// SIGN-PAY: pay below the person's baseline, even after a realistic negotiation. Reports where the
// offer stands against the floor(s) and the current job, and whether the gap is one a negotiation
// can close (DESIGN.md §2 rubric).
//
// With the pay model's projection (OfferMetrics::year1_*), the first-year total is the projected
// median (P50), "guaranteed" is the projected floor, and the reach of a negotiation is the larger of
// the rubric's share and the typical gain in money (docs/pay-model.md).
//
// Overlap with EVAL-NONNEG: a floor set as a non-negotiable is also a gate, and the gate's finding
// already carries the verdict-moving severity and the ask. When such a gate exists, SIGN-PAY still
// explains the gap (how far, whether negotiation can close it) but as a minor finding without an ask,
// so one missing euro is never counted twice. Without a gate (a rule run on its own) it reports at
// full severity. The comparison with current pay has no gate and always carries its own weight.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/rules/rule_util.h"
#include "walkaway/core/claim_text.h"
#include "walkaway/core/rules.h"

namespace walkaway::core {
namespace {

// "3.5%" or "18%": one decimal only when it says something.
std::string Pct(double value) {
  char buf[32];
  const double rounded = std::round(value * 10) / 10;
  std::snprintf(buf, sizeof buf, rounded == std::floor(rounded) ? "%.0f%%" : "%.1f%%", rounded);
  return buf;
}

Finding Make(const RuleContext& ctx, Code code, Severity severity, std::string message) {
  Finding f = NewFinding(ctx, code, severity, Channel::kTerms);
  f.message = std::move(message);
  return f;
}

bool HasGate(const RuleContext& ctx, std::string_view name) {
  return std::any_of(ctx.gates.begin(), ctx.gates.end(), [&](const GateResult& g) { return g.name == name; });
}

// One pay floor: the base against base_min, or the first-year total against total_min.
struct Floor {
  std::string_view gate;  // "base_min" / "total_min"
  bool total;             // the first-year total (pay.total_below_floor_*) rather than the base
  std::string_view what;  // "Base" / "First-year total"
  Field field;            // the offer field compared; kWhole for the whole offer
  const PayGap& gap;      // classified once in the facts, as the gate reads it
};

Code GapCode(bool total, PayGapClass c) {
  switch (c) {
    case PayGapClass::kMet:
    case PayGapClass::kNegotiable: return total ? Code::kPayTotalBelowFloorNegotiable : Code::kPayBelowFloorNegotiable;
    case PayGapClass::kCloseCall: return total ? Code::kPayTotalBelowFloorCloseCall : Code::kPayBelowFloorCloseCall;
    case PayGapClass::kWalk: return total ? Code::kPayTotalBelowFloorWalk : Code::kPayBelowFloorWalk;
    case PayGapClass::kRefused: return total ? Code::kPayTotalBelowFloorRefused : Code::kPayBelowFloorRefused;
  }
  return Code::kPayBelowFloorNegotiable;
}

// The gap to one floor, in words: negotiable, close call, out of reach, refused.
Finding FloorGap(const RuleContext& ctx, const Floor& fl) {
  const std::string& cur = ctx.c.candidate.currency;
  const Rubric& r = ctx.c.rubric;
  const PayGap& g = fl.gap;
  const std::optional<Money> typical = ctx.metrics.negotiation_typical;
  std::string msg = std::string(fl.what) + " of " + FormatMoney(g.value, cur) + " is " + Pct(g.gap_pct) + " (" +
                    FormatMoney(g.short_by, cur) + ") below your floor of " + FormatMoney(g.floor, cur);
  Severity severity = Severity::kMajor;
  switch (g.gap_class) {
    case PayGapClass::kRefused:
      severity = Severity::kBlocker;
      msg += ", and the employer has already refused to improve the offer.";
      break;
    case PayGapClass::kMet:
    case PayGapClass::kNegotiable:
      msg += typical ? "; within a typical negotiation (about " + FormatMoney(*typical, cur) + " or " +
                           Pct(r.pay_negotiable_pct) + "), so asking often closes it."
                     : "; a gap this size is often closed by asking.";
      break;
    case PayGapClass::kCloseCall:
      msg += "; a close call, since a typical negotiation rarely closes more than about " +
             Pct(r.pay_negotiable_pct) + (typical ? " or " + FormatMoney(*typical, cur) : std::string()) + ".";
      break;
    case PayGapClass::kWalk:
      severity = Severity::kBlocker;
      msg += "; even a strong negotiation is unlikely to close a gap of " + Pct(g.gap_pct) + ".";
      break;
  }
  Finding f = Make(ctx, GapCode(fl.total, g.gap_class), severity, std::move(msg));
  f.evidence = {{OfferRef(ctx, fl.field), FormatMoney(g.value, cur), 0, 0},
                {FieldRef::Case(fl.total ? Field::kNonNegotiablesTotalMin : Field::kNonNegotiablesBaseMin),
                 FormatMoney(g.floor, cur), 0, 0}};
  const std::string ask =
      (fl.gate == "base_min" ? "a base of at least " : "a first-year total of at least ") + FormatMoney(g.floor, cur);
  if (HasGate(ctx, fl.gate)) {
    f.severity = Severity::kMinor;  // the gate's finding carries the weight and the ask
  } else if (severity == Severity::kMajor) {
    f.ask = PayAtLeast{fl.total ? PayMeasure::kFirstYearTotal : PayMeasure::kBase, g.floor, cur};
  }
  f.advice = severity == Severity::kMajor
                 ? "Ask for " + ask + " before accepting, in writing."
                 : "Decide whether the floor was right; if it was, this offer is below it.";
  return f;
}

// The floor is met only when bonus or equity that nobody guarantees pays out.
std::optional<Finding> AtRisk(const RuleContext& ctx, Money floor) {
  const OfferMetrics& m = ctx.metrics;
  const std::optional<Money> guaranteed = m.year1_floor ? m.year1_floor : m.guaranteed_annual;
  if (!guaranteed || !m.first_year_total) return std::nullopt;
  if (*guaranteed >= floor || *m.first_year_total < floor) return std::nullopt;
  const std::string& cur = ctx.c.candidate.currency;
  // The floor's gate passes on the first-year total, so this is no flag of its own: a passing
  // gate raises no major finding on the same floor. It says how much of the floor rests on pay
  // nobody promised, and the size of a cover in proportion to that part, not to the whole floor.
  const Money uncovered = floor - *guaranteed;
  Finding f =
      Make(ctx, Code::kPayFloorAtRisk, Severity::kMinor,
           "Your floor of " + FormatMoney(floor, cur) + " is met, but " + FormatMoney(uncovered, cur) +
               " of it depends on bonus or equity that is not guaranteed: the guaranteed pay is " +
               FormatMoney(*guaranteed, cur) +
               (m.year1_p50 ? ", the expected (median) first year " + FormatMoney(*m.year1_p50, cur) : "") + ".");
  f.evidence = {{OfferRef(ctx, Field::kBonus), {}, 0, 0},
                {FieldRef::Case(Field::kNonNegotiablesTotalMin), FormatMoney(floor, cur), 0, 0}};
  f.advice = "If the floor has to hold even in a year without a bonus, the part to cover is " +
             FormatMoney(uncovered, cur) + ", for example as a guaranteed first-year bonus or a sign-on.";
  return f;
}

// The sentence both after-tax findings open with ("After tax, the offer's base and expected bonus leave
// you ... now in ...: <comparison>"), and their evidence: the two jobs' base and bonus.
Finding AfterTaxFinding(const RuleContext& ctx, Code code, Severity severity, const std::string& comparison) {
  const OfferMetrics& m = ctx.metrics;
  const CurrentJob& now = ctx.c.candidate.situation.current;
  const std::string& cur = ctx.c.candidate.currency;
  Finding f = Make(ctx, code, severity,
                   "After tax, the offer's base and expected bonus leave you " + FormatMoney(*m.base_bonus_take_home, cur) +
                       " a year in " + m.take_home_place + " against " +
                       FormatMoney(*m.current_base_bonus_take_home, cur) + " now in " + m.current_take_home_place +
                       ": " + comparison + " (take-home estimate, not tax advice).");
  f.evidence = {{OfferRef(ctx, Field::kBase), FormatMoney(*m.base, cur), 0, 0},
                {FieldRef::Case(Field::kCurrentJob), FormatMoney(*now.base + now.bonus.value_or(Money{}), cur), 0, 0}};
  return f;
}

// Year one's base and expected bonus after tax against the current job's, when the two are compared
// after tax (OfferMetrics::current_take_home_p50, docs/tax.md): a raise into a place that taxes more can
// leave less in the account. The same measure as before tax (base and bonus; one-off payments and
// equity aside). The ask is the base and bonus that close the gap at the offer's marginal rate (every
// extra unit is taxed at it; rounded up to a hundred, and the negotiation plan re-judges it).
std::optional<Finding> VsCurrentAfterTax(const RuleContext& ctx) {
  const OfferMetrics& m = ctx.metrics;
  const Situation& s = ctx.c.candidate.situation;
  const std::string& cur = ctx.c.candidate.currency;
  const Money offered = *m.base_bonus_take_home;
  const Money current = *m.current_base_bonus_take_home;
  if (offered >= current || current.cents() <= 0) return std::nullopt;
  const bool employed = s.employed == true;
  const double cut_pct = 100.0 * (current - offered).units() / current.units();
  const bool major = employed && cut_pct >= ctx.c.rubric.pay_cut_major_pct;
  const Money gross = *m.base + m.expected_bonus.value_or(Money{});
  const Money gross_now = *s.current.base + s.current.bonus.value_or(Money{});
  std::string before_tax;
  if (gross > gross_now && gross_now.cents() > 0) {
    before_tax = ", although before tax they are " + Pct(100.0 * (gross - gross_now).units() / gross_now.units()) +
                 " more";
  }
  Finding f = AfterTaxFinding(ctx, Code::kPayCutVsCurrent, major ? Severity::kMajor : Severity::kMinor,
                              Pct(cut_pct) + " less" + before_tax);
  if (employed) {
    const double kept = 1.0 - std::clamp(m.base_bonus_marginal_rate, 0.0, 0.95);
    const double needed = gross.units() + (current - offered).units() / kept;
    const Money amount = Money::FromUnits(static_cast<int64_t>(std::ceil(needed / 100.0)) * 100);
    f.ask = PayAtLeast{PayMeasure::kMatchingCurrentAfterTax, amount, cur};
    f.advice = "Compare what lands in your account, not the figure on the letter; if the move has no reason "
               "you can name, ask for the pay that keeps your take-home.";
  } else {
    f.advice = "Less take-home than your last job can still be right while you are between jobs; decide it calmly.";
  }
  return f;
}

// A raise after tax, said beside the raise before tax (moving from England to Scotland can turn 8% into
// 2%) when no other pay finding compares the two jobs. Minor: it informs the decision and asks nothing.
std::optional<Finding> TakeHomeRaise(const RuleContext& ctx) {
  const OfferMetrics& m = ctx.metrics;
  const Situation& s = ctx.c.candidate.situation;
  if (!m.base_bonus_take_home || !m.current_base_bonus_take_home || !s.current.base ||
      m.current_base_bonus_take_home->cents() <= 0) {
    return std::nullopt;
  }
  const Money offered = *m.base_bonus_take_home, current = *m.current_base_bonus_take_home;
  const Money gross = *m.base + m.expected_bonus.value_or(Money{});
  const Money gross_now = *s.current.base + s.current.bonus.value_or(Money{});
  const double after = 100.0 * (offered - current).units() / current.units();
  std::string before;
  if (gross_now.cents() > 0) {
    const double pct = 100.0 * (gross - gross_now).units() / gross_now.units();
    before = ", where before tax they are " + Pct(std::fabs(pct)) + (pct >= 0 ? " more" : " less");
  }
  return AfterTaxFinding(ctx, Code::kPayTakeHomeVsCurrent, Severity::kMinor, Pct(after) + " more" + before);
}

// Offer base + expected bonus against the current job's base + bonus.
std::optional<Finding> VsCurrent(const RuleContext& ctx) {
  const Situation& s = ctx.c.candidate.situation;
  const std::string& cur = ctx.c.candidate.currency;
  if (!s.current.base) {
    if (s.employed != true) return std::nullopt;  // no current pay is normal when not employed
    Finding f = Make(ctx, Code::kPayCurrentUnknown, Severity::kMinor,
                     "Your current pay is not recorded, so the offer cannot be compared with it.");
    f.question = "What are your current base salary and expected bonus?";
    return f;
  }
  if (ctx.metrics.base_bonus_take_home && ctx.metrics.current_base_bonus_take_home) return VsCurrentAfterTax(ctx);
  const Money current = *s.current.base + s.current.bonus.value_or(Money{});
  const Money offered = *ctx.metrics.base + ctx.metrics.expected_bonus.value_or(Money{});
  if (offered >= current) return std::nullopt;
  const bool employed = s.employed == true;
  const double cut_pct = 100.0 * (current - offered).units() / current.units();
  // A small cut is worth knowing but not a flag on its own (rubric.pay_cut_major_pct).
  const bool major = employed && cut_pct >= ctx.c.rubric.pay_cut_major_pct;
  Finding f = Make(ctx, Code::kPayCutVsCurrent, major ? Severity::kMajor : Severity::kMinor,
                   "Base and expected bonus of " + FormatMoney(offered, cur) + " are " + Pct(cut_pct) +
                       " below your current " + FormatMoney(current, cur) + ".");
  f.evidence = {{OfferRef(ctx, Field::kBase), FormatMoney(*ctx.metrics.base, cur), 0, 0},
                {FieldRef::Case(Field::kCurrentJob), FormatMoney(current, cur), 0, 0}};
  if (employed) {
    f.ask = PayAtLeast{PayMeasure::kMatchingCurrent, current, cur};
    f.advice = "Moving for less money needs a reason you can name; if there is none, ask to match.";
  } else {
    f.advice = "Less than your last job can still be right while you are between jobs; decide it calmly.";
  }
  return f;
}

// Meets every floor, and beats the current pay (or, with no current pay, the floors) by 10% or more.
bool ClearlyAbove(const RuleContext& ctx) {
  const OfferMetrics& m = ctx.metrics;
  const NonNegotiables& n = ctx.c.candidate.non_negotiables;
  const CurrentJob& job = ctx.c.candidate.situation.current;
  const auto above = [](std::optional<Money> value, Money reference) {
    return value && value->units() >= 1.10 * reference.units();
  };
  if (m.base_bonus_take_home && m.current_base_bonus_take_home) {
    return above(m.base_bonus_take_home, *m.current_base_bonus_take_home);
  }
  if (job.base) {
    return above(*m.base + m.expected_bonus.value_or(Money{}), *job.base + job.bonus.value_or(Money{}));
  }
  if (!n.base_min && !n.total_min) return false;
  return (!n.base_min || above(m.base, *n.base_min)) &&
         (!n.total_min || above(m.first_year_total, *n.total_min));
}

// Where the base sits among open salary data for the same title (docs/market.md): context for the
// negotiation, never a verdict mover, so minor or positive only. Low = below the 25th percentile,
// high = above the median; between the two it is reported as minor information.
std::optional<Finding> MarketFinding(const RuleContext& ctx) {
  const std::optional<MarketPosition>& p = ctx.metrics.market;
  if (!p) return std::nullopt;
  const FieldRef base_path = OfferRef(ctx, Field::kBase);
  if (!p->comparable) {
    Finding f = Make(ctx, Code::kPayMarketNoData, Severity::kMinor,
                     "No comparable market data for this offer's base" +
                         (p->reason.empty() ? std::string(".") : ": " + p->reason + "."));
    f.question = "What do people in this role and place earn? Ask peers or a recent salary survey.";
    f.evidence = {{OfferRef(ctx, Field::kTitle), ctx.offer.title, 0, 0}};
    return f;
  }
  using Bound = MarketPosition::Bound;
  const bool low = p->bound == Bound::kBelowLowest || (p->bound == Bound::kWithin && p->percentile < 25);
  const bool high = p->bound == Bound::kAboveHighest || (p->bound == Bound::kWithin && p->percentile > 50);
  const std::string cur = ctx.c.candidate.currency;
  const std::string base = ctx.metrics.base ? FormatMoney(*ctx.metrics.base, cur) : std::string();
  Finding f = Make(ctx, low ? Code::kPayMarketLow : high ? Code::kPayMarketAboveMedian : Code::kPayMarketPosition,
                   high ? Severity::kPositive : Severity::kMinor,
                   "Market position of the base" + (base.empty() ? std::string() : " of " + base) + ": " +
                       p->summary + (low ? "; in the lowest quarter of the market." : high ? "; above the market median." : "."));
  f.evidence = {{base_path, base, 0, 0}};
  if (low) f.advice = "Use the market figures when you ask for more: they are an outside reference.";
  return f;
}

}  // namespace

std::vector<Finding> RunSignPay(const RuleContext& ctx) {
  const OfferMetrics& m = ctx.metrics;
  const NonNegotiables& n = ctx.c.candidate.non_negotiables;
  if (!m.comparable) {
    Finding f = Make(ctx, Code::kPayNoExchangeRate, Severity::kMinor,
                     "The offer is in " + ctx.offer.currency + " and no exchange rate is given, so its " +
                         "pay cannot be compared with your figures in " + ctx.c.candidate.currency + ".");
    f.question = "What exchange rate should be used?";
    return {f};
  }
  if (!m.base) {
    Finding f = Make(ctx, Code::kPayNoBase, Severity::kMajor, "The offer states no base salary.");
    f.question = "What is the base salary?";
    f.evidence = {{OfferRef(ctx, Field::kBase), {}, 0, 0}};
    return {f};
  }
  std::vector<Finding> out;
  const OfferFacts& facts = ctx.facts;
  if (facts.base_gap && facts.base_gap->gap_class != PayGapClass::kMet) {
    out.push_back(FloorGap(ctx, {"base_min", false, "Base", Field::kBase, *facts.base_gap}));
  }
  if (facts.total_gap && facts.total_gap->gap_class != PayGapClass::kMet) {
    out.push_back(FloorGap(ctx, {"total_min", true,
                                 m.year1_p50 ? "Expected (median) first-year pay" : "First-year total", Field::kWhole,
                                 *facts.total_gap}));
  }
  if (n.total_min) {
    if (auto f = AtRisk(ctx, *n.total_min)) out.push_back(std::move(*f));
  }
  const bool cut = [&] {
    if (auto f = VsCurrent(ctx)) {
      out.push_back(std::move(*f));
      return true;
    }
    return false;
  }();
  const bool above = out.empty() && ClearlyAbove(ctx);
  if (!cut && !above) {
    if (auto f = TakeHomeRaise(ctx)) out.push_back(std::move(*f));
  }
  if (above) {
    const bool has_job = ctx.c.candidate.situation.current.base.has_value();
    // A rate, not a promise of a year's pay: a fixed term says for how long (issue #12, class 11).
    const std::string term = ctx.offer.term_months && *ctx.offer.term_months < 12
                                 ? ", for the " + std::to_string(*ctx.offer.term_months) + " months of its fixed term"
                                 : "";
    Finding f =
        Make(ctx, Code::kPayClearlyAbove, Severity::kPositive,
             has_job && m.current_base_bonus_take_home
                 ? "After tax, the offer's base and bonus leave you at least 10% more than your current job's, and it "
                   "meets your pay floor" +
                       term + " (take-home estimate, not tax advice)."
             : has_job ? "The offer pays at least 10% more than your current job and meets your pay floor" + term + "."
                     : "The offer clears your pay floor by at least 10%" + term + ".");
    f.evidence = {
        {OfferRef(ctx, Field::kBase), FormatMoney(*m.base, ctx.c.candidate.currency), 0, 0}};
    out.push_back(std::move(f));
  }
  if (auto f = MarketFinding(ctx)) out.push_back(std::move(*f));
  return out;
}

}  // namespace walkaway::core
