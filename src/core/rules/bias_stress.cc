// BIAS-STRESS: stress treated as normal. One "fast-paced" in a job post never moves an offer, so
// each employer phrase alone is minor; it becomes a major flag when several distinct stress signals
// come from the employer, or when the person's own notes wave one of them away as normal. The
// phrases come from the list below (every text) and from the scanner's workload lexicon (the
// documents, when the case was scanned; docs/document-signals.md).

#include <algorithm>
#include <cmath>
#include <array>

#include "core/rules/rule_util.h"
#include "core/rules/signal_util.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kBiasStress;

constexpr std::array<std::string_view, 27> kStressPhrases = {
    "fast-paced",
    "fast paced",
    "wear many hats",
    "work hard, play hard",
    "work hard play hard",
    "like a family",
    "unlimited pto",
    "hit the ground running",
    "high-pressure",
    "high pressure",
    "long hours",
    "weekends",
    "late nights",
    "always on",
    "whatever it takes",
    "hustle",
    "rockstar",
    "ninja",
    "thick skin",
    "burnout",
    "burned out",
    "stressful",
    "crunch",
    "24/7",
    "self-starter",
    "handle pressure",
    "burnt out",
};

// The person explaining a stress signal away.
constexpr std::array<std::string_view, 7> kNormalising = {
    "that's normal",  "it's normal",  "everyone works",           "part of the job",
    "just how it is", "all startups", "comes with the territory",
};

constexpr size_t kDistinctPhrasesForPattern = 3;

constexpr std::string_view kOnePhraseAdvice =
    "One phrase is not a verdict; find out what it means in hours and evenings.";

// What the scan of all texts found, for the pattern finding.
struct Scan {
  std::vector<std::string> employer_phrases{};  // distinct by PhraseKey, as first written
  std::vector<std::string> employer_keys{};
  // Every employer phrase with its sentence, before they are grouped into signs (CountSigns).
  std::vector<std::pair<std::string, std::string>> employer_hits{};
  std::vector<Evidence> employer_evidence{};
  bool strong_signal = false;  // a lexicon-major phrase outside a job post
  std::vector<std::string> normalising{};
  std::vector<Evidence> normalising_evidence{};
};

// "fast-paced" and "Fast paced" are one signal.
void AddDistinct(Scan& scan, std::string_view phrase) {
  std::string key = PhraseKey(phrase);
  if (std::find(scan.employer_keys.begin(), scan.employer_keys.end(), key) != scan.employer_keys.end()) return;
  scan.employer_keys.push_back(std::move(key));
  scan.employer_phrases.push_back(std::string(phrase));
}

