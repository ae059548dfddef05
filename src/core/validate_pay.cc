#include "core/validate_pay.h"

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace walkaway::core {
namespace {

constexpr std::string_view kStages[] = {"seed", "series_a", "series_b", "series_c", "series_d"};

std::string Number(double value) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

class Checker {
 public:
  Status Result() const { return error_ ? Status(*error_) : Status(Ok{}); }
  void Fail(const std::string& path, std::string message) {
    if (!error_) error_ = Error::InvalidInput(std::move(message), path);
  }
  void Range(const std::optional<double>& v, double low, double high, const std::string& path) {
    if (v) Range(*v, low, high, path);
  }
  void Range(double v, double low, double high, const std::string& path) {
    if (!std::isfinite(v) || v < low || v > high) {
      Fail(path, "expected " + Number(low) + " to " + Number(high) + ", found " + Number(v));
    }
  }
  void IntRange(const std::optional<int>& v, int low, int high, const std::string& path) {
    if (v) IntRange(*v, low, high, path);
  }
  void IntRange(int v, int low, int high, const std::string& path) {
    if (v < low || v > high) {
      Fail(path, "expected " + std::to_string(low) + " to " + std::to_string(high) + ", found " + std::to_string(v));
    }
  }
  // Prices per share: zero is allowed (a free grant), negative never is.
  void Price(const std::optional<double>& v, const std::string& path) {
    if (v && (!std::isfinite(*v) || *v < 0)) Fail(path, "a price cannot be negative, found " + Number(*v));
  }

  void Company(const PrivateCompany& pc, const std::string& path) {
    bool known = false;
    for (std::string_view s : kStages) known = known || s == pc.stage;
    if (!known) {
      Fail(path + ".stage", "unknown company stage \"" + pc.stage +
                                "\": expected seed, series_a, series_b, series_c or series_d");
    }
    Range(pc.raise_odds_pct, 0, 100, path + ".raise_odds_pct");
    Range(pc.exit_odds_pct, 0, 100, path + ".exit_odds_pct");
    Range(pc.fail_odds_pct, 0, 100, path + ".fail_odds_pct");
    const double sum = pc.raise_odds_pct.value_or(0) + pc.exit_odds_pct.value_or(0) + pc.fail_odds_pct.value_or(0);
    if (sum > 100) Fail(path + ".fail_odds_pct", "the yearly odds add up to " + Number(sum) + "%, over 100%");
    Range(pc.dilution_pct, 0, 90, path + ".dilution_pct");
    Range(pc.preference_multiple, 0, 10, path + ".preference_multiple");
    IntRange(pc.exit_within_years, 1, 30, path + ".exit_within_years");
  }

  void Equity(const core::Equity& e, const std::string& path) {
    if (e.shares && (!std::isfinite(*e.shares) || *e.shares <= 0 || *e.shares > 1e12)) {
      Fail(path + ".shares", "expected a number of shares above 0, found " + Number(*e.shares));
    }
    Price(e.strike, path + ".strike");
    Price(e.fmv, path + ".fmv");
    Price(e.preferred_price, path + ".preferred_price");
    IntRange(e.exercise_window_days, 0, 3650, path + ".exercise_window_days");
    if (e.company) Company(*e.company, path + ".company");
    if (e.public_stock) {
      const double price = e.public_stock->price;
      if (!std::isfinite(price) || price <= 0) {
        Fail(path + ".public_stock.price", "the share price must be above 0, found " + Number(price));
      }
      Range(e.public_stock->volatility_pct, 0, 300, path + ".public_stock.volatility_pct");
      Range(e.public_stock->drift_pct, -50, 100, path + ".public_stock.drift_pct");
    }
  }

  void Offer(const core::Offer& o, const std::string& path) {
    if (o.bonus) {
      const Bonus& b = *o.bonus;
      Range(b.payout_low_pct, 0, 1000, path + ".bonus.payout.low_pct");
      Range(b.payout_high_pct, 0, 1000, path + ".bonus.payout.high_pct");
      Range(b.payout_spread_pct, 0, 200, path + ".bonus.payout.spread_pct");
      if (b.payout_low_pct.has_value() != b.payout_high_pct.has_value()) {
        Fail(path + (b.payout_low_pct ? ".bonus.payout.high_pct" : ".bonus.payout.low_pct"),
             "give both ends of the payout range");
      } else if (b.payout_low_pct && *b.payout_low_pct > *b.payout_high_pct) {
        Fail(path + ".bonus.payout.low_pct", "the low end of the payout range is above the high end");
      }
    }
    if (o.equity) Equity(*o.equity, path + ".equity");
    Range(o.merit_raise_pct, 0, 50, path + ".merit_raise_pct");
    if (o.promotion) {
      Range(o.promotion->probability_pct, 0, 100, path + ".promotion.probability_pct");
      IntRange(o.promotion->after_months, 0, 120, path + ".promotion.after_months");
      Range(o.promotion->raise_pct, 0, 100, path + ".promotion.raise_pct");
    }
    if (o.relocation) IntRange(o.relocation->clawback_months, 0, 120, path + ".relocation.clawback_months");
    const BenefitTerms& b = o.benefit_terms;
    Range(b.retirement_match_pct, 0, 100, path + ".benefit_terms.retirement_match_pct");
    Range(b.health_premium_diff, -1e7, 1e7, path + ".benefit_terms.health_premium_diff");
    IntRange(b.parental_leave_weeks, 0, 104, path + ".benefit_terms.parental_leave_weeks");
    Range(o.col_index, 1, 1000, path + ".col_index");
  }

  void Model(const ModelSettings& m) {
    IntRange(m.horizon_years, 1, 10, "model.horizon_years");
    IntRange(m.paths, 100, 2'000'000, "model.paths");  // comp::kMinPaths..kMaxPaths
    IntRange(m.seed, 0, 1'000'000'000, "model.seed");
    Range(m.merit_raise_pct, 0, 50, "model.merit_raise_pct");
    Range(m.bonus_spread_pct, 0, 200, "model.bonus_spread_pct");
    Range(m.bonus_no_payout_pct, 0, 100, "model.bonus_no_payout_pct");
    Range(m.volatility_pct, 0, 300, "model.volatility_pct");
    Range(m.drift_pct, -50, 100, "model.drift_pct");
    Range(m.dilution_pct, 0, 90, "model.dilution_pct");
    Range(m.round_step_up, 0.1, 100, "model.round_step_up");
    Range(m.exit_multiple_median, 0.001, 1000, "model.exit_multiple_median");
    Range(m.exit_multiple_spread, 0, 5, "model.exit_multiple_spread");
  }

 private:
  std::optional<Error> error_;
};

}  // namespace

Status ValidatePayModel(const Case& c) {
  Checker v;
  v.Range(c.candidate.situation.current.raise_pct, 0, 50, "candidate.situation.current.raise_pct");
  v.Range(c.candidate.col_index, 1, 1000, "candidate.col_index");
  for (size_t i = 0; i < c.offers.size(); ++i) v.Offer(c.offers[i], "offers[" + std::to_string(i) + "]");
  v.Model(c.model);
  return v.Result();
}

}  // namespace walkaway::core
