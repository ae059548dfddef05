// The 1-3 year outlook: each fact that moves the person closer to their goals or further from them
// becomes one reason (include/walkaway/core/trajectory.h; docs/fear-and-outlook.md).

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "walkaway/core/text_match.h"
#include "walkaway/core/trajectory.h"

namespace walkaway::core {
namespace {

std::string Short(Money m, const std::string& currency) { return FormatMoneyShort(m) + " " + currency; }

std::string Pct(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * share);
  return buf;
}

// The texts of the offer where a skill could be named: the title, documents, claims, interview
// notes, with their field paths.
std::vector<std::pair<FieldRef, std::string_view>> OfferTexts(const Offer& offer, int o) {
  std::vector<std::pair<FieldRef, std::string_view>> out;
  out.emplace_back(FieldRef::Offer(o, Field::kTitle), offer.title);
  for (size_t i = 0; i < offer.documents.size(); ++i) {
    out.emplace_back(FieldRef::Document(o, static_cast<int>(i), Field::kText), offer.documents[i].text);
  }
  for (size_t i = 0; i < offer.claims.size(); ++i) {
    if (offer.claims[i].origin) continue;  // read from a document that is searched already
    out.emplace_back(FieldRef::Claim(o, static_cast<int>(i), Field::kValue), offer.claims[i].value);
  }
  for (size_t i = 0; i < offer.interviews.size(); ++i) {
    out.emplace_back(FieldRef::Interview(o, static_cast<int>(i), Field::kNotes), offer.interviews[i].notes);
  }
  return out;
}

std::string SkillPhrase(const std::string& skill) {
  std::string out = skill;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

class OutlookBuilder {
 public:
  OutlookBuilder(const Case& c, const Offer& offer, int offer_index, const OfferMetrics& m,
                 const PayProjection* projection, const PayProjection* current)
      : c_(c), offer_(offer), o_(offer_index), m_(m), projection_(projection), current_(current) {}

  Outlook Build() {
    out_.years = std::clamp(c_.candidate.goals.horizon_years, 1, kMaxOutlookYears);
    out_.target = c_.candidate.goals.target_total;
    PayPath();
    PayReasons();
    TitleReason();
    PromotionReasons();
    SkillReasons();
    const auto closer = std::count_if(out_.reasons.begin(), out_.reasons.end(),
                                      [](const OutlookReason& r) { return r.closer; });
    const auto further = static_cast<long>(out_.reasons.size()) - closer;
    out_.direction = closer > 0 && further > 0 ? Direction::kMixed
                     : closer > 0             ? Direction::kCloser
                     : further > 0            ? Direction::kFurther
                                              : Direction::kUnclear;
    return std::move(out_);
  }

 private:
  FieldRef At(Field f) const { return FieldRef::Offer(o_, f); }

  void Add(bool closer, std::string text, FieldRef field) {
    out_.reasons.push_back({closer, std::move(text), std::move(field)});
  }

  void PayPath() {
    if (projection_ != nullptr && !projection_->years.empty()) {
      out_.years = std::min<int>(out_.years, static_cast<int>(projection_->years.size()));
      for (int y = 0; y < out_.years; ++y) {
        PayYear p;
        p.year = y + 1;
        p.offer = projection_->years[static_cast<size_t>(y)].p50;
        p.offer_in_your_costs = projection_->years[static_cast<size_t>(y)].col_adjusted_p50;
        if (current_ != nullptr && static_cast<size_t>(y) < current_->years.size()) {
          const YearFigures& now = current_->years[static_cast<size_t>(y)];
          p.current = now.p50;
          // After tax when SIGN-PAY is, so the outlook's "higher than staying" and SIGN-PAY's figure
          // are the same kind of money.
          const auto& offer_year = projection_->years[static_cast<size_t>(y)].take_home;
          if (m_.current_take_home_p50 && offer_year && now.take_home) {
            p.offer_take_home = offer_year->p50;
            p.current_take_home = now.take_home->p50;
          }
        }
        out_.pay.push_back(p);
      }
      return;
    }
    // No pay model: year one only, from the simple first-year figures.
    if (!m_.comparable || !m_.first_year_total) return;
    out_.years = 1;
    PayYear p;
    p.offer = *m_.first_year_total;
    const CurrentJob& now = c_.candidate.situation.current;
    if (now.base) p.current = *now.base + now.bonus.value_or(Money{});
    out_.pay.push_back(p);
  }

  void PayReasons() {
    if (out_.pay.empty()) return;
    const std::string& cur = c_.candidate.currency;
    const bool current_known = std::all_of(out_.pay.begin(), out_.pay.end(),
                                           [](const PayYear& p) { return p.current.has_value(); });
    const bool after_tax = std::all_of(out_.pay.begin(), out_.pay.end(), [](const PayYear& p) {
      return p.offer_take_home.has_value() && p.current_take_home.has_value();
    });
    Money offer_sum{}, current_sum{};
    for (const PayYear& p : out_.pay) {
      offer_sum = offer_sum + (after_tax ? *p.offer_take_home : p.offer);
      if (p.current) current_sum = current_sum + (after_tax ? *p.current_take_home : *p.current);
    }
    const std::string span = out_.years == 1 ? "in the first year" : "over " + std::to_string(out_.years) + " years";
    // Where the job costs more (or less) to live than where the person lives now, the pay is
    // compared in what it buys: the figure in the person's current costs (docs/pay-model.md).
    const bool priced = std::all_of(out_.pay.begin(), out_.pay.end(),
                                    [](const PayYear& p) { return p.offer_in_your_costs.has_value(); });
    Money priced_sum{};
    if (priced) {
      for (const PayYear& p : out_.pay) {
        // After tax, take-home in what it buys: scaled by the year's cost-of-living factor.
        const double factor = p.offer.cents() > 0 ? p.offer_in_your_costs->units() / p.offer.units() : 1.0;
        priced_sum = priced_sum + (after_tax ? Money::FromUnitsRounded(p.offer_take_home->units() * factor)
                                             : *p.offer_in_your_costs);
      }
    }
    const bool costs_differ = priced && offer_sum > Money{} &&
                              std::fabs((priced_sum - offer_sum).units() / offer_sum.units()) > kSamePayBand;
    // A fixed term that ends inside the outlook: the years after it count nothing, and the reason
    // says so, so that "pay is lower" is not read as a pay cut (issue #12, class 11).
    const bool term_ends = offer_.term_months && *offer_.term_months < out_.years * 12;
    bool term_named = false;
    if (current_known && current_sum > Money{}) {
      const Money compared = costs_differ ? priced_sum : offer_sum;
      const double diff = (compared - current_sum).units() / current_sum.units();
      if (std::fabs(diff) > kSamePayBand) {
        std::string text = std::string(after_tax ? "pay after tax is " : "pay is ") + Pct(std::fabs(diff)) +
                           (diff > 0 ? " higher" : " lower") + " than staying " + span +
                           (costs_differ ? ", in what it buys where you live now" : "") + " (" +
                           Short(compared, cur) + " against " + Short(current_sum, cur) +
                           (costs_differ ? "; " + Short(offer_sum, cur) + " as paid" : std::string()) + ")";
        // Only the pay model's years stop at the term; the first-year figures without it do not.
        term_named = term_ends && projection_ != nullptr && diff < 0;
        if (term_named) text += ", as the contract ends after " + std::to_string(*offer_.term_months) +
                                " months and no extension is written";
        Add(diff > 0, std::move(text),
            term_named ? At(Field::kTermMonths) : costs_differ ? At(Field::kColArea) : At(Field::kBase));
      } else if (costs_differ) {
        Add(false,
            std::string(after_tax ? "pay after tax is" : "pay is") + " about the same as staying " + span +
                ", in what it buys where you live now (" + Short(priced_sum, cur) + "; " + Short(offer_sum, cur) +
                " as paid)",
            At(Field::kColArea));
      }
    }
    if (term_ends && !term_named) {
      Add(false, "the contract ends after " + std::to_string(*offer_.term_months) +
                     " months and no extension is written",
          At(Field::kTermMonths));
    }
    if (!out_.target) return;
    for (const PayYear& p : out_.pay) {
      if (p.offer >= *out_.target) {
        out_.target_year = p.year;
        Add(true, "pay reaches your target of " + Short(*out_.target, cur) + " in year " + std::to_string(p.year),
            FieldRef::Case(Field::kGoalsTargetTotal));
        return;
      }
    }
    const PayYear& last = out_.pay.back();
    const std::string where = "year " + std::to_string(last.year) + ": " + Short(last.offer, cur);
    if (last.current && last.offer > *last.current) {
      Add(true, "pay gets nearer your target of " + Short(*out_.target, cur) + " than staying (" + where +
                    " against " + Short(*last.current, cur) + ")",
          FieldRef::Case(Field::kGoalsTargetTotal));
    } else {
      Add(false, "pay stays below your target of " + Short(*out_.target, cur) + " (" + where + ")",
          FieldRef::Case(Field::kGoalsTargetTotal));
    }
  }

  void TitleReason() {
    if (offer_.title.empty()) return;
    const std::string& target = c_.candidate.goals.target_title;
    const std::string offer_title = NormalizeText(offer_.title);
    if (!target.empty() && offer_title.find(NormalizeText(target)) != std::string::npos) {
      Add(true, "the title is your target, " + offer_.title, At(Field::kTitle));
      return;
    }
    const std::string& now = c_.candidate.situation.current.title;
    const int level = TitleLevel(offer_.title);
    if (!now.empty()) {
      const int current = TitleLevel(now);
      if (level > current) Add(true, "the title is a step up from " + now + " to " + offer_.title, At(Field::kTitle));
      if (level < current) Add(false, "the title is a step down from " + now + " to " + offer_.title, At(Field::kTitle));
      return;
    }
    if (!target.empty() && level >= TitleLevel(target)) {
      Add(true, "the title " + offer_.title + " is at the level of your target, " + target, At(Field::kTitle));
    }
  }

  void PromotionReasons() {
    const Progression& p = offer_.progression;
    if (offer_.promotion) {
      out_.promotion_from_offer = true;
      out_.promotion_odds = offer_.promotion->after_months <= out_.years * 12
                                ? offer_.promotion->probability_pct / 100.0
                                : 0.0;
    } else {
      out_.promotion_odds = 1.0 - std::pow(1.0 - kBasePromotionRate, out_.years);
    }
    const double usual = 1.0 - std::pow(1.0 - kBasePromotionRate, out_.years);
    if (out_.promotion_from_offer) {
      if (out_.promotion_odds >= 0.5) {
        Add(true, "the promotion scenario gives " + Pct(out_.promotion_odds) + " odds of a promotion within " +
                      std::to_string(out_.years) + (out_.years == 1 ? " year" : " years"),
            At(Field::kPromotion));
      } else if (out_.promotion_odds < usual) {
        Add(false, "the promotion scenario gives " + Pct(out_.promotion_odds) + " within your horizon, below the usual " +
                       Pct(usual),
            At(Field::kPromotion));
      }
    }
    if (p.ladder_shared == true && p.promotion_criteria_written == true) {
      Add(true, "the ladder is shared and the promotion criteria are written, so progress can be checked",
          At(Field::kProgression));
    } else if (p.ladder_shared == false || p.promotion_criteria_written == false) {
      Add(false,
          std::string(p.ladder_shared == false && p.promotion_criteria_written == false
                          ? "there is no ladder shared and no written promotion criteria"
                      : p.ladder_shared == false ? "there is no ladder shared"
                                                 : "there are no written promotion criteria") +
              ", so a promotion would rest on goodwill",
          At(Field::kProgression));
    }
    if (p.review_cycle_months && *p.review_cycle_months > 12) {
      Add(false, "reviews come only every " + std::to_string(*p.review_cycle_months) + " months",
          At(Field::kProgressionReviewCycleMonths));
    }
  }

  void SkillReasons() {
    const auto texts = OfferTexts(offer_, o_);
    for (const std::string& skill : c_.candidate.goals.skills) {
      const std::string phrase = SkillPhrase(skill);
      const std::array<std::string_view, 1> phrases = {phrase};
      bool found = false;
      for (const auto& [field, text] : texts) {
        const auto hits = FindPhrases(text, phrases);
        if (std::any_of(hits.begin(), hits.end(), [](const PhraseHit& h) { return !h.negated; })) {
          Add(true, "the role mentions " + phrase, field);
          found = true;
          break;
        }
      }
      if (!found) out_.unknown_skills.push_back(phrase);
    }
  }

  const Case& c_;
  const Offer& offer_;
  int o_;
  const OfferMetrics& m_;
  const PayProjection* projection_;
  const PayProjection* current_;
  Outlook out_;
};

}  // namespace

Outlook ProjectOutlook(const Case& c, const Offer& offer, int offer_index, const OfferMetrics& metrics,
                       const PayProjection* projection, const PayProjection* current) {
  return OutlookBuilder(c, offer, offer_index, metrics, projection, current).Build();
}

int TitleLevel(std::string_view title) {
  const std::string t = NormalizeText(title);
  if (t.empty()) return 0;
  struct Word {
    std::string_view word;
    int level;
  };
  static constexpr Word kWords[] = {
      {"intern", 1},    {"trainee", 1}, {"junior", 1},    {"jr", 1},        {"associate", 1},
      {"graduate", 1},  {"senior", 3},  {"sr", 3},        {"staff", 4},     {"lead", 4},
      {"principal", 5}, {"head", 5},    {"director", 5},  {"distinguished", 6}, {"vp", 6},
      {"vice", 6},      {"chief", 6},   {"cto", 6},
  };
  int level = 2;
  bool seen = false;
  size_t start = 0;
  while (start < t.size()) {
    size_t end = t.find_first_of(" ,-/()", start);
    if (end == std::string::npos) end = t.size();
    const std::string_view w(t.data() + start, end - start);
    for (const Word& k : kWords) {
      if (k.word == w) {
        level = seen ? std::max(level, k.level) : k.level;
        seen = true;
      }
    }
    start = end + 1;
  }
  return level;
}

std::string_view ToString(Direction direction) {
  switch (direction) {
    case Direction::kCloser: return "closer";
    case Direction::kFurther: return "further";
    case Direction::kMixed: return "mixed";
    case Direction::kUnclear: return "unclear";
  }
  return "unclear";
}

}  // namespace walkaway::core
