// SIGN-ROLE: the job offered differs from the job described. Every version of a fact (each claim in
// the ledger, and the offer's written terms) is read into a comparable value per topic; two
// versions that disagree are drift, reported with both quotes so the person can ask which is true.

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>

#include "core/rules/rule_util.h"
#include "walkaway/core/claim_text.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

// Topics where a mismatch changes the daily job itself, so drift is major whichever side is worse.
constexpr std::array<std::string_view, 7> kMajorTopics = {"work_mode",      "office_days", "title",  "scope",
                                                          "reporting_line", "hours",       "on_call"};
constexpr std::array<std::string_view, 4> kMoneyTopics = {"base", "bonus", "equity", "sign_on"};

// One version of a fact about the job: a claim, or a written term of the offer.
struct Side {
  std::string who;  // "the hiring manager", "the offer"
  std::string stage;
  std::string value;  // the words to quote
  bool written = false;
  bool from_offer = false;       // the offer's terms, or a written claim made in the offer itself
  bool is_term = false;          // the offer's structured terms rather than a claim
  bool paraphrase = false;       // our words for what a document says: never shown in quotes
  std::optional<double> number;  // the comparable value of ordered topics
  std::string text;              // the normalized value of text topics
  Evidence evidence;
  std::optional<ClaimRef> claim;  // the claim this side is, when it is one
};

struct Drift {
  const Side* first;
  const Side* second;
  const Side* worse;  // null when the topic has no better end
};

bool IsOneOf(std::string_view topic, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), topic) != list.end();
}


// 1 = there is on-call, 0 = there is none. "no on-call" is a negated mention.
std::optional<double> OnCallFromText(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kWords = {"on-call", "on call", "oncall", "pager"};
  const std::vector<PhraseHit> hits = FindPhrases(text, kWords);
  if (!hits.empty()) return hits.front().negated ? 0 : 1;
  const std::string t = NormalizeText(text);
  if (t == "no" || t == "none" || t == "false") return 0;
  if (t == "yes" || t == "true") return 1;
  return std::nullopt;
}

// Reads a claim's value into the comparable form its topic uses.
void ReadValue(std::string_view topic, const Claim& claim, Side& side) {
  if (topic == "work_mode") {
    if (auto mode = WorkModeFromText(claim.value)) side.number = FlexibilityRank(*mode);
  } else if (topic == "office_days") {
    if (auto days = OfficeDaysFromText(claim.value)) side.number = *days;
  } else if (topic == "hours") {
    if (const std::optional<double> n = FirstNumber(claim.value)) side.number = *n;
  } else if (topic == "on_call") {
    side.number = OnCallFromText(claim.value);
  } else if (IsOneOf(topic, kMoneyTopics)) {
    if (claim.amount) side.number = claim.amount->units();
  } else if (topic == "start_date" && claim.date) {
    side.number = static_cast<double>(claim.date->ToDays());
  } else {
    side.text = NormalizeText(claim.value);
  }
}

