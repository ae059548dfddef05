#include "walkaway/io/compare_json.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "walkaway/core/evaluate.h"

namespace walkaway::io {
namespace {

using nlohmann::json;
using core::Comparison;

json Cents(const std::optional<double>& units) {
  return units ? json(core::Money::FromCentsRounded(*units * 100).cents()) : json(nullptr);
}
json Rounded(double v) { return std::round(v * 1e6) / 1e6; }  // six decimals: stable text, ample precision

json WeightsJson(const std::vector<double>& w) {
  json out = json::object();
  for (int j = 0; j < core::kCriterionCount && static_cast<size_t>(j) < w.size(); ++j) {
    out[std::string(core::ToString(static_cast<core::Criterion>(j)))] = Rounded(w[static_cast<size_t>(j)]);
  }
  return out;
}

json OfferJson(const Comparison& c, size_t i) {
  const core::OfferOutcome& o = c.offers[i];
  json scores = json::object();
  for (int j = 0; j < core::kCriterionCount; ++j) {
    const core::CriterionScore& s = o.scores[static_cast<size_t>(j)];
    scores[std::string(core::ToString(static_cast<core::Criterion>(j)))] = {
        {"value", Rounded(s.value.point)}, {"low", Rounded(s.value.low)}, {"high", Rounded(s.value.high)},
        {"known", s.known}, {"basis", s.basis}};
  }
  const bool compared = std::find(c.compared.begin(), c.compared.end(), static_cast<int>(i)) != c.compared.end();
  return json{{"id", o.id},
              {"company", o.company},
              {"title", o.title},
              {"verdict", core::ToSlug(o.decision)},
              {"status", !o.gate_reason.empty() ? "gated" : !o.dominated_by.empty() ? "dominated" : "compared"},
              {"gate_reason", o.gate_reason.empty() ? json(nullptr) : json(o.gate_reason)},
              {"dominated_by", o.dominated_by.empty() ? json(nullptr) : json(o.dominated_by)},
              {"compared", compared},
              {"pay", {{"p10", Cents(o.pay_p10)}, {"p50", Cents(o.pay_p50)}, {"p90", Cents(o.pay_p90)}}},
              {"score", Rounded(o.score)},
              {"criteria", std::move(scores)}};
}

json SmaaJson(const Comparison& c) {
  if (!c.smaa) return nullptr;
  const core::SmaaResult& s = *c.smaa;
  json alternatives = json::array();
  for (size_t a = 0; a < c.compared.size(); ++a) {
    json ranks = json::array();
    for (double r : s.rank_acceptability[a]) ranks.push_back(Rounded(r));
    json pairwise = json::object();
    for (size_t b = 0; b < c.compared.size(); ++b) {
      if (b != a) pairwise[c.offers[static_cast<size_t>(c.compared[b])].id] = Rounded(s.pairwise[a][b]);
    }
    alternatives.push_back({{"id", c.offers[static_cast<size_t>(c.compared[a])].id},
                            {"rank_acceptability", std::move(ranks)},
                            {"central_weights", s.central_weights[a].empty() ? json(nullptr) : WeightsJson(s.central_weights[a])},
                            {"confidence", s.central_weights[a].empty() ? json(nullptr) : Rounded(s.confidence[a])},
                            {"beats", std::move(pairwise)}});
  }
  return json{{"draws", s.draws}, {"seed", c.options.seed}, {"offers", std::move(alternatives)}};
}

json StabilityJson(const Comparison& c) {
  json out = json::array();
  auto rival = [&](int r) { return r < 0 ? json(nullptr) : json(c.offers[static_cast<size_t>(c.compared[static_cast<size_t>(r)])].id); };
  for (const core::StabilityInterval& s : c.stability) {
    out.push_back({{"criterion", core::ToString(static_cast<core::Criterion>(s.criterion))},
                   {"weight", Rounded(s.weight)},
                   {"low", Rounded(s.low)},
                   {"high", Rounded(s.high)},
                   {"below_low", rival(s.low_rival)},
                   {"above_high", rival(s.high_rival)}});
  }
  return out;
}

}  // namespace

std::string ComparisonToJson(const Comparison& c, const CompareJsonOptions& o) {
  json offers = json::array();
  for (size_t i = 0; i < c.offers.size(); ++i) offers.push_back(OfferJson(c, i));
  json compared = json::array();
  for (int i : c.compared) compared.push_back(c.offers[static_cast<size_t>(i)].id);
  auto id = [&](int i) { return i < 0 ? json(nullptr) : json(c.offers[static_cast<size_t>(i)].id); };
  json minimum = nullptr;
  if (c.minimum_change) {
    const core::MinimumChange& m = *c.minimum_change;
    minimum = {{"l2", m.rival < 0 ? json(nullptr) : Rounded(m.l2)},
               {"rival", m.rival < 0 ? json(nullptr) : json(c.offers[static_cast<size_t>(c.compared[static_cast<size_t>(m.rival)])].id)},
               {"within_simplex", m.within_simplex}};
  }
  json topsis = nullptr;
  if (c.topsis) {
    json closeness = json::object();
    json order = json::array();
    for (size_t a = 0; a < c.compared.size(); ++a) {
      closeness[c.offers[static_cast<size_t>(c.compared[a])].id] = Rounded(c.topsis->closeness[a]);
    }
    for (int a : c.topsis->order) order.push_back(c.offers[static_cast<size_t>(c.compared[static_cast<size_t>(a)])].id);
    topsis = {{"closeness", std::move(closeness)},
              {"order", std::move(order)},
              {"kendall_tau", Rounded(*c.kendall_tau)},
              {"same_winner", c.topsis_agrees}};
  }
  std::vector<double> weights(c.weights.weights.begin(), c.weights.weights.end());
  json out{{"schema", kCompareSchema},
           {"version", o.version},
           {"case", o.case_path},
           {"as_of", c.as_of.ToString()},
           {"currency", o.currency},
           {"horizon_years", c.horizon_years},
           {"headline", c.headline},
           {"winner", id(c.winner)},
           {"smaa_leader", id(c.smaa_leader)},
           {"close_call", c.close_call},
           {"close_reason", c.close_reason.empty() ? json(nullptr) : json(c.close_reason)},
           {"weights", {{"source", c.weights.source}, {"values", WeightsJson(weights)}}},
           {"pay_anchors",
            {{"source", c.pay.source},
             {"reference", Cents(c.pay.reference)},
             {"worst", Cents(c.pay.worst)},
             {"ideal", Cents(c.pay.ideal)},
             {"after_tax", c.pay.after_tax}}},
           {"offers", std::move(offers)},
           {"compared", std::move(compared)},
           {"smaa", SmaaJson(c)},
           {"stability", StabilityJson(c)},
           {"minimum_change", std::move(minimum)},
           {"topsis", std::move(topsis)}};
  return out.dump(2) + "\n";
}

}  // namespace walkaway::io
