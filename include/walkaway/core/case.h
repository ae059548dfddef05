#pragma once

// The case: one person, their offers, what was said and seen during each process, and their own
// reflection. Plain value types: every field has a default and "not given" is an empty optional,
// never a zero, because missing data must never pass a gate.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "walkaway/core/date.h"
#include "walkaway/core/field_ref.h"
#include "walkaway/core/money.h"
#include "walkaway/core/notice.h"

namespace walkaway::core {

enum class WorkMode { kOnsite, kHybrid, kRemote };
enum class Answer { kYes, kPartly, kNo, kUnsure };
enum class ExtensionStatus { kNotAsked, kAsked, kGranted, kRefused };
enum class NegotiationStatus { kNotStarted, kInProgress, kImproved, kRefused };
enum class EquityKind { kNone, kRsu, kOptions };
enum class Feeling { kExcited, kBoth, kRelieved };  // "excited about the work, or relieved?"

// A money amount already resolved to a currency (the offer's or the candidate's).
struct Amount {
  Money value{};
  std::string currency{};
  friend bool operator==(const Amount&, const Amount&) = default;
};

struct NonNegotiables {
  std::optional<Money> base_min{};          // in the candidate's currency, per year
  std::optional<Money> total_min{};         // first-year cash + equity, per year
  std::optional<WorkMode> work_mode{};      // the least flexibility accepted (remote > hybrid > onsite)
  std::optional<int> max_office_days{};     // per week
  std::vector<std::string> locations{};     // acceptable places; empty = anywhere
  std::optional<int> max_weekly_hours{};    // including on-call and commute
  std::optional<int> max_commute_minutes{}; // one way
  std::vector<std::string> must_have{};     // benefits or terms, e.g. "parental_leave", "pension"
  std::vector<std::string> deal_breakers{}; // industries or values, e.g. "defense", "gambling"
  // Growth requirements, each one of: "ladder_shared", "promotion_criteria_written",
  // "regular_reviews", "mentorship", "learning_budget".
  std::vector<std::string> growth{};
  friend bool operator==(const NonNegotiables&, const NonNegotiables&) = default;
};

// Either a ranking of criteria (most important first) or explicit weights; both may be empty.
struct Priorities {
  std::vector<std::string> rank{};
  std::map<std::string, double> weights{};
  friend bool operator==(const Priorities&, const Priorities&) = default;
};

struct Goals {
  int horizon_years = 3;
  std::string target_title{};
  std::optional<Money> target_total{};
  std::vector<std::string> skills{};
  friend bool operator==(const Goals&, const Goals&) = default;
};

// How a person files, for take-home pay (docs/tax.md): the US filing statuses; elsewhere people are
// taxed one by one, except that Germany's married_joint is joint assessment with one earner.
enum class TaxFiling { kSingle, kMarriedJoint, kHeadOfHousehold };
// UK student loans repaid through payroll.
enum class StudentLoanPlan { kNone, kPlan1, kPlan2, kPlan4, kPlan5 };

// Where and how a job's pay is taxed (`tax = { ... }` on an offer or the current job, `[tax]` for the
// whole case). Every field is optional. The place (country, region, city) of a job's own table wins;
// without one the job's `location` and `country` are read through the residence table, and when
// that cannot place it (a remote job, a current job with no location) the case's [tax] place is
// used: where the person lives. The person's facts (filing status, loans, children, Zusatzbeitrag,
// pension saving) of a job's table win over the case's.
struct TaxSetting {
  std::string country{};  // ISO 3166-1 alpha-2: US, GB, DE, CA
  std::string region{};   // US state, UK nation (ENG, WLS, NIR, SCT), German Land, Canadian province
  std::string city{};     // a city with its own income tax: only NYC
  std::optional<TaxFiling> filing_status{};
  std::optional<StudentLoanPlan> student_loan{};
  std::optional<bool> postgraduate_loan{};
  std::optional<int> children{};                      // Germany's care insurance
  std::optional<double> health_extra_rate_pct{};      // Germany: the health fund's Zusatzbeitrag
  std::optional<double> pretax_retirement_pct{};      // the person's own pension saving before tax, % of base
  friend bool operator==(const TaxSetting&, const TaxSetting&) = default;
};

struct CurrentJob {
  std::string title{};
  std::optional<Money> base{};
  std::optional<Money> bonus{};          // expected per year
  std::optional<double> weekly_hours{};  // 37.5 is a common contract week
  std::optional<int> commute_minutes{};  // one way
  std::optional<int> office_days{};
  std::optional<double> raise_pct{};     // expected yearly raise here; absent = the model default
  std::string location{};  // where the job is, for take-home pay ("Austin, TX")
  std::string country{};   // ISO 3166-1 alpha-2
  std::optional<TaxSetting> tax{};
  // How much notice the person must give here ("3 months"); from the day the case is judged it
  // says the earliest they can start elsewhere, unless Situation::earliest_start says otherwise.
  std::optional<NoticePeriod> notice{};
  friend bool operator==(const CurrentJob&, const CurrentJob&) = default;
};

struct PipelineItem {
  std::string company{};
  std::string stage{};  // "applied", "screen", "interviewing", "onsite", "final", "offer"
  std::optional<Date> updated{};
  friend bool operator==(const PipelineItem&, const PipelineItem&) = default;
};

// How the person's own past processes ended at one stage of the funnel (EVAL-FEAR,
// docs/fear-and-outlook.md): how many moved on to the next stage, and how many ended there.
struct StageHistory {
  int advanced = 0;
  int ended = 0;
  friend bool operator==(const StageHistory&, const StageHistory&) = default;
};

struct Situation {
  std::optional<bool> employed{};
  CurrentJob current{};
  std::optional<double> runway_months{};  // savings cover this many months without pay
  std::optional<int> months_searching{};
  std::vector<PipelineItem> pipeline{};
  // True when the case lists the pipeline, even as an empty list: "no other process" is a fact,
  // an absent pipeline is a question.
  bool pipeline_given = false;
  std::map<std::string, StageHistory> history{};  // by stage name ("applied" .. "final")
  // The first day the person can start a new job, when they know it better than the notice
  // arithmetic does (notice already given, leave to take, a move to make).
  std::optional<Date> earliest_start{};
  friend bool operator==(const Situation&, const Situation&) = default;
};

struct Candidate {
  std::string name{};
  std::string currency = "USD";
  NonNegotiables non_negotiables{};
  Priorities priorities{};
  Goals goals{};
  Situation situation{};
  // Where the person lives now, for the cost-of-living adjustment (docs/pay-model.md): a metro of
  // the shipped index (data/col/) or an explicit index (100 = US average); absent = no adjustment.
  std::string col_area{};
  std::optional<double> col_index{};
  friend bool operator==(const Candidate&, const Candidate&) = default;
};

struct Bonus {
  double target_pct = 0;      // of base
  bool guaranteed = false;
  // How the payout spreads around the target (% of target): a range, or a spread (one standard
  // deviation); absent = the model default. Ignored when guaranteed.
  std::optional<double> payout_low_pct{};
  std::optional<double> payout_high_pct{};
  std::optional<double> payout_spread_pct{};
  friend bool operator==(const Bonus&, const Bonus&) = default;
};

struct SignOn {
  Money amount{};
  int clawback_months = 0;
  bool prorated = false;  // the repayment shrinks month by month instead of all-or-nothing
  friend bool operator==(const SignOn&, const SignOn&) = default;
};

struct Vesting {
  int years = 4;
  int cliff_months = 12;
  int every_months = 1;                 // 1 monthly, 3 quarterly, 12 annual
  std::vector<double> yearly_pct{};     // custom shares per year, e.g. {5, 15, 40, 40}; empty = even
  friend bool operator==(const Vesting&, const Vesting&) = default;
};

// A private company's equity, valued by an outcome Monte Carlo (docs/pay-model.md). Every odds
// figure is per year; absent = the stage's default.
struct PrivateCompany {
  std::string stage{};  // "seed", "series_a", "series_b", "series_c", "series_d"
  std::optional<double> raise_odds_pct{};
  std::optional<double> exit_odds_pct{};
  std::optional<double> fail_odds_pct{};
  std::optional<double> dilution_pct{};         // per later round
  std::optional<double> preference_multiple{};  // non-participating; default 1x
  std::optional<int> exit_within_years{};       // the window simulated
  friend bool operator==(const PrivateCompany&, const PrivateCompany&) = default;
};

struct PublicStock {
  double price = 0;  // per share today, offer currency
  std::optional<double> volatility_pct{};  // yearly; absent = the model default
  std::optional<double> drift_pct{};       // expected yearly return; absent = the model default (0)
  friend bool operator==(const PublicStock&, const PublicStock&) = default;
};

struct Equity {
  EquityKind kind = EquityKind::kNone;
  Money grant{};                        // the value the employer quoted for the whole grant
  Vesting vesting{};
  bool refreshers_written = false;
  std::optional<Money> refresher{};     // yearly refresher grant; counted only when refreshers_written
  // Per-share terms (prices are numbers in the offer's currency: they may need more than cents).
  std::optional<double> shares{};
  std::optional<double> strike{};           // options: exercise price per share
  std::optional<double> fmv{};              // current fair market value (409A) per share
  std::optional<double> preferred_price{};  // last round's preferred price per share
  std::optional<int> exercise_window_days{};  // time to exercise after leaving
  std::optional<PrivateCompany> company{};
  std::optional<PublicStock> public_stock{};
  friend bool operator==(const Equity&, const Equity&) = default;
};

// Pay scenarios beyond the written terms.
struct Promotion {
  double probability_pct = 0;
  int after_months = 12;  // from the start date
  double raise_pct = 0;   // base increase when it happens
  friend bool operator==(const Promotion&, const Promotion&) = default;
};

// Benefits that are money (the `benefits` list names the ones that exist).
struct BenefitTerms {
  std::optional<double> retirement_match_pct{};  // employer match as a share of base
  std::optional<Money> retirement_match_limit{}; // yearly cap on the match, when the plan has one
  std::optional<double> health_premium_diff{};   // yearly: how much more this plan costs you (negative = less)
  std::optional<int> parental_leave_weeks{};     // paid weeks
  friend bool operator==(const BenefitTerms&, const BenefitTerms&) = default;
};

struct Work {
  std::optional<WorkMode> mode{};
  std::optional<int> office_days{};           // per week
  std::optional<double> expected_weekly_hours{};  // 37.5 is a common contract week
  std::optional<bool> on_call{};
  std::optional<int> on_call_hours_per_week{};  // average, when known
  std::optional<int> commute_minutes{};         // one way, per office day
  std::optional<Money> commute_cost_per_trip{};  // one way
  friend bool operator==(const Work&, const Work&) = default;
};

struct Progression {
  std::optional<bool> ladder_shared{};
  std::optional<int> review_cycle_months{};
  std::optional<bool> promotion_criteria_written{};
  std::optional<bool> mentorship{};
  std::optional<bool> learning_budget{};
  friend bool operator==(const Progression&, const Progression&) = default;
};

// A document the case names. The io layer reads the file and fills `text`; the core only reads
// `text`, so tests can give text directly.
struct Document {
  std::string kind{};  // "offer_letter", "job_post", "recruiter_messages", "interview_notes", "other"
  std::string path{};
  std::string text{};
  friend bool operator==(const Document&, const Document&) = default;
};

// Where the engine read a claim in one of the offer's documents (src/core/extract). Typed claims
// have none. Rules quote this place instead of the claim's field, and skip the claim's value when
// they scan texts, because the document itself is scanned already.
struct ClaimOrigin {
  FieldRef field{};  // the document's text: offers[0].documents[1].text
  std::string sentence{};
  int line = 0;
  int column = 0;
  std::optional<Date> document_date{};  // the date the document was written, when known
  bool vague = false;                   // an amount stated only as a ceiling ("up to 10%")
  friend bool operator==(const ClaimOrigin&, const ClaimOrigin&) = default;
};

// Something someone said or wrote about the job, and where: the claims ledger.
struct Claim {
  std::string topic{};   // "work_mode", "office_days", "title", "scope", "team", "reporting_line",
                         // "hours", "on_call", "base", "bonus", "equity", "promotion", "location",
                         // "start_date", "other"
  std::string value{};   // what was claimed, in the words used
  std::string source{};  // "recruiter", "hiring manager", "job post", "offer letter", ...
  std::string stage{};   // "screen", "onsite", "offer", ...
  bool written = false;  // in a document the employer signed or sent
  std::optional<Money> amount{};  // money that rests on this claim per year, if any
  std::optional<Date> date{};
  std::optional<ClaimOrigin> origin{};  // set only for claims read from a document
  friend bool operator==(const Claim&, const Claim&) = default;
};

// One interview as the person lived it: the interview journal.
struct Interview {
  std::string stage{};
  std::optional<Date> date{};
  std::string with{};
  std::optional<int> scheduled_minutes{};
  std::optional<int> actual_minutes{};
  // Known tags: negative "rushed", "dismissive", "late", "rescheduled", "distracted", "evasive",
  // "inconsistent", "pressure", "no_questions"; positive "respectful", "informative", "thorough",
  // "on_time", "answered_questions", "consistent".
  std::vector<std::string> tags{};
  std::string notes{};
  friend bool operator==(const Interview&, const Interview&) = default;
};

struct Reflection {
  std::optional<int> excited{};                         // 1..5
  std::optional<Feeling> feeling{};                     // excited about the work, or relieved
  std::optional<Answer> accept_without_timing_worry{};  // would I take it without the gap worry?
  std::optional<Answer> felt_respected{};               // respected and informed by the process?
  std::optional<Answer> moves_toward_goals{};           // closer to, or further from, my goals?
  std::optional<int> gut{};                             // 1..5
  std::optional<bool> leaning_accept{};                 // which way the person leans today
  std::string notes{};
  friend bool operator==(const Reflection&, const Reflection&) = default;
};

struct Negotiation {
  NegotiationStatus status = NegotiationStatus::kNotStarted;
  std::string notes{};
  // The person agrees that a counter to this employer may mention their other offers' pay (never
  // the other company's name). Off unless they say so: it is their information to share.
  bool cite_other_offers = false;
  friend bool operator==(const Negotiation&, const Negotiation&) = default;
};

struct Offer {
  std::string id{};
  std::string company{};
  std::string title{};
  std::string industry{};
  std::string location{};
  std::string country{};                // ISO 3166-1 alpha-2 where the job is, for the market position
  std::string currency{};               // empty = the candidate's currency
  std::optional<double> exchange_rate{}; // 1 unit of `currency` in the candidate's currency
  std::optional<Date> received{};
  std::optional<Date> deadline{};
  ExtensionStatus extension = ExtensionStatus::kNotAsked;
  std::optional<Date> extended_to{};
  std::optional<Money> base{};
  std::optional<Bonus> bonus{};
  std::optional<SignOn> sign_on{};
  std::optional<Equity> equity{};
  std::vector<std::string> benefits{};  // e.g. "parental_leave", "pension", "health"
  std::optional<int> pto_days{};
  // A fixed-term contract's written length, from the start date; absent = open-ended. An extension
  // that is hoped for or only spoken of is not part of it: the pay model counts nothing after the
  // term (issue #12, class 11).
  std::optional<int> term_months{};
  Work work{};
  Progression progression{};
  Negotiation negotiation{};
  std::vector<Document> documents{};
  std::vector<Claim> claims{};
  std::vector<Interview> interviews{};
  std::optional<Reflection> reflection{};  // overrides the case-level reflection for this offer
  std::string notes{};                     // the person's own notes about this offer
  // Pay model inputs (docs/pay-model.md).
  std::optional<Date> start_date{};          // absent = the date the case is judged on
  std::optional<double> merit_raise_pct{};   // expected yearly raise; absent = the model default
  std::optional<Promotion> promotion{};
  std::optional<SignOn> relocation{};
  BenefitTerms benefit_terms{};
  std::string col_area{};                    // cost of living where the job is (see Candidate)
  std::optional<double> col_index{};
  std::optional<TaxSetting> tax{};           // where and how its pay is taxed (see TaxSetting)
  friend bool operator==(const Offer&, const Offer&) = default;
};

// Thresholds of the verdict rubric (DESIGN.md §2). Every one may be overridden in the case file.
struct Rubric {
  double pay_negotiable_pct = 10;     // a pay gap up to this share of the floor is negotiable
  double pay_walk_pct = 15;           // over this it is not; between the two is a close call
  double hours_structural_pct = 20;   // hours over the limit by more than this are structural
  int min_decision_days = 3;          // fewer days between received and deadline is pressure
  double vague_share_major_pct = 10;  // unwritten promises worth more than this share are major
  double hourly_drop_major_pct = 10;  // effective hourly pay this much below the current job is major
  double pay_cut_major_pct = 5;       // a cut against the current job's pay this large or more is major
  // The fear of having no other offer is grounded when the odds of one (within the savings, else by
  // the deadline) are below this; then it does not count against the offer (docs/verdict.md).
  double fear_grounded_below_pct = 50;
  // SIGN-PAY (and EVAL-LONGTERM's pay reason, and compare's pay criterion) compare take-home pay instead
  // of gross pay: absent = when the jobs are taxed in different places and all have a take-home figure
  // (docs/tax.md). Pay per hour (BIAS-TITLE) stays before tax, so the tax is counted once.
  std::optional<bool> pay_after_tax{};
  friend bool operator==(const Rubric&, const Rubric&) = default;
};

// One stage of the job-search funnel ([model.funnel.<stage>]): overrides of the defaults
// documented in docs/fear-and-outlook.md.
struct FunnelStage {
  std::optional<double> advance_pct{};  // chance that a process at this stage moves to the next
  std::optional<double> days{};         // mean days a process spends at this stage
  friend bool operator==(const FunnelStage&, const FunnelStage&) = default;
};

// The pay model's settings and overrides of its defaults ([model] in the case file). Every absent
// value uses the default documented with its source in docs/pay-model.md.
struct ModelSettings {
  int horizon_years = 4;
  std::optional<int> paths{};
  std::optional<int> seed{};
  std::optional<double> merit_raise_pct{};
  std::optional<double> bonus_spread_pct{};
  std::optional<double> bonus_no_payout_pct{};
  std::optional<double> volatility_pct{};
  std::optional<double> drift_pct{};
  std::optional<double> dilution_pct{};
  std::optional<double> round_step_up{};
  std::optional<double> exit_multiple_median{};
  std::optional<double> exit_multiple_spread{};
  std::optional<Money> retirement_comp_limit{};
  std::optional<Money> negotiation_typical{};
  std::map<std::string, FunnelStage> funnel{};  // by stage name ("applied" .. "final")
  friend bool operator==(const ModelSettings&, const ModelSettings&) = default;
};

struct Case {
  int version = 1;
  std::optional<Date> as_of{};  // the date the case is judged on; the CLI uses today when absent
  Candidate candidate{};
  std::vector<Offer> offers{};
  std::optional<Reflection> reflection{};  // applies to every offer without its own
  Rubric rubric{};
  ModelSettings model{};
  TaxSetting tax{};  // [tax]: where the person lives and how they file
  friend bool operator==(const Case&, const Case&) = default;
};

// Names used in files and reports ("onsite", "hybrid", "remote", ...).
std::string_view ToString(WorkMode mode);
std::string_view ToString(Answer answer);
std::string_view ToString(ExtensionStatus status);
std::string_view ToString(NegotiationStatus status);
std::string_view ToString(EquityKind kind);
std::string_view ToString(Feeling feeling);

// Flexibility order: remote (2) > hybrid (1) > onsite (0).
int FlexibilityRank(WorkMode mode);

// The reflection that applies to `offer`: its own, else the case-level one, else none.
const Reflection* ReflectionFor(const Case& c, const Offer& offer);

}  // namespace walkaway::core
