#include "io/case_decoder.h"

#include <array>

#include "io/case_schema.h"
#include "walkaway/core/alternatives.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

using core::Answer;
using core::Feeling;
using core::WorkMode;

constexpr int kSupportedVersion = 1;
constexpr size_t kMaxPipeline = 1000;

constexpr EnumName<Feeling> kFeelings[] = {
    {"excited", Feeling::kExcited}, {"both", Feeling::kBoth}, {"relieved", Feeling::kRelieved}};
constexpr EnumName<Answer> kAnswers[] = {
    {"yes", Answer::kYes}, {"partly", Answer::kPartly}, {"no", Answer::kNo}, {"unsure", Answer::kUnsure}};
// "unsure" leaves leaning_accept empty.
constexpr EnumName<int> kLeanings[] = {{"accept", 1}, {"decline", 0}, {"unsure", -1}};
constexpr std::array<std::string_view, 5> kGrowthItems = {
    "ladder_shared", "promotion_criteria_written", "regular_reviews", "mentorship", "learning_budget"};
constexpr std::array<std::string_view, 6> kPipelineStages = {"applied", "screen", "interviewing",
                                                             "onsite",  "final",  "offer"};

void DecodeNonNegotiables(const TableReader& t, const core::Candidate& candidate, core::NonNegotiables& out) {
  if (!t.ok()) return;
  const CurrencyRule rule{candidate.currency, "the candidate"};
  t.ReadMoney("base_min", rule, out.base_min);
  t.ReadMoney("total_min", rule, out.total_min);
  t.ReadEnum<WorkMode>("work_mode", kWorkModeNames, out.work_mode);
  t.Read("max_office_days", out.max_office_days);
  t.Read("locations", out.locations);
  t.Read("max_weekly_hours", out.max_weekly_hours);
  t.Read("max_commute_minutes", out.max_commute_minutes);
  t.Read("must_have", out.must_have);
  t.Read("deal_breakers", out.deal_breakers);
  t.ReadChoices("growth", kGrowthItems, out.growth);
}

void DecodeSituation(const TableReader& t, const core::Candidate& candidate, core::Situation& out) {
  if (!t.ok()) return;
  const CurrencyRule rule{candidate.currency, "the candidate"};
  t.Read("employed", out.employed);
  const TableReader current = t.Sub("current", kCurrentJobFields);
  if (current.ok()) {
    current.Read("title", out.current.title);
    current.ReadMoney("base", rule, out.current.base);
    current.ReadMoney("bonus", rule, out.current.bonus);
    current.Read("weekly_hours", out.current.weekly_hours);
    current.Read("commute_minutes", out.current.commute_minutes);
    current.Read("office_days", out.current.office_days);
    current.Read("raise_pct", out.current.raise_pct);
    current.Read("location", out.current.location);
    current.Read("country", out.current.country);
    if (const Node* notice = current.Get("notice")) {
      if (!notice->is_string()) {
        current.decoder().Fail(notice, current.PathOf("notice"),
                               "expected a notice period such as \"3 months\", found " + Describe(*notice));
      } else if (core::Result<core::NoticePeriod> parsed = core::ParseNoticePeriod(notice->text)) {
        out.current.notice = *parsed;
      } else {
        current.decoder().Fail(notice, current.PathOf("notice"), parsed.error().message);
      }
    }
    const TableReader tax = current.Sub("tax", kTaxFields);
    if (tax.ok()) {
      core::TaxSetting setting;
      DecodeTax(tax, setting);
      out.current.tax = std::move(setting);
    }
  }
  t.Read("runway_months", out.runway_months);
  t.Read("months_searching", out.months_searching);
  t.Read("earliest_start", out.earliest_start);
  t.ForEachTable("pipeline", kPipelineFields, kMaxPipeline, "pipeline entries",
                 [&](const TableReader& item, size_t) {
                   core::PipelineItem p;
                   item.Require("company");
                   item.Read("company", p.company);
                   item.ReadChoice("stage", kPipelineStages, p.stage);
                   item.Read("updated", p.updated);
                   out.pipeline.push_back(std::move(p));
                 });
  out.pipeline_given = t.Get("pipeline") != nullptr;
  const TableReader history = t.Sub("history", kHistoryFields);
  for (std::string_view stage : core::kFunnelStages) {
    const TableReader h = history.Sub(stage, kStageHistoryFields);
    if (!h.ok()) continue;
    core::StageHistory counts;
    h.Read("advanced", counts.advanced);
    h.Read("ended", counts.ended);
    out.history[std::string(stage)] = counts;
  }
}

