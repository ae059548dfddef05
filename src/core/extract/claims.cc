// From mentions to claims: what each kind of document states, in the words of the claims ledger,
// and the merge of those claims into the case (AugmentWithDocuments), so every rule reads one list.

#include <algorithm>

#include "walkaway/core/claim_text.h"
#include "core/extract/scan.h"
#include "walkaway/core/extract.h"
#include "walkaway/core/text_match.h"

namespace walkaway::core {
namespace {

// Who speaks in a document of this kind, and whether the employer wrote it.
struct KindInfo {
  std::string source;
  std::string stage;
  bool written = false;
  bool deadlines = false;  // its deadlines are the offer's (a job post's "apply by" is not)
  bool heading = false;    // its first line may be the title
};

KindInfo InfoFor(std::string_view kind) {
  const std::string k = NormalizeText(kind);
  if (k == "offer_letter") return {"offer letter", "offer", true, true, false};
  if (k == "job_post") return {"job post", "application", true, false, true};
  if (k == "recruiter_messages") return {"recruiter", "", true, true, false};
  if (k == "interview_notes") return {"interview notes", "interview", false, false, false};
  return {"document", "", false, true, false};
}

std::string MoneyWords(const MoneyMention& m) {
  static constexpr std::string_view kPeriods[] = {"", " a year", " a month", " a week", " a day", " an hour"};
  std::string out = m.ceiling ? "up to " : m.floor ? "at least " : "";
  if (m.percent) {
    const auto pct = [](double v) {
      std::string s = std::to_string(v);
      s.erase(s.find_last_not_of('0') + 1);
      if (s.back() == '.') s.pop_back();
      return s;
    };
    out += pct(m.pct_low) + (m.range ? "-" + pct(m.pct_high) : "") + "% of base";
    return out;
  }
  out += FormatMoney(m.low) + (m.range ? "-" + FormatMoney(m.high) : "");
  if (!m.currency.empty()) out += " " + m.currency;
  out += kPeriods[static_cast<int>(m.period)];
  if (m.period != MoneyPeriod::kYear && m.period != MoneyPeriod::kUnstated) {
    out += " (" + FormatMoney(m.annual_low) + (m.range ? "-" + FormatMoney(m.annual_high) : "") + " a year)";
  }
  return out;
}

class Builder {
 public:
  Builder(const Document& doc, const FieldRef& path, std::optional<Date> doc_date)
      : info_(InfoFor(doc.kind)), path_(path), doc_date_(doc_date) {}

  void Add(std::string topic, std::string value, const TextPlace& place, std::optional<Money> amount = {},
           std::optional<Date> date = {}, bool vague = false) {
    // One claim per fact per document: the first place it is stated.
    for (const ExtractedClaim& c : out_) {
      if (c.topic == topic && NormalizeText(c.value) == NormalizeText(value)) return;
    }
    ExtractedClaim c;
    c.topic = std::move(topic);
    c.value = std::move(value);
    c.source = info_.source;
    c.stage = info_.stage;
    c.written = info_.written;
    c.amount = amount;
    c.date = date;
    c.document_date = doc_date_;
    c.vague = vague;
    c.evidence = {path_, place.sentence, place.line, place.column};
    out_.push_back(std::move(c));
  }

  const KindInfo& info() const { return info_; }
  std::vector<ExtractedClaim> Take() { return std::move(out_); }

 private:
  KindInfo info_;
  FieldRef path_;
  std::optional<Date> doc_date_;
  std::vector<ExtractedClaim> out_;
};

void AddMoney(std::string_view text, std::string_view currency, Builder& b) {
  for (const MoneyMention& m : ExtractMoney(text)) {
    if (m.ambiguous || m.topic.empty()) continue;
    if (m.percent && m.topic != "bonus") continue;  // "25% after a year" is vesting, not pay
    std::optional<Money> amount;
    // A range or a ceiling is not an amount anyone promised; equity grants are not per year.
    const bool exact = !m.range && !m.ceiling && !m.percent && m.topic != "equity";
    const bool same_currency = m.currency.empty() || NormalizeText(m.currency) == NormalizeText(currency);
    if (exact && same_currency) amount = m.annual_low;
    b.Add(m.topic, MoneyWords(m), m.place, amount, std::nullopt, m.ceiling);
  }
}

void AddDates(std::string_view text, Builder& b, std::optional<Date> doc_date) {
  for (const DateMention& d : ExtractDates(text, doc_date)) {
    if (!d.date || d.ambiguous) continue;
    if (d.role == DateRole::kDeadline && b.info().deadlines) {
      // Two phrases for the same day ("end of day tomorrow", "by Friday") are one deadline.
      b.Add("deadline", d.date->ToString(), d.place, std::nullopt, d.date);
    } else if (d.role == DateRole::kStart) {
      b.Add("start_date", d.date->ToString(), d.place, std::nullopt, d.date);
    }
  }
}

}  // namespace

std::vector<ExtractedClaim> ExtractClaims(const Document& doc, const FieldRef& field_path,
                                          std::optional<Date> fallback_date, std::string_view currency) {
  // A letter or message without its own date header is dated by when the offer arrived.
  std::optional<Date> doc_date = DocumentDate(doc.text);
  if (!doc_date && InfoFor(doc.kind).deadlines) doc_date = fallback_date;
  Builder b(doc, field_path, doc_date);
  for (const TitleMention& t : ExtractTitles(doc.text, b.info().heading)) b.Add("title", t.title, t.place);
  for (const WorkMention& w : ExtractWork(doc.text)) {
    if (!w.mode) continue;
    b.Add("work_mode", w.summary, w.place);
    if (w.office_days) {
      b.Add("office_days", std::to_string(*w.office_days) + " office days a week", w.place);
    }
  }
  AddMoney(doc.text, currency, b);
  for (const VestingMention& v : ExtractVesting(doc.text)) b.Add("equity", v.summary, v.place);
  AddDates(doc.text, b, doc_date);
  return b.Take();
}

Claim ToClaim(const ExtractedClaim& e) {
  Claim c;
  c.topic = e.topic;
  c.value = e.value;
  c.source = e.source;
  c.stage = e.stage;
  c.written = e.written;
  c.amount = e.amount;
  c.date = e.date;
  c.origin = ClaimOrigin{e.evidence.field, e.evidence.quote, e.evidence.line, e.evidence.column,
                         e.document_date, e.vague};
  return c;
}

std::vector<Claim> DocumentClaims(const Case& c, size_t offer_index) {
  const Offer& offer = c.offers[offer_index];
  const std::string currency = offer.currency.empty() ? c.candidate.currency : offer.currency;
  std::vector<Claim> out;
  for (size_t k = 0; k < offer.documents.size(); ++k) {
    const FieldRef path = FieldRef::Document(static_cast<int>(offer_index), static_cast<int>(k), Field::kText);
    for (const ExtractedClaim& e : ExtractClaims(offer.documents[k], path, offer.received, currency)) {
      out.push_back(ToClaim(e));
    }
  }
  return out;
}

Offer AugmentOffer(const Case& c, size_t offer_index) {
  Offer out = c.offers[offer_index];
  for (Claim& claim : DocumentClaims(c, offer_index)) out.claims.push_back(std::move(claim));
  return out;
}

Case AugmentWithDocuments(const Case& c) {
  Case out = c;
  for (size_t i = 0; i < out.offers.size(); ++i) out.offers[i] = AugmentOffer(c, i);
  return out;
}

}  // namespace walkaway::core