std::string Who(const std::string& source) {
  if (source.empty()) return "someone";
  const bool lower = std::none_of(source.begin(), source.end(),
                                  [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  return lower ? "the " + source : source;
}

Side ClaimSide(const RuleContext& ctx, size_t index) {
  const Claim& claim = ctx.offer.claims[index];
  Side side;
  side.who = Who(claim.source);
  side.stage = claim.stage;
  side.value = claim.value;
  side.written = claim.written;
  side.from_offer = claim.written && (NormalizeText(claim.source).find("offer") != std::string::npos ||
                                      NormalizeText(claim.stage) == "offer");
  side.evidence = ClaimEvidence(claim, ctx.offer_index, index, Field::kValue, claim.value);
  side.claim = ClaimRefOf(ctx.offer, claim);
  // A fact read from a document carries our canonical words ("hybrid, 3 office days a week"),
  // not the document's: the sentence itself is the evidence, and the words are no quote.
  side.paraphrase = IsExtracted(claim);
  ReadValue(claim.topic, claim, side);
  return side;
}

Side OfferSide(const RuleContext& ctx, Field field, std::string value) {
  Side side;
  // The terms as the person entered them: no document is known to say them in these words.
  side.who = "the offer";
  side.value = std::move(value);
  side.written = true;
  side.from_offer = true;
  side.is_term = true;
  side.evidence = {OfferRef(ctx, field), side.value, 0, 0};
  return side;
}

// The offer's own written term on `topic`, when the offer states one.
std::optional<Side> TermSide(const RuleContext& ctx, std::string_view topic) {
  const Offer& o = ctx.offer;
  const Work& w = o.work;
  std::optional<Side> side;
  if (topic == "work_mode" && w.mode) {
    std::string words(ToString(*w.mode));
    if (w.office_days && *w.mode == WorkMode::kHybrid)
      words += " with " + std::to_string(*w.office_days) + " office days";
    side = OfferSide(ctx, Field::kWorkMode, words);
    side->number = FlexibilityRank(*w.mode);
  } else if (topic == "office_days" && w.office_days) {
    side = OfferSide(ctx, Field::kWorkOfficeDays, std::to_string(*w.office_days) + " office days a week");
    side->number = *w.office_days;
  } else if (topic == "hours" && w.expected_weekly_hours) {
    side = OfferSide(ctx, Field::kWorkExpectedWeeklyHours,
                     HoursText(*w.expected_weekly_hours) + " hours a week");
    side->number = *w.expected_weekly_hours;
  } else if (topic == "on_call" && w.on_call) {
    side = OfferSide(ctx, Field::kWorkOnCall, *w.on_call ? "on-call" : "no on-call");
    side->number = *w.on_call ? 1 : 0;
  } else if (topic == "base" && o.base) {
    side = OfferSide(ctx, Field::kBase, FormatMoney(*o.base) + " a year");
    side->number = o.base->units();
  } else if ((topic == "title" && !o.title.empty()) || (topic == "location" && !o.location.empty())) {
    side = OfferSide(ctx, topic == "title" ? Field::kTitle : Field::kLocation, topic == "title" ? o.title : o.location);
    side->text = NormalizeText(side->value);
  }
  return side;
}

// Whether two sides can be compared and, if so, whether they disagree.
std::optional<bool> Disagree(std::string_view topic, const Side& a, const Side& b) {
  if (a.number && b.number) {
    // Money within 1% is rounding, not drift.
    const double tolerance = IsOneOf(topic, kMoneyTopics) ? 0.01 * std::max(*a.number, *b.number) : 0.5;
    return std::fabs(*a.number - *b.number) > tolerance;
  }
  if (a.text.empty() || b.text.empty()) return std::nullopt;
  // One value inside the other ("Senior Engineer" vs "Senior Engineer, Payments") is a detail.
  return a.text.find(b.text) == std::string::npos && b.text.find(a.text) == std::string::npos;
}

// The side worse for the person on an ordered topic; null on text topics, which have no better end.
const Side* WorseOf(std::string_view topic, const Side& a, const Side& b) {
  if (topic == "work_mode" || IsOneOf(topic, kMoneyTopics)) return *a.number < *b.number ? &a : &b;
  if (topic == "office_days" || topic == "hours" || topic == "on_call")
    return *a.number > *b.number ? &a : &b;
  return nullptr;
}

std::string Describe(const Side& s) {
  if (s.is_term || s.paraphrase) return s.who + " says " + s.value;
  if (s.written) return s.who + " says '" + s.value + "'";
  std::string out = s.who + " said '" + s.value + "'";
  if (!s.stage.empty()) out += " at the " + s.stage;
  return out;
}

// The version to ask for: the better one, else the one the person was told (not the offer's).
const Side& AskFor(const Drift& d) {
  if (d.worse) return d.worse == d.first ? *d.second : *d.first;
  return d.first->from_offer && !d.second->from_offer ? *d.second : *d.first;
}

Finding Make(const RuleContext& ctx, Code code, Severity severity, std::string message) {
  Finding f = NewFinding(ctx, code, severity, Channel::kClaims);
  f.message = std::move(message);
  return f;
}

Finding DriftFinding(const RuleContext& ctx, const std::string& topic, const Drift& d) {
  const bool worse_in_offer = d.worse && d.worse->from_offer;
  // What was said first, then what the offer writes: the order the person lived it in.
  const bool swap = d.first->from_offer && !d.second->from_offer;
  const Side& said = swap ? *d.second : *d.first;
  const Side& offered = swap ? *d.first : *d.second;
  // The offer better than what was said (fewer hours than the recruiter mentioned) is worth
  // confirming, not a warning: only drift against the person, or of unknown direction on a topic
  // that matters, is major. (Granting an ask must never make a verdict worse: issue #12.)
  const bool better_in_offer = d.worse != nullptr && !worse_in_offer && offered.from_offer;
  const bool major = worse_in_offer || (!better_in_offer && IsOneOf(topic, kMajorTopics));
  Finding f = Make(ctx, Code::kRoleDrift, major ? Severity::kMajor : Severity::kMinor,
                   Describe(said) + "; " + Describe(offered) + ".");
  f.message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(f.message[0])));
  f.evidence = {said.evidence, offered.evidence};
  f.advice = "Ask which version is true before you accept; the written one is what you would be held to.";
  f.ask = WrittenAnswer{topic, AskFor(d).value, AskFor(d).claim};
  // Never ask to have written a version that would break one of the person's lines, nor one worse
  // than a term the offer already has: granted, either would make the verdict worse.
  const Side& wanted = AskFor(d);
  const Claim* claim = wanted.claim && wanted.claim->index >= 0 &&
                               static_cast<size_t>(wanted.claim->index) < ctx.offer.claims.size()
                           ? &ctx.offer.claims[static_cast<size_t>(wanted.claim->index)]
                           : nullptr;
  if (claim != nullptr && BreaksALine(ctx.c.candidate, *claim)) {
    // Whichever version is true breaks their line: ask for the line itself, which settles both.
    const std::optional<int> limit = ctx.c.candidate.non_negotiables.max_office_days;
    if (topic == "office_days" && limit) {
      f.ask = OfficeDaysAtMost{*limit};
    } else {
      f.ask.reset();  // a work mode they cannot take: the gate fails beyond asking
    }
  } else if (claim != nullptr && WorseThanTheTerms(ctx.offer, *claim)) {
    // Both versions are worse than what the offer's terms already say, and the terms are what
    // the person would be held to: a question worth asking, not a warning or an ask.
    f.ask.reset();
    f.severity = Severity::kMinor;
  }
  std::string about = topic;  // "office_days" as a person writes it
  std::replace(about.begin(), about.end(), '_', ' ');
  f.question = "Which is true for " + about + ": '" + said.value + "' or '" + offered.value + "'?";
  return f;
}