void DecodeCandidate(const TableReader& t, core::Candidate& out) {
  if (!t.ok()) return;
  t.Read("name", out.name);
  ReadCurrency(t, "currency", out.currency);
  DecodeNonNegotiables(t.Sub("non_negotiables", kNonNegotiablesFields), out, out.non_negotiables);
  const TableReader priorities = t.Sub("priorities", kPrioritiesFields);
  if (priorities.ok()) {
    priorities.Read("rank", out.priorities.rank);
    priorities.Read("weights", out.priorities.weights);
  }
  const TableReader goals = t.Sub("goals", kGoalsFields);
  if (goals.ok()) {
    goals.Read("horizon_years", out.goals.horizon_years);
    goals.Read("target_title", out.goals.target_title);
    goals.ReadMoney("target_total", {out.currency, "the candidate"}, out.goals.target_total);
    goals.Read("skills", out.goals.skills);
  }
  DecodeSituation(t.Sub("situation", kSituationFields), out, out.situation);
  t.Read("col_area", out.col_area);
  t.Read("col_index", out.col_index);
}

void DecodeRubric(const TableReader& t, core::Rubric& out) {
  if (!t.ok()) return;
  t.Read("pay_negotiable_pct", out.pay_negotiable_pct);
  t.Read("pay_walk_pct", out.pay_walk_pct);
  t.Read("hours_structural_pct", out.hours_structural_pct);
  t.Read("min_decision_days", out.min_decision_days);
  t.Read("vague_share_major_pct", out.vague_share_major_pct);
  t.Read("hourly_drop_major_pct", out.hourly_drop_major_pct);
  t.Read("pay_cut_major_pct", out.pay_cut_major_pct);
  t.Read("fear_grounded_below_pct", out.fear_grounded_below_pct);
  t.Read("pay_after_tax", out.pay_after_tax);
}

}  // namespace

void ReadCurrency(const TableReader& t, std::string_view key, std::string& out) {
  const Node* node = t.Get(key);
  if (node == nullptr) return;
  std::string code;
  t.Read(key, code);
  if (t.decoder().failed()) return;
  if (!core::IsKnownCurrency(code)) {
    t.decoder().Fail(node, t.PathOf(key), "unknown currency code " + QuoteText(code),
                     "use a three-letter ISO 4217 code in capitals, such as EUR, USD or GBP");
    return;
  }
  out = std::move(code);
}

void DecodeReflection(const TableReader& t, core::Reflection& out) {
  if (!t.ok()) return;
  t.Read("excited", out.excited);
  t.ReadEnum<Feeling>("feeling", kFeelings, out.feeling);
  t.ReadEnum<Answer>("accept_without_timing_worry", kAnswers, out.accept_without_timing_worry);
  t.ReadEnum<Answer>("felt_respected", kAnswers, out.felt_respected);
  t.ReadEnum<Answer>("moves_toward_goals", kAnswers, out.moves_toward_goals);
  t.Read("gut", out.gut);
  std::optional<int> leaning;
  t.ReadEnum<int>("leaning", kLeanings, leaning);
  if (leaning && *leaning >= 0) out.leaning_accept = *leaning == 1;
  t.Read("notes", out.notes);
}

core::Result<DecodedCase> DecodeCase(const Node& root, std::string_view file) {
  Decoder d(file);
  DecodedCase out;
  core::Case& c = out.c;
  const TableReader top(d, &root, "", kCaseFields);
  if (const Node* version = top.Get("version")) {
    top.Read("version", c.version);
    if (!d.failed() && c.version != kSupportedVersion) {
      d.Fail(version, "version", "unsupported version " + std::to_string(c.version),
             "this program reads version " + std::to_string(kSupportedVersion));
    }
  }
  top.Read("as_of", c.as_of);
  // The candidate first, whatever the file order: offers need the candidate's currency.
  if (top.Require("candidate")) DecodeCandidate(top.Sub("candidate", kCandidateFields), c.candidate);
  if (top.Require("offers")) {
    top.ForEachTable("offers", kOfferFields, kMaxOffers, "offers", [&](const TableReader& t, size_t i) {
      c.offers.emplace_back();
      DecodeOffer(t, i, c.candidate, c.offers.back(), out.documents);
    });
  }
  if (top.Get("reflection") != nullptr) {
    core::Reflection reflection;
    DecodeReflection(top.Sub("reflection", kReflectionFields), reflection);
    c.reflection = std::move(reflection);
  }
  DecodeRubric(top.Sub("rubric", kRubricFields), c.rubric);
  DecodeModel(top.Sub("model", kModelFields), c.candidate, c.model);
  DecodeTax(top.Sub("tax", kTaxFields), c.tax);
  if (d.failed()) return d.TakeError();
  return out;
}

}  // namespace walkaway::io
