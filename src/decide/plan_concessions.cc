// The candidate asks of the negotiation plan: each standing major finding's ask read into one or
// more concessions, i.e. edits of a copy of the case as if the employer agreed (docs/negotiation.md).
//
// Pay asks become target base salaries (or a sign-on for a first-year total gap); a request to put
// a claim in writing becomes an amended offer letter (the claim written, the terms it states, and
// every written version that contradicts it withdrawn, including the sentence of a document that
// said otherwise); an extension, office days, hours and progression facts are set directly.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <type_traits>
#include <utility>

#include "walkaway/core/claim_text.h"
#include "walkaway/core/extract.h"
#include "walkaway/core/text_match.h"
#include "walkaway/decide/plan.h"

namespace walkaway::decide {
namespace {

using core::Case;
using core::Claim;
using core::Finding;
using core::Money;
using core::Offer;
using core::WorkMode;

// A target computed from a ratio is raised by this share so that it surely closes the gap; the
// search then lowers the base to the least amount that still reaches ACCEPT.
constexpr double kTargetMargin = 0.02;

// Hourly pay may fall this far below the current job before BIAS-TITLE calls it major (rubric).
double HourlyFloorShare(const Case& c) { return 1.0 - c.rubric.hourly_drop_major_pct / 100.0; }

const std::string& OfferCurrency(const Case& c, const Offer& o) {
  return o.currency.empty() ? c.candidate.currency : o.currency;
}

// An amount in the candidate's currency expressed in the offer's; empty without an exchange rate.
std::optional<Money> ToOfferCurrency(const Case& c, const Offer& o, Money amount) {
  if (o.currency.empty() || o.currency == c.candidate.currency) return amount;
  if (!o.exchange_rate || *o.exchange_rate <= 0) return std::nullopt;
  // The rate is at least 1e-6 (ValidateCase): a floor near the cap over a tiny rate saturates.
  return Money::FromCentsRounded(std::ceil(static_cast<double>(amount.cents()) / *o.exchange_rate));
}

Money ToCandidate(const Case& c, const Offer& o, Money amount) {
  return core::ToCandidateCurrency(c.candidate, o, amount).value_or(amount);
}

// Asks are rounded to the figures people say: 500 below 100,000 units, 1,000 from there.
Money RoundUp(Money amount) {
  const int64_t step_cents = amount.units() < 100'000 ? 500'00 : 1'000'00;
  const int64_t cents = amount.cents();
  if (cents > Money::kMaxCents - step_cents) return Money::Max();  // no grid point above: saturate
  return Money::FromCents((cents + step_cents - 1) / step_cents * step_cents);
}


bool IsWorkTopic(std::string_view topic) { return topic == "work_mode" || topic == "office_days"; }

// Whether a stated version of a work fact disagrees with the offer's (amended) terms.
bool WorkDisagrees(const Offer& o, std::string_view value) {
  const std::optional<WorkMode> mode = core::WorkModeFromText(value);
  const std::optional<int> days = core::OfficeDaysFromText(value);
  if (mode && o.work.mode && core::FlexibilityRank(*mode) != core::FlexibilityRank(*o.work.mode)) return true;
  return days && o.work.office_days && *days != *o.work.office_days;
}

bool TextDisagrees(std::string_view a, std::string_view b) {
  const std::string x = core::NormalizeText(a);
  const std::string y = core::NormalizeText(b);
  return x.find(y) == std::string::npos && y.find(x) == std::string::npos;
}

// Whether a written version of `topic` contradicts the amended letter (which now says `value`).
bool Contradicts(const Offer& o, const std::string& topic, const std::string& value, const Claim& claim,
                 const std::optional<core::Date>& date) {
  if (IsWorkTopic(topic)) return IsWorkTopic(claim.topic) && WorkDisagrees(o, claim.value);
  if (claim.topic != topic) return false;
  if (topic == "base") {
    // Money within 1% is rounding, as SIGN-ROLE reads it.
    if (!claim.amount || !o.base) return false;
    const double a = claim.amount->units();
    const double b = o.base->units();
    return std::fabs(a - b) > 0.01 * std::max(a, b);
  }
  if (topic == "start_date") return date && claim.date && *claim.date != *date;
  return TextDisagrees(claim.value, value);
}

// The end of `quote` matched inside `text` from `start`, whitespace runs comparing equal (a quoted
// sentence may have been joined across lines); npos when it does not match there.
size_t MatchAt(const std::string& text, size_t start, const std::string& quote) {
  const auto is_space = [](char ch) { return std::isspace(static_cast<unsigned char>(ch)) != 0; };
  size_t t = start;
  size_t q = 0;
  while (q < quote.size() && t < text.size()) {
    if (is_space(quote[q]) && is_space(text[t])) {
      while (q < quote.size() && is_space(quote[q])) ++q;
      while (t < text.size() && is_space(text[t])) ++t;
    } else if (quote[q] == text[t]) {
      ++q;
      ++t;
    } else {
      return std::string::npos;
    }
  }
  return q < quote.size() ? std::string::npos : t;
}

// Replaces the sentence quoted by `e` inside `text` with spaces (newlines kept, so every other
// line and column stays where it was): the amended letter no longer says it. The quote is looked
// for at its line and column first, then anywhere. Returns false when it is not found.
bool BlankSentence(std::string& text, const core::Evidence& e) {
  if (e.quote.empty()) return false;
  size_t at = std::string::npos;
  size_t end = std::string::npos;
  size_t line_start = 0;
  for (int line = 1; line < e.line && line_start != std::string::npos; ++line) {
    line_start = text.find('\n', line_start);
    if (line_start != std::string::npos) ++line_start;
  }
  if (line_start != std::string::npos && e.line > 0 && e.column > 0) {
    at = line_start + static_cast<size_t>(e.column - 1);
    end = MatchAt(text, at, e.quote);
  }
  for (size_t k = 0; end == std::string::npos && k < text.size(); ++k) {
    at = k;
    end = MatchAt(text, k, e.quote);
  }
  if (end == std::string::npos) return false;
  for (size_t k = at; k < end; ++k) {
    if (text[k] != '\n') text[k] = ' ';
  }
  return true;
}

// The employer re-issues the letter so that it says `value` on `topic`: earlier written versions
// that contradict it (claims, and sentences of the offer's documents) are withdrawn.
void WithdrawContradictions(Case& c, size_t i, const std::string& topic, const std::string& value,
                            const std::optional<core::Date>& date) {
  Offer& o = c.offers[i];
  std::erase_if(o.claims, [&](const Claim& claim) {
    return claim.written && claim.value != value && Contradicts(o, topic, value, claim, date);
  });
  const std::string currency = OfferCurrency(c, o);
  for (size_t k = 0; k < o.documents.size(); ++k) {
    core::Document& doc = o.documents[k];
    const core::FieldRef path = core::FieldRef::Document(static_cast<int>(i), static_cast<int>(k), core::Field::kText);
    for (const core::ExtractedClaim& e : core::ExtractClaims(doc, path, o.received, currency)) {
      if (!e.written) continue;
      const Claim as_claim = core::ToClaim(e);
      if (Contradicts(o, topic, value, as_claim, date)) BlankSentence(doc.text, e.evidence);
    }
  }
}

// Sets the work terms a claim states ("fully remote" -> remote, 0 office days).
void SetWorkTerms(Offer& o, std::string_view value) {
  std::optional<WorkMode> mode = core::WorkModeFromText(value);
  std::optional<int> days = core::OfficeDaysFromText(value);
  if (mode == WorkMode::kRemote && !days) days = 0;
  if (mode) o.work.mode = *mode;
  if (days) o.work.office_days = *days;
}

// The employer writes `value` (on `topic`) into the letter.
void AmendLetter(Case& c, size_t i, const std::string& topic, const std::string& value,
                 const std::optional<core::Date>& date) {
  Offer& o = c.offers[i];
  for (Claim& claim : o.claims) {
    if (claim.topic == topic && claim.value == value) claim.written = true;
  }
  if (IsWorkTopic(topic)) {
    SetWorkTerms(o, value);
  } else if (topic == "start_date" && date) {
    o.start_date = *date;
  } else if (topic == "hours") {
    // The claim's own words, as the person recorded them ("40 hours a week").
    if (std::optional<double> hours = core::FirstNumber(value)) o.work.expected_weekly_hours = *hours;
  } else if (topic == "title") {
    o.title = value;
  }
  WithdrawContradictions(c, i, topic, value, date);
}

// Collects concessions without duplicates (two findings often ask for the same thing).
class Collector {
 public:
  Collector(const Case& c, const core::OfferEvaluation& now) : c_(c), now_(now) {
    for (size_t i = 0; i < c.offers.size(); ++i) {
      if (c.offers[i].id != now.offer_id) continue;
      offer_ = &c.offers[i];
      index_ = i;
    }
  }

