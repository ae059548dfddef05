// The job-search funnel: stage conversions and mean days per stage, from the documented defaults,
// the case's [model.funnel] overrides and the person's own history (docs/fear-and-outlook.md).

#include "walkaway/core/alternatives.h"

namespace walkaway::core {

Funnel DefaultFunnel() {
  // Sources in docs/fear-and-outlook.md. The conversions from "interviewing" on multiply to 0.29,
  // which matches the share of interviewed candidates who get an offer (Jobvite 2018: 28%); the
  // days add up to 24, the average length of an interview process (Glassdoor: 23.8 days).
  return Funnel{{
      {"applied", 0.04, 4, RateSource::kDefault, 0},
      {"screen", 0.40, 8, RateSource::kDefault, 0},
      {"interviewing", 0.60, 5, RateSource::kDefault, 0},
      {"onsite", 0.60, 4, RateSource::kDefault, 0},
      {"final", 0.80, 3, RateSource::kDefault, 0},
  }};
}

Funnel FunnelFor(const Case& c) {
  Funnel funnel = DefaultFunnel();
  for (StageParams& s : funnel) {
    const std::string key(s.stage);
    if (auto it = c.model.funnel.find(key); it != c.model.funnel.end()) {
      if (it->second.advance_pct) {
        s.advance = *it->second.advance_pct / 100.0;
        s.source = RateSource::kCase;
      }
      if (it->second.days) s.days = *it->second.days;
    }
    if (auto it = c.candidate.situation.history.find(key); it != c.candidate.situation.history.end()) {
      const int n = it->second.advanced + it->second.ended;
      if (n > 0) {
        // A beta prior centred on the rate so far: a few past processes move it, many replace it.
        s.advance = (it->second.advanced + kHistoryPriorWeight * s.advance) / (n + kHistoryPriorWeight);
        s.source = RateSource::kHistory;
        s.history_processes = n;
      }
    }
  }
  return funnel;
}

size_t StageIndex(std::string_view stage) {
  if (stage == "offer") return kFunnelStages.size();
  for (size_t i = 0; i < kFunnelStages.size(); ++i) {
    if (kFunnelStages[i] == stage) return i;
  }
  return 0;
}

}  // namespace walkaway::core
