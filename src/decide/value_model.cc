// The value functions of the ten criteria (docs/compare.md "Value functions"). Each criterion is
// built from facts of the case; a fact the case does not give is "unknown" and widens the band
// over everything it could be, so missing data is never silently good or bad.

#include "walkaway/decide/value_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "walkaway/comp/defaults.h"
#include "walkaway/core/text_match.h"

namespace walkaway::decide {
namespace {

constexpr double kWorstShare = 0.8;  // pay 20% under the reference is worth nothing
constexpr double kIdealShare = 1.5;  // pay 50% over it is worth everything
constexpr double kDefaultWorstHours = 60;
constexpr double kIdealHours = 35;
constexpr double kHoursLowShare = 0.95;   // stated hours: real ones 5% lower ...
constexpr double kHoursHighShare = 1.15;  // ... to 15% higher (workload is underestimated, BIAS-TITLE)
constexpr double kZ90 = 1.2815515655446004;  // the standard normal's 90th percentile
constexpr double kCommuteWorstHours = 10;    // hours a week on the road that are worth nothing
constexpr double kPublicSurvival = 1.0;
constexpr Band kUnknownCompany{0.5, 0.8, 1.0};

std::string Fixed(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}
std::string Thousands(double v) { return core::FormatMoneyShort(core::Money::FromUnitsRounded(v)); }

// One fact behind a criterion: a known value, or unknown within [low, high].
struct Item {
  bool known = false;
  double value = 0;
  double low = 0;
  double high = 1;
};
Item Known(double v) { return {true, v, v, v}; }
Item Unknown(double low = 0, double high = 1) { return {false, (low + high) / 2, low, high}; }
Item FromBool(const std::optional<bool>& b) { return b ? Known(*b ? 1.0 : 0.0) : Unknown(); }

// The mean of the items: unknown ones count at their midpoint, and spread the band to their range.
CriterionScore Combine(const std::vector<Item>& items, std::string basis) {
  CriterionScore s;
  s.basis = std::move(basis);
  if (items.empty()) {
    s.value = {0, 0.5, 1};
    return s;
  }
  for (const Item& i : items) {
    s.value.low += i.low;
    s.value.point += i.value;
    s.value.high += i.high;
    s.known = s.known || i.known;
  }
  const double n = static_cast<double>(items.size());
  s.value = {s.value.low / n, s.value.point / n, s.value.high / n};
  return s;
}

// A fact the case does not give reads "not stated", never a bare "?": the basis is shown to the person.
std::string YesNo(const std::optional<bool>& b) { return b ? (*b ? "yes" : "no") : "not stated"; }
double Clamp01(double v) { return std::clamp(v, 0.0, 1.0); }
bool Has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

CriterionScore Pay(const core::Offer& offer, const core::OfferMetrics& metrics, const core::PayProjection* projection,
                   const PayAnchors& anchors) {
  CriterionScore s;
  const std::optional<YearlyPay> pay = projection ? YearlyPayOf(*projection, anchors.after_tax) : std::nullopt;
  if (pay) {
    s.known = true;
    s.value = {PayValue(pay->p10, anchors), PayValue(pay->p50, anchors), PayValue(pay->p90, anchors)};
    s.basis = "P50 " + Thousands(pay->p50) + "/yr (P10 " + Thousands(pay->p10) + ", P90 " + Thousands(pay->p90) + ")" +
              (anchors.after_tax ? " after tax" : "") + (pay->col_adjusted ? " in your cost of living" : "");
    return s;
  }
  if (metrics.first_year_total) {
    const double v = PayValue(metrics.first_year_total->units(), anchors);
    s.known = true;
    s.value = {v, v, v};
    s.basis = "first year " + Thousands(metrics.first_year_total->units()) + " (no projection)";
    return s;
  }
  s.value = {0, 0.5, 1};
  s.basis = offer.base ? "not comparable (no exchange rate)" : "no base salary yet";
  return s;
}

CriterionScore Growth(const core::Offer& o) {
  const core::Progression& p = o.progression;
  std::vector<Item> items{FromBool(p.ladder_shared), FromBool(p.promotion_criteria_written)};
  std::string basis = "ladder " + YesNo(p.ladder_shared) + ", criteria written " + YesNo(p.promotion_criteria_written);
  if (p.review_cycle_months) {
    const int m = *p.review_cycle_months;
    items.push_back(Known(m <= 6 ? 1.0 : m <= 12 ? 0.5 : 0.0));
    basis += ", reviews every " + std::to_string(m) + " mo";
  } else {
    items.push_back(Unknown());
    basis += ", reviews ?";
  }
  if (o.promotion) {
    items.push_back(Known(Clamp01(o.promotion->probability_pct / 100)));
    basis += ", promotion " + Fixed(o.promotion->probability_pct, 0) + "%";
  }
  return Combine(items, basis);
}

CriterionScore Flexibility(const core::OfferFacts& f) {
  if (f.office_days) {
    const int days = *f.office_days;
    return Combine({Known(1 - std::min(days, 5) / 5.0)}, std::to_string(days) + " office days a week");
  }
  if (f.work_mode == core::WorkMode::kHybrid) return Combine({Unknown(0.2, 0.8)}, "hybrid, office days not given");
  return Combine({Unknown()}, "work mode not given");
}

CriterionScore Workload(const core::Case& c, const core::OfferMetrics& metrics, const core::PayProjection* projection) {
  std::optional<double> hours = projection && projection->weekly_hours ? projection->weekly_hours : metrics.weekly_hours;
  const auto& limit = c.candidate.non_negotiables.max_weekly_hours;
  const double worst = limit ? *limit * (1 + c.rubric.hours_structural_pct / 100) : kDefaultWorstHours;
  const double ideal = std::min(kIdealHours, 0.75 * worst);
  if (!hours) return Combine({Unknown()}, "hours not given");
  CriterionScore s;
  s.known = true;
  s.value = {WorkloadValue(*hours * kHoursHighShare, ideal, worst), WorkloadValue(*hours, ideal, worst),
             WorkloadValue(*hours * kHoursLowShare, ideal, worst)};
  s.basis = Fixed(*hours, 1) + " h/week with on-call and commute";
  return s;
}

// Known interview tags (core/case.h) and the reflection's "felt respected": a Beta(1 + good,
// 1 + bad) posterior; the band is its mean -/+ 1.28 sd, the normal approximation of P10..P90.
CriterionScore Culture(const core::Case& c, const core::Offer& o) {
  static constexpr std::string_view kGood[] = {"respectful", "informative", "thorough", "on_time",
                                               "answered_questions", "consistent"};
  static constexpr std::string_view kBad[] = {"rushed", "dismissive", "late", "rescheduled", "distracted",
                                              "evasive", "inconsistent", "pressure", "no_questions"};
  double good = 0;
  double bad = 0;
  for (const core::Interview& i : o.interviews) {
    for (const std::string& t : i.tags) {
      if (std::find(std::begin(kGood), std::end(kGood), t) != std::end(kGood)) good += 1;
      if (std::find(std::begin(kBad), std::end(kBad), t) != std::end(kBad)) bad += 1;
    }
  }
  if (const core::Reflection* r = core::ReflectionFor(c, o); r && r->felt_respected) {
    if (*r->felt_respected == core::Answer::kYes) good += 1;
    if (*r->felt_respected == core::Answer::kNo) bad += 1;
    if (*r->felt_respected == core::Answer::kPartly) good += 0.5, bad += 0.5;
  }
  const double a = good + 1;
  const double b = bad + 1;
  const double mean = a / (a + b);
  const double sd = std::sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
  CriterionScore s;
  s.known = good + bad > 0;
  s.value = {Clamp01(mean - kZ90 * sd), mean, Clamp01(mean + kZ90 * sd)};
  s.basis = Fixed(good, good == std::floor(good) ? 0 : 1) + " good and " + Fixed(bad, bad == std::floor(bad) ? 0 : 1) +
            " bad signs in interviews and reflection";
  return s;
}

// The company's survival over the horizon (the stage's yearly failure odds of the pay model,
// docs/pay-model.md, held constant) and the share of the expected pay that is guaranteed.
CriterionScore Stability(const core::Case& c, const core::Offer& o, const core::PayProjection* projection) {
  std::vector<Item> items;
  std::string basis;
  const int years = projection && !projection->years.empty() ? static_cast<int>(projection->years.size())
                                                              : c.model.horizon_years;
  comp::Stage stage;
  if (o.equity && o.equity->public_stock) {
    items.push_back(Known(kPublicSurvival));
    basis = "public company";
  } else if (o.equity && o.equity->company && comp::ParseStage(o.equity->company->stage, stage)) {
    const comp::ModelDefaults d = comp::ResolveDefaults(c.model);
    double fail = d.stages[static_cast<size_t>(stage)].fail;
    if (o.equity->company->fail_odds_pct) fail = *o.equity->company->fail_odds_pct / 100;
    const double survival = std::pow(1 - std::clamp(fail, 0.0, 1.0), years);
    items.push_back(Known(survival));
    basis = o.equity->company->stage + ": survives " + std::to_string(years) + " years " + Fixed(100 * survival, 0) + "%";
  } else {
    items.push_back({false, kUnknownCompany.point, kUnknownCompany.low, kUnknownCompany.high});
    basis = "company stage unknown";
  }
  if (projection && projection->total_p50.cents() > 0) {
    const double certainty = Clamp01(static_cast<double>(projection->total_floor.cents()) /
                                     static_cast<double>(projection->total_p50.cents()));
    items.push_back(Known(certainty));
    basis += ", " + Fixed(100 * certainty, 0) + "% of P50 pay guaranteed";
  } else {
    items.push_back(Unknown());
    basis += ", guaranteed pay ?";
  }
  return Combine(items, basis);
}

CriterionScore Mission(const core::Case& c, const core::Offer& o) {
  const core::Reflection* r = core::ReflectionFor(c, o);
  if (!r) return Combine({Unknown()}, "no reflection");
  std::vector<Item> items;
  std::string basis;
  items.push_back(r->excited ? Known((*r->excited - 1) / 4.0) : Unknown());
  basis = "excited " + (r->excited ? std::to_string(*r->excited) + "/5" : std::string("not rated"));
  if (r->feeling) {
    items.push_back(Known(*r->feeling == core::Feeling::kExcited ? 1.0 : *r->feeling == core::Feeling::kBoth ? 0.5 : 0.0));
  } else {
    items.push_back(Unknown());
  }
  basis += ", feeling " + (r->feeling ? std::string(core::ToString(*r->feeling)) : std::string("not stated"));
  const auto& goals = r->moves_toward_goals;
  if (goals && *goals != core::Answer::kUnsure) {
    items.push_back(Known(*goals == core::Answer::kYes ? 1.0 : *goals == core::Answer::kPartly ? 0.5 : 0.0));
  } else {
    items.push_back(Unknown());
  }
  basis += ", toward goals " + (goals ? std::string(core::ToString(*goals)) : std::string("not stated"));
  return Combine(items, basis);
}

CriterionScore Location(const core::Offer& o, const core::OfferFacts& f) {
  const core::Work& w = o.work;
  std::vector<Item> items;
  std::string basis;
  switch (f.location) {
    case core::LocationMatch::kNotAsked: break;
    case core::LocationMatch::kRemote:
      items.push_back(Known(1));
      basis = "remote";
      break;
    case core::LocationMatch::kUnknown:
      items.push_back(Unknown());
      basis = "place not stated";
      break;
    case core::LocationMatch::kUndecided:
      items.push_back(Unknown());
      basis = o.location + " (not fixed yet)";
      break;
    case core::LocationMatch::kMatch:
    case core::LocationMatch::kNoMatch: {
      const bool ok = f.location == core::LocationMatch::kMatch;
      items.push_back(Known(ok ? 1 : 0));
      basis = o.location + (ok ? " (one of your places)" : " (not one of your places)");
      break;
    }
  }
  // Commute burden: hours a week on the road, 0 = 1, kCommuteWorstHours or more = 0.
  const std::optional<int> days = f.office_days;
  auto burden = [](double minutes, double d) { return Clamp01(1 - 2 * minutes * d / 60 / kCommuteWorstHours); };
  if (days && (*days == 0 || w.commute_minutes)) {
    const double minutes = w.commute_minutes.value_or(0);
    items.push_back(Known(burden(minutes, *days)));
    basis += (basis.empty() ? "" : ", ") + Fixed(2 * minutes * *days / 60, 1) + " h/week commuting";
  } else if (w.commute_minutes && w.mode == core::WorkMode::kHybrid) {
    items.push_back(Unknown(burden(*w.commute_minutes, 4), burden(*w.commute_minutes, 1)));
    basis += (basis.empty() ? "" : ", ") + std::to_string(*w.commute_minutes) + " min commute, days ?";
  } else {
    items.push_back(Unknown());
    basis += (basis.empty() ? "" : ", ") + std::string("commute ?");
  }
  return Combine(items, basis);
}

// The benefits the person requires (must_have, else health, pension and parental leave) and paid
// time off (10 days = 0, 30 or more = 1). A non-empty benefits list is taken as complete.
CriterionScore Benefits(const core::Case& c, const core::Offer& o) {
  static const std::vector<std::string> kStandard = {"health", "pension", "parental_leave"};
  const auto& wanted = c.candidate.non_negotiables.must_have.empty() ? kStandard : c.candidate.non_negotiables.must_have;
  std::vector<Item> items;
  int have = 0;
  for (const std::string& b : wanted) {
    bool present = Has(o.benefits, b);
    if (b == "parental_leave" && o.benefit_terms.parental_leave_weeks) present = *o.benefit_terms.parental_leave_weeks > 0;
    if (b == "pension" && o.benefit_terms.retirement_match_pct) present = present || *o.benefit_terms.retirement_match_pct > 0;
    if (o.benefits.empty() && !present) {
      items.push_back(Unknown());
    } else {
      items.push_back(Known(present ? 1 : 0));
      have += present ? 1 : 0;
    }
  }
  std::string basis = o.benefits.empty() ? "benefits not listed"
                                         : std::to_string(have) + " of " + std::to_string(wanted.size()) + " wanted benefits";
  if (o.pto_days) {
    items.push_back(Known(Clamp01((*o.pto_days - 10) / 20.0)));
    basis += ", " + std::to_string(*o.pto_days) + " days off";
  } else {
    items.push_back(Unknown());
    basis += ", days off not stated";
  }
  return Combine(items, basis);
}

CriterionScore Learning(const core::Offer& o) {
  std::optional<bool> budget = o.progression.learning_budget;
  if (!budget && Has(o.benefits, "learning_budget")) budget = true;
  return Combine({FromBool(o.progression.mentorship), FromBool(budget)},
                 "mentorship " + YesNo(o.progression.mentorship) + ", learning budget " + YesNo(budget));
}

}  // namespace

bool CompareAfterTax(const core::Case& c, std::span<const core::PayProjection> offers,
                     const core::PayProjection* current) {
  std::vector<std::string> places;
  const auto taxed = [&](const core::PayProjection& p) {
    if (!p.tax || !p.total_take_home_p50) return false;
    if (std::find(places.begin(), places.end(), p.tax->place) == places.end()) places.push_back(p.tax->place);
    return std::all_of(p.years.begin(), p.years.end(), [](const core::YearFigures& y) { return y.take_home.has_value(); });
  };
  bool every = !offers.empty();
  for (const core::PayProjection& p : offers) every = taxed(p) && every;
  if (current != nullptr) every = taxed(*current) && every;
  return every && c.rubric.pay_after_tax.value_or(places.size() > 1);
}

std::optional<YearlyPay> YearlyPayOf(const core::PayProjection& p, bool after_tax) {
  if (p.years.empty()) return std::nullopt;
  const double years = static_cast<double>(p.years.size());
  YearlyPay y{p.total_p10.units() / years, p.total_p50.units() / years, p.total_p90.units() / years, false};
  if (after_tax) {
    if (!p.total_take_home_p10 || !p.total_take_home_p50 || !p.total_take_home_p90) return std::nullopt;
    y = {p.total_take_home_p10->units() / years, p.total_take_home_p50->units() / years,
         p.total_take_home_p90->units() / years, false};
  }
  double p50 = 0;
  double adjusted = 0;
  bool every_year = true;
  for (const core::YearFigures& f : p.years) {
    p50 += f.p50.units();
    if (f.col_adjusted_p50) adjusted += f.col_adjusted_p50->units();
    every_year = every_year && f.col_adjusted_p50.has_value();
  }
  if (every_year && p50 > 0) {
    const double factor = adjusted / p50;
    y = {y.p10 * factor, y.p50 * factor, y.p90 * factor, true};
  }
  return y;
}

PayAnchors ResolvePayAnchors(const core::Case& c, const std::optional<YearlyPay>& current,
                             std::span<const double> offer_p50, bool after_tax) {
  PayAnchors a;
  a.after_tax = after_tax;
  const core::NonNegotiables& n = c.candidate.non_negotiables;
  if (current && current->p50 > 0) {
    a.reference = current->p50;
    a.source = "current job";
  } else if (!after_tax && n.total_min && n.total_min->cents() > 0) {
    a.reference = n.total_min->units();
    a.source = "total_min";
  } else if (!after_tax && n.base_min && n.base_min->cents() > 0) {
    a.reference = n.base_min->units();
    a.source = "base_min";
  } else if (!offer_p50.empty()) {
    std::vector<double> sorted(offer_p50.begin(), offer_p50.end());
    std::sort(sorted.begin(), sorted.end());
    const size_t k = sorted.size();
    a.reference = k % 2 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
    a.source = "offers' median";
  }
  if (!(a.reference > 0)) {
    a.reference = 1;
    a.source = "none";
  }
  a.worst = kWorstShare * a.reference;
  a.ideal = kIdealShare * a.reference;
  return a;
}

double PayValue(double yearly, const PayAnchors& anchors) {
  if (!(yearly > anchors.worst)) return 0;
  return Clamp01(std::log(yearly / anchors.worst) / std::log(anchors.ideal / anchors.worst));
}

double WorkloadValue(double weekly_hours, double ideal_hours, double worst_hours) {
  if (worst_hours <= ideal_hours) return weekly_hours <= ideal_hours ? 1 : 0;
  return Clamp01((worst_hours - weekly_hours) / (worst_hours - ideal_hours));
}

std::array<CriterionScore, kCriterionCount> ScoreOffer(const core::Case& c, size_t index,
                                                       const core::OfferEvaluation& judged,
                                                       const core::PayProjection* projection,
                                                       const PayAnchors& anchors) {
  const core::Offer& o = c.offers[index];
  const core::OfferMetrics& metrics = judged.metrics;
  std::array<CriterionScore, kCriterionCount> s;
  s[static_cast<size_t>(Criterion::kPay)] = Pay(o, metrics, projection, anchors);
  s[static_cast<size_t>(Criterion::kGrowth)] = Growth(o);
  s[static_cast<size_t>(Criterion::kFlexibility)] = Flexibility(judged.facts);
  s[static_cast<size_t>(Criterion::kWorkload)] = Workload(c, metrics, projection);
  s[static_cast<size_t>(Criterion::kCulture)] = Culture(c, o);
  s[static_cast<size_t>(Criterion::kStability)] = Stability(c, o, projection);
  s[static_cast<size_t>(Criterion::kMission)] = Mission(c, o);
  s[static_cast<size_t>(Criterion::kLocation)] = Location(o, judged.facts);
  s[static_cast<size_t>(Criterion::kBenefits)] = Benefits(c, o);
  s[static_cast<size_t>(Criterion::kLearning)] = Learning(o);
  return s;
}

}  // namespace walkaway::decide
