// EVAL-INTERVIEW: the interview journal summed up in three parts, respect, information and
// consistency, because how a process treats candidates tends to be how the job treats staff.
// SIGN-CULTURE flags individual bad moments; this rule gives the overall picture, so its findings
// all start with the same three-part summary.

#include <algorithm>
#include <array>
#include <set>

#include "core/rules/rule_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kEvalInterview;

using Tags = std::span<const std::string_view>;
constexpr std::array<std::string_view, 2> kRespectGood = {"respectful", "on_time"};
constexpr std::array<std::string_view, 4> kRespectBad = {"dismissive", "late", "distracted", "rescheduled"};
constexpr std::array<std::string_view, 3> kInfoGood = {"informative", "answered_questions", "thorough"};
constexpr std::array<std::string_view, 2> kInfoBad = {"evasive", "no_questions"};
constexpr std::array<std::string_view, 1> kConsistencyGood = {"consistent"};
constexpr std::array<std::string_view, 1> kConsistencyBad = {"inconsistent"};

// One part of the summary: how many interviews were tagged well or badly on it.
struct Part {
  int good = 0;
  int bad = 0;
  std::vector<size_t> bad_interviews{};
};

struct Summary {
  int interviews = 0;
  Part respect{};
  Part information{};
  Part consistency{};
  std::vector<std::string> drift_topics{};  // claims on one topic that changed between stages
  std::vector<Evidence> drift_evidence{};
};

bool HasTag(const Interview& interview, Tags tags) {
  return std::any_of(interview.tags.begin(), interview.tags.end(), [&](const std::string& tag) {
    const std::string t = NormalizeText(tag);
    return std::find(tags.begin(), tags.end(), t) != tags.end();
  });
}

void Rate(const Interview& interview, size_t index, Tags good, Tags bad, Part& part) {
  if (HasTag(interview, bad)) {
    ++part.bad;
    part.bad_interviews.push_back(index);
  } else if (HasTag(interview, good)) {
    ++part.good;
  }
}

// Claims on the same topic, made at two different interview stages, that say different things.
void FindDrift(const RuleContext& ctx, Summary& s) {
  std::set<std::string> stages;
  for (const Interview& interview : ctx.offer.interviews) stages.insert(NormalizeText(interview.stage));
  const std::vector<Claim>& claims = ctx.offer.claims;
  for (size_t a = 0; a < claims.size(); ++a) {
    for (size_t b = a + 1; b < claims.size(); ++b) {
      const Claim& x = claims[a];
      const Claim& y = claims[b];
      const std::string sx = NormalizeText(x.stage);
      const std::string sy = NormalizeText(y.stage);
      if (IsExtracted(x) || IsExtracted(y)) continue;  // documents are not interview stages
      if (x.topic != y.topic || sx == sy || !stages.count(sx) || !stages.count(sy)) continue;
      if (NormalizeText(x.value) == NormalizeText(y.value)) continue;
      if (std::find(s.drift_topics.begin(), s.drift_topics.end(), x.topic) != s.drift_topics.end()) continue;
      s.drift_topics.push_back(x.topic);
      s.drift_evidence.push_back(FieldEvidence(FieldRef::Claim(ctx.offer_index, static_cast<int>(a), Field::kValue)));
      s.drift_evidence.push_back(FieldEvidence(FieldRef::Claim(ctx.offer_index, static_cast<int>(b), Field::kValue)));
    }
  }
}

Summary Summarise(const RuleContext& ctx) {
  Summary s;
  s.interviews = static_cast<int>(ctx.offer.interviews.size());
  for (size_t i = 0; i < ctx.offer.interviews.size(); ++i) {
    const Interview& interview = ctx.offer.interviews[i];
    Rate(interview, i, kRespectGood, kRespectBad, s.respect);
    Rate(interview, i, kInfoGood, kInfoBad, s.information);
    Rate(interview, i, kConsistencyGood, kConsistencyBad, s.consistency);
  }
  FindDrift(ctx, s);
  return s;
}

std::string PartText(std::string_view name, const Part& part, int interviews) {
  const std::string of =
      " of " + std::to_string(interviews) + (interviews == 1 ? " interview" : " interviews");
  if (part.bad > 0) return std::string(name) + ": " + std::to_string(part.bad) + of + " negative";
  if (part.good > 0) return std::string(name) + ": " + std::to_string(part.good) + of + " positive";
  return std::string(name) + ": not noted";
}

