// SIGN-PRESSURE: pushed to decide before there is time to think or ask. Reads the dates (received,
// deadline, extension) and pressure wording in what the employer said or wrote: the list below
// for every text, and the scanner's pressure lexicon for the documents (docs/document-signals.md).

#include <algorithm>
#include <array>

#include "core/rules/rule_util.h"
#include "walkaway/core/notice.h"
#include "core/rules/signal_util.h"
#include "walkaway/core/claim_text.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

constexpr std::array<std::string_view, 22> kPressurePhrases = {
    "exploding",       "end of day",        "end of the day",      "by eod",
    "by tomorrow",     "other candidates",  "need an answer",      "won't last",
    "today only",      "final offer",       "take it or leave it", "right now",
    "asap",            "within 24 hours",   "within 48 hours",     "decide quickly",
    "decide today",    "need to know today", "another finalist",   "other finalists",
    "only good through", "only good until"};

// Words that only say when the answer is due ("by end of day Thursday", "this offer expires",
// "within 48 hours"): the date itself, which Timing weighs by the days it leaves. When the case
// knows both the date and the day the offer came, such a sentence is that one fact, not a second
// sign of pressure (issue #12, class 1: a fact counts once).
constexpr std::array<std::string_view, 6> kDeadlineWordingPhrases = {
    "end of day", "end of the day", "by eod", "by tomorrow", "within 24 hours", "within 48 hours"};
constexpr std::array<std::string_view, 9> kDeadlineWordingEntries = {
    "pressure.expires",          "pressure.end-of-day",        "pressure.eod",
    "pressure.cob",              "pressure.within-hours",      "pressure.weekend-deadline",
    "pressure.tomorrow-deadline", "pressure.standing-offer-none", "pressure.hours-left"};

bool DatesWeighTheDeadline(const RuleContext& ctx) { return ctx.facts.due && ctx.facts.days_to_decide; }

bool OnlyStatesTheDeadline(const SignalSentence& sentence) {
  return std::all_of(sentence.signals.begin(), sentence.signals.end(), [](const PhraseSignal* s) {
    return std::find(kDeadlineWordingEntries.begin(), kDeadlineWordingEntries.end(), s->entry_id) !=
           kDeadlineWordingEntries.end();
  });
}

// Sources that speak for the employer: their pressure is the employer's pressure.
constexpr std::array<std::string_view, 14> kEmployerSources = {
    "recruiter",   "hiring manager", "manager",  "hr",     "talent",
    "interviewer", "offer",          "job post", "ceo",    "cto",
    "founder",     "director",       "employer", "company"};

// A good window to decide: a week, the usual time to think, compare and ask questions.
constexpr int kComfortableDays = 7;
// Days of deadline left at which the person should ask for more time now.
constexpr int kNearDays = 2;

Finding Make(const RuleContext& ctx, Code code, Severity severity, Channel channel,
             std::string message) {
  Finding f = NewFinding(ctx, code, severity, channel);
  f.message = std::move(message);
  return f;
}

Ask ExtensionAsk(Date due, Date today) { return Extension{std::max(due, today).AddDays(7)}; }

// Where the due date comes from: the recorded field, and the sentence of a document that states
// the same date (OfferFacts).
std::vector<Evidence> DueEvidence(const RuleContext& ctx, Date due) {
  const OfferFacts& facts = ctx.facts;
  std::vector<Evidence> out;
  if (facts.due_source == DueSource::kExtension || facts.due_source == DueSource::kRecorded) {
    out.push_back({OfferRef(ctx, facts.due_source == DueSource::kExtension ? Field::kExtendedTo : Field::kDeadline),
                   due.ToString(), 0, 0});
  }
  if (facts.due_sentence) out.push_back(*facts.due_sentence);
  return out;
}