// Every version of `topic`, compared pairwise. Returns the drift worth showing (one per topic: a
// written offer on the worse side first), and records who agreed.
std::optional<Finding> CheckTopic(const RuleContext& ctx, const std::string& topic,
                                  std::set<std::string>& agreeing) {
  std::vector<Side> sides;
  for (size_t k = 0; k < ctx.offer.claims.size(); ++k) {
    if (ctx.offer.claims[k].topic == topic) sides.push_back(ClaimSide(ctx, k));
  }
  if (auto term = TermSide(ctx, topic)) sides.push_back(std::move(*term));
  std::optional<Drift> shown;
  const auto offer_worse = [](const Drift& d) { return d.worse && d.worse->from_offer; };
  for (size_t a = 0; a < sides.size(); ++a) {
    for (size_t b = a + 1; b < sides.size(); ++b) {
      const std::optional<bool> differ = Disagree(topic, sides[a], sides[b]);
      if (!differ) continue;
      if (!*differ) {
        // The offer's terms and what the offer itself says in writing are one source.
        agreeing.insert(sides[a].from_offer ? std::string("offer") : NormalizeText(sides[a].who));
        agreeing.insert(sides[b].from_offer ? std::string("offer") : NormalizeText(sides[b].who));
        continue;
      }
      const Drift d{&sides[a], &sides[b], WorseOf(topic, sides[a], sides[b])};
      if (!shown || (offer_worse(d) && !offer_worse(*shown))) shown = d;
    }
  }
  if (!shown) return std::nullopt;
  return DriftFinding(ctx, topic, *shown);
}

}  // namespace

std::vector<Finding> RunSignRole(const RuleContext& ctx) {
  std::vector<Finding> out;
  const bool typed = std::any_of(ctx.offer.claims.begin(), ctx.offer.claims.end(),
                                 [](const Claim& c) { return !IsExtracted(c); });
  if (!typed) {
    // The documents may still disagree with each other or with the terms: checked below.
    // One finding for the empty ledger: it stops this check and BIAS-VAGUE's (spoken or written).
    Finding f = Make(ctx, Code::kRoleNoClaims, Severity::kMinor,
                     "You have not noted what you were told about this job, so the offer cannot be checked "
                     "against it, and spoken promises cannot be told from written ones.");
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kClaims))};
    f.question =
        "What did the recruiter and the interviewers tell you about the title, duties, pay, hours, office "
        "days and growth? Note each, with who said it and whether it was written.";
    out.push_back(std::move(f));
  }
  std::vector<std::string> topics;
  for (const Claim& claim : ctx.offer.claims) {
    // Deadlines are SIGN-PRESSURE's: two dates for an answer are not two versions of the job.
    if (claim.topic == "deadline") continue;
    if (std::find(topics.begin(), topics.end(), claim.topic) == topics.end()) topics.push_back(claim.topic);
  }
  std::set<std::string> agreeing;
  for (const std::string& topic : topics) {
    if (auto f = CheckTopic(ctx, topic, agreeing)) out.push_back(std::move(*f));
  }
  if (typed && out.empty() && agreeing.size() >= 2) {
    Finding f = Make(ctx, Code::kRoleConsistent, Severity::kPositive,
                     "Everyone who described the role (" + std::to_string(agreeing.size()) +
                         " sources) said the same thing.");
    f.advice = "Consistent descriptions across the process are a good sign that the job is what was sold.";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
