#include "core/rules/rule_util.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace walkaway::core {
namespace {

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

std::string Straighten(std::string_view text) {
  std::string out(text);
  for (size_t pos = 0; (pos = out.find(kCurlyApostrophe, pos)) != std::string::npos; ++pos) {
    out.replace(pos, kCurlyApostrophe.size(), "'");
  }
  return out;
}

std::string Curl(std::string_view phrase) {
  std::string out;
  for (char c : phrase) {
    if (c == '\'') {
      out += kCurlyApostrophe;
    } else {
      out += c;
    }
  }
  return out;
}

// Byte offset of a (1-based) line and column inside `text`.
size_t OffsetOf(std::string_view text, int line, int column) {
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    pos = text.find('\n', pos);
    if (pos == std::string_view::npos) return text.size();
    ++pos;
  }
  return std::min(text.size(), pos + static_cast<size_t>(column - 1));
}

// Re-runs the core's negation check on the text before the hit with plain apostrophes, so that
// "don’t" negates like "don't". Reusing FindPhrases keeps one definition of negation.
bool NegatedStraight(std::string_view text, const PhraseHit& hit) {
  constexpr std::string_view kProbe[] = {"zzprobezz"};
  const size_t pos = OffsetOf(text, hit.line, hit.column);
  const std::string probe = Straighten(text.substr(0, pos)) + std::string(kProbe[0]);
  const std::vector<PhraseHit> hits = FindPhrases(probe, kProbe);
  return !hits.empty() && hits.back().negated;
}

}  // namespace

std::vector<TextSource> OwnTexts(const RuleContext& ctx) {
  std::vector<TextSource> out;
  const std::string offer = OfferPath(ctx.offer_index);
  if (!ctx.offer.notes.empty()) out.push_back({offer + ".notes", ctx.offer.notes, Channel::kSelf});
  if (const Reflection* r = ReflectionFor(ctx.c, ctx.offer); r && !r->notes.empty()) {
    out.push_back({ReflectionPath(ctx) + ".notes", r->notes, Channel::kSelf});
  }
  return out;
}

std::vector<TextSource> EmployerTexts(const RuleContext& ctx) {
  std::vector<TextSource> out;
  const std::string offer = OfferPath(ctx.offer_index);
  const auto index = [](size_t i) { return "[" + std::to_string(i) + "]"; };
  for (size_t i = 0; i < ctx.offer.documents.size(); ++i) {
    const std::string& text = ctx.offer.documents[i].text;
    if (!text.empty()) out.push_back({offer + ".documents" + index(i), text, Channel::kDocuments});
  }
  for (size_t i = 0; i < ctx.offer.claims.size(); ++i) {
    const std::string& text = ctx.offer.claims[i].value;
    if (!text.empty()) out.push_back({offer + ".claims" + index(i) + ".value", text, Channel::kClaims});
  }
  for (size_t i = 0; i < ctx.offer.interviews.size(); ++i) {
    const std::string& text = ctx.offer.interviews[i].notes;
    if (!text.empty()) {
      out.push_back({offer + ".interviews" + index(i) + ".notes", text, Channel::kInterviews});
    }
  }
  return out;
}

std::string ReflectionPath(const RuleContext& ctx) {
  return ctx.offer.reflection ? OfferPath(ctx.offer_index) + ".reflection" : "reflection";
}

std::vector<PhraseHit> FindPhrasesLoose(std::string_view text, std::span<const std::string_view> phrases) {
  std::vector<PhraseHit> hits = FindPhrases(text, phrases);
  if (text.find(kCurlyApostrophe) == std::string_view::npos) return hits;
  // Curled copies of the phrases that have an apostrophe, remembering which phrase each came from.
  std::vector<std::string> curled;
  std::vector<size_t> origin;
  for (size_t i = 0; i < phrases.size(); ++i) {
    if (phrases[i].find('\'') == std::string_view::npos) continue;
    curled.push_back(Curl(phrases[i]));
    origin.push_back(i);
  }
  const std::vector<std::string_view> views(curled.begin(), curled.end());
  for (PhraseHit& hit : FindPhrases(text, views)) {
    const auto it = std::find_if(views.begin(), views.end(),
                                 [&](std::string_view v) { return v.data() == hit.phrase.data(); });
    hit.phrase = phrases[origin[static_cast<size_t>(it - views.begin())]];
    hits.push_back(std::move(hit));
  }
  for (PhraseHit& hit : hits) hit.negated = hit.negated || NegatedStraight(text, hit);
  std::stable_sort(hits.begin(), hits.end(), [](const PhraseHit& a, const PhraseHit& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return hits;
}

std::vector<SentenceHit> AffirmedSentences(std::string_view text, std::span<const std::string_view> phrases) {
  std::vector<SentenceHit> out;
  for (const PhraseHit& hit : FindPhrasesLoose(text, phrases)) {
    if (hit.negated) continue;
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const SentenceHit& s) { return s.sentence == hit.sentence; });
    if (same == out.end()) {
      out.push_back(SentenceHit{hit.sentence, hit.line, hit.column, {hit.phrase}});
    } else if (std::find(same->phrases.begin(), same->phrases.end(), hit.phrase) == same->phrases.end()) {
      same->phrases.push_back(hit.phrase);
    }
  }
  return out;
}

bool MentionsAny(std::string_view text, std::span<const std::string_view> words) {
  return !FirstMention(text, words).empty();
}

std::string_view FirstMention(std::string_view text, std::span<const std::string_view> words) {
  const std::vector<PhraseHit> hits = FindPhrases(text, words);
  return hits.empty() ? std::string_view{} : hits.front().phrase;
}

Finding NewFinding(const RuleContext& ctx, std::string_view rule_id, std::string code, Severity severity,
                   Channel channel) {
  Finding f;
  f.rule_id = std::string(rule_id);
  f.code = std::move(code);
  f.severity = severity;
  f.channel = channel;
  f.offer_id = ctx.offer.id;
  return f;
}

bool IsSerious(const Finding& f) {
  return f.severity == Severity::kMajor || f.severity == Severity::kBlocker;
}

std::vector<ChannelFlags> IndependentFlags(std::span<const Finding> prior) {
  constexpr std::array<Channel, 5> kIndependent = {Channel::kTiming, Channel::kClaims, Channel::kInterviews,
                                                   Channel::kDocuments, Channel::kSelf};
  std::vector<ChannelFlags> out;
  for (Channel channel : kIndependent) {
    ChannelFlags flags{channel, {}, {}};
    for (const Finding& f : prior) {
      if (f.rule_id == "EVAL-PATTERNS" || f.rule_id == "MINDSET") continue;
      if (!IsSerious(f) || f.channel != channel) continue;
      if (flags.rules.empty()) flags.first_evidence = f.evidence;
      if (std::find(flags.rules.begin(), flags.rules.end(), f.rule_id) == flags.rules.end()) {
        flags.rules.push_back(f.rule_id);
      }
    }
    if (!flags.rules.empty()) out.push_back(std::move(flags));
  }
  return out;
}

Evidence FieldEvidence(std::string field_path) { return Evidence{std::move(field_path), {}, 0, 0}; }

Evidence QuoteEvidence(std::string field_path, const SentenceHit& hit) {
  return Evidence{std::move(field_path), hit.sentence, hit.line, hit.column};
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string FormatNumber(double value) {
  char buf[32];
  if (std::fabs(value - std::round(value)) < 0.05) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", value);
  }
  return buf;
}

}  // namespace walkaway::core
