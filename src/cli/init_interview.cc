// The questions of `walkaway init`, in the order a person thinks about an offer: who they are and
// what they will not give up, what they are weighing, where they stand, the offer itself, what was
// promised out loud, and last their own reflection. The wording is ours; the values are the case
// file's (docs/case-file.md).

#include "cli/init_interview.h"

#include <optional>
#include <string>
#include <vector>

#include "cli/init_questions.h"

namespace walkaway::cli {
namespace {

constexpr Choice kWorkModes[] = {{"onsite"}, {"hybrid"}, {"remote"}};
constexpr Choice kGrowth[] = {{"ladder_shared", "ladder"},
                              {"promotion_criteria_written", "criteria"},
                              {"regular_reviews", "reviews"},
                              {"mentorship", "mentor"},
                              {"learning_budget", "learning"}};
// The criteria `compare` weighs offers on (issue #5).
constexpr Choice kCriteria[] = {{"pay", "compensation"}, {"growth"},    {"flexibility"}, {"workload"},
                                {"culture"},             {"stability"}, {"mission"},     {"location"}};
constexpr Choice kStages[] = {{"applied"}, {"screen"}, {"interviewing"}, {"onsite"}, {"final"}, {"offer"}};
constexpr Choice kEquityKinds[] = {{"none"}, {"rsu"}, {"options"}};
constexpr Choice kExtensions[] = {{"not_asked", "no"}, {"asked"}, {"granted"}, {"refused"}};
constexpr Choice kFeelings[] = {{"excited"}, {"both"}, {"relieved"}};
constexpr Choice kAnswers[] = {{"yes"}, {"partly"}, {"no"}, {"unsure"}};
constexpr Choice kGoalAnswers[] = {{"yes", "closer"}, {"partly"}, {"no", "further"}, {"unsure"}};
constexpr Choice kClaimTopics[] = {{"work_mode"}, {"office_days"}, {"title"},     {"scope"},      {"team"},
                                   {"reporting_line"}, {"hours"},  {"on_call"},   {"base"},       {"bonus"},
                                   {"equity"},    {"promotion"},   {"location"},  {"start_date"}, {"other"}};
// Enough for any real process; the file allows more.
constexpr int kMaxLoopItems = 50;

constexpr std::string_view kAnswerForm = "yes, partly, no or unsure";

core::WorkMode WorkModeOf(const std::string& name) {
  if (name == "onsite") return core::WorkMode::kOnsite;
  if (name == "hybrid") return core::WorkMode::kHybrid;
  return core::WorkMode::kRemote;
}

core::Answer AnswerOf(const std::string& name) {
  if (name == "yes") return core::Answer::kYes;
  if (name == "partly") return core::Answer::kPartly;
  if (name == "no") return core::Answer::kNo;
  return core::Answer::kUnsure;
}

core::Feeling FeelingOf(const std::string& name) {
  if (name == "excited") return core::Feeling::kExcited;
  if (name == "both") return core::Feeling::kBoth;
  return core::Feeling::kRelieved;
}

core::ExtensionStatus ExtensionOf(const std::string& name) {
  if (name == "asked") return core::ExtensionStatus::kAsked;
  if (name == "granted") return core::ExtensionStatus::kGranted;
  if (name == "refused") return core::ExtensionStatus::kRefused;
  return core::ExtensionStatus::kNotAsked;
}

void Section(Asker& ask, int number, std::string_view title) {
  ask.Say("\n" + std::to_string(number) + "/6  " + std::string(title) + "\n");
}

void AskPerson(Asker& ask, core::Candidate& c) {
  Section(ask, 1, "About you");
  if (auto name = ask.Text({"Your first name, for the report", "optional",
                            "Only used to address the report; leave it empty to stay anonymous."})) {
    c.name = *name;
  }
  if (auto currency = ask.Currency({"The currency you are paid in", "a code such as EUR, USD or GBP",
                                    "Every amount you give from here on is read in this currency.", "USD"})) {
    c.currency = *currency;
  }
}

void AskLimits(Asker& ask, core::Candidate& c) {
  Section(ask, 2, "What you will not give up");
  core::NonNegotiables& n = c.non_negotiables;
  n.base_min = ask.Amount({"Lowest yearly base salary you would say yes to", "an amount such as 85k or 85,000",
                           "Your floor before any bonus or equity; an offer under it has a gap to close."},
                          c.currency);
  if (auto mode = ask.OneOf({"Least flexible way of working you would take", "onsite, hybrid or remote",
                             "remote: you need to work from home; hybrid: some office days are fine; "
                             "onsite: any setup works."},
                            kWorkModes)) {
    n.work_mode = WorkModeOf(*mode);
  }
  if (n.work_mode != core::WorkMode::kRemote) {
    n.max_office_days = ask.Integer({"Most office days a week you would accept", "0 to 7",
                                     "Days each week you would have to be at the employer's site."},
                                    0, 7);
  }
  n.locations = ask.Items({"Places you could work from", "separate them with ;, e.g. Berlin; Austin, TX",
                           "Leave it empty when the place does not matter to you."},
                          ';');
  n.max_weekly_hours = ask.Integer({"Most hours a week you are willing to work, on-call and travel included",
                                    "1 to 168", "A usual full-time week is around 40 hours."},
                                   1, 168);
  n.deal_breakers = ask.Items({"Industries or practices you will not work for", "separate them with commas",
                               "For example gambling or tobacco; an employer in one of them is a no on its own."},
                              ',');
  n.growth = ask.SomeOf({"What you need in order to grow",
                         "any of ladder_shared, promotion_criteria_written, regular_reviews, mentorship, "
                         "learning_budget, with commas",
                         "ladder_shared: you have seen the career levels; promotion_criteria_written: how to "
                         "get promoted is on paper; regular_reviews; mentorship; learning_budget."},
                        kGrowth);
}

void AskPriorities(Asker& ask, core::Candidate& c) {
  Section(ask, 3, "What matters most");
  c.priorities.rank = ask.SomeOf(
      {"Put what matters to you in order, most important first",
       "some of pay, growth, flexibility, workload, culture, stability, mission, location, with commas",
       "Used when offers are weighed against each other: the first counts the most. A few are enough."},
      kCriteria);
}

void AskPipeline(Asker& ask, core::Situation& s) {
  // "No" is a fact worth keeping (no other offer is coming soon); a skip leaves it unknown.
  std::optional<bool> others = ask.YesNo({"Are you in other hiring processes right now", "yes or no",
                                          "Other chances of an offer weigh against rushing into this one."});
  if (!others) return;
  s.pipeline_given = true;
  if (!*others) return;
  for (int i = 0; i < kMaxLoopItems && !ask.stopped(); ++i) {
    Prompt company{i == 0 ? "The company of one of them" : "Another one's company", "Enter when there are no more",
                   "One process per company; the stage and date come next."};
    company.skip_label = "done";
    std::optional<std::string> name = ask.Text(company);
    if (!name) return;
    core::PipelineItem item;
    item.company = *name;
    if (auto stage = ask.OneOf({"How far along is it with " + *name, "applied, screen, interviewing, onsite, "
                                                                    "final or offer",
                                "The furthest step you have reached; offer means they have made one too."},
                               kStages)) {
      item.stage = *stage;
    }
    item.updated = ask.Day({"When did it last move forward", "YYYY-MM-DD",
                            "The last time you heard from them about a next step."});
    s.pipeline.push_back(std::move(item));
  }
}

void AskSituation(Asker& ask, core::Candidate& c) {
  Section(ask, 4, "Where you stand");
  core::Situation& s = c.situation;
  s.employed = ask.YesNo({"Do you have a job right now", "yes or no",
                          "Having one makes it easier to wait for the right offer."});
  if (s.employed.value_or(false)) {
    s.current.base = ask.Amount({"Your current yearly base salary", "an amount such as 78k",
                                 "Lets the report compare the offer with what you earn today."},
                                c.currency);
    s.current.notice = ask.Notice({"How much notice you must give at your job", "such as 3 months or 4 weeks",
                                   "From today it says the earliest you can start; an offer that wants you "
                                   "sooner is worth a question."});
  }
  s.runway_months = ask.Number({"How many months could your savings carry you without pay", "a number such as 6 or 2.5",
                                "The longer it is, the less a deadline should push you."},
                               0, 1200);
  AskPipeline(ask, s);
}

void AskClaims(Asker& ask, core::Offer& offer) {
  ask.Say("\nPromises made out loud (on a call, in an interview) that the written offer does not repeat:\n");
  for (int i = 0; i < kMaxLoopItems && !ask.stopped(); ++i) {
    Prompt what{"Something you were told but have not seen in writing", "in their words; Enter when done",
                "Spoken promises are easy to forget once you have signed; the report asks for them in writing."};
    what.skip_label = "done";
    std::optional<std::string> value = ask.Text(what);
    if (!value) return;
    core::Claim claim;
    claim.value = *value;
    claim.written = false;
    Prompt topic{"What is it about",
                 "work_mode, office_days, title, hours, bonus, promotion, other...; ? lists all",
                 "One of work_mode, office_days, title, scope, team, reporting_line, hours, on_call, base, "
                 "bonus, equity, promotion, location, start_date, other.",
                 "other"};
    claim.topic = ask.OneOf(topic, kClaimTopics).value_or("other");
    if (auto source = ask.Text({"Who said it", "e.g. recruiter or hiring manager",
                                "The role of the person, so you know whom to ask for it in writing."})) {
      claim.source = *source;
    }
    offer.claims.push_back(std::move(claim));
  }
}

void AskTerms(Asker& ask, const core::Candidate& candidate, core::Offer& offer) {
  if (auto title = ask.Text({"Job title offered", "as written in the offer", "The title on the offer."})) {
    offer.title = *title;
  }
  offer.base = ask.Amount({"Yearly base salary offered", "an amount such as 82k or 82,000",
                           "Base pay before bonus and equity, in " + candidate.currency + "."},
                          candidate.currency);
  if (auto bonus = ask.Number({"Target bonus as a percentage of base", "0 to 200, e.g. 10",
                               "The yearly bonus they aim to pay, as a share of the base salary."},
                              0, 200)) {
    core::Bonus b;
    b.target_pct = *bonus;
    b.guaranteed = ask.YesNo({"Is that bonus guaranteed in writing", "yes or no",
                              "A discretionary bonus may pay less, or nothing.", "no"})
                       .value_or(false);
    offer.bonus = b;
  }
  if (auto kind = ask.OneOf({"Equity in the offer", "none, rsu or options",
                             "rsu: shares given over time; options: the right to buy shares at a set price."},
                            kEquityKinds)) {
    core::Equity equity;
    equity.kind = *kind == "rsu" ? core::EquityKind::kRsu
                  : *kind == "options" ? core::EquityKind::kOptions
                                       : core::EquityKind::kNone;
    if (equity.kind != core::EquityKind::kNone) {
      equity.grant = ask.Amount({"What they say the whole grant is worth", "an amount such as 40k",
                                 "The total value the company quoted, for all years of vesting."},
                                candidate.currency)
                         .value_or(core::Money{});
    }
    offer.equity = equity;
  }
}

void AskWork(Asker& ask, core::Offer& offer) {
  if (auto mode = ask.OneOf({"How the job is set up", "onsite, hybrid or remote",
                             "As the offer states it, not as it was described in a call."},
                            kWorkModes)) {
    offer.work.mode = WorkModeOf(*mode);
  }
  if (offer.work.mode != core::WorkMode::kRemote) {
    Prompt days{"Office days a week the job expects", "0 to 7", "Days each week at the employer's site."};
    if (offer.work.mode == core::WorkMode::kOnsite) days.fallback = "5";
    offer.work.office_days = ask.Integer(days, 0, 7);
  }
  offer.work.expected_weekly_hours =
      ask.Integer({"Hours a week the job really takes, as far as you can tell", "1 to 168",
                   "What people there actually work, from what you saw and heard."},
                  1, 168);
}

void AskDates(Asker& ask, core::Offer& offer, core::Date today) {
  offer.received = ask.Day({"Day the offer arrived", "YYYY-MM-DD", "The day you got the offer.", today.ToString()});
  offer.deadline = ask.Day({"Day they want your answer by", "YYYY-MM-DD",
                            "Leave it empty if they gave no date. It cannot be before the offer arrived."},
                           offer.received, "the day the offer arrived");
  offer.start_date = ask.Day({"First day they want you to start", "YYYY-MM-DD",
                              "Leave it empty if no date was given; the report checks it against your notice."},
                             offer.received, "the day the offer arrived");
  if (auto extension = ask.OneOf({"Have you asked for more time", "not_asked, asked, granted or refused",
                                  "granted or refused: you asked and they answered; asked: no answer yet.",
                                  "not_asked"},
                                 kExtensions)) {
    offer.extension = ExtensionOf(*extension);
  }
  if (offer.extension == core::ExtensionStatus::kGranted && offer.deadline) {
    offer.extended_to = ask.Day({"The new deadline they agreed to", "YYYY-MM-DD",
                                 "The date your answer is now due."},
                                offer.deadline, "the first deadline");
  }
}

void AskOffer(Asker& ask, const core::Candidate& candidate, core::Offer& offer, core::Date today) {
  Section(ask, 5, "The offer");
  Prompt company{"Company that made the offer", "its name", "The employer's name, as you would say it."};
  company.required = true;
  if (auto name = ask.Text(company)) {
    offer.company = *name;
    offer.id = OfferIdFor(*name);
  }
  AskTerms(ask, candidate, offer);
  AskWork(ask, offer);
  AskDates(ask, offer, today);
  AskClaims(ask, offer);
}

void AskReflection(Asker& ask, core::Offer& offer) {
  Section(ask, 6, "Your own view");
  ask.Say("Four questions to answer honestly, then your gut. Only you can answer them.\n");
  core::Reflection r;
  if (auto feeling = ask.OneOf({"Is it the work itself that draws you, or mostly relief at having an offer",
                                "excited, both or relieved",
                                "excited: you want this work; relieved: you mostly want the search to end."},
                               kFeelings)) {
    r.feeling = FeelingOf(*feeling);
  }
  if (auto answer = ask.OneOf({"With no rush and no worry about a gap in your work history, would you still "
                               "choose this job",
                               std::string(kAnswerForm),
                               "Take away the fear of waiting: is the job still the one you want?"},
                              kAnswers)) {
    r.accept_without_timing_worry = AnswerOf(*answer);
  }
  if (auto answer = ask.OneOf({"All through the hiring process, were you treated with respect and kept informed",
                               std::string(kAnswerForm),
                               "How they treated you as a candidate hints at how they treat their staff."},
                              kAnswers)) {
    r.felt_respected = AnswerOf(*answer);
  }
  if (auto answer = ask.OneOf({"Does this job bring you closer to where you want to be, or take you further "
                               "away",
                               "closer, partly, further or unsure",
                               "Think two or three years ahead: the skills, the title, the next step."},
                              kGoalAnswers)) {
    r.moves_toward_goals = AnswerOf(*answer);
  }
  r.gut = ask.Integer({"Your gut feeling about this offer", "1 = dread it, 5 = can't wait",
                       "Your first reaction, before any reasoning."},
                      1, 5);
  if (r != core::Reflection{}) offer.reflection = r;
}

}  // namespace

std::string OfferIdFor(std::string_view company) {
  std::string id;
  bool dash = false;
  for (char ch : company) {
    char c = ch;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      if (dash && !id.empty()) id += '-';
      id += c;
      dash = false;
    } else {
      dash = true;
    }
    if (id.size() >= 64) break;
  }
  if (id.size() > 64) id.resize(64);
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "offer" : id;
}

InterviewResult RunInterview(Terminal& terminal, core::Date today) {
  Asker ask(terminal);
  ask.Say(
      "This builds a case file about one job offer, in six short parts.\n"
      "Enter takes the value in [brackets] or skips a question; ? explains a question;\n"
      "Ctrl-C stops, and nothing is saved until the last answer.\n");
  InterviewResult result;
  core::Case& c = result.c;
  AskPerson(ask, c.candidate);
  AskLimits(ask, c.candidate);
  AskPriorities(ask, c.candidate);
  AskSituation(ask, c.candidate);
  core::Offer offer;
  AskOffer(ask, c.candidate, offer, today);
  AskReflection(ask, offer);
  c.offers.push_back(std::move(offer));
  result.end = ask.stop_reason();
  return result;
}

}  // namespace walkaway::cli
