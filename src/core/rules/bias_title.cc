// BIAS-TITLE: a title overvalued while the workload is underestimated. The honest comparison is
// pay per hour actually given to the job (expected hours, on-call and commute) against the current
// job, and whether a bigger title comes with a bigger week.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "core/rules/rule_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kBiasTitle;

// Hours rising by more than this share with a bigger title means the title is paid for in time.
constexpr double kWorkloadRiseTitlePct = 15;

struct Level {
  std::string_view word;
  int rank;
};

constexpr std::array<Level, 16> kLevels = {{
    {"intern", 0},
    {"junior", 0},
    {"senior", 2},
    {"sr", 2},
    {"lead", 3},
    {"staff", 3},
    {"manager", 3},
    {"principal", 4},
    {"head", 5},
    {"director", 5},
    {"vp", 6},
    {"vice president", 6},
    {"chief", 7},
    {"cto", 7},
    {"ceo", 7},
    {"partner", 6},
}};

// Seniority read from the words of a title; a title with none of the words is a plain level 1.
int TitleRank(std::string_view title) {
  int rank = 1;
  for (const Level& level : kLevels) {
    const std::array<std::string_view, 1> word = {level.word};
    if (level.rank > rank && MentionsAny(title, word)) rank = level.rank;
  }
  return rank;
}

std::string PerHour(double value, std::string_view currency) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  return std::string(buf) + " " + std::string(currency) + " an hour";
}

// Hours a week spent commuting in the offer: the part of the all-in figure no employer cap covers.
double CommuteHours(const RuleContext& ctx) {
  const Work& w = ctx.offer.work;
  const double on_call =
      w.on_call.value_or(false) ? w.on_call_hours_per_week.value_or(kDefaultOnCallHoursPerWeek) : 0;
  return *ctx.metrics.weekly_hours - w.expected_weekly_hours.value_or(0) - on_call;
}

// A cap in whole hours a week, between 1 and the hours a week has. Extreme inputs (a current pay
// near zero, a commute longer than the week) give a figure far outside that, or no finite figure at
// all; a cast of such a double to int is undefined, so the clamp comes first.
int WholeHoursCap(double hours) {
  constexpr double kHoursInAWeek = 168;
  if (!(hours >= 1)) return 1;  // also NaN and -inf
  return static_cast<int>(std::floor(std::min(hours, kHoursInAWeek)));
}

// The weekly hours (on-call included, commute not) at which this offer would pay per hour what the
// current job pays.
int BreakEvenCap(const RuleContext& ctx) {
  const OfferMetrics& m = ctx.metrics;
  const double all_in = *m.hourly_pay * *m.weekly_hours / *m.current_hourly_pay;
  return WholeHoursCap(all_in - CommuteHours(ctx));
}

// The weekly hours (on-call included, commute not) that keep the week within the title threshold.
int WorkloadCap(const RuleContext& ctx) {
  const double all_in = *ctx.metrics.current_weekly_hours * (1 + kWorkloadRiseTitlePct / 100.0);
  return WholeHoursCap(all_in - CommuteHours(ctx));
}

// Both hours findings use this one wording, so that when both fire they can share one cap.
Ask HoursAsk(int cap) { return HoursAtMost{cap}; }

// Which figure is missing for the hourly comparison, as a minor finding with its question.
Finding UnknownHourly(const RuleContext& ctx) {
  Finding f = NewFinding(ctx, Code::kTitleHourlyUnknown, Severity::kMinor, Channel::kTerms);
  const OfferMetrics& m = ctx.metrics;
  f.advice =
      "Compare pay per hour really worked, not per year: a bigger salary for a much longer week "
      "can be a step down.";
  if (!m.weekly_hours) {
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kWorkExpectedWeeklyHours))};
    f.message = "The offer does not say how many hours a week the job takes, so its pay per hour is unknown.";
    f.question = "How many hours does the team really work, including on-call?";
  } else if (!m.hourly_pay) {
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kBase))};
    f.message = "Without a base salary in your currency, pay per hour cannot be compared.";
    f.question = "What is the base salary, in writing, and in which currency?";
  } else if (!m.current_weekly_hours) {
    f.evidence = {FieldEvidence(FieldRef::Case(Field::kCurrentWeeklyHours))};
    f.message = "Your current weekly hours are not given, so we cannot compare pay per hour.";
    f.question = "How many hours a week do you really work now, commute included?";
  } else {
    f.evidence = {FieldEvidence(FieldRef::Case(Field::kCurrentBase))};
    f.message = "Your current pay is not given, so we cannot compare pay per hour.";
    f.question = "What do you earn now, base and bonus, per year?";
  }
  return f;
}

