// The candidate asks of the negotiation plan: each standing major finding's ask read into one or
// more concessions, i.e. edits of a copy of the case as if the employer agreed (docs/negotiation.md).
//
// Pay asks become target base salaries (or a sign-on for a first-year total gap); a request to put
// a claim in writing becomes an amended offer letter (the claim written, the terms it states, and
// every written version that contradicts it withdrawn, including the sentence of a document that
// said otherwise); an extension, office days, hours and progression facts are set directly.

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>
#include <utility>

#include "core/claim_text.h"
#include "walkaway/core/extract.h"
#include "walkaway/core/text_match.h"
#include "walkaway/decide/plan.h"

namespace walkaway::decide {
namespace {

using core::AskKind;
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
  return Money::FromCents(static_cast<int64_t>(std::ceil(static_cast<double>(amount.cents()) / *o.exchange_rate)));
}

Money ToCandidate(const Case& c, const Offer& o, Money amount) {
  return core::ToCandidateCurrency(c.candidate, o, amount).value_or(amount);
}

// Asks are rounded to the figures people say: 500 below 100,000 units, 1,000 from there.
Money RoundUp(Money amount) {
  const int64_t step_cents = amount.units() < 100'000 ? 500'00 : 1'000'00;
  const int64_t cents = amount.cents();
  return Money::FromCents((cents + step_cents - 1) / step_cents * step_cents);
}


// The date at the end of "an extension to 2026-12-08".
std::optional<core::Date> LastDate(std::string_view text) {
  if (text.size() < 10) return std::nullopt;
  core::Result<core::Date> d = core::ParseDate(text.substr(text.size() - 10));
  if (!d) return std::nullopt;
  return *d;
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
    const std::string path = core::OfferPath(static_cast<int>(i)) + ".documents[" + std::to_string(k) + "].text";
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
    if (std::optional<int> hours = core::FirstWholeNumber(value)) o.work.expected_weekly_hours = *hours;
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
    // The ledger as the rules read it: typed claims and the ones the documents state.
    augmented_ = core::AugmentWithDocuments(c);
    for (const Offer& o : augmented_.offers) {
      if (o.id == now.offer_id) ledger_ = &o.claims;
    }
  }

  bool Ready() const { return offer_ != nullptr && ledger_ != nullptr; }

  void FromFinding(const Finding& f, std::vector<std::string>* not_modelled) {
    const bool known = Derive(f);
    if (known) {
      // A finding whose asks were all derived already still names them as its answer.
      for (const std::string& key : last_keys_) AddCode(key, f.code);
    }
    if (!known && not_modelled && f.ask) {
      if (std::find(not_modelled->begin(), not_modelled->end(), f.ask->text) == not_modelled->end()) {
        not_modelled->push_back(f.ask->text);
      }
    }
  }

  std::vector<Concession> Take() { return std::move(out_); }

 private:
  const Offer& O() const { return *offer_; }
  const std::string& Cur() const { return c_.candidate.currency; }
  const std::string& OfferCur() const { return OfferCurrency(c_, O()); }

  // Adds a concession under `key` unless one is there already; remembers the key for codes.
  void Add(const std::string& key, Concession concession) {
    last_keys_.push_back(key);
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return;
    keys_.push_back(key);
    out_.push_back(std::move(concession));
  }

  void AddCode(const std::string& key, const std::string& code) {
    const auto at = std::find(keys_.begin(), keys_.end(), key);
    if (at == keys_.end()) return;
    std::vector<std::string>& codes = out_[static_cast<size_t>(at - keys_.begin())].ask.codes;
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
    k.ask.kind = AskKind::kPay;
    k.ask.text = "a base salary of at least " + core::FormatMoney(target, OfferCur());
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
    k.ask.kind = AskKind::kPay;
    k.ask.text = "a sign-on bonus of " + core::FormatMoney(amount, OfferCur()) + " paid in the first year";
    k.ask.money = ToCandidate(c_, O(), amount);
    k.apply = [amount](Case& c, size_t i) {
      Offer& o = c.offers[i];
      if (!o.sign_on) o.sign_on = core::SignOn{};
      o.sign_on->amount += amount;
    };
    Add("sign_on", std::move(k));
    return true;
  }

