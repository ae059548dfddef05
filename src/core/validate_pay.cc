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

// Without an exponent ("1000000", "0.000001"): for figures people compare with what they wrote.
std::string Fixed(double value) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : Number(value);
}

constexpr Money kMaxAmount = Money::FromUnits(kMaxAmountUnits);

std::string LimitText() { return "above the limit of " + FormatMoney(kMaxAmount) + " for any amount"; }

const std::string& CurrencyOf(const Case& c, const core::Offer& o) {
  return o.currency.empty() ? c.candidate.currency : o.currency;
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
  // Prices per share: zero is allowed (a free grant), negative never is, and no price is above
  // the cap of any amount.
  void Price(const std::optional<double>& v, const std::string& path) {
    if (v && (!std::isfinite(*v) || *v < 0)) Fail(path, "a price cannot be negative, found " + Number(*v));
    if (v && *v > static_cast<double>(kMaxAmountUnits)) Fail(path, "the price " + Fixed(*v) + " is " + LimitText());
  }
  void Amount(const Case& c, const core::Offer* offer, const std::optional<Money>& v, const std::string& path) {
    if (!v) return;
    if (std::optional<std::string> problem = AmountProblem(c, offer, *v)) Fail(path, std::move(*problem));
  }
  // The grant's worth at a price it states, in the candidate's currency: the pay model starts from
  // it, so it is bounded like any amount.
  void GrantWorth(const Case& c, const core::Offer& o, const std::optional<double>& price, const std::string& path) {
    const core::Equity& e = *o.equity;
    if (!e.shares || !price || !std::isfinite(*e.shares) || !std::isfinite(*price)) return;
    const double worth = *e.shares * *price * RateOf(c, o);
    if (worth > static_cast<double>(kMaxAmountUnits)) {
      Fail(path, Fixed(*e.shares) + " shares at " + Fixed(*price) + " " + CurrencyOf(c, o) + " are worth " +
                     Fixed(std::round(worth)) + " " + c.candidate.currency + ", " + LimitText());
    }
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

  void Equity(const Case& c, const core::Offer& o, const std::string& path) {
    const core::Equity& e = *o.equity;
    if (e.shares && (!std::isfinite(*e.shares) || *e.shares <= 0 || *e.shares > 1e12)) {
      Fail(path + ".shares", "expected a number of shares above 0, found " + Number(*e.shares));
    }
    Price(e.strike, path + ".strike");
    Price(e.fmv, path + ".fmv");
    Price(e.preferred_price, path + ".preferred_price");
    GrantWorth(c, o, e.strike, path + ".strike");
    GrantWorth(c, o, e.fmv, path + ".fmv");
    GrantWorth(c, o, e.preferred_price, path + ".preferred_price");
    IntRange(e.exercise_window_days, 0, 3650, path + ".exercise_window_days");
    if (e.company) Company(*e.company, path + ".company");
    if (e.public_stock) {
      const double price = e.public_stock->price;
      if (!std::isfinite(price) || price <= 0) {
        Fail(path + ".public_stock.price", "the share price must be above 0, found " + Number(price));
      }
      Price(price, path + ".public_stock.price");
      GrantWorth(c, o, price, path + ".public_stock.price");
      Range(e.public_stock->volatility_pct, 0, 300, path + ".public_stock.volatility_pct");
      Range(e.public_stock->drift_pct, -50, 100, path + ".public_stock.drift_pct");
    }
  }

  void Offer(const Case& c, const core::Offer& o, const std::string& path) {
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
    if (o.equity) Equity(c, o, path + ".equity");
    Range(o.merit_raise_pct, 0, 50, path + ".merit_raise_pct");
    if (o.promotion) {
      Range(o.promotion->probability_pct, 0, 100, path + ".promotion.probability_pct");
      IntRange(o.promotion->after_months, 0, 120, path + ".promotion.after_months");
      Range(o.promotion->raise_pct, 0, 100, path + ".promotion.raise_pct");
    }
    if (o.relocation) {
      Amount(c, &o, o.relocation->amount, path + ".relocation.amount");
      IntRange(o.relocation->clawback_months, 0, 120, path + ".relocation.clawback_months");
    }
    const BenefitTerms& b = o.benefit_terms;
    Range(b.retirement_match_pct, 0, 100, path + ".benefit_terms.retirement_match_pct");
    Amount(c, &o, b.retirement_match_limit, path + ".benefit_terms.retirement_match_limit");
    Range(b.health_premium_diff, -1e7, 1e7, path + ".benefit_terms.health_premium_diff");
    IntRange(b.parental_leave_weeks, 0, 104, path + ".benefit_terms.parental_leave_weeks");
    Range(o.col_index, 1, 1000, path + ".col_index");
  }

  void Model(const Case& c) {
    const ModelSettings& m = c.model;
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
    Amount(c, nullptr, m.retirement_comp_limit, "model.retirement_comp_limit");
    Amount(c, nullptr, m.negotiation_typical, "model.negotiation_typical");
  }

 private:
  std::optional<Error> error_;
};

}  // namespace

Status ValidatePayModel(const Case& c) {
  Checker v;
  v.Range(c.candidate.situation.current.raise_pct, 0, 50, "candidate.situation.current.raise_pct");
  v.Range(c.candidate.col_index, 1, 1000, "candidate.col_index");
  for (size_t i = 0; i < c.offers.size(); ++i) v.Offer(c, c.offers[i], "offers[" + std::to_string(i) + "]");
  v.Model(c);
  return v.Result();
}

double RateOf(const Case& c, const core::Offer& offer) {
  if (offer.currency.empty() || offer.currency == c.candidate.currency || !offer.exchange_rate) return 1;
  return *offer.exchange_rate;
}

std::optional<std::string> AmountProblem(const Case& c, const core::Offer* offer, Money amount) {
  if (amount < Money{}) return "amounts cannot be negative";
  if (amount > kMaxAmount) return "the amount " + FormatMoney(amount) + " is " + LimitText();
  if (offer == nullptr) return std::nullopt;
  const double rate = RateOf(c, *offer);
  if (rate == 1) return std::nullopt;
  // The conversion itself, as metrics.cc does it: the figure every rule then reads.
  const Money converted = amount.Scaled(rate);
  if (converted <= kMaxAmount) return std::nullopt;
  return "at exchange_rate " + Fixed(rate) + ", " + FormatMoney(amount, CurrencyOf(c, *offer)) + " is " +
         FormatMoney(converted, c.candidate.currency) + ", " + LimitText();
}

}  // namespace walkaway::core