  bool Ready() const { return offer_ != nullptr; }

  void FromFinding(const Finding& f, std::vector<core::Ask>* not_modelled) {
    const bool known = Derive(f);
    if (known) {
      // A finding whose asks were all derived already still names them as its answer.
      for (const std::string& key : last_keys_) AddCode(key, f.code);
    }
    if (!known && not_modelled && f.ask &&
        std::find(not_modelled->begin(), not_modelled->end(), *f.ask) == not_modelled->end()) {
      not_modelled->push_back(*f.ask);
    }
  }

  std::vector<Concession> Take() { return std::move(out_); }

 private:
  const Offer& O() const { return *offer_; }
  const std::string& OfferCur() const { return OfferCurrency(c_, O()); }

  // Adds a concession under `key` unless one is there already; remembers the key for codes.
  void Add(const std::string& key, Concession concession) {
    last_keys_.push_back(key);
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return;
    keys_.push_back(key);
    out_.push_back(std::move(concession));
  }

  void AddCode(const std::string& key, core::Code code) {
    const auto at = std::find(keys_.begin(), keys_.end(), key);
    if (at == keys_.end()) return;
    std::vector<core::Code>& codes = out_[static_cast<size_t>(at - keys_.begin())].ask.codes;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }

  // A base salary of at least `target` (candidate currency).
  bool AddBase(Money target_candidate, const std::string& why) {
    if (!O().base) return false;
    const std::optional<Money> target_offer = ToOfferCurrency(c_, O(), target_candidate);
    if (!target_offer) return false;
    const Money target = RoundUp(*target_offer);
    if (target <= *O().base) return false;
    Concession k;
    k.ask.ask = core::PayAtLeast{core::PayMeasure::kBase, target, OfferCur()};
    k.ask.money = ToCandidate(c_, O(), target - *O().base);
    k.base = target;
    // The search sets the base; the re-issued letter then states it, so older written figures go.
    k.apply = [](Case& c, size_t i) {
      if (c.offers[i].base) WithdrawContradictions(c, i, "base", core::FormatMoney(*c.offers[i].base), std::nullopt);
    };
    Add("base:" + why, std::move(k));
    return true;
  }

