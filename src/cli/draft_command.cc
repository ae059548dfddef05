#include "cli/draft_command.h"

#include "walkaway/judge/judge.h"
#include "walkaway/io/case_file.h"
#include "walkaway/report/draft.h"

namespace walkaway::cli {
namespace {

std::string KindList() {
  std::string out;
  for (std::string_view name : report::kDraftKindNames) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

}  // namespace

int RunDraft(const DraftOptions& options, std::ostream& out, std::ostream& err, const Environment& env) {
  // The kind is checked first: a typo should not wait for the case to load.
  const std::optional<report::DraftKind> kind = report::ParseDraftKind(options.kind);
  if (!kind) {
    core::Error e = core::Error::InvalidInput("unknown draft kind \"" + options.kind + "\"", "--kind");
    e.hint = "choose one of " + KindList();
    return ReportError(e, OutputFormat::kText, out, err);
  }
  core::Result<io::LoadedCase> loaded = LoadCase(options.file, env);
  if (!loaded) return ReportError(loaded.error(), OutputFormat::kText, out, err);
  const core::Case& c = loaded->c;
  core::Status known = CheckOfferId(c, options.offer);
  if (!known) return ReportError(known.error(), OutputFormat::kText, out, err);
  core::Result<core::Date> judged_on = JudgementDate(c, options.today, env);
  if (!judged_on) return ReportError(judged_on.error(), OutputFormat::kText, out, err);
  const core::Date today = *judged_on;

  // The same judgement as `walkaway evaluate`, so the draft never argues with the report. A
  // counter-offer or an extension request uses the offer's negotiation plan.
  core::Result<Engine> engine = OpenEngine(c, {}, err, env);
  if (!engine) return ReportError(engine.error(), OutputFormat::kText, out, err);
  judge::JudgeOptions jo;
  jo.only_offer = options.offer;
  jo.plans = *kind == report::DraftKind::kCounter || *kind == report::DraftKind::kExtension;
  core::Result<core::Judgement> judgement = engine->Judge(c, today, jo);
  if (!judgement) return ReportError(io::LocateInCase(judgement.error(), *loaded), OutputFormat::kText, out, err);
  const core::OfferEvaluation& judged = judgement->evaluation.offers.front();
  const core::NegotiationPlan* plan = core::FindPlan(judgement->plans, options.offer);
  const core::Offer* offer = nullptr;
  for (const core::Offer& o : c.offers) {
    if (o.id == options.offer) offer = &o;
  }
  report::DraftInput input{&c, offer, &judged, plan, today};
  core::Result<std::string> text = report::RenderDraft(*kind, input);
  if (!text) return ReportError(text.error(), OutputFormat::kText, out, err);
  return Emit(*text, {options.output, options.file, options.force}, out, err, env);
}

}  // namespace walkaway::cli
