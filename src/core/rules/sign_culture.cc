// SIGN-CULTURE: interviews that felt dismissive, rushed or inconsistent. How a process treats a
// candidate is a preview of the job, but one bad call is not a pattern: negative signals in two or
// more different stages, contradictions between stages, or one interview that was plainly
// dismissive (the tag, or three separate bad signals in it) are major; a single mild one is minor.
// The scanner's culture lexicon adds what the documents say (docs/document-signals.md).

#include <algorithm>
#include <iterator>
#include <array>
#include <set>

#include "core/rules/rule_util.h"
#include "core/rules/signal_util.h"
#include "walkaway/core/claim_text.h"
#include "walkaway/core/rules.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

constexpr std::array<std::string_view, 8> kNegativeTags = {
    "rushed", "dismissive", "late", "rescheduled", "distracted", "evasive", "pressure", "no_questions"};
constexpr std::array<std::string_view, 6> kPositiveTags = {"respectful", "informative",        "thorough",
                                                           "on_time",    "answered_questions", "consistent"};
// "inconsistent" is handled apart: it is about the process as a whole, not one bad call.
constexpr std::string_view kInconsistentTag = "inconsistent";

// Phrases in the person's notes that describe being treated badly. "late" alone is avoided: it
// also means "late afternoon".
constexpr std::array<std::string_view, 30> kNotePhrases = {"checked phone",     "checked his phone",
                                                           "checked her phone", "checked their phone",
                                                           "on his phone",      "on her phone",
                                                           "on their phone",    "didn't let me ask",
                                                           "cut me off",        "talked over",
                                                           "interrupted",       "no time for questions",
                                                           "seemed annoyed",    "condescending",
                                                           "didn't read my cv", "didn't read my resume",
                                                           "hadn't read my cv", "hadn't read my resume",
                                                           "was late",          "arrived late",
                                                           "started late",      "minutes late",
                                                           "no-show",           "no show",
                                                           "kept us waiting",   "kept me waiting",
                                                           "brushed off",       "ignored my questions",
                                                           "looked bored",      "rude"};

// A call that used less than this share of its scheduled time was rushed.
constexpr double kRushedShare = 0.6;

bool Has(std::span<const std::string_view> list, std::string_view tag) {
  return std::find(list.begin(), list.end(), tag) != list.end();
}

// What one interview showed: negative evidence, and whether anything positive was tagged.
struct Reading {
  std::vector<Evidence> negative;
  bool positive = false;
  bool inconsistent = false;
  bool dismissive = false;
};

// Three separate bad signals in one conversation are no longer "a bad day".
constexpr size_t kSevereSignals = 3;

// "On time" and "on-time" are the tag "on_time".
std::string TagKey(std::string_view tag) {
  std::string key = NormalizeText(tag);
  std::replace_if(
      key.begin(), key.end(), [](char c) { return c == ' ' || c == '-'; }, '_');
  return key;
}

Reading Read(const Interview& iv, int offer, int index) {
  const auto at = [&](Field f) { return FieldRef::Interview(offer, index, f); };
  Reading r;
  for (const std::string& tag : iv.tags) {
    const std::string t = TagKey(tag);
    if (Has(kNegativeTags, t)) r.negative.push_back({at(Field::kTags), tag, 0, 0});
    if (Has(kPositiveTags, t)) r.positive = true;
    if (t == kInconsistentTag) r.inconsistent = true;
    if (t == "dismissive") r.dismissive = true;
  }
  if (iv.scheduled_minutes && iv.actual_minutes && *iv.scheduled_minutes > 0 &&
      *iv.actual_minutes < kRushedShare * *iv.scheduled_minutes) {
    r.negative.push_back({at(Field::kActualMinutes),
                          std::to_string(*iv.actual_minutes) + " of " +
                              std::to_string(*iv.scheduled_minutes) + " scheduled minutes",
                          0, 0});
  }
  std::vector<std::string> seen;
  for (const PhraseHit& hit : FindPhrases(iv.notes, kNotePhrases)) {
    if (hit.negated || std::find(seen.begin(), seen.end(), hit.sentence) != seen.end()) continue;
    seen.push_back(hit.sentence);
    r.negative.push_back({at(Field::kNotes), hit.sentence, hit.line, hit.column});
  }
  return r;
}

Finding Make(const RuleContext& ctx, Code code, Severity severity, std::string message) {
  Finding f = NewFinding(ctx, code, severity, Channel::kInterviews);
  f.message = std::move(message);
  return f;
}

std::string StageName(const Interview& iv, size_t index) {
  return iv.stage.empty() ? "interview " + std::to_string(index + 1) : iv.stage;
}

Ask MeetAgain() { return SecondConversation{}; }

