// The Markdown report: the same content as the terminal report (the summary of every offer, then
// with `details` the plan, gates, figures and findings), as headings, lists and tables, for pasting
// into notes or sharing with a coach.

#include <cstdio>
#include <string>
#include <vector>

#include "walkaway/report/ask_text.h"
#include "walkaway/report/draft.h"
#include "walkaway/report/report.h"
#include "report/summary.h"

namespace walkaway::report {
namespace {

using core::Evaluation;
using core::Finding;
using core::OfferEvaluation;

// Pipes and newlines would break a table cell.
std::string Cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string Money(std::optional<core::Money> m, const std::string& currency) {
  return m ? core::FormatMoney(*m, currency) : "unknown";
}

void RenderSummary(const OfferSummary& s, std::string& out) {
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", s.confidence);
  out += "\n## " + s.heading + "\n\n";
  out += "**Verdict: " + std::string(core::ToString(s.decision)) + "** (confidence " + confidence + "), " + s.due + ".\n";
  if (!s.reasons.empty()) {
    out += "\n**Why**\n\n";
    for (size_t i = 0; i < s.reasons.size(); ++i) out += std::to_string(i + 1) + ". " + s.reasons[i] + "\n";
  }
  if (!s.asks.empty()) {
    out += "\n**" + s.asks_heading + "**\n\n";
    for (const std::string& a : s.asks) out += "- " + a + "\n";
    if (s.more_asks > 0) out += "- and " + std::to_string(s.more_asks) + " more in the details\n";
  }
  if (!s.questions.empty()) {
    out += std::string("\n**") + (s.decision == core::Decision::kNotYet ? "Find out first" : "Worth asking") + "**\n\n";
    for (const std::string& q : s.questions) out += "- " + q + "\n";
  }
}

void RenderDetails(const OfferEvaluation& e, const OfferSummary& s, const ReportOptions& o, std::string& out) {
  const core::Verdict& v = e.verdict;
  out += "\n### Details: " + s.heading + "\n";
  if (s.more_reasons > 0) {
    out += "\n#### More reasons\n\n";
    for (size_t i = s.reasons.size(); i < v.reasons.size(); ++i) out += std::to_string(i + 1) + ". " + v.reasons[i] + "\n";
  }
  std::vector<std::string> every;
  for (const core::Ask& a : v.asks) every.push_back(DescribeAsk(a));
  if (v.decision != core::Decision::kWalkAway && !every.empty() && every != s.asks) {
    out += "\n#### Every finding's ask\n\n";
    for (const std::string& a : every) out += "- " + a + "\n";
  }
  if (const core::NegotiationPlan* plan = o.plans ? core::FindPlan(*o.plans, e.offer_id) : nullptr) {
    const PlanLines lines = DescribePlan(*plan, o.currency);
    out += "\n#### " + lines.heading + "\n\n";
    for (const std::string& a : lines.asks) out += "- " + a + "\n";
    for (size_t i = 0; i < lines.notes.size(); ++i) {
      out += (i > 0 || !lines.asks.empty() ? "\n" : "") + lines.notes[i] + "\n";
    }
  }
  if (s.more_questions > 0) {
    out += "\n#### More questions\n\n";
    for (size_t i = s.questions.size(); i < v.questions.size(); ++i) out += "- " + v.questions[i] + "\n";
  }
  if (!e.gates.empty()) {
    out += "\n#### Non-negotiables\n\n| gate | status | detail |\n|---|---|---|\n";
    for (const core::GateResult& g : e.gates) {
      out += "| " + Cell(g.name) + " | " + std::string(core::ToString(g.status)) + " | " + Cell(g.detail) + " |\n";
    }
  }
  const core::OfferMetrics& m = e.metrics;
  out += "\n#### First-year pay\n\n";
  if (m.comparable) {
    out += "| base | target bonus | sign-on | equity (year one) | total |\n|---|---|---|---|---|\n";
    // With the pay model, the total is its year-one median, not the sum of the quoted parts.
    const std::string total = m.year1_p50 ? Money(m.year1_p50, o.currency) + " (median of the pay model)"
                                          : Money(m.first_year_total, o.currency);
    out += "| " + Money(m.base, o.currency) + " | " + Money(m.expected_bonus, o.currency) + " | " +
           Money(m.sign_on, o.currency) + " | " + Money(m.equity_first_year, o.currency) + " | " + total + " |\n";
    if (m.take_home_p50) {
      out += "\nAfter tax in " + Cell(m.take_home_place) + ": median " + Money(m.take_home_p50, o.currency);
      if (m.current_base_bonus_take_home) {
        out += "; base and bonus after tax " + Money(m.base_bonus_take_home, o.currency) + " against " +
               Money(m.current_base_bonus_take_home, o.currency) + " now in " + Cell(m.current_take_home_place);
      }
      out += " (" + m.take_home_tables + " tables; estimate, not tax advice).\n";
    }
  } else {
    out += "Not compared: the offer is in another currency and the case gives no exchange rate.\n";
  }
  out += "\n#### Findings\n\n| severity | rule | finding | evidence |\n|---|---|---|---|\n";
  for (const Finding& f : e.findings) {
    if (!core::CountsTowardVerdict(f)) continue;
    std::string evidence;
    for (const core::Evidence& ev : f.evidence) {
      if (!evidence.empty()) evidence += "<br>";
      const std::string path = core::FieldPath(ev.field);
      std::string where = LocateField(o, path);
      evidence += "`" + path + "`" + (where.empty() ? "" : " (" + where + ")");
      if (!ev.quote.empty()) evidence += ": \"" + ev.quote + "\"";
    }
    std::string text = f.message;
    if (!f.advice.empty()) text += " *" + f.advice + "*";
    out += "| " + std::string(core::ToString(f.severity)) + " | " + std::string(core::ToString(f.rule())) + " | " + Cell(text) + " | " +
           Cell(evidence) + " |\n";
  }
  bool heading = false;
  for (const Finding& f : e.findings) {
    if (core::CountsTowardVerdict(f)) continue;
    if (!heading) out += "\n#### Remember\n\n";
    heading = true;
    out += "- " + f.message + "\n";
  }
}

}  // namespace

std::string RenderMarkdown(const Evaluation& evaluation, const ReportOptions& options) {
  std::string out = "# walkaway report\n\nCase `" + options.case_path + "`, as of " +
                    evaluation.as_of.ToString() + ", walkaway " + options.version + ".\n";
  std::vector<OfferSummary> summaries;
  for (const OfferEvaluation& e : evaluation.offers) {
    const core::NegotiationPlan* plan = options.plans ? core::FindPlan(*options.plans, e.offer_id) : nullptr;
    summaries.push_back(Summarize(e, plan, evaluation.offers.size()));
    RenderSummary(summaries.back(), out);
  }
  if (!options.details) {
    out += "\nThe findings and evidence behind " +
           std::string(evaluation.offers.size() == 1 ? "this verdict" : "each verdict") +
           ": `walkaway evaluate --details --format md " + options.case_path + "`.\n";
    return out;
  }
  for (size_t i = 0; i < evaluation.offers.size(); ++i) RenderDetails(evaluation.offers[i], summaries[i], options, out);
  return out;
}

}  // namespace walkaway::report
