// The comparison pipeline (docs/compare.md): gates, Pareto, value model, SMAA-2, stability,
// TOPSIS, close call, headline. Each step's method lives in its own file; this one only wires them.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "walkaway/decide/compare.h"
#include "walkaway/decide/value_model.h"

namespace walkaway::decide {
namespace {

// Value differences this small are ties for the Pareto filter: two offers with the same facts get
// pay values a few thousandths apart from the pay model's Monte Carlo noise.
constexpr double kDominanceTolerance = 0.001;

std::string Percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100 * share);
  return buf;
}
std::string Fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// "base_min: offer 70,000 vs floor 85,000 (17.6% short)" for the first failed, non-negotiable gate
// of an offer whose verdict is WALK AWAY; empty when the offer is not out at the gates.
// The gate that keeps a walked-away offer out of the comparison, if one does.
const core::GateResult* FailedGate(const core::OfferEvaluation& e) {
  if (e.verdict.decision != core::Decision::kWalkAway) return nullptr;
  for (const core::GateResult& g : e.gates) {
    if (g.status == core::GateStatus::kFail && !g.negotiable) return &g;
  }
  return nullptr;
}

ValueMatrix MatrixOf(const std::vector<OfferOutcome>& offers, const std::vector<int>& rows) {
  ValueMatrix m;
  m.alternatives = static_cast<int>(rows.size());
  m.criteria = kCriterionCount;
  for (int i : rows) {
    for (const CriterionScore& s : offers[static_cast<size_t>(i)].scores) m.cells.push_back(s.value);
  }
  return m;
}

// The interval bound nearest to its weight that makes another offer win.
struct Critical {
  int criterion = -1;
  bool drops = true;  // the flip is below the current weight
  double bound = 0;
  double distance = 0;
};
Critical MostCritical(const std::vector<StabilityInterval>& intervals) {
  Critical best;
  for (const StabilityInterval& s : intervals) {
    if (s.low_rival >= 0 && (best.criterion < 0 || s.weight - s.low < best.distance)) {
      best = {s.criterion, true, s.low, s.weight - s.low};
    }
    if (s.high_rival >= 0 && (best.criterion < 0 || s.high - s.weight < best.distance)) {
      best = {s.criterion, false, s.high, s.high - s.weight};
    }
  }
  return best;
}

void Judge(Comparison& cmp) {
  const std::vector<OfferOutcome>& offers = cmp.offers;
  auto name = [&](int i) { return offers[static_cast<size_t>(i)].id; };
  if (cmp.compared.empty()) {
    cmp.headline = "No offer passes your non-negotiables: every one is out at the gates.";
    return;
  }
  if (cmp.compared.size() == 1) {
    bool any_dominated = false;
    for (const OfferOutcome& o : offers) any_dominated = any_dominated || !o.dominated_by.empty();
    cmp.headline = any_dominated ? name(cmp.winner) +
                                       " is at least as good on every criterion you weigh as each other offer that "
                                       "passes your non-negotiables."
                                 : "Only " + name(cmp.winner) + " passes your non-negotiables.";
    return;
  }
  const SmaaResult& smaa = *cmp.smaa;
  // Leaders by first-rank acceptability.
  std::vector<int> by_first(cmp.compared.size());
  for (size_t k = 0; k < by_first.size(); ++k) by_first[k] = static_cast<int>(k);
  std::stable_sort(by_first.begin(), by_first.end(), [&](int a, int b) {
    return smaa.rank_acceptability[static_cast<size_t>(a)][0] > smaa.rank_acceptability[static_cast<size_t>(b)][0];
  });
  const int lead = by_first[0];
  const int second = by_first[1];
  cmp.smaa_leader = cmp.compared[static_cast<size_t>(lead)];
  const double b_lead = smaa.rank_acceptability[static_cast<size_t>(lead)][0];
  const double b_second = smaa.rank_acceptability[static_cast<size_t>(second)][0];
  std::vector<std::string> reasons;
  if (cmp.smaa_leader != cmp.winner) {
    reasons.push_back("your weights favour " + name(cmp.winner) + " but " + name(cmp.smaa_leader) +
                      " ranks first more often");
  }
  if (b_lead - b_second < cmp.options.close_margin) {
    reasons.push_back(name(cmp.smaa_leader) + " and " + name(cmp.compared[static_cast<size_t>(second)]) +
                      " rank first in " + Percent(b_lead) + " and " + Percent(b_second) + " of draws");
  }
  if (smaa.confidence[static_cast<size_t>(lead)] < cmp.options.min_confidence) {
    reasons.push_back("even at its central weights " + name(cmp.smaa_leader) + " wins only " +
                      Percent(smaa.confidence[static_cast<size_t>(lead)]) + " of the value draws");
  }
  cmp.close_call = !reasons.empty();
  for (const std::string& r : reasons) cmp.close_reason += (cmp.close_reason.empty() ? "" : "; ") + r;

  const size_t w = static_cast<size_t>(std::find(cmp.compared.begin(), cmp.compared.end(), cmp.winner) - cmp.compared.begin());
  std::string h = name(cmp.winner) + " ranks first in " + Percent(smaa.rank_acceptability[w][0]) + " of weightings";
  const Critical crit = MostCritical(cmp.stability);
  if (crit.criterion < 0) {
    h += "; no change of a single weight makes another offer win";
  } else {
    h += "; it stays first unless " + std::string(ToString(static_cast<Criterion>(crit.criterion))) + "'s weight " +
         (crit.drops ? "drops below " : "rises above ") + Fixed2(crit.bound) + " (now " +
         Fixed2(cmp.weights.weights[static_cast<size_t>(crit.criterion)]) + ")";
  }
  h += ".";
  if (cmp.close_call) h += " A close call: " + cmp.close_reason + ".";
  cmp.headline = h;
}

}  // namespace