  // Base scaled by `ratio` (> 1), with the margin, for gaps measured on pay that moves with base.
  bool AddScaledBase(double ratio, const std::string& why) {
    const std::optional<Money> base = now_.metrics.base;
    if (!base || ratio <= 1.0) return false;
    return AddBase(base->Scaled(ratio * (1.0 + kTargetMargin)), why);
  }

  bool AddSignOn(Money gap_candidate) {
    const std::optional<Money> gap = ToOfferCurrency(c_, O(), gap_candidate);
    if (!gap || *gap <= Money{}) return false;
    const Money amount = RoundUp(*gap);
    Concession k;
    k.ask.ask = core::SignOnBonus{amount, OfferCur()};
    k.ask.money = ToCandidate(c_, O(), amount);
    k.apply = [amount](Case& c, size_t i) {
      Offer& o = c.offers[i];
      if (!o.sign_on) o.sign_on = core::SignOn{};
      o.sign_on->amount += amount;
    };
    Add("sign_on", std::move(k));
    return true;
  }

  bool DerivePay(const core::PayAtLeast& ask) {
    const core::OfferMetrics& m = now_.metrics;
    switch (ask.measure) {
      case core::PayMeasure::kBase:
        return AddBase(ask.amount, "base_min");
      case core::PayMeasure::kFirstYearTotal: {
        if (!m.first_year_total || !m.base) return false;
        const Money gap = ask.amount - *m.first_year_total;
        // The gap closed by a sign-on (one-off), or by a base raise (which also lifts bonus).
        bool any = AddSignOn(gap);
        if (m.base->units() > 0) any |= AddScaledBase(1.0 + gap.units() / m.base->units(), "total_min");
        return any;
      }
      case core::PayMeasure::kGuaranteed: {
        const std::optional<Money> guaranteed = m.year1_floor ? m.year1_floor : m.guaranteed_annual;
        if (!guaranteed || !m.base) return false;
        return AddBase(*m.base + (ask.amount - *guaranteed), "guaranteed");
      }
      case core::PayMeasure::kMatchingCurrent:
      case core::PayMeasure::kMatchingCurrentAfterTax: {
        if (!m.base) return false;
        const Money offered = *m.base + m.expected_bonus.value_or(Money{});
        if (offered <= Money{}) return false;
        return AddScaledBase(ask.amount.units() / offered.units(), "current");
      }
    }
    return false;
  }