std::vector<Evidence> ReceivedEvidence(const RuleContext& ctx, Date received) {
  if (!ctx.facts.received_from_document) return {{OfferRef(ctx, Field::kReceived), received.ToString(), 0, 0}};
  return {};  // dated by the document, whose sentence DueEvidence quotes
}

// The source of the document that states the earliest deadline ("recruiter", "offer letter").
std::string DocumentSource(const Offer& o, const Evidence& sentence) {
  for (const Claim& c : o.claims) {
    if (IsExtracted(c) && c.topic == "deadline" && c.origin->field == sentence.field &&
        c.origin->sentence == sentence.quote) {
      return c.source;
    }
  }
  return "document";
}

// A letter or message asks for an answer before the deadline recorded in the case.
std::optional<Finding> EarlierInDocument(const RuleContext& ctx) {
  const Offer& o = ctx.offer;
  const OfferFacts& facts = ctx.facts;
  if (!facts.document_deadline || !o.deadline || *facts.document_deadline >= *o.deadline ||
      facts.due_source == DueSource::kExtension) {
    return std::nullopt;
  }
  const Evidence& sentence = *facts.document_deadline_sentence;
  Finding f = Make(ctx, Code::kPressureDocumentDeadlineEarlier, Severity::kMinor, Channel::kDocuments,
                   "The " + DocumentSource(o, sentence) + " asks for an answer by " + facts.document_deadline->ToString() +
                       ", earlier than the deadline of " + o.deadline->ToString() + " in the case.");
  f.evidence = {sentence, {OfferRef(ctx, Field::kDeadline), o.deadline->ToString(), 0, 0}};
  f.question = "Which deadline is the real one? Get the date you can rely on in writing.";
  f.advice = "Work to the earlier date until the employer confirms the later one.";
  return f;
}

