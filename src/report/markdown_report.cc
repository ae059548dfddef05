// The Markdown report: the same content as the terminal report, as headings, lists and tables, for
// pasting into notes or sharing with a coach.

#include <cstdio>
#include <string>

#include "walkaway/report/ask_text.h"
#include "walkaway/report/draft.h"
#include "walkaway/report/report.h"

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

void RenderOffer(const OfferEvaluation& e, const ReportOptions& o, std::string& out) {
  const core::Verdict& v = e.verdict;
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", v.confidence);
  out += "\n## " + e.offer_id + (e.title.empty() ? "" : ": " + e.title) +
         (e.company.empty() ? "" : " at " + e.company) + "\n\n";
  out += "**Verdict: " + std::string(core::ToString(v.decision)) + "** (confidence " + confidence + ")\n";
  if (!v.reasons.empty()) {
    out += "\n### Why\n\n";
    for (size_t i = 0; i < v.reasons.size(); ++i) out += std::to_string(i + 1) + ". " + v.reasons[i] + "\n";
  }
  if (!v.asks.empty()) {
    out += "\n### Asks\n\n";
    for (const core::Ask& a : v.asks) out += "- " + DescribeAsk(a) + "\n";
  }
  if (const core::NegotiationPlan* plan = o.plans ? core::FindPlan(*o.plans, e.offer_id) : nullptr) {
    const PlanLines lines = DescribePlan(*plan, o.currency);
    out += "\n### " + lines.heading + "\n\n";
    for (const std::string& a : lines.asks) out += "- " + a + "\n";
    for (size_t i = 0; i < lines.notes.size(); ++i) {
      out += (i > 0 || !lines.asks.empty() ? "\n" : "") + lines.notes[i] + "\n";
    }
  }
  if (!v.questions.empty()) {
    out += "\n### Questions to ask first\n\n";
    for (const std::string& q : v.questions) out += "- " + q + "\n";
  }
  if (!e.gates.empty()) {
    out += "\n### Non-negotiables\n\n| gate | status | detail |\n|---|---|---|\n";
    for (const core::GateResult& g : e.gates) {
      out += "| " + Cell(g.name) + " | " + std::string(core::ToString(g.status)) + " | " + Cell(g.detail) + " |\n";
    }
  }
  const core::OfferMetrics& m = e.metrics;
  out += "\n### First-year pay\n\n";
  if (m.comparable) {
    out += "| base | target bonus | sign-on | equity (year one) | total |\n|---|---|---|---|---|\n";
    // With the pay model, the total is its year-one median, not the sum of the quoted parts.
    const std::string total = m.year1_p50 ? Money(m.year1_p50, o.currency) + " (median of the pay model)"
                                          : Money(m.first_year_total, o.currency);
    out += "| " + Money(m.base, o.currency) + " | " + Money(m.expected_bonus, o.currency) + " | " +
           Money(m.sign_on, o.currency) + " | " + Money(m.equity_first_year, o.currency) + " | " + total + " |\n";
  } else {
    out += "Not compared: the offer is in another currency and the case gives no exchange rate.\n";
  }
  out += "\n### Findings\n\n| severity | rule | finding | evidence |\n|---|---|---|---|\n";
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
    if (!heading) out += "\n### Remember\n\n";
    heading = true;
    out += "- " + f.message + "\n";
  }
}

}  // namespace

std::string RenderMarkdown(const Evaluation& evaluation, const ReportOptions& options) {
  std::string out = "# walkaway report\n\nCase `" + options.case_path + "`, as of " +
                    evaluation.as_of.ToString() + ", walkaway " + options.version + ".\n";
  for (const OfferEvaluation& e : evaluation.offers) RenderOffer(e, options, out);
  return out;
}

}  // namespace walkaway::report