  // A cap on the week, and, for a drop in pay per hour, the base that would close it instead.
  bool DeriveHours(const Finding& f, const core::HoursAtMost& ask) {
    bool any = false;
    const core::Work& w = O().work;
    const int on_call = w.on_call.value_or(false) ? w.on_call_hours_per_week.value_or(core::kDefaultOnCallHoursPerWeek) : 0;
    const int expected = std::max(1, ask.hours - on_call);
    // Granted, the ask is the week in the letter: the terms say it, and so does a written claim
    // (BIAS-STRESS reads the employer's written word, not the person's note of the hours).
    const bool written = std::any_of(O().claims.begin(), O().claims.end(), [&](const Claim& claim) {
      const std::optional<double> hours = claim.written && claim.topic == "hours" ? core::FirstNumber(claim.value) : std::nullopt;
      return hours && *hours <= expected;
    });
    if (!w.expected_weekly_hours || expected < *w.expected_weekly_hours || !written) {
      Concession k;
      k.ask.ask = ask;
      k.apply = [expected](Case& c, size_t i) {
        Offer& o = c.offers[i];
        o.work.expected_weekly_hours = std::min<double>(expected, o.work.expected_weekly_hours.value_or(expected));
        const double week = *o.work.expected_weekly_hours;
        std::erase_if(o.claims, [&](const Claim& claim) {
          return claim.written && claim.topic == "hours" && core::FirstNumber(claim.value) != week;
        });
        Claim in_letter;
        in_letter.topic = "hours";
        in_letter.value = core::HoursText(week) + " hours a week";
        in_letter.source = "offer letter";
        in_letter.stage = "offer";
        in_letter.written = true;
        o.claims.push_back(std::move(in_letter));
      };
      Add("hours", std::move(k));
      any = true;
    }
    const core::OfferMetrics& m = now_.metrics;
    if (f.code == core::Code::kTitleHourlyDrop && m.hourly_pay && m.current_hourly_pay && *m.hourly_pay > 0) {
      any |= AddScaledBase(HourlyFloorShare(c_) * *m.current_hourly_pay / *m.hourly_pay, "hourly");
    }
    return any;
  }

