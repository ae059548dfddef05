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
#include "walkaway/core/rules.h"
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

// ---- The plain summary: who fits best, how sure that is, and where the offers differ, in words a
// person under stress reads in a minute. Every figure comes from the typed comparison.

std::string Capital(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string Label(const core::OfferOutcome& o) { return o.id + " (" + o.company + ")"; }

std::string VerdictLabel(core::Decision d) {
  switch (d) {
    case core::Decision::kAccept: return "ACCEPT";
    case core::Decision::kNegotiate: return "NEGOTIATE";
    case core::Decision::kNotYet: return "NOT YET";
    case core::Decision::kWalkAway: return "WALK AWAY";
  }
  return "";
}

// One line per offer: its verdict, and why it is out, or its pay.
std::vector<std::string> PlainOfferLines(const Comparison& c, const std::string& currency) {
  std::vector<std::string> lines;
  for (const core::OfferOutcome& o : c.offers) {
    std::string line = Label(o) + ": " + VerdictLabel(o.decision) + ".";
    if (!o.gate_name.empty()) {
      line += " Out: " + core::GateNotMet(o.gate_name) + " (" + o.gate_detail + ").";
    } else if (!o.dominated_by.empty()) {
      line += " Out: " + o.dominated_by + " is at least as good on everything you weigh, and better on some.";
    } else if (o.pay_p50) {
      line += std::string(c.pay.after_tax ? " Take-home after tax about " : " Pay about ") + Money(*o.pay_p50, currency) +
              " a year, averaged over " + std::to_string(c.horizon_years) + " years (likely " + Money(*o.pay_p10, "") +
              " to " + Money(*o.pay_p90, "") + (c.pay.after_tax ? "; an estimate, not tax advice)." : ").");
    }
    lines.push_back(line);
  }
  return lines;
}

// How sure the ranking is, in words: how often the winner comes first as the weights of the
// person's priorities vary within what they told us, and the one change of priorities that would
// put another offer first.
std::string Robustness(const Comparison& c) {
  const size_t w = static_cast<size_t>(std::find(c.compared.begin(), c.compared.end(), c.winner) - c.compared.begin());
  const double first = c.smaa->rank_acceptability[w][0];
  std::string out = "It comes out ahead in " + Percent(first) +
                    " of the ways your priorities could be weighed, keeping the order you gave them.";
  // The single weight whose move, from where it is, reaches a flip soonest.
  const core::StabilityInterval* nearest = nullptr;
  double distance = 2;
  bool drops = false;
  // A flip at a weight of 0% or 100% is no flip a person could make: "less than 0%" is not said.
  for (const core::StabilityInterval& st : c.stability) {
    if (st.low_rival >= 0 && st.low >= 0.005 && st.weight - st.low < distance) {
      nearest = &st, distance = st.weight - st.low, drops = true;
    }
    if (st.high_rival >= 0 && st.high <= 0.995 && st.high - st.weight < distance) {
      nearest = &st, distance = st.high - st.weight, drops = false;
    }
  }
  if (nearest == nullptr) return out + " No change in how much one thing matters would put another offer first.";
  const int rival = drops ? nearest->low_rival : nearest->high_rival;
  out += " " + Id(c, c.compared[static_cast<size_t>(rival)]) + " would come first only if " +
         CriterionName(nearest->criterion) + " counted for " + (drops ? "less than " : "more than ") +
         Percent(drops ? nearest->low : nearest->high) + " of the decision (about " + Percent(nearest->weight) + " now).";
  return out;
}

// The criteria where the winner and the runner-up differ most, weighted by what the person said
// matters, each with what the difference rests on.
std::vector<std::string> Differences(const Comparison& c, const std::string& currency) {
  std::vector<std::string> lines;
  if (c.compared.size() < 2) return lines;
  const core::OfferOutcome& win = c.offers[static_cast<size_t>(c.winner)];
  const core::OfferOutcome* runner = nullptr;
  for (int i : c.compared) {
    const core::OfferOutcome& o = c.offers[static_cast<size_t>(i)];
    if (i != c.winner && (runner == nullptr || o.score > runner->score)) runner = &o;
  }
  std::vector<int> order;
  for (int j = 0; j < kCriterionCount; ++j) {
    const double gap = win.scores[static_cast<size_t>(j)].value.point - runner->scores[static_cast<size_t>(j)].value.point;
    if (std::abs(gap) >= 0.05) order.push_back(j);
  }
  auto weighted = [&](int j) {
    const size_t k = static_cast<size_t>(j);
    return c.weights.weights[k] * std::abs(win.scores[k].value.point - runner->scores[k].value.point);
  };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weighted(a) > weighted(b); });
  if (order.size() > 3) order.resize(3);
  for (int j : order) {
    const size_t k = static_cast<size_t>(j);
    const bool better = win.scores[k].value.point > runner->scores[k].value.point;
    std::string line = Capital(CriterionName(j)) + ", " + (better ? "better at " : "worse at ") + win.id + ": ";
    if (j == static_cast<int>(core::Criterion::kPay) && win.pay_p50 && runner->pay_p50) {
      // The pay basis is written for the method table (P10/P50/P90); here the same figures in words.
      line += "about " + Money(*win.pay_p50, currency) + " a year against about " + Money(*runner->pay_p50, "") +
              " at " + runner->id + (c.pay.after_tax ? " after tax" : "") + ", averaged over " +
              std::to_string(c.horizon_years) + " years.";
    } else {
      line += win.scores[k].basis + " (" + win.id + ") against " + runner->scores[k].basis + " (" + runner->id + ").";
    }
    lines.push_back(line);
  }
  if (lines.empty()) lines.push_back("Little: no single thing you weigh differs much between " + win.id + " and " + runner->id + ".");
  return lines;
}