std::string DaysText(int64_t days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

// A window shorter than the rubric's minimum; refused extensions are a signal of their own.
Finding ShortWindow(const RuleContext& ctx, int64_t window, Date due) {
  const bool refused = ctx.offer.extension == ExtensionStatus::kRefused;
  Finding f = Make(ctx, refused ? Code::kPressureExtensionRefused : Code::kPressureShortWindow, Severity::kMajor,
                   Channel::kTiming,
                   "You were given " + DaysText(window) + " to decide, less than the " +
                       DaysText(ctx.c.rubric.min_decision_days) + " a considered decision needs.");
  f.evidence = ReceivedEvidence(ctx, *ctx.facts.received);
  for (Evidence& e : DueEvidence(ctx, due)) f.evidence.push_back(std::move(e));
  if (refused) {
    f.message +=
        " The employer refused more time, and that refusal is itself a signal of how "
        "decisions are made there.";
    f.evidence.push_back({OfferRef(ctx, Field::kExtension), "refused", 0, 0});
    f.question = "Why can the deadline not move, and what would happen if you needed a few more days?";
    f.advice = "An employer who will not wait a few days for a yes is showing you the job's pace.";
  } else {
    f.ask = ExtensionAsk(due, ctx.today);
    f.advice = "Asking for a week is normal and rarely costs an offer; how they answer tells you something.";
  }
  return f;
}

// A deadline a couple of days away with no extension asked for: ask now, while there is time.
std::optional<Finding> NearDeadline(const RuleContext& ctx, Date due) {
  const int64_t left = DaysBetween(ctx.today, due);
  if (left > kNearDays) return std::nullopt;
  Finding f = Make(ctx, Code::kPressureDeadlineNear, Severity::kMinor, Channel::kTiming,
                   "The deadline is " + due.ToString() +
                       (left == 0 ? ", today" : ", " + DaysText(left) + " from now") +
                       ", and no extension has been asked for.");
  f.evidence = DueEvidence(ctx, due);
  f.ask = ExtensionAsk(due, ctx.today);
  f.advice = "Ask for more time before the last day; the later the ask, the weaker it looks.";
  return f;
}

// The date findings; returns the days the person was given to decide, when known.
std::optional<int64_t> Timing(const RuleContext& ctx, std::vector<Finding>& out) {
  const Offer& o = ctx.offer;
  const std::optional<Date> due = ctx.facts.due;
  if (!due) {
    Finding f = Make(ctx, Code::kPressureNoDeadline, Severity::kMinor, Channel::kTiming,
                     "The offer has no recorded deadline.");
    f.question = "Is there a deadline for this offer?";
    out.push_back(std::move(f));
    return std::nullopt;
  }
  if (ctx.today > *due) {
    Finding f = Make(ctx, Code::kPressureDeadlinePassed, Severity::kMajor, Channel::kTiming,
                     "The deadline of " + due->ToString() + " has passed.");
    f.evidence = DueEvidence(ctx, *due);
    f.question = "Is the offer still open?";
    out.push_back(std::move(f));
    return std::nullopt;
  }
  if (auto earlier = EarlierInDocument(ctx)) out.push_back(std::move(*earlier));
  std::optional<int64_t> window;
  if (const std::optional<Date> received = ctx.facts.received) {
    window = DaysBetween(*received, *due);
    if (*window < ctx.c.rubric.min_decision_days) out.push_back(ShortWindow(ctx, *window, *due));
  } else {
    Finding f = Make(ctx, Code::kPressureReceivedUnknown, Severity::kMinor, Channel::kTiming,
                     "The date the offer arrived is not recorded, so the time to decide is unknown.");
    f.question = "When did you receive the offer?";
    out.push_back(std::move(f));
  }
  // A short window already carries the extension ask; do not ask twice.
  const bool short_window = window && *window < ctx.c.rubric.min_decision_days;
  if (!short_window && o.extension == ExtensionStatus::kNotAsked) {
    if (auto f = NearDeadline(ctx, *due)) out.push_back(std::move(*f));
  }
  if (o.extension == ExtensionStatus::kGranted) {
    Finding f = Make(ctx, Code::kPressureExtensionGranted, Severity::kPositive, Channel::kTiming,
                     "The employer granted more time to decide.");
    f.evidence = {{OfferRef(ctx, Field::kExtension), "granted", 0, 0}};
    out.push_back(std::move(f));
  }
  return window;
}

// "recruiter" -> "The recruiter"; a name stays as written.
std::string Speaker(const std::string& source) {
  if (source.empty()) return "Someone";
  const bool lower =
      std::none_of(source.begin(), source.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  return lower ? "The " + source : source;
}

bool IsEmployer(std::string_view source) { return !FindPhrases(source, kEmployerSources).empty(); }

// The scanner's pressure hits in one document, grouped by sentence.
std::vector<SignalSentence> DocumentSignals(const RuleContext& ctx, int document_index) {
  std::vector<SignalSentence> out;
  for (SignalSentence& sentence : SignalSentences(ctx, RuleId::kSignPressure)) {
    if (sentence.first->document_index == document_index) out.push_back(std::move(sentence));
  }
  return out;
}

// A letter's "we cannot extend the deadline" when the case already records the refusal and the
// time given was not short: the same fact as the dates, which weigh it (ShortWindow). Counted
// again at full weight, attaching the letter would change the verdict (issue #12, class 1).
bool RepeatsTheRecordedRefusal(const RuleContext& ctx, const SignalSentence& sentence) {
  if (ctx.offer.extension != ExtensionStatus::kRefused) return false;
  const OfferFacts& facts = ctx.facts;
  if (!facts.days_to_decide || *facts.days_to_decide < ctx.c.rubric.min_decision_days) return false;
  return std::all_of(sentence.signals.begin(), sentence.signals.end(),
                     [](const PhraseSignal* s) { return s->entry_id == "pressure.no-extension"; });
}

// One finding per text field with pressure wording; returns whether it is pressure on this offer
// (see the end). `signals` are
// the scanner's hits in this text (documents only); `employer` says whether the text speaks for
// the employer about this offer.
bool AddPhraseFinding(const RuleContext& ctx, std::string_view text, const FieldRef& path, Channel channel,
                      bool employer, std::string_view who, std::vector<Finding>& out,
                      const std::vector<SignalSentence>& signals = {}) {
  Finding f = Make(ctx, Code::kPressurePhrase, Severity::kMinor, channel, "");
  const bool dated = DatesWeighTheDeadline(ctx);
  for (const PhraseHit& hit : FindPhrases(text, kPressurePhrases)) {
    if (hit.negated) continue;
    if (dated && std::find(kDeadlineWordingPhrases.begin(), kDeadlineWordingPhrases.end(), hit.phrase) !=
                     kDeadlineWordingPhrases.end()) {
      continue;
    }
    const bool seen = std::any_of(f.evidence.begin(), f.evidence.end(),
                                  [&](const Evidence& e) { return e.quote == hit.sentence; });
    if (!seen) f.evidence.push_back({path, hit.sentence, hit.line, hit.column});
  }
  // A phrase from the list in the employer's words is major; the scanner's other sentences carry
  // their lexicon severity (a "first come, first served" is minor). Nothing else is the employer's
  // pressure on this offer, so it is minor.
  const bool listed = !f.evidence.empty();
  Severity severity = listed ? Severity::kMajor : Severity::kPositive;
  for (const SignalSentence& sentence : signals) {
    if (AlreadyQuoted({f}, *sentence.first)) continue;
    if (dated && OnlyStatesTheDeadline(sentence)) continue;
    f.evidence.push_back(SignalEvidence(*sentence.first));
    const Severity cap = RepeatsTheRecordedRefusal(ctx, sentence) ? Severity::kMinor : Severity::kMajor;
    severity = MoreSerious(severity, CapSeverity(sentence.severity, cap));
  }
  if (f.evidence.empty()) return false;
  if (!employer) severity = Severity::kMinor;
  if (severity == Severity::kPositive) severity = Severity::kMinor;
  f.severity = severity;
  f.message = std::string(who) + ": \"" + f.evidence.front().quote + "\"";
  if (severity == Severity::kMajor) {
    const std::optional<Date> due = ctx.facts.due;
    if (due && ctx.offer.extension != ExtensionStatus::kRefused) f.ask = ExtensionAsk(*due, ctx.today);
    f.question = "Is the deadline really firm, and what happens if you take a few more days?";
  }
  f.advice = "Urgency is a negotiating tactic more often than a fact; a good offer survives a week.";
  out.push_back(std::move(f));
  // Only the scanner's hits in a job post or the person's notes leave "no pressure in what was
  // said" standing: advertising is not pressure on this offer.
  return listed || employer;
}

bool PressurePhrases(const RuleContext& ctx, std::vector<Finding>& out) {
  const Offer& o = ctx.offer;
  bool found = false;
  for (size_t k = 0; k < o.claims.size(); ++k) {
    const Claim& c = o.claims[k];
    if (IsExtracted(c)) continue;  // its document is read below
    const std::string who = Speaker(c.source) + " said";
    found |= AddPhraseFinding(ctx, c.value, FieldRef::Claim(ctx.offer_index, static_cast<int>(k), Field::kValue),
                              Channel::kClaims, IsEmployer(c.source), who, out);
  }
  for (size_t k = 0; k < o.documents.size(); ++k) {
    const Document& d = o.documents[k];
    // The person's own interview notes are not the employer's words, and a job post's "apply
    // today" is advertising, not a deadline on this offer.
    const bool employer = !IsInterviewNotes(d.kind) && !IsJobPost(d.kind);
    std::string kind = d.kind.empty() ? "document" : d.kind;
    std::replace(kind.begin(), kind.end(), '_', ' ');
    found |= AddPhraseFinding(ctx, d.text, FieldRef::Document(ctx.offer_index, static_cast<int>(k), Field::kText),
                              Channel::kDocuments, employer,
                              "The " + kind + (kind.ends_with("s") ? " say" : " says"), out,
                              DocumentSignals(ctx, static_cast<int>(k)));
  }
  for (size_t k = 0; k < o.interviews.size(); ++k) {
    found |=
        AddPhraseFinding(ctx, o.interviews[k].notes, FieldRef::Interview(ctx.offer_index, static_cast<int>(k), Field::kNotes),
                         Channel::kInterviews, false, "Your interview notes record", out);
  }
  // The person's own notes on the offer often record what they were told ("only good through
  // Monday because they have another finalist"): their account, so minor, but never nothing.
  found |= AddPhraseFinding(ctx, o.notes, OfferRef(ctx, Field::kNotes), Channel::kClaims, false,
                            "Your notes on the offer record", out);
  return found;
}

// The first day the offer wants against the first day the person is free to start. Starting
// before the notice at the current job ends means breaking it (pay lost, a reference spoiled,
// sometimes a claim against them); an employer who wants the person usually waits.
void StartBeforeFree(const RuleContext& ctx, std::vector<Finding>& out) {
  const Offer& o = ctx.offer;
  const Situation& s = ctx.c.candidate.situation;
  if (!o.start_date) return;
  std::optional<Date> free;
  std::string why;
  Evidence source;
  if (s.earliest_start) {
    free = *s.earliest_start;
    why = "the earliest start you gave is " + free->ToString();
    source = {FieldRef::Case(Field::kEarliestStart), free->ToString(), 0, 0};
  } else if (s.current.notice && s.employed != false) {
    free = NoticeEnds(ctx.today, *s.current.notice);
    why = ToString(*s.current.notice) + " of notice given today ends on " + free->ToString();
    source = {FieldRef::Case(Field::kCurrentNotice), ToString(*s.current.notice), 0, 0};
  }
  if (!free || *o.start_date >= *free) return;
  const int64_t gap = DaysBetween(*o.start_date, *free);
  // A few days can usually be covered by leave or a friendly manager; beyond a week it is a
  // broken notice or a lost offer.
  Finding f = Make(ctx, Code::kPressureStartBeforeFree, gap > 7 ? Severity::kMajor : Severity::kMinor,
                   Channel::kTiming,
                   "The offer wants you to start on " + o.start_date->ToString() + ", " + DaysText(gap) +
                       " before you are free: " + why + ".");
  f.evidence = {{OfferRef(ctx, Field::kStartDate), o.start_date->ToString(), 0, 0}, source};
  f.advice =
      "Starting before your notice ends means breaking it. Employers who want you usually wait; ask "
      "for the later date in writing, or whether they will cover the notice you would owe.";
  f.question = "Can the start move to " + free->ToString() + "?";
  f.ask = StartNoEarlier{*free};
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunSignPressure(const RuleContext& ctx) {
  std::vector<Finding> out;
  StartBeforeFree(ctx, out);
  const std::optional<int64_t> window = Timing(ctx, out);
  const bool phrases = PressurePhrases(ctx, out);
  // "Enough time" beside "the deadline is two days away" would contradict it on the same date.
  const bool near = std::any_of(out.begin(), out.end(), [](const Finding& f) {
    return f.code == Code::kPressureDeadlineNear;
  });
  if (window && *window >= kComfortableDays && !phrases && !near) {
    const int64_t left = ctx.facts.days_left.value_or(*window);
    Finding f = Make(ctx, Code::kPressureEnoughTime, Severity::kPositive, Channel::kTiming,
                     "You were given " + DaysText(*window) + " to decide" +
                         (left < *window ? " (" + DaysText(left) + " left)" : "") +
                         ", with no pressure in what was said.");
    f.evidence = DueEvidence(ctx, *ctx.facts.due);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
