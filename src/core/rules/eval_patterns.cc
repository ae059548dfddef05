// EVAL-PATTERNS (phase two): trust patterns, not promises. Major flags about different facts, from
// different kinds of source (timing, claims, interviews, documents, the person's own reflection)
// and different rules, add up to a blocker: each one alone could be explained away, together they
// describe the job. One fact stated in several places is one concern (IndependentConcerns).
// Terms gaps are left out because the gates and the negotiation asks already weigh them. The rule
// also tallies the claims ledger: an offer that rests mostly on spoken promises is a pattern too.

#include <algorithm>

#include "core/rules/rule_util.h"

namespace walkaway::core {
namespace {

constexpr RuleId kRuleId = RuleId::kEvalPatterns;

// MINDSET only restates; our own findings would count themselves.
bool Weighed(const Finding& f) { return !Properties(f.rule()).restates; }

std::string_view ChannelName(Channel channel) {
  switch (channel) {
    case Channel::kTerms:
      return "the written terms";
    case Channel::kTiming:
      return "the dates";
    case Channel::kClaims:
      return "what you were told";
    case Channel::kInterviews:
      return "the interviews";
    case Channel::kDocuments:
      return "the documents";
    case Channel::kSelf:
      return "your own answers";
  }
  return "elsewhere";
}

// The fact a concern is about, in plain words.
std::string_view TopicName(Topic topic) {
  switch (topic) {
    case Topic::kGates:
      return "a line you set";
    case Topic::kPay:
      return "the pay";
    case Topic::kMarket:
      return "the pay against the market";
    case Topic::kRole:
      return "what the job is";
    case Topic::kWorkload:
      return "the workload";
    case Topic::kDeadline:
      return "the time you are given";
    case Topic::kStart:
      return "when you would start";
    case Topic::kPromises:
      return "promises not in writing";
    case Topic::kProgression:
      return "the path to growth";
    case Topic::kInterviews:
      return "how the process treated you";
    case Topic::kContract:
      return "the contract";
    case Topic::kScam:
      return "whether the job is real";
    case Topic::kSelf:
      return "how you feel about it";
    case Topic::kAlternatives:
      return "your other options";
    case Topic::kTrajectory:
      return "where the job leads";
    case Topic::kPattern:
    case Topic::kReminder:
      break;
  }
  return "something else";
}

// "the time you are given (from the dates) and how the process treated you (from the interviews)".
std::string Describe(const std::vector<Concern>& concerns) {
  std::vector<std::string> parts;
  for (const Concern& c : concerns) {
    parts.push_back(std::string(TopicName(c.topic)) + " (from " + std::string(ChannelName(c.channel)) + ")");
  }
  return JoinList(parts);
}

void AddIndependentFlags(const RuleContext& ctx, std::vector<Finding>& out) {
  const std::vector<Concern> concerns = IndependentConcerns(ctx.prior);
  if (concerns.empty()) return;
  const bool pattern = concerns.size() >= 2;
  Finding f = NewFinding(ctx, pattern ? Code::kPatternsIndependentFlags : Code::kPatternsSingleSource,
                         pattern ? Severity::kBlocker : Severity::kMinor, concerns.front().channel);
  for (const Concern& c : concerns) {
    f.evidence.insert(f.evidence.end(), c.evidence.begin(), c.evidence.end());
  }
  if (pattern) {
    f.message = "Serious warning signs about " + std::to_string(concerns.size()) +
                " separate things, each from a different source: " + Describe(concerns) + ".";
    f.advice =
        "Signs that agree from separate places outweigh any reassurance; a promise that things "
        "will be different is not evidence that they will.";
  } else {
    f.message = "One serious concern, from one source: " + Describe(concerns) + ". Look closer before deciding.";
    f.advice =
        "A single warning sign may have an innocent explanation; check whether anything else "
        "confirms it.";
    f.question = "Does anything else (a document, another conversation, your gut) confirm this concern?";
  }
  out.push_back(std::move(f));
}

// Spoken promises outnumbering written ones: the offer rests on words that can be taken back.
void AddVerbalTally(const RuleContext& ctx, std::vector<Finding>& out) {
  std::vector<std::string> verbal;
  ClaimsInWriting ask;
  Finding f = NewFinding(ctx, Code::kPatternsMostlyVerbal, Severity::kMajor, Channel::kClaims);
  // The tally is of the ledger the person kept; facts read from documents only confirm it.
  size_t typed = 0;
  for (size_t i = 0; i < ctx.offer.claims.size(); ++i) {
    const Claim& claim = ctx.offer.claims[i];
    if (IsExtracted(claim)) continue;
    ++typed;
    if (!AskableInWriting(ctx.c.candidate, ctx.offer, claim)) continue;
    verbal.push_back("'" + claim.value + "'");
    ask.claims.push_back(ClaimRefOf(ctx.offer, claim));
    f.evidence.push_back(FieldEvidence(FieldRef::Claim(ctx.offer_index, static_cast<int>(i))));
  }
  const size_t written = typed - verbal.size();
  if (verbal.size() < 2 || verbal.size() < written) return;
  // BIAS-VAGUE already names these very promises as only verbal (vague.unwritten_key_claims): the
  // tally would say the same fact a second time, as a second major (issue #12, class 1).
  const auto named_by_vague = [&](const ClaimRef& ref) {
    return std::any_of(ctx.prior.begin(), ctx.prior.end(), [&](const Finding& prior) {
      if (prior.code != Code::kVagueUnwrittenKeyClaims || !prior.ask) return false;
      const auto* listed = std::get_if<ClaimsInWriting>(&*prior.ask);
      return listed && std::find(listed->claims.begin(), listed->claims.end(), ref) != listed->claims.end();
    });
  };
  if (std::all_of(ask.claims.begin(), ask.claims.end(), named_by_vague)) return;
  f.message = std::to_string(verbal.size()) + " of the " + std::to_string(typed) +
              " promises in the ledger are only verbal.";
  f.advice = "What matters to you should be in the document you sign; spoken assurances are not terms.";
  f.ask = std::move(ask);
  out.push_back(std::move(f));
}

void AddConsistent(const RuleContext& ctx, std::vector<Finding>& out) {
  const auto weighed_serious = [](const Finding& f) { return Weighed(f) && IsSerious(f); };
  const auto weighed_positive = [](const Finding& f) {
    return Weighed(f) && f.severity == Severity::kPositive;
  };
  if (std::any_of(out.begin(), out.end(), IsSerious) ||
      std::any_of(ctx.prior.begin(), ctx.prior.end(), weighed_serious) ||
      std::none_of(ctx.prior.begin(), ctx.prior.end(), weighed_positive)) {
    return;
  }
  Finding f = NewFinding(ctx, Code::kPatternsConsistent, Severity::kPositive, Channel::kSelf);
  const auto count = std::count_if(ctx.prior.begin(), ctx.prior.end(), weighed_positive);
  f.message = "No major warning sign anywhere, and " + std::to_string(count) +
              (count == 1 ? " point" : " points") + " in the offer's favour.";
  f.advice = "The signals agree; what is left is to confirm the terms in writing.";
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> RunEvalPatterns(const RuleContext& ctx) {
  std::vector<Finding> out;
  AddIndependentFlags(ctx, out);
  AddVerbalTally(ctx, out);
  AddConsistent(ctx, out);
  return out;
}

}  // namespace walkaway::core
