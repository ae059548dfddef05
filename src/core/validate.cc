#include "walkaway/core/validate.h"

#include "core/alternatives/validate_alternatives.h"
#include "core/validate_pay.h"
#include "core/wage_floor.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace walkaway::core {
namespace {

constexpr int kMaxIdLength = 64;
constexpr double kShareTolerance = 0.01;  // yearly_pct must sum to 100 within this
constexpr std::string_view kGrowthItems[] = {"ladder_shared", "promotion_criteria_written", "regular_reviews",
                                             "mentorship", "learning_budget"};
constexpr std::string_view kPipelineStages[] = {"applied", "screen", "interviewing", "onsite", "final", "offer"};

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

bool IsIdChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

template <size_t N>
bool OneOf(std::string_view value, const std::string_view (&allowed)[N]) {
  for (std::string_view a : allowed) {
    if (a == value) return true;
  }
  return false;
}

// Collects the first error; every check after it is a no-op, so the checks read as a list.
class Validator {
 public:
  explicit Validator(const Case& c) : c_(c) {}
  Status Result() const { return error_ ? Status(*error_) : Status(Ok{}); }

  void Fail(std::string path, std::string message) {
    if (!error_) error_ = Error::InvalidInput(std::move(message), std::move(path));
  }

  void IntRange(const std::optional<int>& value, int low, int high, const std::string& path) {
    if (value) IntRange(*value, low, high, path);
  }
  void IntRange(int value, int low, int high, const std::string& path) {
    if (value < low || value > high) {
      Fail(path, "expected " + std::to_string(low) + " to " + std::to_string(high) + ", found " +
                     std::to_string(value));
    }
  }
  void Range(const std::optional<double>& value, double low, double high, const std::string& path) {
    if (value) Range(*value, low, high, path);
  }
  void Range(double value, double low, double high, const std::string& path) {
    if (!std::isfinite(value) || value < low || value > high) {
      Fail(path, "expected " + Number(low) + " to " + Number(high) + ", found " + Number(value));
    }
  }
  // An amount in the candidate's currency, or in `offer`'s when given (validate_pay.h).
  void Amount(const std::optional<Money>& value, const std::string& path, const Offer* offer = nullptr) {
    if (!value) return;
    if (std::optional<std::string> problem = AmountProblem(c_, offer, *value)) Fail(path, std::move(*problem));
  }
  // A base so low it must be a month's or a week's pay typed as a year's (wage_floor.h).
  void YearlyPay(const std::optional<Money>& value, std::string_view currency, std::optional<double> hours,
                 std::string_view hours_field, const std::string& path) {
    if (!value || !IsKnownCurrency(currency)) return;
    if (std::optional<std::string> why = ImplausibleYearlyPay(*value, currency, hours, hours_field)) {
      Fail(path, std::move(*why));
    }
  }
  void Currency(std::string_view code, const std::string& path) {
    if (!IsKnownCurrency(code)) Fail(path, "unknown currency code \"" + std::string(code) + "\"");
  }

  void Candidate(const core::Candidate& c) {
    Currency(c.currency, "candidate.currency");
    const NonNegotiables& n = c.non_negotiables;
    const std::string nn = "candidate.non_negotiables.";
    Amount(n.base_min, nn + "base_min");
    YearlyPay(n.base_min, c.currency, std::nullopt, "", nn + "base_min");
    Amount(n.total_min, nn + "total_min");
    IntRange(n.max_office_days, 0, 7, nn + "max_office_days");
    IntRange(n.max_weekly_hours, 1, 168, nn + "max_weekly_hours");
    IntRange(n.max_commute_minutes, 0, 600, nn + "max_commute_minutes");
    for (size_t i = 0; i < n.growth.size(); ++i) {
      if (!OneOf(n.growth[i], kGrowthItems)) {
        Fail(nn + "growth[" + std::to_string(i) + "]", "unknown growth requirement \"" + n.growth[i] + "\"");
      }
    }
    for (const auto& [name, weight] : c.priorities.weights) {
      Range(weight, 0, 1e6, "candidate.priorities.weights." + name);
    }
    IntRange(c.goals.horizon_years, 1, 10, "candidate.goals.horizon_years");
    Amount(c.goals.target_total, "candidate.goals.target_total");
    Situation(c.situation);
  }

