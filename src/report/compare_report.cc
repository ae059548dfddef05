// The comparison report: the headline (who wins and how robustly) first, then each step of the
// pipeline in order: gates, Pareto, scores, SMAA, weight stability, TOPSIS, and what each score
// rests on. Terminal text at 80 columns, and the same content as Markdown.

#include "walkaway/report/compare_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "walkaway/core/money.h"
#include "walkaway/report/report.h"

namespace walkaway::report {
namespace {

using core::Comparison;
using core::Criterion;
using core::kCriterionCount;

constexpr size_t kIdWidth = 9;  // offer ids in table columns are cut to this

std::string Fixed(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}
std::string Percent(double share) { return Fixed(100 * share, 0) + "%"; }
std::string Short(const std::string& id) { return id.size() <= kIdWidth ? id : id.substr(0, kIdWidth - 1) + "~"; }
std::string Left(const std::string& s, size_t width) { return s.size() >= width ? s : s + std::string(width - s.size(), ' '); }
std::string Right(const std::string& s, size_t width) { return s.size() >= width ? s : std::string(width - s.size(), ' ') + s; }
std::string CriterionName(int j) { return std::string(core::ToString(static_cast<Criterion>(j))); }
const std::string& Id(const Comparison& c, int offer) { return c.offers[static_cast<size_t>(offer)].id; }

std::string Rule(std::string_view title, int width) {
  std::string out = "== " + std::string(title) + " ";
  while (static_cast<int>(out.size()) < width) out += '=';
  return out + "\n";
}

std::string WeightSource(const Comparison& c) {
  if (c.weights.source == "rank") return "your ranking (rank-order centroid; unranked criteria share the rest)";
  if (c.weights.source == "weights") return "your explicit weights (normalised)";
  return "equal weights (the case gives no priorities)";
}

std::string Money(double units, const std::string& currency) {
  const core::Money m = core::Money::FromUnitsRounded(units);
  return currency.empty() ? core::FormatMoney(m) : core::FormatMoney(m, currency);
}

// Offers out at the gates or the Pareto filter, and the verdict of each.
std::vector<std::string> ScreeningLines(const Comparison& c) {
  std::vector<std::string> lines;
  for (const core::OfferOutcome& o : c.offers) {
    std::string line = o.id + " (" + o.company + "): " + std::string(core::ToString(o.decision)) + "; ";
    if (!o.gate_reason.empty()) {
      line += "out at the gates, " + o.gate_reason;
    } else if (!o.dominated_by.empty()) {
      line += "out, dominated by " + o.dominated_by + " (no better on any criterion you weigh, worse on some)";
    } else {
      line += "compared";
      if (o.pay_p50) {
        line += ", pay " + Money(*o.pay_p50, "") + "/yr (P10 " + Money(*o.pay_p10, "") + ", P90 " + Money(*o.pay_p90, "") + ")";
      }
    }
    lines.push_back(line);
  }
  return lines;
}

std::string StabilityRange(const core::StabilityInterval& s) { return Fixed(s.low, 2) + "-" + Fixed(s.high, 2); }

std::string StabilityFlips(const Comparison& c, const core::StabilityInterval& s) {
  std::string out;
  if (s.low_rival >= 0) out += Id(c, c.compared[static_cast<size_t>(s.low_rival)]) + " below";
  if (s.high_rival >= 0) out += std::string(out.empty() ? "" : ", ") + Id(c, c.compared[static_cast<size_t>(s.high_rival)]) + " above";
  return out.empty() ? "never" : out;
}

std::string MinimumChangeLine(const Comparison& c) {
  const core::MinimumChange& m = *c.minimum_change;
  if (m.rival < 0) return "No reweighting of all criteria at once can tie another offer with " + Id(c, c.winner) + ".";
  return "Moving all weights at once, the smallest change that ties " + Id(c, c.winner) + " with " +
         Id(c, c.compared[static_cast<size_t>(m.rival)]) + " is " + Fixed(m.l2, 2) + " (Euclidean)" +
         (m.within_simplex ? "." : "; that change would need a negative weight, so the real distance is larger.");
}

std::string TopsisLine(const Comparison& c) {
  std::string out = "TOPSIS closeness: ";
  for (size_t k = 0; k < c.compared.size(); ++k) {
    const int a = c.topsis->order[k];
    out += (k ? ", " : "") + Id(c, c.compared[static_cast<size_t>(a)]) + " " + Fixed(c.topsis->closeness[static_cast<size_t>(a)], 2);
  }
  out += ". Kendall tau with the value model " + Fixed(*c.kendall_tau, 2) + "; ";
  out += c.topsis_agrees ? "same winner." : "DIFFERENT WINNER: treat the ranking with care.";
  return out;
}

std::string CentralWeightsLine(const Comparison& c, size_t a) {
  const std::vector<double>& w = c.smaa->central_weights[a];
  std::vector<int> order;
  for (int j = 0; j < kCriterionCount; ++j) order.push_back(j);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return w[static_cast<size_t>(x)] > w[static_cast<size_t>(y)]; });
  std::string out = Id(c, c.compared[a]) + " wins when you weigh ";
  for (int k = 0; k < 3; ++k) out += (k ? ", " : "") + CriterionName(order[static_cast<size_t>(k)]) + " " + Fixed(w[static_cast<size_t>(order[static_cast<size_t>(k)])], 2);
  return out + " (its central weights, top three)";
}

}  // namespace

