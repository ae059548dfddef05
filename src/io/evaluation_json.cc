#include "walkaway/io/evaluation_json.h"

#include <type_traits>

#include <nlohmann/json.hpp>

#include "walkaway/core/source_map.h"
#include "walkaway/report/ask_text.h"

#include "io/projection_job_json.h"

namespace walkaway::io {
namespace {

using nlohmann::json;

json MoneyJson(const std::optional<core::Money>& money, const std::string& currency) {
  if (!money) return nullptr;
  return json{{"minor", money->cents()}, {"currency", currency}};
}

json ClaimRefJson(const core::ClaimRef& c) {
  return json{{"index", c.index}, {"topic", c.topic}, {"value", c.value},
              {"source", c.source.empty() ? json(nullptr) : json(c.source)}, {"written", c.written}};
}

std::string_view ClauseRequestName(core::ClauseRequest r) {
  switch (r) {
    case core::ClauseRequest::kProRateRepayment: return "pro_rate_repayment";
    case core::ClauseRequest::kProRateAndWaiveRepayment: return "pro_rate_and_waive_repayment";
    case core::ClauseRequest::kWaiveRepaymentOnDismissal: return "waive_repayment_on_dismissal";
    case core::ClauseRequest::kLimitNonCompete: return "limit_non_compete";
    case core::ClauseRequest::kLimitRestrictions: return "limit_restrictions";
    case core::ClauseRequest::kOptionalArbitration: return "optional_arbitration";
    case core::ClauseRequest::kConsentToChanges: return "consent_to_changes";
    case core::ClauseRequest::kPaidOvertime: return "paid_overtime";
    case core::ClauseRequest::kFairTermination: return "fair_termination";
    case core::ClauseRequest::kPaidTrial: return "paid_trial";
    case core::ClauseRequest::kVestingTerms: return "vesting_terms";
    case core::ClauseRequest::kCopyOfAgreements: return "copy_of_agreements";
    case core::ClauseRequest::kChangeOrRemove: return "change_or_remove";
  }
  return "change_or_remove";
}

json OptionalNumber(const std::optional<double>& value) {
  if (!value) return nullptr;
  return *value;
}

json Location(const JsonReportOptions& o, const std::string& field_path) {
  if (o.locations == nullptr) return nullptr;
  const core::SourceLocation* at = core::FindLocation(*o.locations, field_path);
  if (at == nullptr) return nullptr;
  return json{{"file", at->file.empty() ? o.case_path : at->file}, {"line", at->line}, {"column", at->column}};
}

json EvidenceJson(const core::Evidence& ev, const JsonReportOptions& o) {
  const std::string path = core::FieldPath(ev.field);
  json e{{"field_path", path}, {"location", Location(o, path)}};
  e["quote"] = ev.quote.empty() ? json(nullptr) : json(ev.quote);
  e["line"] = ev.line > 0 ? json(ev.line) : json(nullptr);
  e["column"] = ev.column > 0 ? json(ev.column) : json(nullptr);
  return e;
}

// An ask (docs/report-json.md): its kind, its type with the typed fields, and its words.
json AskJson(const core::Ask& ask, const JsonReportOptions& o) {
  json out{{"kind", core::ToString(core::KindOf(ask))}, {"text", report::DescribeAsk(ask)}};
  std::visit(
      [&](const auto& a) {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, core::PayAtLeast>) {
          static constexpr std::string_view kMeasures[] = {"base", "first_year_total", "guaranteed",
                                                           "matching_current", "matching_current_after_tax"};
          out["type"] = "pay_at_least";
          out["measure"] = kMeasures[static_cast<int>(a.measure)];
          out["amount"] = MoneyJson(a.amount, a.currency);
        } else if constexpr (std::is_same_v<T, core::SignOnBonus>) {
          out["type"] = "sign_on_bonus";
          out["amount"] = MoneyJson(a.amount, a.currency);
        } else if constexpr (std::is_same_v<T, core::Extension>) {
          out["type"] = "extension";
          out["to"] = a.to.ToString();
        } else if constexpr (std::is_same_v<T, core::OfficeDaysAtMost>) {
          out["type"] = "office_days_at_most";
          out["days"] = a.days;
        } else if constexpr (std::is_same_v<T, core::StartNoEarlier>) {
          out["type"] = "start_no_earlier";
          out["date"] = a.date.ToString();
        } else if constexpr (std::is_same_v<T, core::HoursAtMost>) {
          out["type"] = "hours_at_most";
          out["hours"] = a.hours;
        } else if constexpr (std::is_same_v<T, core::GrowthInWriting>) {
          static constexpr std::string_view kItems[] = {"ladder", "criteria", "reviews", "mentor", "learning_budget"};
          out["type"] = "growth_in_writing";
          json items = json::array();
          for (core::GrowthItem item : a.items) items.push_back(kItems[static_cast<int>(item)]);
          out["items"] = std::move(items);
        } else if constexpr (std::is_same_v<T, core::ClaimsInWriting>) {
          out["type"] = "claims_in_writing";
          json claims = json::array();
          for (const core::ClaimRef& c : a.claims) claims.push_back(ClaimRefJson(c));
          out["claims"] = std::move(claims);
        } else if constexpr (std::is_same_v<T, core::WrittenAnswer>) {
          out["type"] = "written_answer";
          out["topic"] = a.topic;
          out["value"] = a.value;
          out["claim"] = a.claim ? ClaimRefJson(*a.claim) : json(nullptr);
        } else if constexpr (std::is_same_v<T, core::ExactTerms>) {
          out["type"] = "exact_terms";
          out["sentence"] = EvidenceJson(a.sentence, o);
        } else if constexpr (std::is_same_v<T, core::ClauseChange>) {
          out["type"] = "clause_change";
          out["request"] = ClauseRequestName(a.request);
          json clauses = json::array();
          for (const core::Evidence& e : a.clauses) clauses.push_back(EvidenceJson(e, o));
          out["clauses"] = std::move(clauses);
        } else if constexpr (std::is_same_v<T, core::SecondConversation>) {
          out["type"] = "second_conversation";
        } else if constexpr (std::is_same_v<T, core::DodgedAnswers>) {
          out["type"] = "dodged_answers";
        } else if constexpr (std::is_same_v<T, core::AgreeBeforeSigning>) {
          static constexpr std::string_view kTerms[] = {"on_call", "hours", "salary", "remote", "office_days",
                                                        "title", "manager", "commute", "bonus"};
          out["type"] = "agree_before_signing";
          out["term"] = kTerms[static_cast<int>(a.term)];
        }
      },
      ask);
  return out;
}

json FindingJson(const core::Finding& f, const JsonReportOptions& o) {
  json evidence = json::array();
  for (const core::Evidence& ev : f.evidence) evidence.push_back(EvidenceJson(ev, o));
  json out{{"rule_id", core::ToString(f.rule())},
           {"code", core::ToString(f.code)},
           {"severity", core::ToString(f.severity)},
           {"channel", core::ToString(f.channel)},
           {"message", f.message},
           {"advice", f.advice},
           {"evidence", std::move(evidence)}};
  out["ask"] = f.ask ? AskJson(*f.ask, o) : json(nullptr);
  out["question"] = f.question.empty() ? json(nullptr) : json(f.question);
  return out;
}

// The offer's projection in the pay-projection JSON form, or null when none was computed.
json ProjectionOf(const std::string& offer_id, const JsonReportOptions& o) {
  if (o.projections == nullptr) return nullptr;
  for (const core::PayProjection& p : *o.projections) {
    if (p.job_id == offer_id) return ProjectionJobJson(p);
  }
  return nullptr;
}

json PlanAskJson(const core::PlanAsk& a, const JsonReportOptions& o) {
  json out = AskJson(a.ask, o);
  out["money"] = MoneyJson(a.money, o.currency);
  json codes = json::array();
  for (core::Code code : a.codes) codes.push_back(core::ToString(code));
  out["codes"] = std::move(codes);
  return out;
}

// The negotiation plan of a NEGOTIATE offer (docs/negotiation.md); null for the others.
json PlanOf(const std::string& offer_id, const JsonReportOptions& o) {
  const core::NegotiationPlan* p = o.plans ? core::FindPlan(*o.plans, offer_id) : nullptr;
  if (p == nullptr) return nullptr;
  json asks = json::array();
  for (const core::PlanAsk& a : p->asks) asks.push_back(PlanAskJson(a, o));
  json not_modelled = json::array();
  for (const core::Ask& a : p->not_modelled) not_modelled.push_back(AskJson(a, o));
  json first = nullptr;
  if (p->first_step) {
    first = json{{"ask", PlanAskJson(*p->first_step, o)},
                 {"verdict", core::ToSlug(p->first_step_verdict)},
                 {"closes", p->first_step_closes}};
  }
  return json{{"reaches_accept", p->reaches_accept},
              {"asks", std::move(asks)},
              {"money", MoneyJson(p->money, o.currency)},
              {"min_base", MoneyJson(p->min_base, p->base_currency)},
              {"base_step", p->min_base ? MoneyJson(p->base_step, p->base_currency) : json(nullptr)},
              {"first_step", std::move(first)},
              {"unclosable", p->unclosable},
              {"verdict_with_every_ask", p->reaches_accept ? json(nullptr) : json(core::ToSlug(p->verdict_with_every_ask))},
              {"not_modelled", std::move(not_modelled)},
              {"search", {{"candidates", p->candidates}, {"evaluations", p->evaluations}, {"truncated", p->truncated}}}};
}

json OfferJson(const core::OfferEvaluation& e, const JsonReportOptions& o) {
  const core::Verdict& v = e.verdict;
  json asks = json::array();
  for (const core::Ask& a : v.asks) asks.push_back(AskJson(a, o));
  json gates = json::array();
  for (const core::GateResult& g : e.gates) {
    gates.push_back({{"name", g.name},
                     {"status", core::ToString(g.status)},
                     {"negotiable", g.negotiable},
                     {"close_call", g.close_call},
                     {"detail", g.detail},
                     {"field_path", core::FieldPath(g.field)},
                     {"location", Location(o, core::FieldPath(g.field))}});
  }
  const core::OfferMetrics& m = e.metrics;
  json metrics{{"comparable", m.comparable},
               {"base", MoneyJson(m.base, o.currency)},
               {"guaranteed_annual", MoneyJson(m.guaranteed_annual, o.currency)},
               {"expected_bonus", MoneyJson(m.expected_bonus, o.currency)},
               {"sign_on", MoneyJson(m.sign_on, o.currency)},
               {"equity_first_year", MoneyJson(m.equity_first_year, o.currency)},
               {"first_year_total", MoneyJson(m.first_year_total, o.currency)},
               {"year1_floor", MoneyJson(m.year1_floor, o.currency)},
               {"year1_p50", MoneyJson(m.year1_p50, o.currency)},
               {"weekly_hours", OptionalNumber(m.weekly_hours)},
               {"hourly_pay", OptionalNumber(m.hourly_pay)},
               {"current_weekly_hours", OptionalNumber(m.current_weekly_hours)},
               {"current_hourly_pay", OptionalNumber(m.current_hourly_pay)},
               {"take_home_p50", MoneyJson(m.take_home_p50, o.currency)},
               {"current_take_home_p50", MoneyJson(m.current_take_home_p50, o.currency)},
               {"take_home_place", m.take_home_place.empty() ? json(nullptr) : json(m.take_home_place)},
               {"current_take_home_place",
                m.current_take_home_place.empty() ? json(nullptr) : json(m.current_take_home_place)},
               {"base_bonus_take_home", MoneyJson(m.base_bonus_take_home, o.currency)},
               {"current_base_bonus_take_home", MoneyJson(m.current_base_bonus_take_home, o.currency)}};
  json findings = json::array();
  for (const core::Finding& f : e.findings) findings.push_back(FindingJson(f, o));
  return json{{"id", e.offer_id},
              {"company", e.company},
              {"title", e.title},
              {"verdict",
               {{"decision", core::ToSlug(v.decision)},
                {"label", core::ToString(v.decision)},
                {"confidence", v.confidence},
                {"reasons", v.reasons},
                {"asks", std::move(asks)},
                {"questions", v.questions}}},
              {"gates", std::move(gates)},
              {"metrics", std::move(metrics)},
              {"projection", ProjectionOf(e.offer_id, o)},
              {"plan", PlanOf(e.offer_id, o)},
              {"findings", std::move(findings)}};
}

}  // namespace