  void Situation(const core::Situation& s) {
    const std::string cur = "candidate.situation.current.";
    Amount(s.current.base, cur + "base");
    YearlyPay(s.current.base, c_.candidate.currency, s.current.weekly_hours, cur + "weekly_hours", cur + "base");
    Amount(s.current.bonus, cur + "bonus");
    Range(s.current.weekly_hours, 1, 168, cur + "weekly_hours");
    IntRange(s.current.commute_minutes, 0, 600, cur + "commute_minutes");
    IntRange(s.current.office_days, 0, 7, cur + "office_days");
    Range(s.runway_months, 0, 1200, "candidate.situation.runway_months");
    IntRange(s.months_searching, 0, 1200, "candidate.situation.months_searching");
    for (size_t i = 0; i < s.pipeline.size(); ++i) {
      const std::string path = "candidate.situation.pipeline[" + std::to_string(i) + "]";
      if (s.pipeline[i].company.empty()) Fail(path + ".company", "the company is empty");
      if (!s.pipeline[i].stage.empty() && !OneOf(s.pipeline[i].stage, kPipelineStages)) {
        Fail(path + ".stage", "unknown stage \"" + s.pipeline[i].stage + "\"");
      }
    }
  }

  void Reflection(const core::Reflection& r, const std::string& path) {
    IntRange(r.excited, 1, 5, path + ".excited");
    IntRange(r.gut, 1, 5, path + ".gut");
  }

  void Id(const std::vector<Offer>& offers, size_t index) {
    const std::string& id = offers[index].id;
    const std::string path = "offers[" + std::to_string(index) + "].id";
    if (id.empty() || id.size() > kMaxIdLength) {
      Fail(path, "an offer id must be 1 to " + std::to_string(kMaxIdLength) + " characters");
      return;
    }
    for (char c : id) {
      if (!IsIdChar(c)) {
        Fail(path, "the offer id \"" + id + "\" may only use a-z, 0-9, '_' and '-'");
        return;
      }
    }
    for (size_t earlier = 0; earlier < index; ++earlier) {
      if (offers[earlier].id == id) {
        Fail(path, "duplicate offer id \"" + id + "\" (also used by offers[" + std::to_string(earlier) + "])");
        return;
      }
    }
  }

  void Dates(const Offer& o, const std::string& path) {
    if (o.received && o.deadline && *o.deadline < *o.received) {
      Fail(path + ".deadline", "the deadline " + o.deadline->ToString() + " is before the offer was received (" +
                                   o.received->ToString() + ")");
    }
    if (o.deadline && o.extended_to && *o.extended_to < *o.deadline) {
      Fail(path + ".extended_to", "the extension to " + o.extended_to->ToString() +
                                      " ends before the original deadline (" + o.deadline->ToString() + ")");
    }
  }

  void Vesting(const core::Vesting& v, const std::string& path) {
    IntRange(v.years, 1, 10, path + ".years");
    if (error_) return;
    if (v.cliff_months < 0 || v.cliff_months > v.years * 12) {
      Fail(path + ".cliff_months", "a cliff of " + std::to_string(v.cliff_months) + " months does not fit a " +
                                       std::to_string(v.years * 12) + "-month vesting");
    }
    if (v.every_months != 1 && v.every_months != 3 && v.every_months != 6 && v.every_months != 12) {
      Fail(path + ".every_months",
           "expected 1, 3, 6 or 12 (monthly, quarterly, half-yearly, yearly), found " + std::to_string(v.every_months));
    }
    if (v.yearly_pct.empty()) return;
    if (v.yearly_pct.size() != static_cast<size_t>(v.years)) {
      Fail(path + ".yearly_pct", "expected one share per year of vesting (" + std::to_string(v.years) + "), found " +
                                     std::to_string(v.yearly_pct.size()));
      return;
    }
    double sum = 0;
    for (size_t i = 0; i < v.yearly_pct.size(); ++i) {
      Range(v.yearly_pct[i], 0, 100, path + ".yearly_pct[" + std::to_string(i) + "]");
      sum += v.yearly_pct[i];
    }
    if (std::fabs(sum - 100) > kShareTolerance) {
      Fail(path + ".yearly_pct", "the yearly shares add up to " + Number(sum) + ", not 100");
    }
  }

  void Terms(const Offer& o, const std::string& path) {
    if (!o.currency.empty()) Currency(o.currency, path + ".currency");
    if (o.exchange_rate && !(std::isfinite(*o.exchange_rate) && *o.exchange_rate > 0)) {
      Fail(path + ".exchange_rate", "the exchange rate must be above 0, found " + Number(*o.exchange_rate));
    } else if (o.exchange_rate && (*o.exchange_rate < kMinExchangeRate || *o.exchange_rate > kMaxExchangeRate)) {
      Fail(path + ".exchange_rate", "expected an exchange rate from " + Fixed(kMinExchangeRate) + " to " +
                                        Fixed(kMaxExchangeRate) + " (one unit of the offer's currency in the "
                                        "candidate's), found " + Fixed(*o.exchange_rate));
    }
    Amount(o.base, path + ".base", &o);
    YearlyPay(o.base, o.currency.empty() ? c_.candidate.currency : o.currency, o.work.expected_weekly_hours,
              path + ".work.expected_weekly_hours", path + ".base");
    if (o.bonus) Range(o.bonus->target_pct, 0, 200, path + ".bonus.target_pct");
    if (o.sign_on) {
      Amount(o.sign_on->amount, path + ".sign_on.amount", &o);
      IntRange(o.sign_on->clawback_months, 0, 120, path + ".sign_on.clawback_months");
    }
    if (o.equity) {
      Amount(o.equity->grant, path + ".equity.grant", &o);
      Amount(o.equity->refresher, path + ".equity.refresher", &o);
      Vesting(o.equity->vesting, path + ".equity.vesting");
    }
    IntRange(o.pto_days, 0, 365, path + ".pto_days");
    IntRange(o.term_months, 1, 120, path + ".term_months");
  }

