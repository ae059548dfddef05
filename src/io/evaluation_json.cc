#include "walkaway/io/evaluation_json.h"

#include <nlohmann/json.hpp>

#include "walkaway/core/source_map.h"

#include "io/projection_job_json.h"

namespace walkaway::io {
namespace {

using nlohmann::json;

json MoneyJson(const std::optional<core::Money>& money, const std::string& currency) {
  if (!money) return nullptr;
  return json{{"minor", money->cents()}, {"currency", currency}};
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

json FindingJson(const core::Finding& f, const JsonReportOptions& o) {
  json evidence = json::array();
  for (const core::Evidence& ev : f.evidence) {
    json e{{"field_path", ev.field_path}, {"location", Location(o, ev.field_path)}};
    e["quote"] = ev.quote.empty() ? json(nullptr) : json(ev.quote);
    e["line"] = ev.line > 0 ? json(ev.line) : json(nullptr);
    e["column"] = ev.column > 0 ? json(ev.column) : json(nullptr);
    evidence.push_back(std::move(e));
  }
  json out{{"rule_id", f.rule_id},
           {"code", f.code},
           {"severity", core::ToString(f.severity)},
           {"channel", core::ToString(f.channel)},
           {"message", f.message},
           {"advice", f.advice},
           {"evidence", std::move(evidence)}};
  out["ask"] = f.ask ? json{{"kind", core::ToString(f.ask->kind)}, {"text", f.ask->text}} : json(nullptr);
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

json PlanAskJson(const decide::PlanAsk& a, const std::string& currency) {
  return json{{"kind", core::ToString(a.kind)},
              {"text", a.text},
              {"money", MoneyJson(a.money, currency)},
              {"quote", a.quote.empty() ? json(nullptr) : json(a.quote)},
              {"codes", a.codes}};
}

// The negotiation plan of a NEGOTIATE offer (docs/negotiation.md); null for the others.
json PlanOf(const std::string& offer_id, const JsonReportOptions& o) {
  const decide::NegotiationPlan* p = o.plans ? decide::FindPlan(*o.plans, offer_id) : nullptr;
  if (p == nullptr) return nullptr;
  json asks = json::array();
  for (const decide::PlanAsk& a : p->asks) asks.push_back(PlanAskJson(a, o.currency));
  json first = nullptr;
  if (p->first_step) {
    first = json{{"ask", PlanAskJson(*p->first_step, o.currency)},
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
              {"not_modelled", p->not_modelled},
              {"search", {{"candidates", p->candidates}, {"evaluations", p->evaluations}, {"truncated", p->truncated}}}};
}

json OfferJson(const core::OfferEvaluation& e, const JsonReportOptions& o) {
  const core::Verdict& v = e.verdict;
  json asks = json::array();
  for (const core::Ask& a : v.asks) asks.push_back({{"kind", core::ToString(a.kind)}, {"text", a.text}});
  json gates = json::array();
  for (const core::GateResult& g : e.gates) {
    gates.push_back({{"name", g.name},
                     {"status", core::ToString(g.status)},
                     {"negotiable", g.negotiable},
                     {"close_call", g.close_call},
                     {"detail", g.detail},
                     {"field_path", g.field_path},
                     {"location", Location(o, g.field_path)}});
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
               {"current_hourly_pay", OptionalNumber(m.current_hourly_pay)}};
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
    case core::ErrorCode::kIo: return "io";
    case core::ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

std::string EvaluationToJson(const core::Evaluation& evaluation, const JsonReportOptions& options) {
  json offers = json::array();
  for (const core::OfferEvaluation& e : evaluation.offers) offers.push_back(OfferJson(e, options));
  json doc{{"schema", kEvaluationSchema},
           {"walkaway_version", options.version},
           {"case", options.case_path},
           {"as_of", evaluation.as_of.ToString()},
           {"currency", options.currency},
           {"offers", std::move(offers)}};
  // Replace invalid UTF-8 from user text rather than throw: a report must always come out.
  return doc.dump(options.indent, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string ErrorToJson(const core::Error& error) {
  json e{{"code", ErrorCodeName(error.code)}, {"message", error.message}};
  e["field"] = error.field_path.empty() ? json(nullptr) : json(error.field_path);
  e["file"] = error.location.file.empty() ? json(nullptr) : json(error.location.file);
  e["line"] = error.location.line > 0 ? json(error.location.line) : json(nullptr);
  e["column"] = error.location.column > 0 ? json(error.location.column) : json(nullptr);
  e["hint"] = error.hint.empty() ? json(nullptr) : json(error.hint);
  return json{{"error", std::move(e)}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace walkaway::io