// Both hourly figures are known. A drop beyond the rubric is major even when the annual figure falls
// too: working more for less per hour is the workload this rule exists to show.
Finding HourlyComparison(const RuleContext& ctx) {
  const OfferMetrics& m = ctx.metrics;
  const std::string& cur = ctx.c.candidate.currency;
  const double now = *m.hourly_pay;
  const double before = *m.current_hourly_pay;
  const double drop_pct = 100.0 * (before - now) / before;
  const std::string figures =
      PerHour(now, cur) + " against " + PerHour(before, cur) + " now, for " + FormatNumber(*m.weekly_hours) +
      " against " + FormatNumber(*m.current_weekly_hours) + " hours a week (on-call and commute included).";
  if (drop_pct <= 0) {
    Finding f = NewFinding(ctx, Code::kTitleHourlyUp, Severity::kPositive, Channel::kTerms);
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kWork))};
    // Before tax: when SIGN-PAY compares after tax, the hourly figures are still gross, and say so.
    f.message = std::string(m.current_take_home_p50 ? "Per hour really worked, before tax, this offer"
                                                    : "Per hour really worked, this offer") +
                " pays at least as much as your current job: " + figures;
    return f;
  }
  const bool major = drop_pct > ctx.c.rubric.hourly_drop_major_pct;
  Finding f = NewFinding(ctx, major ? Code::kTitleHourlyDrop : Code::kTitleHourlyLower,
                         major ? Severity::kMajor : Severity::kMinor, Channel::kTerms);
  f.evidence = {FieldEvidence(OfferRef(ctx, Field::kWork)),
                FieldEvidence(FieldRef::Case(Field::kCurrentJob))};
  const bool annual_rises = now * *m.weekly_hours > before * *m.current_weekly_hours;
  f.message =
      // When SIGN-PAY compares after tax, "raise" before tax may be a cut after it: the lead says
      // which measure this is instead.
      std::string(m.current_take_home_p50 ? "Less pay per hour, before tax: "
                  : annual_rises         ? "The raise is a pay cut per hour: "
                                         : "Less pay per hour: ") +
      figures;
  f.advice =
      "Price the extra hours before you sign: either the week gets shorter, or the extra time (on-call "
      "included) is paid on top.";
  if (major) {
    f.ask = HoursAsk(BreakEvenCap(ctx));
    f.question = "How many hours does the team really work, including on-call?";
  }
  return f;
}

void AddTitleFinding(const RuleContext& ctx, std::vector<Finding>& out) {
  const CurrentJob& job = ctx.c.candidate.situation.current;
  const OfferMetrics& m = ctx.metrics;
  if (job.title.empty() || ctx.offer.title.empty() || !m.weekly_hours || !m.current_weekly_hours) return;
  if (TitleRank(ctx.offer.title) <= TitleRank(job.title)) return;
  const double rise_pct = 100.0 * (*m.weekly_hours - *m.current_weekly_hours) / *m.current_weekly_hours;
  if (rise_pct <= kWorkloadRiseTitlePct) return;
  Finding f = NewFinding(ctx, Code::kTitleWorkloadUp, Severity::kMajor, Channel::kTerms);
  f.evidence = {FieldEvidence(OfferRef(ctx, Field::kTitle)),
                FieldEvidence(OfferRef(ctx, Field::kWorkExpectedWeeklyHours))};
  f.message = "Title up, workload up more: from " + job.title + " to " + ctx.offer.title + ", but from " +
              FormatNumber(*m.current_weekly_hours) + " to " + FormatNumber(*m.weekly_hours) +
              " hours a week (" + FormatNumber(rise_pct) + "% more).";
  f.advice = "A title is paid for in hours; make sure the bigger one is worth the time it takes.";
  f.ask = HoursAsk(WorkloadCap(ctx));
  f.question = "How many hours does the team really work, including on-call?";
  out.push_back(std::move(f));
}

}  // namespace

// Weeks within this share of each other are the same week: pay per hour then moves exactly as
// the yearly pay does, which SIGN-PAY already weighs against the current job. Saying it again per
// hour counted one pay cut twice (issue #12, class 1).
constexpr double kSameWeekShare = 0.03;

bool SameWeek(const OfferMetrics& m) {
  return m.weekly_hours && m.current_weekly_hours && *m.current_weekly_hours > 0 &&
         std::fabs(*m.weekly_hours - *m.current_weekly_hours) <= kSameWeekShare * *m.current_weekly_hours;
}

std::vector<Finding> RunBiasTitle(const RuleContext& ctx) {
  std::vector<Finding> out;
  const OfferMetrics& m = ctx.metrics;
  // Someone out of work has no current hourly pay to compare with; that absence is normal.
  const bool compare_current = ctx.c.candidate.situation.employed.value_or(true);
  if (!m.hourly_pay || (compare_current && !m.current_hourly_pay)) {
    out.push_back(UnknownHourly(ctx));
  } else if (m.current_hourly_pay && compare_current && !SameWeek(m)) {
    out.push_back(HourlyComparison(ctx));
  }
  AddTitleFinding(ctx, out);
  // A pay cut per hour and a bigger week are one problem with one fix: ask for the tighter cap once.
  if (out.size() == 2 && out[0].code == Code::kTitleHourlyDrop && out[1].code == Code::kTitleWorkloadUp) {
    out[0].ask = HoursAsk(std::min(BreakEvenCap(ctx), WorkloadCap(ctx)));
    out[1].ask = out[0].ask;
  }
  return out;
}

}  // namespace walkaway::core