  void Work(const Offer& o, const std::string& path) {
    IntRange(o.work.office_days, 0, 7, path + ".work.office_days");
    // A remote job with office days is two answers to one question; which one is true decides the
    // work-mode and office-day lines, so the person says (issue #12, item 5).
    if (o.work.mode == WorkMode::kRemote && o.work.office_days && *o.work.office_days > 0) {
      Fail(path + ".work.office_days", "the job is remote but has " + std::to_string(*o.work.office_days) +
                                           " office days a week: set mode = \"hybrid\", or office_days = 0");
    }
    Range(o.work.expected_weekly_hours, 1, 168, path + ".work.expected_weekly_hours");
    IntRange(o.work.on_call_hours_per_week, 0, 168, path + ".work.on_call_hours_per_week");
    IntRange(o.work.commute_minutes, 0, 600, path + ".work.commute_minutes");
    Amount(o.work.commute_cost_per_trip, path + ".work.commute_cost_per_trip", &o);
    IntRange(o.progression.review_cycle_months, 1, 60, path + ".progression.review_cycle_months");
  }

  void Journal(const Offer& o, const std::string& path) {
    for (size_t i = 0; i < o.claims.size(); ++i) {
      const std::string claim = path + ".claims[" + std::to_string(i) + "]";
      if (o.claims[i].topic.empty()) Fail(claim + ".topic", "the claim's topic is empty");
      if (o.claims[i].value.empty()) Fail(claim + ".value", "the claim's value is empty");
      Amount(o.claims[i].amount, claim + ".amount", &o);
    }
    for (size_t i = 0; i < o.interviews.size(); ++i) {
      const std::string interview = path + ".interviews[" + std::to_string(i) + "]";
      IntRange(o.interviews[i].scheduled_minutes, 0, 1440, interview + ".scheduled_minutes");
      IntRange(o.interviews[i].actual_minutes, 0, 1440, interview + ".actual_minutes");
    }
  }

  void Offers(const std::vector<Offer>& offers) {
    if (offers.empty()) Fail("offers", "the case has no offers: add at least one [[offers]] entry");
    for (size_t i = 0; i < offers.size() && !error_; ++i) {
      const Offer& o = offers[i];
      const std::string path = "offers[" + std::to_string(i) + "]";
      Id(offers, i);
      if (o.company.empty()) Fail(path + ".company", "the company is empty");
      Dates(o, path);
      Terms(o, path);
      Work(o, path);
      Journal(o, path);
      if (o.reflection) Reflection(*o.reflection, path + ".reflection");
    }
  }

  void Rubric(const core::Rubric& r) {
    Range(r.pay_negotiable_pct, 0, 100, "rubric.pay_negotiable_pct");
    Range(r.pay_walk_pct, 0, 100, "rubric.pay_walk_pct");
    if (!error_ && r.pay_negotiable_pct > r.pay_walk_pct) {
      Fail("rubric.pay_negotiable_pct", "pay_negotiable_pct (" + Number(r.pay_negotiable_pct) +
                                            ") cannot exceed pay_walk_pct (" + Number(r.pay_walk_pct) + ")");
    }
    Range(r.hours_structural_pct, 0, 100, "rubric.hours_structural_pct");
    IntRange(r.min_decision_days, 0, 365, "rubric.min_decision_days");
    Range(r.vague_share_major_pct, 0, 100, "rubric.vague_share_major_pct");
    Range(r.hourly_drop_major_pct, 0, 100, "rubric.hourly_drop_major_pct");
    Range(r.pay_cut_major_pct, 0, 100, "rubric.pay_cut_major_pct");
    Range(r.fear_grounded_below_pct, 0, 100, "rubric.fear_grounded_below_pct");
  }

 private:
  const Case& c_;
  std::optional<Error> error_;
};

}  // namespace

Status ValidateCase(const Case& c) {
  Validator v(c);
  if (c.version != 1) v.Fail("version", "unsupported version " + std::to_string(c.version));
  v.Candidate(c.candidate);
  v.Offers(c.offers);
  if (c.reflection) v.Reflection(*c.reflection, "reflection");
  v.Rubric(c.rubric);
  if (!v.Result()) return v.Result();
  if (Status pay = ValidatePayModel(c); !pay) return pay;
  return ValidateAlternatives(c);
}

}  // namespace walkaway::core
