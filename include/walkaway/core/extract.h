#pragma once

// Extractors: hand-written scanners that read the facts a document states in words (dates and
// deadlines, money, vesting, office days and remote policy, the title) and turn them into claims
// the rules compare like the ones the person typed. Pure: no I/O, no clock; a relative date
// ("by Friday") needs the document's own date as a parameter. docs/extractors.md lists the forms.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walkaway/core/case.h"
#include "walkaway/core/date.h"
#include "walkaway/core/finding.h"
#include "walkaway/core/money.h"

namespace walkaway::core {

// Where a mention was found: its byte offset, 1-based line and byte column, and its sentence.
struct TextPlace {
  size_t offset = 0;
  int line = 0;
  int column = 0;
  std::string sentence{};
  friend bool operator==(const TextPlace&, const TextPlace&) = default;
};

// What a date is for, read from the words around it.
enum class DateRole { kMention, kDeadline, kStart };

struct DateMention {
  TextPlace place{};
  std::string text{};            // the words read, as written
  std::optional<Date> date{};    // empty when ambiguous, invalid or relative with no document date
  std::vector<Date> readings{};  // an ambiguous "02/03/2027": day first, then month first
  bool relative = false;         // "tomorrow", "by Friday", "within 48 hours"
  bool ambiguous = false;        // day and month can be swapped
  DateRole role = DateRole::kMention;
  friend bool operator==(const DateMention&, const DateMention&) = default;
};

// The date an e-mail or message states in a "Date:" header line near its top, if any.
std::optional<Date> DocumentDate(std::string_view text);
// Every date in `text`; relative ones are resolved against `document_date` when given.
std::vector<DateMention> ExtractDates(std::string_view text, std::optional<Date> document_date);

enum class MoneyPeriod { kUnstated, kYear, kMonth, kWeek, kDay, kHour };

struct MoneyMention {
  TextPlace place{};
  std::string text{};
  std::string currency{};      // ISO code, empty when the text names none (or for a percentage)
  bool percent = false;        // "up to 10%": low/high are in pct_low/pct_high
  double pct_low = 0;
  double pct_high = 0;
  Money low{};                 // as written, per period
  Money high{};                // equal to low unless a range
  MoneyPeriod period = MoneyPeriod::kUnstated;
  Money annual_low{};          // per year (a month x 12, a week x 52, a day x 260, an hour x 2080)
  Money annual_high{};
  bool range = false;          // "70,000-80,000", "between 70k and 80k"
  bool ceiling = false;        // "up to": an upper bound, the amount may be zero
  bool floor = false;          // "at least", "from", "minimum"
  bool ambiguous = false;      // "5.500": a thousands dot or a decimal point; no amount is set
  std::string topic{};         // "base", "bonus", "equity", "sign_on" or empty, from the sentence
  friend bool operator==(const MoneyMention&, const MoneyMention&) = default;
};

std::vector<MoneyMention> ExtractMoney(std::string_view text);

struct VestingMention {
  TextPlace place{};
  Vesting vesting{};
  bool years_stated = false;
  bool cliff_stated = false;
  bool every_stated = false;
  std::string summary{};  // "4 years, 12-month cliff, quarterly"
  friend bool operator==(const VestingMention&, const VestingMention&) = default;
};

std::vector<VestingMention> ExtractVesting(std::string_view text);

struct WorkMention {
  TextPlace place{};
  std::optional<WorkMode> mode{};   // empty for a negated mention ("not fully remote")
  std::optional<int> office_days{}; // only when a number of days is stated
  bool negated = false;
  std::string summary{};            // "fully remote", "hybrid, 3 office days a week"
  friend bool operator==(const WorkMention&, const WorkMention&) = default;
};

std::vector<WorkMention> ExtractWork(std::string_view text);

struct TitleMention {
  TextPlace place{};
  std::string title{};
  friend bool operator==(const TitleMention&, const TitleMention&) = default;
};

// "the position of X", "the role of X", "join us as X"; with `heading`, also a job post's first
// line ("Senior Data Engineer - Remote (UK)").
std::vector<TitleMention> ExtractTitles(std::string_view text, bool heading);

// One fact read from a document, ready to join the claims ledger.
struct ExtractedClaim {
  std::string topic{};   // "work_mode", "office_days", "title", "base", "bonus", "equity", "sign_on",
                         // "deadline", "start_date"
  std::string value{};   // short canonical words: "fully remote", "66,000 SGD a year"
  std::string source{};  // "offer letter", "job post", "recruiter", "interview notes", "document"
  std::string stage{};
  bool written = false;  // the employer wrote it: offer letter, job post, recruiter messages
  std::optional<Money> amount{};       // per year, in the case's currency for the offer
  std::optional<Date> date{};          // deadline or start date
  std::optional<Date> document_date{}; // the date the document was written, when known
  bool vague = false;                  // a ceiling only ("up to 10%")
  Evidence evidence{};                 // offers[i].documents[k].text, the sentence, line/col
  friend bool operator==(const ExtractedClaim&, const ExtractedClaim&) = default;
};

// The claims one document states. `fallback_date` dates a letter or message without its own
// "Date:" header (the offer's `received`); `currency` is the offer's currency, so an amount in
// another currency keeps its words but no `amount`.
std::vector<ExtractedClaim> ExtractClaims(const Document& doc, const FieldRef& text,
                                          std::optional<Date> fallback_date, std::string_view currency);

Claim ToClaim(const ExtractedClaim& extracted);

// The claims offers[offer_index]'s documents state, each carrying a ClaimOrigin, in document order.
std::vector<Claim> DocumentClaims(const Case& c, size_t offer_index);
// offers[offer_index] with its claims followed by DocumentClaims: the one ledger every rule reads.
Offer AugmentOffer(const Case& c, size_t offer_index);
// The case with every offer augmented so.
Case AugmentWithDocuments(const Case& c);

}  // namespace walkaway::core
