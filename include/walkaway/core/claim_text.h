#pragma once

// Reading the few facts that claims state in words ("fully remote", "3 days in the office"), so a
// verbal claim can be compared with the written terms. Private to the core.

#include <optional>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/ask.h"
#include "walkaway/core/finding.h"

namespace walkaway::core {

// "fully remote", "remote-first", "remote" -> kRemote; "hybrid", "2 days in office" -> kHybrid;
// "on-site", "in office five days", "office-based" -> kOnsite. Empty when the text says none.
std::optional<WorkMode> WorkModeFromText(std::string_view text);

// The number of office days a week the text states ("3 days in the office", "two office days",
// "fully remote" = 0, "five days onsite" = 5); empty when it states none.
std::optional<int> OfficeDaysFromText(std::string_view text);

// Claims on `topic` that are not in writing, in ledger order.
std::vector<const Claim*> VerbalClaims(const Offer& offer, std::string_view topic);

// True when `claim` is written, or when a written claim on the same topic says the same thing
// (same work mode, same office days, or the same words): a spoken promise the letter repeats is no
// longer only verbal. A written claim that contradicts it does not confirm it (SIGN-ROLE flags that).
bool ConfirmedInWriting(const Offer& offer, const Claim& claim);

// True when `claim` states a term the offer's own terms already beat for the person: more office
// days, a more office-bound work mode, more hours or less base than the offer records ("two days in
// the office" said, one day offered). Such a claim is no promise to put in writing: asking for it in
// writing would ask for a worse job.
bool WorseThanTheTerms(const Offer& offer, const Claim& claim);

// True when `claim` is an outlook, not a term: a valuation, an exit, riches ("at our next
// valuation your options will make you rich"). Nobody should ask an employer to write a boast into
// a contract, so it is never a promise to put in writing (issue #12, class 8).
bool IsOutlook(const Claim& claim);

// A spoken promise worth putting in writing: not confirmed in writing, not worse than the terms,
// and a term rather than an outlook.
inline bool PromiseToWrite(const Offer& offer, const Claim& claim) {
  return !ConfirmedInWriting(offer, claim) && !WorseThanTheTerms(offer, claim) && !IsOutlook(claim);
}

// True when `claim` states a term the person's own non-negotiables reject: more office days than
// their limit, or a work mode less flexible than the one they need ("two days in the office" said,
// a limit of none). Written into the offer it would fail a gate, so no ask asks for it in writing,
// however much better than the letter it is (a property of the judgement: granting an ask never
// makes a verdict worse).
bool BreaksALine(const Candidate& candidate, const Claim& claim);

// A spoken promise the person can ask to have written: PromiseToWrite, and no line of theirs broken.
inline bool AskableInWriting(const Candidate& candidate, const Offer& offer, const Claim& claim) {
  return PromiseToWrite(offer, claim) && !BreaksALine(candidate, claim);
}

// A reference to `claim`, which must be one of offer.claims (the ledger as the rules read it).
ClaimRef ClaimRefOf(const Offer& offer, const Claim& claim);

// Whether the claim was read from one of the offer's documents rather than typed by the person.
// Rules that scan texts skip such a claim's value: the document is scanned already.
inline bool IsExtracted(const Claim& claim) { return claim.origin.has_value(); }

// The evidence for the claim at offers[offer_index].claims[index]: the document's sentence, line
// and column for an extracted claim, else the claim's own field (kValue, kWhole ...) with `quote`.
Evidence ClaimEvidence(const Claim& claim, int offer_index, size_t index, Field field, std::string quote = {});

}  // namespace walkaway::core
