#pragma once

// Test builders for the rules that read the document scanner's hits (RuleContext::phrases): a
// PhraseSignal as the adapter would hand it over, and RunRule with signals.

#include <span>
#include <string>
#include <vector>

#include "support/builders.h"
#include "walkaway/core/extract.h"
#include "walkaway/core/phrase_signal.h"
#include "walkaway/core/rules.h"

namespace walkaway::testing {

// A counted hit of `entry` (rule `rule_id`, lexicon `severity`) in document `document` of
// offers[0], quoting `sentence` at line 1, column 1; `phrase` defaults to the entry id's tail.
inline core::PhraseSignal Signal(std::string rule_id, std::string entry, core::Severity severity,
                                 std::string sentence, std::string kind = "offer_letter", int document = 0,
                                 std::string phrase = {}) {
  core::PhraseSignal s;
  s.offer_id = "acme";
  s.document_index = document;
  s.document_kind = std::move(kind);
  s.field = core::FieldRef::Document(0, document, core::Field::kText);
  s.category = entry.substr(0, entry.find('.'));
  s.phrase = phrase.empty() ? entry.substr(entry.find('.') + 1) : std::move(phrase);
  s.entry_id = std::move(entry);
  s.rule = core::RuleIdFromName(rule_id).value();
  s.severity = severity;
  s.explanation = "Why this phrase matters.";
  s.sentence = std::move(sentence);
  s.line = 1;
  s.column = 1;
  return s;
}

// RunRule, with `signals` as the offer's scanner hits.
inline std::vector<core::Finding> RunRuleWithSignals(core::RuleFn rule, const core::Case& c,
                                                     const std::vector<core::PhraseSignal>& signals,
                                                     std::span<const core::Finding> prior = {}) {
  const core::Offer offer = core::AugmentOffer(c, 0);
  const core::OfferMetrics metrics = core::ComputeMetrics(c.candidate, offer);
  const core::Date today = c.as_of.value_or(core::Date{2026, 11, 21});
  const core::OfferFacts facts = core::DeriveFacts(c, offer, metrics, today);
  const std::vector<core::GateResult> gates = core::EvaluateGates(c, offer, 0, metrics, facts);
  core::RuleContext ctx{.c = c, .offer = offer, .offer_index = 0, .metrics = metrics, .facts = facts, .today = today,
                        .gates = gates, .prior = prior, .phrases = signals};
  return rule(ctx);
}

}  // namespace walkaway::testing
