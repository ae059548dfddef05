// Criterion weights from the person's priorities: rank-order centroid for a ranking, normalised
// explicit weights, else equal (docs/compare.md "Weights"; REFERENCES §1.2 "ROC weights").

#include <algorithm>
#include <map>
#include <string>

#include "walkaway/decide/compare.h"

namespace walkaway::decide {

std::vector<double> RocWeights(int n) {
  std::vector<double> w(static_cast<size_t>(n), 0.0);
  double tail = 0;  // sum_{k=i..n} 1/k, built from the back
  for (int i = n; i >= 1; --i) {
    tail += 1.0 / i;
    w[static_cast<size_t>(i - 1)] = tail / n;
  }
  return w;
}

std::vector<double> CentroidWeights(const WeightSpace& space) {
  std::vector<double> w(static_cast<size_t>(space.criteria), 0.0);
  int active = 0;
  for (const auto& tier : space.tiers) active += static_cast<int>(tier.size());
  if (active == 0) return w;
  const std::vector<double> roc = RocWeights(active);
  size_t position = 0;
  for (const auto& tier : space.tiers) {
    double sum = 0;
    for (size_t k = 0; k < tier.size(); ++k) sum += roc[position + k];
    for (int j : tier) w[static_cast<size_t>(j)] = sum / static_cast<double>(tier.size());
    position += tier.size();
  }
  return w;
}

core::Result<WeightModel> ResolveWeights(const core::Priorities& priorities) {
  WeightModel model;
  model.space.criteria = kCriterionCount;
  if (!priorities.weights.empty()) {
    std::map<int, std::string> seen;  // criterion -> the key that named it
    double total = 0;
    for (const auto& [name, weight] : priorities.weights) {
      const std::string path = "candidate.priorities.weights." + name;
      const std::optional<Criterion> c = ParseCriterion(name);
      if (!c) return core::Error::InvalidInput("unknown criterion \"" + name + "\"; known: " + CriterionNames(), path);
      const int j = static_cast<int>(*c);
      if (seen.count(j)) {
        return core::Error::InvalidInput("\"" + name + "\" and \"" + seen[j] + "\" both name the criterion " +
                                             std::string(ToString(*c)), path);
      }
      if (!(weight >= 0)) return core::Error::InvalidInput("a weight cannot be negative", path);
      seen[j] = name;
      model.weights[static_cast<size_t>(j)] = weight;
      total += weight;
    }
    if (!(total > 0)) {
      return core::Error::InvalidInput("the weights add up to zero: give at least one a positive weight",
                                       "candidate.priorities.weights");
    }
    for (double& w : model.weights) w /= total;
    // SMAA keeps the order the weights state: tiers of equal weights, largest first; zero = out.
    std::map<double, std::vector<int>, std::greater<>> tiers;
    for (int j = 0; j < kCriterionCount; ++j) {
      if (model.weights[static_cast<size_t>(j)] > 0) tiers[model.weights[static_cast<size_t>(j)]].push_back(j);
    }
    for (auto& [w, tier] : tiers) model.space.tiers.push_back(std::move(tier));
    model.source = "weights";
    return model;
  }
  if (!priorities.rank.empty()) {
    std::vector<bool> ranked(kCriterionCount, false);
    for (size_t i = 0; i < priorities.rank.size(); ++i) {
      const std::string path = "candidate.priorities.rank[" + std::to_string(i) + "]";
      const std::optional<Criterion> c = ParseCriterion(priorities.rank[i]);
      if (!c) {
        return core::Error::InvalidInput("unknown criterion \"" + priorities.rank[i] + "\"; known: " + CriterionNames(),
                                         path);
      }
      const int j = static_cast<int>(*c);
      if (ranked[static_cast<size_t>(j)]) {
        return core::Error::InvalidInput("the criterion " + std::string(ToString(*c)) + " is ranked twice", path);
      }
      ranked[static_cast<size_t>(j)] = true;
      model.space.tiers.push_back({j});
    }
    std::vector<int> rest;
    for (int j = 0; j < kCriterionCount; ++j) {
      if (!ranked[static_cast<size_t>(j)]) rest.push_back(j);
    }
    if (!rest.empty()) model.space.tiers.push_back(rest);
    model.source = "rank";
  } else {
    std::vector<int> all;
    for (int j = 0; j < kCriterionCount; ++j) all.push_back(j);
    model.space.tiers.push_back(all);
    model.source = "equal";
  }
  const std::vector<double> w = CentroidWeights(model.space);
  std::copy(w.begin(), w.end(), model.weights.begin());
  return model;
}

}  // namespace walkaway::decide