// One clause is one sign: phrases of a sentence that overlap ("late nights", "nights and
// weekends") or are joined only by "and", "or" or a comma ("late nights and weekends") count once,
// as the words they cover together (issue #12, class 5). Signs are then distinct by PhraseKey.
void CountSigns(Scan& scan) {
  std::vector<std::string> sentences;
  for (const auto& [sentence, phrase] : scan.employer_hits) {
    if (std::find(sentences.begin(), sentences.end(), sentence) == sentences.end()) sentences.push_back(sentence);
  }
  for (const std::string& sentence : sentences) {
    const std::string& text = sentence;  // normalised when recorded
    std::vector<std::pair<size_t, size_t>> spans;
    for (const auto& [where, phrase] : scan.employer_hits) {
      if (where != sentence) continue;
      const std::string p = NormalizeText(phrase);
      const size_t at = p.empty() ? std::string::npos : text.find(p);
      if (at == std::string::npos) {
        AddDistinct(scan, phrase);  // not found as written: counted alone, as before
        continue;
      }
      spans.emplace_back(at, at + p.size());
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<size_t, size_t>> merged;
    for (const auto& span : spans) {
      if (!merged.empty()) {
        auto& last = merged.back();
        const std::string gap = span.first > last.second ? text.substr(last.second, span.first - last.second) : "";
        if (span.first <= last.second || gap == " and " || gap == " or " || gap == ", " || gap == " & ") {
          last.second = std::max(last.second, span.second);
          continue;
        }
      }
      merged.push_back(span);
    }
    for (const auto& [begin, end] : merged) AddDistinct(scan, text.substr(begin, end - begin));
  }
}

// Two distinct signals are enough when one of them is a phrase the lexicon rates major ("long
// hours", "nights and weekends") written by the employer outside a job post: a letter or a
// recruiter's message that says it is describing the job, not advertising it.
constexpr size_t kDistinctPhrasesWithStrongSignal = 2;

std::string PhraseList(const std::vector<std::string>& phrases) {
  std::vector<std::string> quoted;
  for (const std::string& p : phrases) quoted.push_back("\"" + p + "\"");
  return JoinList(quoted);
}

// The phrases of one sentence, quoted as that sentence writes them.
std::string PhraseList(const SentenceHit& hit) {
  std::vector<std::string> quoted;
  for (std::string_view p : hit.phrases) quoted.push_back("\"" + AsWritten(hit.sentence, p) + "\"");
  return JoinList(quoted);
}

Finding HitFinding(const RuleContext& ctx, const TextSource& source, const SentenceHit& hit, Code code,
                   std::string message) {
  Finding f = NewFinding(ctx, code, Severity::kMinor, source.channel);
  f.evidence.push_back(QuoteEvidence(source.field, hit));
  f.message = std::move(message) + " " + hit.sentence;
  f.advice = std::string(kOnePhraseAdvice);
  return f;
}

void ScanEmployer(const RuleContext& ctx, Scan& scan, std::vector<Finding>& out) {
  for (const TextSource& source : EmployerTexts(ctx)) {
    for (const SentenceHit& hit : AffirmedSentences(source.text, kStressPhrases)) {
      out.push_back(
          HitFinding(ctx, source, hit, Code::kStressPhrase, "Stress wording (" + PhraseList(hit) + "):"));
      scan.employer_evidence.push_back(QuoteEvidence(source.field, hit));
      for (std::string_view p : hit.phrases) scan.employer_hits.emplace_back(NormalizeText(hit.sentence), std::string(p));
    }
  }
}

// The scanner's workload hits in the documents. A sentence the list above already reported is not
// reported twice, but its lexicon phrases still count toward the pattern.
void ScanSignals(const RuleContext& ctx, Scan& scan, std::vector<Finding>& out) {
  for (const SignalSentence& sentence : SignalSentences(ctx, kRuleId)) {
    const PhraseSignal& first = *sentence.first;
    for (const PhraseSignal* hit : sentence.signals) scan.employer_hits.emplace_back(NormalizeText(hit->sentence), hit->phrase);
    if (sentence.severity == Severity::kMajor && !IsJobPost(first.document_kind)) scan.strong_signal = true;
    if (AlreadyQuoted(out, first)) continue;
    Finding f = NewFinding(ctx, Code::kStressPhrase, Severity::kMinor, Channel::kDocuments);
    f.evidence.push_back(SignalEvidence(first));
    f.message = "Stress wording (" + QuotedPhrases(sentence) + ") in " + DocumentName(first.document_kind) +
                ": " + first.sentence;
    f.advice = first.explanation.empty() ? std::string(kOnePhraseAdvice) : first.explanation;
    scan.employer_evidence.push_back(SignalEvidence(first));
    out.push_back(std::move(f));
  }
}

void ScanOwn(const RuleContext& ctx, Scan& scan, std::vector<Finding>& out) {
  for (const TextSource& source : OwnTexts(ctx)) {
    for (const SentenceHit& hit : AffirmedSentences(source.text, kStressPhrases)) {
      out.push_back(HitFinding(ctx, source, hit, Code::kStressOwnWords,
                               "Your notes mention stress (" + PhraseList(hit) + "):"));
    }
    for (const SentenceHit& hit : AffirmedSentences(source.text, kNormalising)) {
      out.push_back(HitFinding(ctx, source, hit, Code::kStressNormalising,
                               "Your notes treat strain as normal (" + PhraseList(hit) + "):"));
      scan.normalising.push_back(std::string(hit.phrases.front()));
      scan.normalising_evidence.push_back(QuoteEvidence(source.field, hit));
    }
  }
}

// A week of standard full-time hours, when the person has named no other.
constexpr int kStandardWeek = 40;

// The week the ask puts in writing: the person's own limit (the one EVAL-NONNEG checks, so both
// rules ask for one cap), else the week they work now, else a standard full-time week.
int WeekCap(const RuleContext& ctx) {
  const Candidate& who = ctx.c.candidate;
  if (who.non_negotiables.max_weekly_hours) return *who.non_negotiables.max_weekly_hours;
  if (who.situation.current.weekly_hours) return static_cast<int>(std::ceil(*who.situation.current.weekly_hours));
  return kStandardWeek;
}

// The week as the employer wrote it: the fewest hours a written claim on "hours" states (the
// letter's "40 hours a week", or a claim the person marked written). The person's own
// expected_weekly_hours is not enough: strain the employer describes is answered by the
// employer's written word.
std::optional<double> WrittenWeek(const RuleContext& ctx) {
  std::optional<double> week;
  for (const Claim& claim : ctx.offer.claims) {
    if (!claim.written || claim.topic != "hours") continue;
    const std::optional<double> hours = FirstNumber(claim.value);
    if (hours && *hours > 0 && (!week || *hours < *week)) week = hours;
  }
  return week;
}

void AddPattern(const RuleContext& ctx, const Scan& scan, std::vector<Finding>& out) {
  const size_t distinct = scan.employer_phrases.size();
  const bool normalised = distinct >= 1 && !scan.normalising.empty();
  const bool strong = scan.strong_signal && distinct >= kDistinctPhrasesWithStrongSignal;
  if (distinct < kDistinctPhrasesForPattern && !normalised && !strong) return;
  Finding f = NewFinding(ctx, Code::kStressPattern, Severity::kMajor, Channel::kDocuments);
  f.evidence = scan.employer_evidence;
  f.message = "Stress signals from the employer: " + PhraseList(scan.employer_phrases) + ".";
  if (normalised) {
    f.message += " Your own notes call it normal (" + PhraseList(scan.normalising) + ").";
    f.evidence.insert(f.evidence.end(), scan.normalising_evidence.begin(), scan.normalising_evidence.end());
  }
  f.question = "What does a normal week look like, and how often are evenings and weekends needed?";
  // A pattern is answered by the week in writing, within what the person can live with: the words
  // stay worth asking about, but they no longer stand against a number the employer signed.
  const int cap = WeekCap(ctx);
  const std::optional<double> written = WrittenWeek(ctx);
  if (written && *written <= cap) {
    f.severity = Severity::kMinor;
    f.message += " The week is written down at " + HoursText(*written) +
                 " hours, within what you can live with; keep that sentence and ask how often the "
                 "evenings and weekends come.";
    f.advice = "A written week is what you can point to later; the wording tells you where it will be tested.";
  } else {
    f.ask = HoursAtMost{cap};
    f.advice =
        "Strain that shows up before you start rarely shrinks after; treat it as information about "
        "the job, not as a test of your toughness. Ask for the week in writing: an employer who "
        "means a normal week can write one down.";
  }
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunBiasStress(const RuleContext& ctx) {
  std::vector<Finding> out;
  if (EmployerTexts(ctx).empty()) {
    Finding f = NewFinding(ctx, Code::kStressNothingToRead, Severity::kMinor, Channel::kDocuments);
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kDocuments))};
    f.message =
        "There is no text from the employer (letter, post, claims or interview notes) to read "
        "for signs of strain.";
    f.advice = "Add the job post and the offer letter, and note what you were told about the workload.";
    f.question = "What does a normal week look like, and how often are evenings and weekends needed?";
    out.push_back(std::move(f));
  }
  Scan scan;
  ScanEmployer(ctx, scan, out);
  ScanSignals(ctx, scan, out);
  CountSigns(scan);
  ScanOwn(ctx, scan, out);
  AddPattern(ctx, scan, out);
  return out;
}

}  // namespace walkaway::core