core::Result<Comparison> CompareOffers(const core::Case& c, const core::Evaluation& evaluation,
                                       const std::vector<core::PayProjection>& projections,
                                       const std::optional<core::PayProjection>& current_job,
                                       const CompareOptions& options) {
  if (c.offers.size() < 2) {
    return core::Error::InvalidInput(
        "compare needs at least two offers; the case has " + std::to_string(c.offers.size()), "offers");
  }
  if (options.draws < kMinDraws || options.draws > kMaxDraws) {
    return core::Error::InvalidInput("expected " + std::to_string(kMinDraws) + " to " + std::to_string(kMaxDraws) +
                                         " draws, found " + std::to_string(options.draws),
                                     "--draws");
  }
  core::Result<WeightModel> weights = ResolveWeights(c.candidate.priorities);
  if (!weights) return weights.error();

  Comparison cmp;
  cmp.as_of = evaluation.as_of;
  cmp.options = options;
  cmp.weights = std::move(*weights);
  if (evaluation.offers.size() != c.offers.size()) {
    return core::Error::Internal("compare needs every offer evaluated");
  }

  auto projection_of = [&](const std::string& id) -> const core::PayProjection* {
    for (const core::PayProjection& p : projections) {
      if (p.job_id == id) return &p;
    }
    return nullptr;
  };
  // After tax when the jobs are taxed in different places (docs/tax.md): every pay figure below is then
  // take-home, the anchors included.
  const bool after_tax = CompareAfterTax(c, projections, current_job ? &*current_job : nullptr);
  std::vector<double> offer_p50;
  for (const core::Offer& o : c.offers) {
    if (const core::PayProjection* p = projection_of(o.id)) {
      if (std::optional<YearlyPay> y = YearlyPayOf(*p, after_tax)) offer_p50.push_back(y->p50);
      cmp.horizon_years = static_cast<int>(p->years.size());
    }
  }
  const std::optional<YearlyPay> current = current_job ? YearlyPayOf(*current_job, after_tax) : std::nullopt;
  cmp.pay = ResolvePayAnchors(c, current, offer_p50, after_tax);

  std::vector<int> passed;
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const core::Offer& o = c.offers[i];
    const core::OfferEvaluation& e = evaluation.offers[i];
    OfferOutcome out;
    out.id = o.id;
    out.company = o.company;
    out.title = o.title;
    out.decision = e.verdict.decision;
    if (const core::GateResult* g = FailedGate(e)) {
      out.gate_reason = g->name + ": " + g->detail;
      out.gate_name = g->name;
      out.gate_detail = g->detail;
    }
    const core::PayProjection* p = projection_of(o.id);
    if (std::optional<YearlyPay> y = p ? YearlyPayOf(*p, after_tax) : std::nullopt) {
      out.pay_p10 = y->p10;
      out.pay_p50 = y->p50;
      out.pay_p90 = y->p90;
    }
    out.scores = ScoreOffer(c, i, e, p, cmp.pay);
    double score = 0;
    for (int j = 0; j < kCriterionCount; ++j) {
      score += cmp.weights.weights[static_cast<size_t>(j)] * out.scores[static_cast<size_t>(j)].value.point;
    }
    out.score = score;
    if (out.gate_reason.empty()) passed.push_back(static_cast<int>(i));
    cmp.offers.push_back(std::move(out));
  }

  const std::span<const double> w(cmp.weights.weights);
  const std::vector<int> dominated = DominatedBy(MatrixOf(cmp.offers, passed), w, kDominanceTolerance);
  for (size_t k = 0; k < passed.size(); ++k) {
    if (dominated[k] >= 0) {
      cmp.offers[static_cast<size_t>(passed[k])].dominated_by = cmp.offers[static_cast<size_t>(passed[static_cast<size_t>(dominated[k])])].id;
    } else {
      cmp.compared.push_back(passed[k]);
    }
  }
  cmp.matrix = MatrixOf(cmp.offers, cmp.compared);
  for (int i : cmp.compared) {
    if (cmp.winner < 0 || cmp.offers[static_cast<size_t>(i)].score > cmp.offers[static_cast<size_t>(cmp.winner)].score) {
      cmp.winner = i;
    }
  }
  cmp.smaa_leader = cmp.winner;
  if (cmp.compared.size() >= 2) {
    const int winner_row =
        static_cast<int>(std::find(cmp.compared.begin(), cmp.compared.end(), cmp.winner) - cmp.compared.begin());
    cmp.smaa = RunSmaa(cmp.matrix, cmp.weights.space, {options.draws, options.seed});
    cmp.stability = WeightStability(cmp.matrix, w, winner_row);
    cmp.minimum_change = SmallestWeightChange(cmp.matrix, w, winner_row);
    cmp.topsis = Topsis(cmp.matrix, w);
    std::vector<double> scores;
    for (int i : cmp.compared) scores.push_back(cmp.offers[static_cast<size_t>(i)].score);
    const std::vector<int> wsm_order = OrderByScore(scores);
    cmp.kendall_tau = KendallTau(wsm_order, cmp.topsis->order);
    cmp.topsis_agrees = cmp.topsis->order.front() == wsm_order.front();
  }
  Judge(cmp);
  return cmp;
}

}  // namespace walkaway::decide