  bool DeriveDeadline(const core::Extension& ask) {
    Concession k;
    k.ask.ask = ask;
    const core::Date to = ask.to;
    k.apply = [to](Case& c, size_t i) {
      c.offers[i].extension = core::ExtensionStatus::kGranted;
      c.offers[i].extended_to = to;
    };
    Add("deadline", std::move(k));
    return true;
  }

  // The employer moves the first day to when the person is free: the pay model starts then too.
  bool DeriveStart(const core::StartNoEarlier& ask) {
    const core::Date date = ask.date;
    Concession k;
    k.ask.ask = ask;
    k.apply = [date](Case& c, size_t i) {
      Offer& o = c.offers[i];
      if (!o.start_date || *o.start_date < date) o.start_date = date;
    };
    Add("start_date", std::move(k));
    return true;
  }

  bool DeriveOfficeDays(const core::OfficeDaysAtMost& ask) {
    const int days = ask.days;
    Concession k;
    k.ask.ask = ask;
    k.apply = [days](Case& c, size_t i) {
      Offer& o = c.offers[i];
      o.work.office_days = days;
      if (days == 0) o.work.mode = WorkMode::kRemote;
      if (days > 0 && o.work.mode == WorkMode::kOnsite) o.work.mode = WorkMode::kHybrid;
      WithdrawContradictions(c, i, "office_days", std::to_string(days) + " office days", std::nullopt);
    };
    Add("office_days", std::move(k));
    return true;
  }

  // One concession per growth item the ask names that the offer states as missing.
  bool DeriveGrowth(const core::GrowthInWriting& ask) {
    const core::Progression& p = O().progression;
    bool any = false;
    for (const core::GrowthItem item : ask.items) {
      bool missing = false;
      void (*grant)(core::Progression&) = nullptr;
      std::string key;
      switch (item) {
        case core::GrowthItem::kLadder:
          missing = p.ladder_shared == false;
          grant = [](core::Progression& q) { q.ladder_shared = true; };
          key = "ladder";
          break;
        case core::GrowthItem::kCriteria:
          missing = p.promotion_criteria_written == false;
          grant = [](core::Progression& q) { q.promotion_criteria_written = true; };
          key = "criteria";
          break;
        case core::GrowthItem::kReviews:
          missing = p.review_cycle_months && *p.review_cycle_months > 12;
          grant = [](core::Progression& q) { q.review_cycle_months = 12; };
          key = "reviews";
          break;
        case core::GrowthItem::kMentor:
          missing = p.mentorship == false;
          grant = [](core::Progression& q) { q.mentorship = true; };
          key = "mentor";
          break;
        case core::GrowthItem::kLearningBudget:
          missing = p.learning_budget == false;
          grant = [](core::Progression& q) { q.learning_budget = true; };
          key = "learning";
          break;
      }
      if (!missing) continue;
      Concession k;
      k.ask.ask = core::GrowthInWriting{{item}};
      k.apply = [grant](Case& c, size_t i) { grant(c.offers[i].progression); };
      Add("progression:" + key, std::move(k));
      any = true;
    }
    return any;
  }

  // The amended letter for one claim of the ledger.
  void AddConfirm(const core::ClaimRef& ref) {
    // The ledger as the rules read it (typed claims, then the ones the documents state), which the
    // evaluation carries: no document is read a second time here.
    if (ref.index < 0 || static_cast<size_t>(ref.index) >= now_.ledger.size()) return;
    const Claim& claim = now_.ledger[static_cast<size_t>(ref.index)];
    const std::string topic = claim.topic;
    const std::string value = claim.value;
    const std::optional<core::Date> date = claim.date;
    Concession k;
    k.ask.ask = core::ClaimsInWriting{{ref}};
    k.apply = [topic, value, date](Case& c, size_t i) { AmendLetter(c, i, topic, value, date); };
    Add("confirm:" + topic + ":" + core::NormalizeText(value), std::move(k));
  }