struct PlainSummary {
  std::string headline{};
  std::vector<std::string> sure{};  // how sure, and a close call
  std::vector<std::string> offers{};
  std::string differ_title{};
  std::vector<std::string> differences{};
};

PlainSummary Summarize(const Comparison& c, const std::string& currency) {
  PlainSummary s;
  s.offers = PlainOfferLines(c, currency);
  if (c.compared.empty()) {
    s.headline = "No offer meets the lines you set, so there is nothing left to compare.";
    return s;
  }
  const core::OfferOutcome& win = c.offers[static_cast<size_t>(c.winner)];
  if (c.compared.size() == 1) {
    // Why the others are out: a line the person set, an offer at least as good everywhere, or both.
    bool gated = false, dominated = false;
    for (const core::OfferOutcome& o : c.offers) {
      gated = gated || !o.gate_name.empty() || !o.gate_reason.empty();
      dominated = dominated || !o.dominated_by.empty();
    }
    const std::string why = gated && dominated ? "once your lines are checked and offers beaten on everything are set aside"
                            : dominated        ? "the others are beaten by it on everything you weigh"
                                               : "once your lines are checked";
    s.headline = "Only " + Label(win) + " is left, " + why + ": its verdict is " + VerdictLabel(win.decision) + ".";
    return s;
  }
  s.headline = "Best fit for what you told us matters: " + Label(win) + ", verdict " + VerdictLabel(win.decision) + ".";
  s.sure.push_back(Robustness(c));
  if (c.close_call) {
    s.sure.push_back("This is a close call: small changes in what you care about, or in the figures, change the "
                     "order. Let the verdicts and the asks decide more than the ranking.");
  }
  if (!c.topsis_agrees) {
    s.sure.push_back("A second way of scoring puts another offer first: treat the order with care.");
  }
  std::string runner;
  double best = -1;
  for (int i : c.compared) {
    const core::OfferOutcome& o = c.offers[static_cast<size_t>(i)];
    if (i != c.winner && o.score > best) best = o.score, runner = o.id;
  }
  s.differ_title = "Where " + win.id + " and " + runner + " differ most";
  s.differences = Differences(c, currency);
  return s;
}

}  // namespace

std::string RenderCompareText(const Comparison& c, const CompareReportOptions& o) {
  std::string out = "walkaway " + o.version + "  " + o.case_path + "  as of " + c.as_of.ToString() + "\n\n";
  const PlainSummary plain = Summarize(c, o.currency);
  out += Wrap(plain.headline, o.width, "", "");
  for (const std::string& line : plain.sure) out += Wrap(line, o.width, "  ", "  ");
  out += "\n" + Rule("Each offer", o.width);
  for (const std::string& line : plain.offers) out += Wrap(line, o.width, "  ", "    ");
  if (!plain.differences.empty()) {
    out += "\n" + Rule(plain.differ_title, o.width);
    for (const std::string& line : plain.differences) out += Wrap(line, o.width, "  ", "    ");
  }
  if (!o.details) {
    // The command on a line of its own, so a narrow terminal never splits it.
    out += "\n" + Wrap("The scores, how sure the ranking is and the methods behind them:", o.width, "", "") +
           "  walkaway compare --details " + o.case_path + "\n";
    return out;
  }

  out += "\n" + Rule("Details: the method", o.width);
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
  out += "`" + o.case_path + "`, as of " + c.as_of.ToString() + ", walkaway " + o.version + ".\n\n";
  const PlainSummary plain = Summarize(c, o.currency);
  out += "**" + plain.headline + "**\n\n";
  for (const std::string& line : plain.sure) out += line + "\n\n";
  out += "## Each offer\n\n";
  for (const std::string& line : plain.offers) out += "- " + line + "\n";
  if (!plain.differences.empty()) {
    out += "\n## " + plain.differ_title + "\n\n";
    for (const std::string& line : plain.differences) out += "- " + line + "\n";
  }
  if (!o.details) {
    out += "\nThe scores, how sure the ranking is and the methods behind them: `walkaway compare --details " +
           o.case_path + "`.\n";
    return out;
  }
  out += "\n# Details: the method\n\nWeights from " +
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
