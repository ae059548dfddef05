#include "case_generator.h"

namespace walkaway::bench {

std::string GenerateCaseToml(int offers) {
  std::string t = R"(as_of = 2026-11-21

[candidate]
name = "Bench"
currency = "EUR"

[candidate.non_negotiables]
base_min = "85k"
work_mode = "hybrid"
max_office_days = 2
locations = ["Berlin", "Hamburg"]
max_weekly_hours = 45
must_have = ["parental_leave"]
deal_breakers = ["defense", "gambling"]
growth = ["ladder_shared"]

[candidate.situation]
employed = true
current = { title = "Engineer", base = "78k", bonus = "5k", weekly_hours = 40, commute_minutes = 25, office_days = 3 }
runway_months = 6
pipeline = [{ company = "Foo", stage = "onsite" }, { company = "Bar", stage = "screen" }]

[reflection]
excited = 3
feeling = "both"
accept_without_timing_worry = "unsure"
felt_respected = "partly"
moves_toward_goals = "yes"
gut = 3
leaning = "accept"
notes = "The team seemed good. I can fix the on-call load later, once I'm in."
)";
  for (int i = 0; i < offers; ++i) {
    const std::string id = "offer" + std::to_string(i);
    const int base = 78 + (i * 7) % 20;
    t += "\n[[offers]]\nid = \"" + id + "\"\ncompany = \"Company " + std::to_string(i) +
         "\"\ntitle = \"Senior Engineer\"\nindustry = \"software\"\nlocation = \"Berlin\"\n"
         "received = 2026-11-" + std::to_string(10 + i % 8) + "\ndeadline = 2026-11-" +
         std::to_string(20 + i % 8) + "\nextension = \"" + (i % 3 == 0 ? "refused" : "not_asked") +
         "\"\nbase = \"" + std::to_string(base) + "k\"\nbonus = { target_pct = 10, guaranteed = false }\n"
         "sign_on = { amount = \"10k\", clawback_months = 12 }\n"
         "equity = { kind = \"rsu\", grant = \"60k\", vesting = { years = 4, cliff_months = 12, every_months = 3 } }\n"
         "benefits = [\"parental_leave\", \"pension\"]\n"
         "work = { mode = \"hybrid\", office_days = " + std::to_string(2 + i % 2) +
         ", expected_weekly_hours = " + std::to_string(40 + i % 12) + ", on_call = " +
         (i % 2 == 0 ? "true" : "false") + ", commute_minutes = 30 }\n"
         "progression = { ladder_shared = " + (i % 4 == 0 ? "false" : "true") +
         ", review_cycle_months = 12, promotion_criteria_written = false }\n"
         "notes = \"Fast-paced team. They said the bonus is basically guaranteed.\"\n";
    t += "\n[[offers.claims]]\ntopic = \"work_mode\"\nvalue = \"fully remote\"\nsource = \"hiring manager\"\n"
         "stage = \"onsite\"\nwritten = false\n";
    t += "\n[[offers.claims]]\ntopic = \"work_mode\"\nvalue = \"hybrid, 3 office days\"\nsource = \"offer letter\"\n"
         "stage = \"offer\"\nwritten = true\n";
    t += "\n[[offers.claims]]\ntopic = \"bonus\"\nvalue = \"the 10% bonus always pays out in full\"\n"
         "source = \"recruiter\"\nstage = \"screen\"\nwritten = false\namount = \"8k\"\n";
    t += "\n[[offers.interviews]]\nstage = \"screen\"\ndate = 2026-11-02\nwith = \"recruiter\"\n"
         "scheduled_minutes = 30\nactual_minutes = 30\ntags = [\"respectful\"]\n"
         "notes = \"Friendly and clear about the process.\"\n";
    t += "\n[[offers.interviews]]\nstage = \"onsite\"\ndate = 2026-11-09\nwith = \"hiring manager\"\n"
         "scheduled_minutes = 60\nactual_minutes = 25\ntags = [\"rushed\", \"distracted\"]\n"
         "notes = \"Manager checked his phone throughout.\\nNo time for my questions. We need an answer by end of day.\"\n";
  }
  return t;
}

}  // namespace walkaway::bench
