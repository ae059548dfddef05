#include "judge/offer_inputs.h"

#include <functional>
#include <string_view>
#include <utility>

#include "walkaway/core/extract.h"

namespace walkaway::judge {
namespace {

// The offer as the pay model reads it: the terms of the package, the work (hours, commute) and the
// dates. What was said, written or felt about it is cleared, so two variants that differ only in
// those share one projection.
core::Offer ProjectionKey(const core::Offer& o) {
  core::Offer key = o;
  key.claims.clear();
  key.documents.clear();
  key.interviews.clear();
  key.reflection.reset();
  key.notes.clear();
  key.negotiation = core::Negotiation{};
  key.progression = core::Progression{};
  key.deadline.reset();
  key.extension = core::ExtensionStatus::kNotAsked;
  key.extended_to.reset();
  return key;
}

}  // namespace

struct InputCache::ProjectionEntry {
  size_t offer = 0;
  core::Offer key{};
  std::optional<core::PayProjection> projection{};
};

// One document as read once: the lexicon's hits and the claims it states.
struct InputCache::DocumentReading {
  size_t offer = 0;
  size_t document = 0;
  size_t text_hash = 0;  // compared first: a 4 MiB letter is compared byte by byte only on a match
  core::Document doc{};
  std::optional<core::Date> received{};
  std::string currency{};
  std::vector<core::PhraseSignal> signals{};  // offer_id not set: filled per use
  std::vector<core::Claim> claims{};
};

InputCache::InputCache(const Services& services, const comp::ProjectionOptions& projection, core::Date today)
    : services_(services), projection_options_(projection), today_(today) {
  projection_options_.tax = services.tax;
}

InputCache::~InputCache() = default;

core::Status InputCache::Check(const core::Case& c) {
  comp::Projector projector(c, projection_options_);
  return projector.Check();
}

const std::optional<core::PayProjection>& InputCache::Current(const core::Case& c) {
  if (!current_done_) {
    current_done_ = true;
    if (c.candidate.situation.current.base) {
      comp::Projector projector(c, projection_options_);
      if (core::Result<core::PayProjection> p = projector.Current(today_)) current_ = std::move(*p);
    }
  }
  return current_;
}

std::optional<core::PayProjection> InputCache::Projection(const core::Case& c, size_t index) {
  const core::Offer key = ProjectionKey(c.offers[index]);
  for (const auto& entry : projections_) {
    if (entry->offer == index && entry->key == key) return entry->projection;
  }
  auto entry = std::make_unique<ProjectionEntry>();
  entry->offer = index;
  entry->key = key;
  comp::Projector projector(c, projection_options_);
  if (core::Result<core::PayProjection> p = projector.Offer(index, today_)) entry->projection = std::move(*p);
  ++projections_computed_;
  projections_.push_back(std::move(entry));
  return projections_.back()->projection;
}

const InputCache::DocumentReading& InputCache::Read(const core::Case& c, size_t offer, size_t document) {
  const core::Offer& o = c.offers[offer];
  const core::Document& doc = o.documents[document];
  const std::string& currency = o.currency.empty() ? c.candidate.currency : o.currency;
  const size_t hash = std::hash<std::string_view>{}(doc.text);
  for (const auto& r : documents_) {
    if (r->offer == offer && r->document == document && r->text_hash == hash && r->doc == doc &&
        r->received == o.received && r->currency == currency) {
      return *r;
    }
  }
  auto r = std::make_unique<DocumentReading>();
  r->offer = offer;
  r->document = document;
  r->text_hash = hash;
  r->doc = doc;
  r->received = o.received;
  r->currency = currency;
  const core::FieldRef text = core::FieldRef::Document(static_cast<int>(offer), static_cast<int>(document),
                                                       core::Field::kText);
  for (const core::ExtractedClaim& e : core::ExtractClaims(doc, text, o.received, currency)) {
    r->claims.push_back(core::ToClaim(e));
  }
  if (services_.scanner != nullptr && !doc.text.empty()) {
    // A text the scanner refuses (2 GiB and more; the case reader caps documents at 4 MiB) adds
    // no signals.
    if (core::Result<std::vector<core::PhraseSignal>> hits = services_.scanner->Scan(doc.text)) {
      for (core::PhraseSignal& s : *hits) {
        s.document_index = static_cast<int>(document);
        s.document_kind = doc.kind;
        s.field = text;
        r->signals.push_back(std::move(s));
      }
    }
  }
  ++documents_read_;
  documents_.push_back(std::move(r));
  return *documents_.back();
}

void InputCache::AddOffer(const core::Case& c, size_t index, core::EvaluationInputs& inputs) {
  const core::Offer& o = c.offers[index];
  if (std::optional<core::PayProjection> p = Projection(c, index)) inputs.offers.push_back(std::move(*p));
  if (services_.market != nullptr && o.base) {
    const std::string& currency = o.currency.empty() ? c.candidate.currency : o.currency;
    if (std::optional<core::MarketPosition> m = services_.market->Locate(o, *o.base, currency)) {
      m->offer_id = o.id;
      inputs.market.push_back(std::move(*m));
    }
  }
  core::OfferClaims claims{o.id, {}};
  for (size_t k = 0; k < o.documents.size(); ++k) {
    const DocumentReading& r = Read(c, index, k);
    claims.claims.insert(claims.claims.end(), r.claims.begin(), r.claims.end());
    for (core::PhraseSignal s : r.signals) {
      s.offer_id = o.id;
      inputs.phrases.push_back(std::move(s));
    }
  }
  inputs.document_claims.push_back(std::move(claims));
}

}  // namespace walkaway::judge