  // Claims to put in writing: verbal ones first, since they are what needs writing. A ledger
  // entry about the deadline is SIGN-PRESSURE's, and asking to write it down changes nothing.
  bool DeriveClaims(const std::vector<const core::ClaimRef*>& refs) {
    bool any = false;
    for (const bool written : {false, true}) {
      for (const core::ClaimRef* ref : refs) {
        if (ref->written != written || ref->topic == "deadline") continue;
        AddConfirm(*ref);
        any = true;
      }
    }
    return any;
  }

  // Sentences of the offer's documents that the employer agrees to change, presented as `ask`: the
  // amended document no longer says them. What the new wording would say is not modelled, only that
  // the clause as written is gone.
  bool DeriveClauses(core::Code code, const std::vector<core::Evidence>& sentences, const core::Ask& ask) {
    std::vector<core::Evidence> quotes;
    for (const core::Evidence& e : sentences) {
      if (e.field.scope != core::Scope::kDocument || e.field.offer != static_cast<int>(index_) || e.quote.empty()) {
        return false;
      }
      quotes.push_back(e);
    }
    if (quotes.empty()) return false;
    Concession k;
    k.ask.ask = ask;
    k.apply = [quotes](Case& v, size_t i) {
      for (const core::Evidence& e : quotes) {
        const auto doc = static_cast<size_t>(e.field.item);
        if (doc < v.offers[i].documents.size()) BlankSentence(v.offers[i].documents[doc].text, e);
      }
    };
    Add("clause:" + std::string(core::ToString(code)) + ":" + quotes.front().quote, std::move(k));
    return true;
  }

  bool Derive(const Finding& f) {
    last_keys_.clear();
    if (!f.ask) return false;
    return std::visit(
        [&](const auto& ask) -> bool {
          using T = std::decay_t<decltype(ask)>;
          if constexpr (std::is_same_v<T, core::PayAtLeast>) return DerivePay(ask);
          if constexpr (std::is_same_v<T, core::HoursAtMost>) return DeriveHours(f, ask);
          if constexpr (std::is_same_v<T, core::Extension>) return DeriveDeadline(ask);
          if constexpr (std::is_same_v<T, core::OfficeDaysAtMost>) return DeriveOfficeDays(ask);
          if constexpr (std::is_same_v<T, core::StartNoEarlier>) return DeriveStart(ask);
          if constexpr (std::is_same_v<T, core::GrowthInWriting>) return DeriveGrowth(ask);
          if constexpr (std::is_same_v<T, core::ClaimsInWriting> || std::is_same_v<T, core::WrittenAnswer>) {
            // No claim named (every promise made, or a version only the offer states): the finding's
            // quoted clause is what changes, when it quotes one.
            return DeriveClaims(core::ClaimsOf(*f.ask)) || DeriveClauses(f.code, f.evidence, *f.ask);
          }
          if constexpr (std::is_same_v<T, core::ExactTerms>) return DeriveClauses(f.code, {ask.sentence}, *f.ask);
          if constexpr (std::is_same_v<T, core::ClauseChange>) return DeriveClauses(f.code, ask.clauses, *f.ask);
          // A second conversation, dodged answers, a term agreed before signing, a sign-on (the
          // plan's own): no edit of the case represents them.
          return false;
        },
        *f.ask);
  }

  const Case& c_;
  const core::OfferEvaluation& now_;
  const Offer* offer_ = nullptr;
  size_t index_ = 0;
  std::vector<std::string> keys_{};
  std::vector<std::string> last_keys_{};
  std::vector<Concession> out_{};
};

}  // namespace

std::vector<Concession> DeriveConcessions(const Case& c, const core::OfferEvaluation& now,
                                          std::vector<core::Ask>* not_modelled) {
  Collector collector(c, now);
  if (!collector.Ready()) return {};
  for (const Finding& f : now.findings) {
    if (f.severity != core::Severity::kMajor || !core::CountsTowardVerdict(f)) continue;
    collector.FromFinding(f, not_modelled);
  }
  return collector.Take();
}

}  // namespace walkaway::decide
