// core::Case -> TOML text. Written by hand rather than through toml++'s serialiser so that the
// file keeps the reference's layout (one section per table, sub-tables after their parent's keys),
// money stays in the "82,000" form people type, and each section carries a comment.

#include "walkaway/io/case_writer.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/utf8.h"
#include "io/value_tree.h"

namespace walkaway::io {
namespace {

using core::Date;
using core::Money;

constexpr std::string_view kDocumentKinds[] = {"offer_letter", "job_post", "recruiter_messages", "interview_notes",
                                               "other"};
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence that starts `text`, or 0 when it is malformed (the same
// rules as CheckUtf8Text: no overlong forms, surrogates or code points above U+10FFFF).
size_t SequenceLength(std::string_view text) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (text.size() < length) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

void AppendEscaped(std::string& out, char c, bool keep_newline) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    case '\n': out += keep_newline ? "\n" : "\\n"; return;
    default: break;
  }
  const auto u = static_cast<unsigned char>(c);
  if (u < 0x20 || u == 0x7F) {
    constexpr char kHex[] = "0123456789ABCDEF";
    out += "\\u00";
    out += kHex[u >> 4];
    out += kHex[u & 0xF];
    return;
  }
  out += c;
}

// The escaped body of a basic string (single-line) or of a multi-line basic string, where line
// breaks stay real so notes read as paragraphs.
std::string Escaped(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size() + 2);
  size_t i = 0;
  while (i < text.size()) {
    const size_t length = SequenceLength(text.substr(i));
    if (length == 0) {
      out += kReplacement;
      ++i;
    } else if (length == 1) {
      AppendEscaped(out, text[i], keep_newlines);
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

// A string value: multi-line form when the text has line breaks. The newline right after the
// opening quotes is dropped by TOML readers, so the text starts on its own line.
std::string StringValue(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return TomlString(text);
  return "\"\"\"\n" + Escaped(text, /*keep_newlines=*/true) + "\"\"\"";
}

bool IsBareKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string KeyText(std::string_view key) { return IsBareKey(key) ? std::string(key) : TomlString(key); }

// Money as the text people type ("82,000", "82,000.50"): read back through ParseMoney to the cent.
std::string MoneyValue(Money money) { return TomlString(core::FormatMoney(money)); }

// The key = value lines of one table, skipping what was not given.
class Body {
 public:
  void Raw(std::string_view key, const std::string& value) { text_ += KeyText(key) + " = " + value + "\n"; }
  void Required(std::string_view key, const std::string& value) { Raw(key, StringValue(value)); }
  void Text(std::string_view key, const std::string& value) {
    if (!value.empty()) Required(key, value);
  }
  void Int(std::string_view key, const std::optional<int>& value) {
    if (value) Raw(key, std::to_string(*value));
  }
  void Int(std::string_view key, int value, int default_value) {
    if (value != default_value) Raw(key, std::to_string(value));
  }
  void Number(std::string_view key, const std::optional<double>& value) {
    if (value) Raw(key, FormatFloat(*value));
  }
  void Number(std::string_view key, double value, double default_value) {
    if (value != default_value) Raw(key, FormatFloat(value));
  }
  void Bool(std::string_view key, const std::optional<bool>& value) {
    if (value) Raw(key, *value ? "true" : "false");
  }
  void Bool(std::string_view key, bool value, bool default_value) {
    if (value != default_value) Raw(key, value ? "true" : "false");
  }
  void Amount(std::string_view key, const std::optional<Money>& value) {
    if (value) Raw(key, MoneyValue(*value));
  }
  void Day(std::string_view key, const std::optional<Date>& value) {
    if (value) Raw(key, value->ToString());
  }
  void List(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string list = "[";
    for (size_t i = 0; i < values.size(); ++i) list += (i == 0 ? "" : ", ") + TomlString(values[i]);
    Raw(key, list + "]");
  }
  void Numbers(std::string_view key, const std::vector<double>& values) {
    if (values.empty()) return;
    std::string list = "[";
    for (size_t i = 0; i < values.size(); ++i) list += (i == 0 ? "" : ", ") + FormatFloat(values[i]);
    Raw(key, list + "]");
  }
  void Weights(std::string_view key, const std::map<std::string, double>& weights) {
    if (weights.empty()) return;
    std::string table = "{ ";
    bool first = true;
    for (const auto& [name, weight] : weights) {
      table += (first ? "" : ", ") + KeyText(name) + " = " + FormatFloat(weight);
      first = false;
    }
    Raw(key, table + " }");
  }

  bool empty() const { return text_.empty(); }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

class Writer {
 public:
  explicit Writer(const CaseWriteOptions& options) : options_(options) {}

  // "[header]" (or "[[header]]") and its body; a table with nothing in it is left out unless
  // `always` (an array element must be written even when empty: it counts).
  void Table(std::string_view header, std::string_view comment, const Body& body, bool array = false,
             bool always = false) {
    if (body.empty() && !always) return;
    if (!out_.empty()) out_ += "\n";
    if (options_.comments && !comment.empty()) out_ += "# " + std::string(comment) + "\n";
    out_ += array ? "[[" + std::string(header) + "]]\n" : "[" + std::string(header) + "]\n";
    out_ += body.text();
  }

  void Top(const std::string& header, const Body& body) {
    for (size_t start = 0; start <= header.size() && !header.empty();) {
      const size_t end = header.find('\n', start);
      const std::string line = header.substr(start, end == std::string::npos ? std::string::npos : end - start);
      out_ += line.empty() ? "#\n" : "# " + line + "\n";
      if (end == std::string::npos) break;
      start = end + 1;
    }
    if (!header.empty() && !body.empty()) out_ += "\n";
    out_ += body.text();
  }

  std::string Take() { return std::move(out_); }

 private:
  const CaseWriteOptions& options_;
  std::string out_;
};

// A tax table (`tax = { ... }` on a job, `[tax]` for the case): only what was given.
Body TaxBody(const core::TaxSetting& t) {
  Body b;
  b.Text("country", t.country);
  b.Text("region", t.region);
  b.Text("city", t.city);
  if (t.filing_status) {
    constexpr std::string_view kFilings[] = {"single", "married_joint", "head_of_household"};
    b.Raw("filing_status", TomlString(kFilings[static_cast<int>(*t.filing_status)]));
  }
  if (t.student_loan) {
    constexpr std::string_view kLoans[] = {"none", "plan1", "plan2", "plan4", "plan5"};
    b.Raw("student_loan", TomlString(kLoans[static_cast<int>(*t.student_loan)]));
  }
  b.Bool("postgraduate_loan", t.postgraduate_loan);
  b.Int("children", t.children);
  b.Number("health_extra_rate_pct", t.health_extra_rate_pct);
  b.Number("pretax_retirement_pct", t.pretax_retirement_pct);
  return b;
}

void WriteReflection(Writer& w, std::string_view header, std::string_view comment, const core::Reflection& r) {
  Body b;
  b.Int("excited", r.excited);
  if (r.feeling) b.Raw("feeling", TomlString(core::ToString(*r.feeling)));
  if (r.accept_without_timing_worry) {
    b.Raw("accept_without_timing_worry", TomlString(core::ToString(*r.accept_without_timing_worry)));
  }
  if (r.felt_respected) b.Raw("felt_respected", TomlString(core::ToString(*r.felt_respected)));
  if (r.moves_toward_goals) b.Raw("moves_toward_goals", TomlString(core::ToString(*r.moves_toward_goals)));
  b.Int("gut", r.gut);
  if (r.leaning_accept) b.Raw("leaning", TomlString(*r.leaning_accept ? "accept" : "decline"));
  b.Text("notes", r.notes);
  // An empty reflection table still means "a reflection was given": keep it so the round trip holds.
  w.Table(header, comment, b, /*array=*/false, /*always=*/true);
}

void WriteCandidate(Writer& w, const core::Candidate& c) {
  Body person;
  person.Text("name", c.name);
  person.Required("currency", c.currency);
  person.Text("col_area", c.col_area);
  person.Number("col_index", c.col_index);
  w.Table("candidate", "The person deciding. Amounts below are in this currency unless they say otherwise.",
          person, false, true);

  const core::NonNegotiables& n = c.non_negotiables;
  Body limits;
  limits.Amount("base_min", n.base_min);
  limits.Amount("total_min", n.total_min);
  if (n.work_mode) limits.Raw("work_mode", TomlString(core::ToString(*n.work_mode)));
  limits.Int("max_office_days", n.max_office_days);
  limits.List("locations", n.locations);
  limits.Int("max_weekly_hours", n.max_weekly_hours);
  limits.Int("max_commute_minutes", n.max_commute_minutes);
  limits.List("must_have", n.must_have);
  limits.List("deal_breakers", n.deal_breakers);
  limits.List("growth", n.growth);
  w.Table("candidate.non_negotiables", "Hard limits: an offer that misses one is checked first.", limits);

  Body priorities;
  priorities.List("rank", c.priorities.rank);
  priorities.Weights("weights", c.priorities.weights);
  w.Table("candidate.priorities", "What matters most, most important first.", priorities);

  Body goals;
  goals.Int("horizon_years", c.goals.horizon_years, core::Goals{}.horizon_years);
  goals.Text("target_title", c.goals.target_title);
  goals.Amount("target_total", c.goals.target_total);
  goals.List("skills", c.goals.skills);
  w.Table("candidate.goals", "Where you want to be.", goals);

  const core::Situation& s = c.situation;
  Body situation;
  situation.Bool("employed", s.employed);
  situation.Number("runway_months", s.runway_months);
  situation.Int("months_searching", s.months_searching);
  situation.Day("earliest_start", s.earliest_start);
  // "No other process" is a fact worth keeping (EVAL-FEAR); an absent pipeline is a question.
  if (s.pipeline_given && s.pipeline.empty()) situation.Raw("pipeline", "[]");
  w.Table("candidate.situation", "Your circumstances today.", situation);

  const core::CurrentJob& j = s.current;
  Body current;
  current.Text("title", j.title);
  current.Amount("base", j.base);
  current.Amount("bonus", j.bonus);
  current.Number("weekly_hours", j.weekly_hours);
  current.Int("commute_minutes", j.commute_minutes);
  current.Int("office_days", j.office_days);
  current.Number("raise_pct", j.raise_pct);
  current.Text("location", j.location);
  current.Text("country", j.country);
  if (j.notice) current.Text("notice", core::ToString(*j.notice));
  w.Table("candidate.situation.current", "The job you have now.", current);
  if (j.tax) w.Table("candidate.situation.current.tax", "Where and how its pay is taxed.", TaxBody(*j.tax), false, true);

  for (size_t i = 0; i < s.pipeline.size(); ++i) {
    const core::PipelineItem& p = s.pipeline[i];
    Body item;
    item.Required("company", p.company);
    item.Text("stage", p.stage);
    item.Day("updated", p.updated);
    w.Table("candidate.situation.pipeline", i == 0 ? "Other hiring processes still running." : "", item, true, true);
  }
  // EVAL-FEAR's history: a stage's table counts even when both numbers are 0.
  for (const auto& [stage, counts] : s.history) {
    Body h;
    h.Int("advanced", counts.advanced, 0);
    h.Int("ended", counts.ended, 0);
    w.Table("candidate.situation.history." + stage, "", h, false, true);
  }
}

std::string DocumentValue(const core::Document& d) {
  if (!d.path.empty()) return TomlString(d.path);
  return "{ text = " + TomlString(d.text) + " }";
}

bool IsDocumentKind(std::string_view kind) {
  for (std::string_view k : kDocumentKinds) {
    if (k == kind) return true;
  }
  return false;
}

void WriteDocuments(Writer& w, const std::vector<core::Document>& documents) {
  // Grouped by kind in order of first use: a TOML table cannot repeat a key.
  std::vector<std::string> kinds;
  std::map<std::string, std::vector<const core::Document*>> by_kind;
  for (const core::Document& d : documents) {
    const std::string kind = IsDocumentKind(d.kind) ? d.kind : "other";
    if (!by_kind.contains(kind)) kinds.push_back(kind);
    by_kind[kind].push_back(&d);
  }
  Body b;
  for (const std::string& kind : kinds) {
    const std::vector<const core::Document*>& list = by_kind[kind];
    if (list.size() == 1) {
      b.Raw(kind, DocumentValue(*list[0]));
      continue;
    }
    std::string value = "[";
    for (size_t i = 0; i < list.size(); ++i) value += (i == 0 ? "" : ", ") + DocumentValue(*list[i]);
    b.Raw(kind, value + "]");
  }
  w.Table("offers.documents", "Paths are relative to this file's folder.", b);
}

void WriteEquity(Writer& w, const core::Equity& e) {
  Body b;
  b.Raw("kind", TomlString(core::ToString(e.kind)));
  if (e.grant != Money{}) b.Raw("grant", MoneyValue(e.grant));
  b.Bool("refreshers_written", e.refreshers_written, false);
  b.Amount("refresher", e.refresher);
  b.Number("shares", e.shares);
  b.Number("strike", e.strike);
  b.Number("fmv", e.fmv);
  b.Number("preferred_price", e.preferred_price);
  b.Int("exercise_window_days", e.exercise_window_days);
  w.Table("offers.equity", "Shares or options.", b);

  const core::Vesting defaults;
  Body v;
  v.Int("years", e.vesting.years, defaults.years);
  v.Int("cliff_months", e.vesting.cliff_months, defaults.cliff_months);
  v.Int("every_months", e.vesting.every_months, defaults.every_months);
  v.Numbers("yearly_pct", e.vesting.yearly_pct);
  w.Table("offers.equity.vesting", "", v);

  if (e.company) {
    const core::PrivateCompany& c = *e.company;
    Body cb;
    cb.Required("stage", c.stage);
    cb.Number("raise_odds_pct", c.raise_odds_pct);
    cb.Number("exit_odds_pct", c.exit_odds_pct);
    cb.Number("fail_odds_pct", c.fail_odds_pct);
    cb.Number("dilution_pct", c.dilution_pct);
    cb.Number("preference_multiple", c.preference_multiple);
    cb.Int("exit_within_years", c.exit_within_years);
    w.Table("offers.equity.company", "", cb);
  }
  if (e.public_stock) {
    Body sb;
    sb.Raw("price", FormatFloat(e.public_stock->price));
    sb.Number("volatility_pct", e.public_stock->volatility_pct);
    sb.Number("drift_pct", e.public_stock->drift_pct);
    w.Table("offers.equity.public_stock", "", sb);
  }
}

void WriteOneOff(Writer& w, std::string_view header, std::string_view comment, const core::SignOn& s) {
  Body b;
  b.Raw("amount", MoneyValue(s.amount));
  b.Int("clawback_months", s.clawback_months, 0);
  b.Bool("prorated", s.prorated, false);
  w.Table(header, comment, b);
}

void WriteTerms(Writer& w, const core::Offer& o) {
  if (o.bonus) {
    Body b;
    b.Raw("target_pct", FormatFloat(o.bonus->target_pct));
    b.Bool("guaranteed", o.bonus->guaranteed, false);
    w.Table("offers.bonus", "Yearly bonus, as a share of base.", b);
    Body payout;
    payout.Number("low_pct", o.bonus->payout_low_pct);
    payout.Number("high_pct", o.bonus->payout_high_pct);
    payout.Number("spread_pct", o.bonus->payout_spread_pct);
    w.Table("offers.bonus.payout", "", payout);
  }
  if (o.sign_on) WriteOneOff(w, "offers.sign_on", "A one-off payment on joining.", *o.sign_on);
  if (o.relocation) WriteOneOff(w, "offers.relocation", "A relocation payment.", *o.relocation);
  if (o.equity) WriteEquity(w, *o.equity);
  if (o.promotion) {
    Body b;
    b.Raw("probability_pct", FormatFloat(o.promotion->probability_pct));
    b.Int("after_months", o.promotion->after_months, core::Promotion{}.after_months);
    b.Raw("raise_pct", FormatFloat(o.promotion->raise_pct));
    w.Table("offers.promotion", "A promotion scenario for the pay model.", b);
  }
  Body benefits;
  benefits.Number("retirement_match_pct", o.benefit_terms.retirement_match_pct);
  benefits.Amount("retirement_match_limit", o.benefit_terms.retirement_match_limit);
  benefits.Number("health_premium_diff", o.benefit_terms.health_premium_diff);
  benefits.Int("parental_leave_weeks", o.benefit_terms.parental_leave_weeks);
  w.Table("offers.benefit_terms", "Benefits worth money.", benefits);
}

void WriteWork(Writer& w, const core::Offer& o) {
  const core::Work& k = o.work;
  Body work;
  if (k.mode) work.Raw("mode", TomlString(core::ToString(*k.mode)));
  work.Int("office_days", k.office_days);
  work.Number("expected_weekly_hours", k.expected_weekly_hours);
  work.Bool("on_call", k.on_call);
  work.Int("on_call_hours_per_week", k.on_call_hours_per_week);
  work.Int("commute_minutes", k.commute_minutes);
  work.Amount("commute_cost_per_trip", k.commute_cost_per_trip);
  w.Table("offers.work", "Where and how much you would work.", work);

  const core::Progression& p = o.progression;
  Body progression;
  progression.Bool("ladder_shared", p.ladder_shared);
  progression.Int("review_cycle_months", p.review_cycle_months);
  progression.Bool("promotion_criteria_written", p.promotion_criteria_written);
  progression.Bool("mentorship", p.mentorship);
  progression.Bool("learning_budget", p.learning_budget);
  w.Table("offers.progression", "How people grow there.", progression);

  Body negotiation;
  if (o.negotiation.status != core::NegotiationStatus::kNotStarted) {
    negotiation.Raw("status", TomlString(core::ToString(o.negotiation.status)));
  }
  negotiation.Text("notes", o.negotiation.notes);
  negotiation.Bool("cite_other_offers", o.negotiation.cite_other_offers, false);
  w.Table("offers.negotiation", "", negotiation);
}

void WriteJournal(Writer& w, const core::Offer& o) {
  for (size_t i = 0; i < o.claims.size(); ++i) {
    const core::Claim& c = o.claims[i];
    Body b;
    b.Required("topic", c.topic);
    b.Required("value", c.value);
    b.Text("source", c.source);
    b.Text("stage", c.stage);
    b.Bool("written", c.written, false);
    b.Amount("amount", c.amount);
    b.Day("date", c.date);
    w.Table("offers.claims", i == 0 ? "What was said or written about the job, and by whom." : "", b, true, true);
  }
  for (size_t i = 0; i < o.interviews.size(); ++i) {
    const core::Interview& iv = o.interviews[i];
    Body b;
    b.Text("stage", iv.stage);
    b.Day("date", iv.date);
    b.Text("with", iv.with);
    b.Int("scheduled_minutes", iv.scheduled_minutes);
    b.Int("actual_minutes", iv.actual_minutes);
    b.List("tags", iv.tags);
    b.Text("notes", iv.notes);
    w.Table("offers.interviews", i == 0 ? "How each interview went." : "", b, true, true);
  }
}

void WriteOffer(Writer& w, const core::Offer& o) {
  Body b;
  b.Required("id", o.id);
  b.Required("company", o.company);
  b.Text("title", o.title);
  b.Text("industry", o.industry);
  b.Text("location", o.location);
  b.Text("country", o.country);
  b.Text("currency", o.currency);
  b.Number("exchange_rate", o.exchange_rate);
  b.Day("received", o.received);
  b.Day("deadline", o.deadline);
  if (o.extension != core::ExtensionStatus::kNotAsked) b.Raw("extension", TomlString(core::ToString(o.extension)));
  b.Day("extended_to", o.extended_to);
  b.Amount("base", o.base);
  b.List("benefits", o.benefits);
  b.Int("pto_days", o.pto_days);
  b.Int("term_months", o.term_months);
  b.Day("start_date", o.start_date);
  b.Number("merit_raise_pct", o.merit_raise_pct);
  b.Text("col_area", o.col_area);
  b.Number("col_index", o.col_index);
  b.Text("notes", o.notes);
  w.Table("offers", "One offer. Its amounts are in its own currency, else the candidate's.", b, true, true);
  WriteTerms(w, o);
  if (o.tax) w.Table("offers.tax", "Where and how its pay is taxed.", TaxBody(*o.tax), false, true);
  WriteWork(w, o);
  WriteDocuments(w, o.documents);
  WriteJournal(w, o);
  if (o.reflection) WriteReflection(w, "offers.reflection", "Your own answers about this offer.", *o.reflection);
}

void WriteRubricAndModel(Writer& w, const core::Case& c) {
  const core::Rubric r0;
  const core::Rubric& r = c.rubric;
  Body rubric;
  rubric.Number("pay_negotiable_pct", r.pay_negotiable_pct, r0.pay_negotiable_pct);
  rubric.Number("pay_walk_pct", r.pay_walk_pct, r0.pay_walk_pct);
  rubric.Number("hours_structural_pct", r.hours_structural_pct, r0.hours_structural_pct);
  rubric.Int("min_decision_days", r.min_decision_days, r0.min_decision_days);
  rubric.Number("vague_share_major_pct", r.vague_share_major_pct, r0.vague_share_major_pct);
  rubric.Number("hourly_drop_major_pct", r.hourly_drop_major_pct, r0.hourly_drop_major_pct);
  rubric.Number("pay_cut_major_pct", r.pay_cut_major_pct, r0.pay_cut_major_pct);
  rubric.Number("fear_grounded_below_pct", r.fear_grounded_below_pct, r0.fear_grounded_below_pct);
  rubric.Bool("pay_after_tax", r.pay_after_tax);
  w.Table("rubric", "Thresholds of the verdict that differ from the defaults.", rubric);

  const core::ModelSettings& m = c.model;
  Body model;
  model.Int("horizon_years", m.horizon_years, core::ModelSettings{}.horizon_years);
  model.Int("paths", m.paths);
  model.Int("seed", m.seed);
  model.Number("merit_raise_pct", m.merit_raise_pct);
  model.Number("bonus_spread_pct", m.bonus_spread_pct);
  model.Number("bonus_no_payout_pct", m.bonus_no_payout_pct);
  model.Number("volatility_pct", m.volatility_pct);
  model.Number("drift_pct", m.drift_pct);
  model.Number("dilution_pct", m.dilution_pct);
  model.Number("round_step_up", m.round_step_up);
  model.Number("exit_multiple_median", m.exit_multiple_median);
  model.Number("exit_multiple_spread", m.exit_multiple_spread);
  model.Amount("retirement_comp_limit", m.retirement_comp_limit);
  model.Amount("negotiation_typical", m.negotiation_typical);
  w.Table("model", "Pay model settings that differ from the defaults.", model);
  for (const auto& [stage, rates] : m.funnel) {
    Body f;
    f.Number("advance_pct", rates.advance_pct);
    f.Number("days", rates.days);
    w.Table("model.funnel." + stage, "", f, false, true);
  }
  w.Table("tax", "Where you live and how you file, for take-home pay.", TaxBody(c.tax));
}

}  // namespace

std::string TomlString(std::string_view text) { return "\"" + Escaped(text, /*keep_newlines=*/false) + "\""; }

bool IsWritableText(std::string_view text) { return static_cast<bool>(CheckUtf8Text(text, "")); }

std::string WriteCaseToml(const core::Case& c, const CaseWriteOptions& options) {
  Writer w(options);
  Body top;
  top.Raw("version", std::to_string(c.version));
  top.Day("as_of", c.as_of);
  w.Top(options.header, top);
  WriteCandidate(w, c.candidate);
  for (const core::Offer& o : c.offers) WriteOffer(w, o);
  if (c.reflection) {
    WriteReflection(w, "reflection", "Answers that apply to every offer without its own.", *c.reflection);
  }
  WriteRubricAndModel(w, c);
  return w.Take();
}

}  // namespace walkaway::io
