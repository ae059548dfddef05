// Judge: one pass that gathers each offer's inputs once (InputCache), evaluates, plans and
// compares. The negotiation plan re-judges only the planned offer, through the same cache, so a
// case of n offers costs n projections and n document readings plus what the asks change: linear
// in the offers, not quadratic (docs/performance.md).

#include "walkaway/judge/judge.h"

#include <string>
#include <utility>

#include "judge/offer_inputs.h"
#include "walkaway/decide/compare.h"
#include "walkaway/decide/plan.h"

namespace walkaway::judge {
namespace {

core::Status CheckOnlyOffer(const core::Case& c, const std::optional<std::string>& only) {
  if (!only) return core::Ok{};
  for (const core::Offer& o : c.offers) {
    if (o.id == *only) return core::Ok{};
  }
  return core::Error::NotFound("the case has no offer \"" + *only + "\"", "--offer");
}

// An offer received after the day the case is judged on is a date typed wrong, or a judgement
// date set too early: every count of days would be negative (issue #12, item 5).
core::Status CheckReceived(const core::Case& c, core::Date today) {
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const core::Offer& o = c.offers[i];
    if (!o.received || *o.received <= today) continue;
    core::Error e = core::Error::InvalidInput("the offer was received on " + o.received->ToString() +
                                                  ", after the date the case is judged on (" + today.ToString() + ")",
                                              "offers[" + std::to_string(i) + "].received");
    e.hint = "check the date, or judge the case on a later day with as_of or --today";
    return e;
  }
  return core::Ok{};
}

}  // namespace

core::Result<core::Judgement> Judge(const core::Case& c, core::Date today, const Services& services,
                                    const JudgeOptions& options) {
  if (core::Status known = CheckOnlyOffer(c, options.only_offer); !known) return known.error();
  if (core::Status received = CheckReceived(c, today); !received) return received.error();
  InputCache cache(services, options.projection, today);
  if (core::Status model = cache.Check(c); !model) return model.error();

  core::EvaluationInputs inputs;
  inputs.current = cache.Current(c);
  // A comparison needs every offer; otherwise only the one asked for is gathered.
  for (size_t i = 0; i < c.offers.size(); ++i) {
    if (options.only_offer && !options.compare && c.offers[i].id != *options.only_offer) continue;
    cache.AddOffer(c, i, inputs);
  }

  core::Judgement out;
  out.evaluation = core::Evaluate(c, today, options.compare ? std::nullopt : options.only_offer, inputs);
  out.projections = inputs.offers;
  out.current = inputs.current;

  if (options.compare) {
    core::Result<core::Comparison> comparison =
        decide::CompareOffers(c, out.evaluation, out.projections, out.current, *options.compare);
    if (!comparison) return comparison.error();
    out.comparison = std::move(*comparison);
  }

  if (options.plans) {
    for (const core::OfferEvaluation& e : out.evaluation.offers) {
      if (e.verdict.decision != core::Decision::kNegotiate) continue;
      if (options.only_offer && e.offer_id != *options.only_offer) continue;
      size_t index = 0;
      while (c.offers[index].id != e.offer_id) ++index;
      // A changed case differs from `c` in this offer only: its inputs are the cache's, the
      // other offers' are not needed to judge it.
      const decide::OfferEvaluator evaluate = [&, index](const core::Case& variant) {
        core::EvaluationInputs vi;
        vi.current = inputs.current;
        cache.AddOffer(variant, index, vi);
        core::Evaluation judged = core::Evaluate(variant, today, variant.offers[index].id, vi);
        return std::move(judged.offers.front());
      };
      out.plans.push_back(decide::PlanNegotiation(c, e, evaluate));
    }
  }
  if (options.compare && options.only_offer) {
    // The comparison needed every offer; the evaluation reported is the one asked for.
    std::erase_if(out.evaluation.offers, [&](const core::OfferEvaluation& e) { return e.offer_id != *options.only_offer; });
  }
  return out;
}

}  // namespace walkaway::judge