  bool DerivePay(const Finding& f) {
    const core::OfferMetrics& m = now_.metrics;
    const core::NonNegotiables& n = c_.candidate.non_negotiables;
    const std::string& text = f.ask->text;
    bool any = false;
    if (f.code == "pay.cut_vs_current") {
      const core::CurrentJob& job = c_.candidate.situation.current;
      if (!job.base || !m.base) return false;
      const Money current = *job.base + job.bonus.value_or(Money{});
      const Money offered = *m.base + m.expected_bonus.value_or(Money{});
      if (offered <= Money{}) return false;
      return AddScaledBase(current.units() / offered.units(), "current");
    }
    if (f.code == "pay.floor_at_risk") {
      const std::optional<Money> guaranteed = m.year1_floor ? m.year1_floor : m.guaranteed_annual;
      if (!n.total_min || !guaranteed || !m.base) return false;
      return AddBase(*m.base + (*n.total_min - *guaranteed), "guaranteed");
    }
    if (text.starts_with("base at least") && n.base_min) any |= AddBase(*n.base_min, "base_min");
    if (text.starts_with("first-year total at least") && n.total_min && m.first_year_total && m.base) {
      const Money gap = *n.total_min - *m.first_year_total;
      // The gap closed by a sign-on (one-off), or by a base raise (which also lifts bonus).
      any |= AddSignOn(gap);
      if (m.base->units() > 0) any |= AddScaledBase(1.0 + gap.units() / m.base->units(), "total_min");
    }
    return any;
  }

  // A cap on the week ("at most 37 a week, on-call included"), and, for a drop in pay per hour, the
  // base that would close it instead.
  bool DeriveHours(const Finding& f) {
    bool any = false;
    if (const std::optional<int> cap = core::FirstWholeNumber(f.ask->text)) {
      const core::Work& w = O().work;
      const int on_call = w.on_call.value_or(false) ? w.on_call_hours_per_week.value_or(core::kDefaultOnCallHoursPerWeek) : 0;
      const int expected = std::max(1, *cap - on_call);
      if (!w.expected_weekly_hours || expected < *w.expected_weekly_hours) {
        Concession k;
        k.ask.kind = AskKind::kHours;
        k.ask.text = "expected hours of at most " + std::to_string(*cap) + " a week, on-call included, in writing";
        k.apply = [expected](Case& c, size_t i) {
          Offer& o = c.offers[i];
          o.work.expected_weekly_hours = expected;
          std::erase_if(o.claims, [&](const Claim& claim) {
            return claim.written && claim.topic == "hours" && core::FirstWholeNumber(claim.value) != expected;
          });
        };
        Add("hours", std::move(k));
        any = true;
      }
    }
    const core::OfferMetrics& m = now_.metrics;
    if (f.code == "title.hourly_drop" && m.hourly_pay && m.current_hourly_pay && *m.hourly_pay > 0) {
      any |= AddScaledBase(HourlyFloorShare(c_) * *m.current_hourly_pay / *m.hourly_pay, "hourly");
    }
    return any;
  }

  bool DeriveDeadline(const Finding& f) {
    const std::optional<core::Date> to = LastDate(f.ask->text);
    if (!to) return false;
    Concession k;
    k.ask.kind = AskKind::kDeadline;
    k.ask.text = "an extension of the deadline to " + to->ToString();
    k.apply = [to](Case& c, size_t i) {
      c.offers[i].extension = core::ExtensionStatus::kGranted;
      c.offers[i].extended_to = *to;
    };
    Add("deadline", std::move(k));
    return true;
  }