// Negative signals in one stage are minor; the same in two or more stages is a pattern.
std::optional<Finding> Treatment(const RuleContext& ctx, const std::vector<Reading>& readings) {
  std::set<std::string> stages;
  std::vector<Evidence> evidence;
  bool severe = false;
  for (size_t k = 0; k < readings.size(); ++k) {
    if (readings[k].negative.empty()) continue;
    stages.insert(NormalizeText(StageName(ctx.offer.interviews[k], k)));
    evidence.insert(evidence.end(), readings[k].negative.begin(), readings[k].negative.end());
    severe = severe || readings[k].dismissive || readings[k].negative.size() >= kSevereSignals;
  }
  if (stages.empty()) return std::nullopt;
  const bool pattern = stages.size() >= 2;
  std::string names;
  for (const std::string& s : stages) names += (names.empty() ? "" : ", ") + s;
  Code code = Code::kCultureOneBadInterview;
  std::string message = "One interview (" + names + ") went badly; one bad call is not a pattern.";
  if (pattern) {
    code = Code::kCulturePattern;
    message = "You were treated poorly in " + std::to_string(stages.size()) + " different stages (" + names +
              "): that is a pattern, not a bad day.";
  } else if (severe) {
    code = Code::kCultureDismissiveInterview;
    message = "The " + names + " interview was dismissive, not just short: you were not taken seriously.";
  }
  const bool major = pattern || severe;
  Finding f = Make(ctx, code, major ? Severity::kMajor : Severity::kMinor, message);
  f.evidence = std::move(evidence);
  f.ask = MeetAgain();
  f.question = "Would a second conversation with the manager or a future teammate feel different?";
  f.advice = major ? "How a process treats you is usually how the job will; weigh this heavily."
                   : "Note it, and watch whether the next contact repeats it.";
  return f;
}

std::optional<Finding> Inconsistency(const RuleContext& ctx, const std::vector<Reading>& readings) {
  std::vector<Evidence> evidence;
  for (size_t k = 0; k < readings.size(); ++k) {
    if (readings[k].inconsistent) {
      evidence.push_back({FieldRef::Interview(ctx.offer_index, static_cast<int>(k), Field::kTags),
                          std::string(kInconsistentTag), 0, 0});
    }
  }
  if (evidence.empty()) return std::nullopt;
  Finding f = Make(ctx, Code::kCultureInconsistent, Severity::kMajor,
                   "Interviewers told you different things about the job across the stages.");
  f.evidence = std::move(evidence);
  f.ask = MeetAgain();
  f.question = "Which version of the role does the hiring manager stand behind?";
  f.advice = "When the people you would work with disagree about the job, the job is not settled.";
  return f;
}

// The scanner's culture hits in the documents. The person's interview notes as a document speak
// for the interviews (the same channel as the journal, so one bad process is not counted twice);
// a letter or the recruiter's messages keep the lexicon's severity; a job post's words
// ("work hard, play hard", "young team") are advertising and stay minor.
void DocumentSignals(const RuleContext& ctx, std::vector<Finding>& out) {
  for (const SignalSentence& sentence : SignalSentences(ctx, RuleId::kSignCulture)) {
    const PhraseSignal& first = *sentence.first;
    if (AlreadyQuoted(out, first)) continue;
    const Severity severity = IsJobPost(first.document_kind)
                                  ? Severity::kMinor
                                  : CapSeverity(sentence.severity, Severity::kMajor);
    Finding f = Make(ctx, Code::kCultureDocumentSignal, severity,
                     "About the workplace, " + DocumentName(first.document_kind) + " says (" +
                         QuotedPhrases(sentence) + "): \"" + first.sentence + "\"");
    f.channel = IsInterviewNotes(first.document_kind) ? Channel::kInterviews : Channel::kDocuments;
    f.evidence = {SignalEvidence(first)};
    f.advice = first.explanation;
    if (severity == Severity::kMajor) {
      f.ask = MeetAgain();
      f.question = "Would a second conversation with the manager or a future teammate feel different?";
    }
    out.push_back(std::move(f));
  }
}

}  // namespace

std::vector<Finding> RunSignCulture(const RuleContext& ctx) {
  const std::vector<Interview>& interviews = ctx.offer.interviews;
  if (interviews.empty()) {
    Finding f = Make(ctx, Code::kCultureNoJournal, Severity::kMinor,
                     "No interviews are recorded, so how the process treated you cannot be weighed.");
    f.question = "How were you treated in each interview? Add the interview journal.";
    std::vector<Finding> out = {f};
    DocumentSignals(ctx, out);
    return out;
  }
  std::vector<Reading> readings;
  for (size_t k = 0; k < interviews.size(); ++k) {
    readings.push_back(Read(interviews[k], ctx.offer_index, static_cast<int>(k)));
  }
  std::vector<Finding> out;
  if (auto f = Treatment(ctx, readings)) out.push_back(std::move(*f));
  if (auto f = Inconsistency(ctx, readings)) out.push_back(std::move(*f));
  std::vector<Finding> documents;
  DocumentSignals(ctx, documents);
  const auto positives =
      std::count_if(readings.begin(), readings.end(), [](const Reading& r) { return r.positive; });
  // A job post's "young team" does not undo a respectful process; a serious signal does.
  if (out.empty() && positives >= 2 && std::none_of(documents.begin(), documents.end(), IsSerious)) {
    Finding f =
        Make(ctx, Code::kCultureRespectful, Severity::kPositive,
             std::to_string(positives) + " interviews were tagged as good experiences and none as bad.");
    out.push_back(std::move(f));
  }
  std::move(documents.begin(), documents.end(), std::back_inserter(out));
  return out;
}

}  // namespace walkaway::core
