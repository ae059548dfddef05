#include "core/rules/rule_util.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace walkaway::core {

std::vector<TextSource> OwnTexts(const RuleContext& ctx) {
  std::vector<TextSource> out;
  if (!ctx.offer.notes.empty()) out.push_back({OfferRef(ctx, Field::kNotes), ctx.offer.notes, Channel::kSelf});
  if (const Reflection* r = ReflectionFor(ctx.c, ctx.offer); r && !r->notes.empty()) {
    out.push_back({ReflectionRef(ctx, Field::kNotes), r->notes, Channel::kSelf});
  }
  return out;
}

std::vector<TextSource> EmployerTexts(const RuleContext& ctx) {
  std::vector<TextSource> out;
  const int o = ctx.offer_index;
  for (size_t i = 0; i < ctx.offer.documents.size(); ++i) {
    const std::string& text = ctx.offer.documents[i].text;
    if (!text.empty()) out.push_back({FieldRef::Document(o, static_cast<int>(i)), text, Channel::kDocuments});
  }
  for (size_t i = 0; i < ctx.offer.claims.size(); ++i) {
    const std::string& text = ctx.offer.claims[i].value;
    if (!text.empty() && !IsExtracted(ctx.offer.claims[i])) {
      out.push_back({FieldRef::Claim(o, static_cast<int>(i), Field::kValue), text, Channel::kClaims});
    }
  }
  for (size_t i = 0; i < ctx.offer.interviews.size(); ++i) {
    const std::string& text = ctx.offer.interviews[i].notes;
    if (!text.empty()) {
      out.push_back({FieldRef::Interview(o, static_cast<int>(i), Field::kNotes), text, Channel::kInterviews});
    }
  }
  return out;
}

FieldRef ReflectionRef(const RuleContext& ctx, Field field) {
  return FieldRef::Reflection(ctx.offer.reflection ? ctx.offer_index : -1, field);
}

std::string AsWritten(std::string_view sentence, std::string_view phrase) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (size_t i = 0; i + phrase.size() <= sentence.size(); ++i) {
    size_t k = 0;
    while (k < phrase.size() && lower(sentence[i + k]) == lower(phrase[k])) ++k;
    if (k == phrase.size()) return std::string(sentence.substr(i, phrase.size()));
  }
  return std::string(phrase);
}

std::vector<SentenceHit> AffirmedSentences(std::string_view text, std::span<const std::string_view> phrases) {
  std::vector<SentenceHit> out;
  for (const PhraseHit& hit : FindPhrases(text, phrases)) {
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

Finding NewFinding(const RuleContext& ctx, Code code, Severity severity, Channel channel) {
  Finding f;
  f.code = code;
  f.severity = severity;
  f.channel = channel;
  f.offer_id = ctx.offer.id;
  return f;
}

std::vector<Concern> IndependentConcerns(std::span<const Finding> prior) {
  std::vector<Concern> out;
  for (const Finding& f : prior) {
    if (Properties(f.rule()).restates || !IsSerious(f) || f.channel == Channel::kTerms) continue;
    const Topic topic = Properties(f.code).topic;
    const bool independent = std::all_of(out.begin(), out.end(), [&](const Concern& c) {
      return c.rule != f.rule() && c.topic != topic && c.channel != f.channel;
    });
    if (independent) out.push_back(Concern{f.rule(), topic, f.channel, f.evidence});
  }
  return out;
}

Evidence FieldEvidence(FieldRef field) { return Evidence{field, {}, 0, 0}; }

Evidence QuoteEvidence(FieldRef field, const SentenceHit& hit) { return Evidence{field, hit.sentence, hit.line, hit.column}; }

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