std::string SummaryText(const Summary& s) {
  std::string text = PartText("Respect", s.respect, s.interviews) + "; " +
                     PartText("information", s.information, s.interviews) + "; " +
                     PartText("consistency", s.consistency, s.interviews);
  if (!s.drift_topics.empty()) {
    text += ", and what you were told changed between stages on " + JoinList(s.drift_topics);
  }
  return text + ".";
}

void AddInterviewEvidence(const RuleContext& ctx, const Part& part, Finding& f) {
  for (size_t i : part.bad_interviews) {
    f.evidence.push_back(FieldEvidence(FieldRef::Interview(ctx.offer_index, static_cast<int>(i), Field::kTags)));
  }
}

// Respect: two bad interviews, or the person's own "no", is major. When only the person's answer
// says so, the channel is kSelf, so one answer is not counted as two independent sources with REFLECT.
void AddRespect(const RuleContext& ctx, const Summary& s, std::vector<Finding>& out) {
  const Reflection* r = ReflectionFor(ctx.c, ctx.offer);
  const bool felt_disrespected = r && r->felt_respected == Answer::kNo;
  if (s.respect.bad == 0 && !felt_disrespected) return;
  const bool major = s.respect.bad >= 2 || felt_disrespected;
  Finding f = NewFinding(ctx, major ? Code::kInterviewRespect : Code::kInterviewRespectOnce,
                         major ? Severity::kMajor : Severity::kMinor,
                         s.respect.bad > 0 ? Channel::kInterviews : Channel::kSelf);
  AddInterviewEvidence(ctx, s.respect, f);
  if (felt_disrespected) f.evidence.push_back(FieldEvidence(ReflectionRef(ctx, Field::kFeltRespected)));
  f.message = SummaryText(s) + (felt_disrespected ? " You said you did not feel respected." : "");
  f.advice =
      "Being kept waiting or brushed off while they are still courting you is a preview, not an "
      "exception.";
  f.question = "Ask to speak with a future peer about how the team works day to day.";
  out.push_back(std::move(f));
}

void AddInformation(const RuleContext& ctx, const Summary& s, std::vector<Finding>& out) {
  if (s.information.bad == 0) return;
  Finding f = NewFinding(ctx, Code::kInterviewInformation, Severity::kMajor, Channel::kInterviews);
  AddInterviewEvidence(ctx, s.information, f);
  f.message = SummaryText(s) + " Some of your questions were dodged or not allowed.";
  f.advice = "A question that could not be answered before you sign will not get easier after.";
  f.ask = DodgedAnswers{};
  out.push_back(std::move(f));
}

void AddConsistency(const RuleContext& ctx, const Summary& s, std::vector<Finding>& out) {
  if (s.consistency.bad == 0 && s.drift_topics.empty()) return;
  Finding f = NewFinding(ctx, Code::kInterviewConsistency, Severity::kMinor, Channel::kInterviews);
  AddInterviewEvidence(ctx, s.consistency, f);
  f.evidence.insert(f.evidence.end(), s.drift_evidence.begin(), s.drift_evidence.end());
  f.message = SummaryText(s);
  f.advice = "When stages tell different stories, the written offer is the only version that counts.";
  f.question = "Which version is true, and can you have it in writing?";
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunEvalInterview(const RuleContext& ctx) {
  std::vector<Finding> out;
  if (ctx.offer.interviews.empty()) return out;  // SIGN-CULTURE asks for the journal
  const Summary s = Summarise(ctx);
  AddRespect(ctx, s, out);
  AddInformation(ctx, s, out);
  AddConsistency(ctx, s, out);
  if (!out.empty()) return out;
  const int good = s.respect.good + s.information.good + s.consistency.good;
  const Reflection* r = ReflectionFor(ctx.c, ctx.offer);
  const bool felt_partly = r && r->felt_respected == Answer::kPartly;
  if (good == 0) {
    Finding f = NewFinding(ctx, Code::kInterviewUntagged, Severity::kMinor, Channel::kInterviews);
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kInterviews))};
    f.message = "The interview journal has no notes on how you were treated. " + SummaryText(s);
    f.advice =
        "Tag each interview while you still remember it: it is easy to forgive a process once an "
        "offer arrives.";
    f.question =
        "For each interview: were you treated with respect, were your questions answered, and "
        "did it match what other stages said?";
    out.push_back(std::move(f));
  } else if (!felt_partly) {
    Finding f = NewFinding(ctx, Code::kInterviewAllPositive, Severity::kPositive, Channel::kInterviews);
    f.evidence = {FieldEvidence(OfferRef(ctx, Field::kInterviews))};
    f.message = SummaryText(s) + " The process treated you well; that often carries into the job.";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace walkaway::core