  bool DeriveOfficeDays() {
    const std::optional<int> max_days = c_.candidate.non_negotiables.max_office_days;
    if (!max_days) return false;
    const int days = *max_days;
    Concession k;
    k.ask.kind = AskKind::kOfficeDays;
    k.ask.text = "at most " + std::to_string(days) + (days == 1 ? " office day" : " office days") +
                 " a week, in the offer letter";
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

  // One concession per progression fact the offer states as missing.
  bool DeriveProgression() {
    const core::Progression& p = O().progression;
    bool any = false;
    const auto add = [&](bool missing, const std::string& key, const std::string& text,
                         void (*apply)(core::Progression&)) {
      if (!missing) return;
      Concession k;
      k.ask.kind = AskKind::kProgression;
      k.ask.text = text;
      k.apply = [apply](Case& c, size_t i) { apply(c.offers[i].progression); };
      Add("progression:" + key, std::move(k));
      any = true;
    };
    add(p.ladder_shared == false, "ladder", "the career ladder for the role, shared in writing",
        [](core::Progression& q) { q.ladder_shared = true; });
    add(p.promotion_criteria_written == false, "criteria", "the promotion criteria for the next level, in writing",
        [](core::Progression& q) { q.promotion_criteria_written = true; });
    add(p.review_cycle_months && *p.review_cycle_months > 12, "reviews",
        "a performance review at least once a year, in writing",
        [](core::Progression& q) { q.review_cycle_months = 12; });
    add(p.mentorship == false, "mentor", "a named mentor, in writing", [](core::Progression& q) { q.mentorship = true; });
    add(p.learning_budget == false, "learning", "a learning budget, in writing",
        [](core::Progression& q) { q.learning_budget = true; });
    return any;
  }

  // The amended letter for one claim of the ledger.
  void AddConfirm(const Claim& claim) {
    const std::string topic = claim.topic;
    const std::string value = claim.value;
    const std::optional<core::Date> date = claim.date;
    Concession k;
    k.ask.kind = AskKind::kWriting;
    k.ask.quote = value;
    const std::string who = claim.source.empty() ? std::string() : " (" + claim.source + ")";
    k.ask.text = claim.written ? "the offer letter to state '" + value + "'" + who + " on " + topic
                               : "'" + value + "'" + who + " written into the offer letter";
    k.apply = [topic, value, date](Case& c, size_t i) { AmendLetter(c, i, topic, value, date); };
    Add("confirm:" + topic + ":" + core::NormalizeText(value), std::move(k));
  }

  bool DeriveWriting(const Finding& f) {
    bool any = false;
    if (f.code == "progression.verbal_promotion") {
      for (const Claim& claim : *ledger_) {
        if (claim.topic == "promotion" && !claim.written) {
          AddConfirm(claim);
          any = true;
        }
      }
      return any;
    }
    for (const std::string& quoted : core::QuotedTexts(f.ask->text)) {
      // The claim the ask names: verbal ones first (they are what needs writing).
      const Claim* match = nullptr;
      for (const Claim& claim : *ledger_) {
        if (claim.value != quoted || claim.topic == "deadline") continue;
        if (!match || (match->written && !claim.written)) match = &claim;
      }
      if (match) {
        AddConfirm(*match);
        any = true;
      }
    }
    return any;
  }

  // A clause of the offer's documents that the employer agrees to change: the amended document no
  // longer says the quoted sentences. What the new wording would say is not modelled, only that
  // the clause as written is gone.
  bool DeriveClause(const Finding& f) {
    const std::string prefix = core::OfferPath(static_cast<int>(index_)) + ".documents[";
    std::vector<std::pair<size_t, core::Evidence>> quotes;
    for (const core::Evidence& e : f.evidence) {
      if (!e.field_path.starts_with(prefix) || !e.field_path.ends_with("].text") || e.quote.empty()) return false;
      size_t k = 0;
      const char* digits = e.field_path.data() + prefix.size();
      if (std::from_chars(digits, e.field_path.data() + e.field_path.size(), k).ec != std::errc()) return false;
      quotes.emplace_back(k, e);
    }
    if (quotes.empty()) return false;
    Concession c;
    c.ask.kind = f.ask->kind;
    c.ask.text = f.ask->text;
    c.apply = [quotes](Case& v, size_t i) {
      for (const auto& [k, e] : quotes) {
        if (k < v.offers[i].documents.size()) BlankSentence(v.offers[i].documents[k].text, e);
      }
    };
    Add("clause:" + f.code + ":" + quotes.front().second.quote, std::move(c));
    return true;
  }

  bool Derive(const Finding& f) {
    last_keys_.clear();
    if (!f.ask) return false;
    switch (f.ask->kind) {
      case AskKind::kPay: return DerivePay(f);
      case AskKind::kHours: return DeriveHours(f);
      case AskKind::kDeadline: return DeriveDeadline(f);
      case AskKind::kOfficeDays: return DeriveOfficeDays();
      case AskKind::kProgression: return DeriveProgression();
      case AskKind::kWriting: return DeriveWriting(f) || DeriveClause(f);
      case AskKind::kOther: return DeriveClause(f);
    }
    return false;
  }

  const Case& c_;
  const core::OfferEvaluation& now_;
  const Offer* offer_ = nullptr;
  size_t index_ = 0;
  Case augmented_{};
  const std::vector<Claim>* ledger_ = nullptr;
  std::vector<std::string> keys_{};
  std::vector<std::string> last_keys_{};
  std::vector<Concession> out_{};
};

}  // namespace

std::vector<Concession> DeriveConcessions(const Case& c, const core::OfferEvaluation& now,
                                          std::vector<std::string>* not_modelled) {
  Collector collector(c, now);
  if (!collector.Ready()) return {};
  for (const Finding& f : now.findings) {
    if (f.severity != core::Severity::kMajor || f.rule_id == "MINDSET") continue;
    collector.FromFinding(f, not_modelled);
  }
  return collector.Take();
}

}  // namespace walkaway::decide
