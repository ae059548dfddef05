// The terminal report: first a summary of every offer that fits a screen (report/summary.h: the
// verdict, when the answer is due, at most three reasons, the asks, the first questions; no rule
// ids), then, with `details`, each offer's plan, gates, figures and every finding with its
// evidence and rule. Readable at 80 columns; colour only when asked.

#include <cstdio>
#include <string>
#include <vector>

#include "walkaway/report/ask_text.h"
#include "walkaway/report/draft.h"
#include "walkaway/report/report.h"
#include "report/summary.h"

namespace walkaway::report {
namespace {

using core::Decision;
using core::Evaluation;
using core::Finding;
using core::GateStatus;
using core::OfferEvaluation;
using core::Severity;

struct Style {
  bool on = false;
  std::string Paint(std::string_view text, std::string_view code) const {
    if (!on) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
  std::string Bold(std::string_view t) const { return Paint(t, "1"); }
  std::string Dim(std::string_view t) const { return Paint(t, "2"); }
};

std::string_view DecisionColor(Decision d) {
  switch (d) {
    case Decision::kWalkAway: return "1;31";
    case Decision::kNegotiate: return "1;33";
    case Decision::kAccept: return "1;32";
    case Decision::kNotYet: return "1;36";
  }
  return "1";
}

std::string SeverityTag(Severity s, const Style& style) {
  switch (s) {
    case Severity::kBlocker: return style.Paint("BLOCKER ", "1;31");
    case Severity::kMajor: return style.Paint("MAJOR   ", "33");
    case Severity::kMinor: return style.Paint("minor   ", "2");
    case Severity::kPositive: return style.Paint("good    ", "32");
  }
  return "";
}

std::string GateTag(GateStatus s, const Style& style) {
  switch (s) {
    case GateStatus::kPass: return style.Paint("pass", "32");
    case GateStatus::kFail: return style.Paint("FAIL", "1;31");
    case GateStatus::kUnknown: return style.Paint("  ? ", "36");
  }
  return "";
}

std::string Money(std::optional<core::Money> m, const std::string& currency) {
  return m ? core::FormatMoney(*m, currency) : "unknown";
}

std::string Fixed(double value, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string Rule(std::string_view title, int width) {
  std::string out = "== " + std::string(title) + " ";
  int used = 0;
  for (char c : out) used += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  while (used < width) {
    out += '=';
    ++used;
  }
  return out + "\n";
}

void RenderFigures(const OfferEvaluation& e, const ReportOptions& o, std::string& out) {
  const core::OfferMetrics& m = e.metrics;
  const std::string& cur = o.currency;
  out += "  First-year pay\n";
  if (!m.comparable) {
    out += Wrap("The offer is in another currency and the case gives no exchange_rate, so its "
                "figures are not compared with yours.", o.width, "    ", "    ");
    return;
  }
  std::string parts = "base " + Money(m.base, cur) + ", target bonus " + Money(m.expected_bonus, cur) +
                      ", sign-on " + Money(m.sign_on, cur) + ", equity vesting in year one " +
                      Money(m.equity_first_year, cur);
  // With the pay model the total is its median, which differs from the sum of the quoted parts
  // (bonus payouts vary, equity is valued by outcome): say which figure is which.
  if (m.year1_p50) {
    parts += " (as quoted); pay model for year one: guaranteed floor " + Money(m.year1_floor, cur) +
             ", median " + Money(m.year1_p50, cur);
  } else {
    parts += "; total " + Money(m.first_year_total, cur);
  }
  out += Wrap(parts, o.width, "    ", "    ");
  if (m.take_home_p50) {
    std::string line = "after tax in " + m.take_home_place + ": median " + Money(m.take_home_p50, cur);
    if (m.current_base_bonus_take_home) {
      // The measure SIGN-PAY compares, so the two figures for "now" in one report are the same figure.
      line += "; base and bonus after tax " + Money(m.base_bonus_take_home, cur) + " against " +
              Money(m.current_base_bonus_take_home, cur) + " now in " + m.current_take_home_place;
    }
    out += Wrap(line + " (" + m.take_home_tables + " tables; estimate, not tax advice; walkaway comp shows the "
                "taxes and what is not modelled)",
                o.width, "    ", "    ");
  }
  if (m.hourly_pay) {
    std::string line = "effective hourly pay " + Fixed(*m.hourly_pay, 2) + " " + cur + " over " +
                       Fixed(m.weekly_hours.value_or(0), 0) + " hours a week (on-call and commute included)";
    if (m.current_hourly_pay) {
      line += "; current job " + Fixed(*m.current_hourly_pay, 2) + " " + cur + " over " +
              Fixed(m.current_weekly_hours.value_or(0), 0) + " hours";
    }
    out += Wrap(line, o.width, "    ", "    ");
  }
}

void RenderFinding(const Finding& f, const ReportOptions& o, const Style& style, std::string& out) {
  out += Wrap(f.message, o.width, "  " + SeverityTag(f.severity, style) + style.Dim(core::ToString(f.rule())) + "  ",
              "            ");
  for (const core::Evidence& ev : f.evidence) {
    const std::string path = core::FieldPath(ev.field);
    std::string where = LocateField(o, path);
    std::string line = where.empty() ? path : where + " " + path;
    if (ev.line > 0) line += " (line " + std::to_string(ev.line) + ", col " + std::to_string(ev.column) + ")";
    if (!ev.quote.empty()) line += ": \"" + ev.quote + "\"";
    out += style.Dim(Wrap(line, o.width, "            at ", "               "));
  }
  if (!f.advice.empty() && f.severity != Severity::kPositive) {
    out += Wrap(f.advice, o.width, "            -> ", "               ");
  }
}

void RenderSummary(const OfferSummary& s, const Style& style, const ReportOptions& o, std::string& out) {
  out += "\n" + style.Bold(Rule(s.heading, o.width));
  out += Wrap("Verdict: " + style.Paint(core::ToString(s.decision), DecisionColor(s.decision)) + " (confidence " +
                  Fixed(s.confidence, 2) + "), " + s.due,
              o.width, "  ", "  ");
  if (!s.reasons.empty()) {
    out += "  Why\n";
    for (size_t i = 0; i < s.reasons.size(); ++i) {
      out += Wrap(s.reasons[i], o.width, "   " + std::to_string(i + 1) + ". ", "      ");
    }
  }
  if (!s.asks.empty()) {
    out += "  " + s.asks_heading + "\n";
    for (const std::string& a : s.asks) out += Wrap(a, o.width, "   - ", "     ");
    if (s.more_asks > 0) out += "   - and " + std::to_string(s.more_asks) + " more in the details\n";
  }
  if (!s.questions.empty()) {
    out += s.decision == Decision::kNotYet ? "  Find out first\n" : "  Worth asking\n";
    for (const std::string& q : s.questions) out += Wrap(q, o.width, "   - ", "     ");
  }
}

// Everything behind the summary: all reasons and asks when the summary kept only some, the
// negotiation plan's search, the questions left, the gates, the figures, every finding with its
// evidence and rule, and the reminders. What the summary said is not said again.
void RenderDetails(const OfferEvaluation& e, const OfferSummary& s, const ReportOptions& o, const Style& style,
                   std::string& out) {
  out += "\n" + style.Bold(Rule("Details: " + s.heading, o.width));
  const core::Verdict& v = e.verdict;
  if (s.more_reasons > 0) {
    out += "\n  More reasons\n";
    for (size_t i = s.reasons.size(); i < v.reasons.size(); ++i) {
      out += Wrap(v.reasons[i], o.width, "   " + std::to_string(i + 1) + ". ", "      ");
    }
  }
  std::vector<std::string> shown = s.asks;
  std::vector<std::string> every;
  for (const core::Ask& ask : v.asks) every.push_back(DescribeAsk(ask));
  if (v.decision != Decision::kWalkAway && every != shown && !every.empty()) {
    out += "\n  Every finding's ask\n";
    for (const std::string& a : every) out += Wrap(a, o.width, "   - ", "     ");
  }
  if (const core::NegotiationPlan* plan = o.plans ? core::FindPlan(*o.plans, e.offer_id) : nullptr) {
    const PlanLines lines = DescribePlan(*plan, o.currency);
    out += "\n  " + lines.heading + "\n";
    for (const std::string& a : lines.asks) out += Wrap(a, o.width, "   - ", "     ");
    for (const std::string& n : lines.notes) out += Wrap(n, o.width, "   ", "   ");
  }
  if (s.more_questions > 0) {
    out += "\n  More questions\n";
    for (size_t i = s.questions.size(); i < v.questions.size(); ++i) out += Wrap(v.questions[i], o.width, "   - ", "     ");
  }
  if (!e.gates.empty()) {
    out += "\n  Non-negotiables\n";
    for (const core::GateResult& g : e.gates) {
      out += Wrap(g.detail, o.width, "   " + GateTag(g.status, style) + "  " + g.name + ": ", "         ");
    }
  }
  out += "\n";
  RenderFigures(e, o, out);

  out += "\n  Findings\n";
  bool any_reminder = false;
  for (const Finding& f : e.findings) {
    if (!core::CountsTowardVerdict(f)) {
      any_reminder = true;
      continue;
    }
    RenderFinding(f, o, style, out);
  }
  if (any_reminder) {
    out += "\n  Remember\n";
    for (const Finding& f : e.findings) {
      if (!core::CountsTowardVerdict(f)) out += Wrap(f.message, o.width, "   * ", "     ");
    }
  }
}

}  // namespace

std::string RenderText(const Evaluation& evaluation, const ReportOptions& options) {
  const Style style{options.color};
  std::string out = style.Bold("walkaway " + options.version) + "  " + options.case_path + "  as of " +
                    evaluation.as_of.ToString() + "\n";
  std::vector<OfferSummary> summaries;
  for (const OfferEvaluation& e : evaluation.offers) {
    const core::NegotiationPlan* plan = options.plans ? core::FindPlan(*options.plans, e.offer_id) : nullptr;
    summaries.push_back(Summarize(e, plan, evaluation.offers.size()));
    RenderSummary(summaries.back(), style, options, out);
  }
  if (!options.details) {
    out += "\n" + Wrap("The findings and evidence behind " +
                           std::string(evaluation.offers.size() == 1 ? "this verdict" : "each verdict") +
                           ": walkaway evaluate --details " + options.case_path,
                       options.width, "", "  ");
    return out;
  }
  for (size_t i = 0; i < evaluation.offers.size(); ++i) {
    RenderDetails(evaluation.offers[i], summaries[i], options, style, out);
  }
  return out;
}

}  // namespace walkaway::report