std::string RenderCompareText(const Comparison& c, const CompareReportOptions& o) {
  std::string out = "walkaway " + o.version + "  " + o.case_path + "  as of " + c.as_of.ToString() + "\n";
  out += Wrap("Comparing " + std::to_string(c.offers.size()) + " offers; weights from " + WeightSource(c) + "; " +
                  std::to_string(c.options.draws) + " SMAA draws, seed " + std::to_string(c.options.seed) + ".",
              o.width, "", "");
  out += "\n" + Wrap(c.headline, o.width, "", "") + "\n";

  out += Rule("Gates and Pareto filter", o.width);
  for (const std::string& line : ScreeningLines(c)) out += Wrap(line, o.width, "  ", "    ");
  if (c.compared.size() < 2) return out;

  out += "\n" + Rule("Scores (0 worst .. 1 best; weight x value adds up)", o.width);
  std::string head = Left("criterion", 13) + Right("weight", 7);
  for (int i : c.compared) head += Right(Short(Id(c, i)), 10);
  out += head + "\n";
  for (int j = 0; j < kCriterionCount; ++j) {
    std::string row = Left(CriterionName(j), 13) + Right(Fixed(c.weights.weights[static_cast<size_t>(j)], 3), 7);
    for (int i : c.compared) {
      const core::CriterionScore& s = c.offers[static_cast<size_t>(i)].scores[static_cast<size_t>(j)];
      row += Right(Fixed(s.value.point, 2) + (s.known ? " " : "?"), 10);
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  std::string total = Left("total", 20);
  for (int i : c.compared) total += Right(Fixed(c.offers[static_cast<size_t>(i)].score, 3) + " ", 10);
  while (!total.empty() && total.back() == ' ') total.pop_back();
  out += total + "\n";
  bool any_unknown = false;
  for (int i : c.compared) {
    for (const core::CriterionScore& sc : c.offers[static_cast<size_t>(i)].scores) any_unknown = any_unknown || !sc.known;
  }
  if (any_unknown) out += "  ? = no fact given: scored in the middle of what it could be.\n";

  const core::SmaaResult& s = *c.smaa;
  out += "\n" + Rule("Robustness: SMAA-2 rank acceptability", o.width);
  std::string rhead = Left("offer", 11);
  const size_t ranks = c.compared.size();
  for (size_t r = 0; r < ranks; ++r) rhead += Right("rank " + std::to_string(r + 1), 8);
  out += rhead + Right("confidence", 12) + "\n";
  for (size_t a = 0; a < ranks; ++a) {
    std::string row = Left(Short(Id(c, c.compared[a])), 11);
    for (size_t r = 0; r < ranks; ++r) row += Right(Percent(s.rank_acceptability[a][r]), 8);
    row += Right(s.central_weights[a].empty() ? "-" : Fixed(s.confidence[a], 2), 12);
    out += row + "\n";
  }
  for (size_t a = 0; a < ranks; ++a) {
    if (!s.central_weights[a].empty()) out += Wrap(CentralWeightsLine(c, a), o.width, "  ", "    ");
  }
  const size_t win = static_cast<size_t>(std::find(c.compared.begin(), c.compared.end(), c.winner) - c.compared.begin());
  for (size_t b = 0; b < ranks; ++b) {
    if (b == win) continue;
    out += Wrap(Id(c, c.winner) + " scores above " + Id(c, c.compared[b]) + " in " + Percent(s.pairwise[win][b]) +
                    " of draws.", o.width, "  ", "    ");
  }

  out += "\n" + Rule("Weight stability for " + Id(c, c.winner), o.width);
  out += Left("criterion", 13) + Right("weight", 8) + Right("keeps first", 14) + "  other offer wins\n";
  for (const core::StabilityInterval& st : c.stability) {
    out += Left(CriterionName(st.criterion), 13) + Right(Fixed(st.weight, 3), 8) + Right(StabilityRange(st), 14) + "  " +
           StabilityFlips(c, st) + "\n";
  }
  out += Wrap("One weight moves, the others keep their proportions. " + MinimumChangeLine(c), o.width, "  ", "  ");

  out += "\n" + Rule("Cross-check", o.width);
  out += Wrap(TopsisLine(c), o.width, "  ", "  ");
  if (c.close_call) out += Wrap("Close call: " + c.close_reason + ".", o.width, "  ", "  ");

  out += "\n" + Rule("What the scores rest on", o.width);
  out += Wrap("Pay: log utility of the yearly P50 over " + std::to_string(c.horizon_years) + " years, 0 at " +
                  Money(c.pay.worst, o.currency) + " and 1 at " + Money(c.pay.ideal, o.currency) + " (0.8x and 1.5x of " +
                  Money(c.pay.reference, o.currency) + ", from " + c.pay.source + ").",
              o.width, "  ", "  ");
  for (int i : c.compared) {
    const core::OfferOutcome& off = c.offers[static_cast<size_t>(i)];
    out += "  " + off.id + "\n";
    for (int j = 0; j < kCriterionCount; ++j) {
      const core::CriterionScore& sc = off.scores[static_cast<size_t>(j)];
      out += Wrap(CriterionName(j) + " " + Fixed(sc.value.point, 2) + " [" + Fixed(sc.value.low, 2) + "-" +
                      Fixed(sc.value.high, 2) + "]: " + sc.basis, o.width, "    ", "      ");
    }
  }
  return out;
}

std::string RenderCompareMarkdown(const Comparison& c, const CompareReportOptions& o) {
  std::string out = "# Comparing offers\n\n";
  out += "`" + o.case_path + "`, as of " + c.as_of.ToString() + ", walkaway " + o.version + ". Weights from " +
         WeightSource(c) + "; " + std::to_string(c.options.draws) + " SMAA draws, seed " + std::to_string(c.options.seed) +
         ".\n\n";
  out += "**" + c.headline + "**\n\n## Gates and Pareto filter\n\n";
  for (const std::string& line : ScreeningLines(c)) out += "- " + line + "\n";
  if (c.compared.size() < 2) return out;

  out += "\n## Scores\n\n| criterion | weight |";
  for (int i : c.compared) out += " " + Id(c, i) + " |";
  out += "\n|---|---:|";
  for (size_t k = 0; k < c.compared.size(); ++k) out += "---:|";
  out += "\n";
  for (int j = 0; j < kCriterionCount; ++j) {
    out += "| " + CriterionName(j) + " | " + Fixed(c.weights.weights[static_cast<size_t>(j)], 3) + " |";
    for (int i : c.compared) {
      const core::CriterionScore& s = c.offers[static_cast<size_t>(i)].scores[static_cast<size_t>(j)];
      out += " " + Fixed(s.value.point, 2) + (s.known ? "" : "?") + " |";
    }
    out += "\n";
  }
  out += "| **total** | |";
  for (int i : c.compared) out += " **" + Fixed(c.offers[static_cast<size_t>(i)].score, 3) + "** |";
  out += "\n\n## Rank acceptability (SMAA-2)\n\n| offer |";
  const size_t ranks = c.compared.size();
  for (size_t r = 0; r < ranks; ++r) out += " rank " + std::to_string(r + 1) + " |";
  out += " confidence |\n|---|";
  for (size_t r = 0; r <= ranks; ++r) out += "---:|";
  out += "\n";
  for (size_t a = 0; a < ranks; ++a) {
    out += "| " + Id(c, c.compared[a]) + " |";
    for (size_t r = 0; r < ranks; ++r) out += " " + Percent(c.smaa->rank_acceptability[a][r]) + " |";
    out += " " + (c.smaa->central_weights[a].empty() ? std::string("-") : Fixed(c.smaa->confidence[a], 2)) + " |\n";
  }
  out += "\n## Weight stability for " + Id(c, c.winner) + "\n\n| criterion | weight | keeps first | other offer wins |\n|---|---:|---:|---|\n";
  for (const core::StabilityInterval& st : c.stability) {
    out += "| " + CriterionName(st.criterion) + " | " + Fixed(st.weight, 3) + " | " + StabilityRange(st) + " | " +
           StabilityFlips(c, st) + " |\n";
  }
  out += "\n" + MinimumChangeLine(c) + "\n\n## Cross-check\n\n" + TopsisLine(c) + "\n";
  if (c.close_call) out += "\n**Close call:** " + c.close_reason + ".\n";
  return out;
}

}  // namespace walkaway::report