std::string_view ErrorCodeName(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput: return "invalid_input";
    case core::ErrorCode::kNotFound: return "not_found";
    case core::ErrorCode::kTooLarge: return "too_large";
    case core::ErrorCode::kConflict: return "conflict";
    case core::ErrorCode::kIo: return "io";
    case core::ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

namespace {

json EvaluationDocument(const core::Evaluation& evaluation, const JsonReportOptions& options) {
  json offers = json::array();
  for (const core::OfferEvaluation& e : evaluation.offers) offers.push_back(OfferJson(e, options));
  return json{{"schema", kEvaluationSchema},
              {"walkaway_version", options.version},
              {"case", options.case_path},
              {"as_of", evaluation.as_of.ToString()},
              {"currency", options.currency},
              {"offers", std::move(offers)}};
}

json ErrorObject(const core::Error& error) {
  json e{{"code", ErrorCodeName(error.code)}, {"message", error.message}};
  e["field"] = error.field_path.empty() ? json(nullptr) : json(error.field_path);
  e["file"] = error.location.file.empty() ? json(nullptr) : json(error.location.file);
  e["line"] = error.location.line > 0 ? json(error.location.line) : json(nullptr);
  e["column"] = error.location.column > 0 ? json(error.location.column) : json(nullptr);
  e["hint"] = error.hint.empty() ? json(nullptr) : json(error.hint);
  return e;
}

json RecordHead(size_t line, const RecordId& id) {
  json record{{"line", line}};
  if (const std::string* text = std::get_if<std::string>(&id)) {
    record["id"] = *text;
  } else if (const int64_t* number = std::get_if<int64_t>(&id)) {
    record["id"] = *number;
  } else {
    record["id"] = nullptr;
  }
  return record;
}

// Replace invalid UTF-8 from user text rather than throw: a report must always come out.
std::string Dump(const json& doc, int indent) {
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string EvaluationToJson(const core::Evaluation& evaluation, const JsonReportOptions& options) {
  return Dump(EvaluationDocument(evaluation, options), options.indent);
}

std::string ErrorToJson(const core::Error& error) { return Dump(json{{"error", ErrorObject(error)}}, -1); }

std::string JudgementRecordToJson(size_t line, const RecordId& id, const core::Evaluation& evaluation,
                                  const JsonReportOptions& options) {
  json record = RecordHead(line, id);
  record["judgement"] = EvaluationDocument(evaluation, options);
  return Dump(record, -1);
}

std::string ErrorRecordToJson(size_t line, const RecordId& id, const core::Error& error) {
  json record = RecordHead(line, id);
  record["error"] = ErrorObject(error);
  return Dump(record, -1);
}

}  // namespace walkaway::io
