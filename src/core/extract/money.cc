// The money extractor: amounts with a currency ("EUR 81,000", "$95k", "40,000 EUR"), ranges
// ("£70,000–£80,000", "between 70k and 80k"), percentages ("up to 10%"), the period each is paid
// in, and the part of the package the sentence is about. The number itself goes through
// core::ParseMoney, so "5.500" is refused here exactly as it is in a case file.

#include <algorithm>
#include <array>

#include "core/extract/money_read.h"
#include "core/extract/scan.h"
#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

using extract::Span;

struct TopicWord {
  std::string_view word;
  std::string_view topic;
};
// Longer words first, so "signing bonus" is read before "bonus".
constexpr std::array<TopicWord, 17> kTopicWords = {{
    {"sign-on bonus", "sign_on"}, {"signing bonus", "sign_on"}, {"sign-on", "sign_on"},
    {"relocation", ""},           {"restricted stock", "equity"}, {"stock options", "equity"},
    {"rsus", "equity"},           {"rsu", "equity"},             {"equity", "equity"},
    {"options", "equity"},        {"shares", "equity"},          {"bonus", "bonus"},
    {"commission", "bonus"},      {"salary", "base"},            {"base", "base"},
    {"pay", "base"},              {"compensation", "base"},
}};

// The topic word nearest to [begin, end): before it first, else after it, within the sentence.
std::string TopicOf(std::string_view folded, Span sentence, size_t begin, size_t end) {
  size_t best_before = std::string_view::npos;
  std::string_view topic_before;
  size_t best_after = std::string_view::npos;
  std::string_view topic_after;
  for (const TopicWord& t : kTopicWords) {
    for (size_t at = extract::FindWord(folded, t.word, sentence.begin, begin); at != std::string_view::npos;
         at = extract::FindWord(folded, t.word, at + 1, begin)) {
      // Distance from the word's end, so "sign-on bonus" and "bonus" tie and the longer wins.
      const size_t gap = begin - std::min(begin, at + t.word.size());
      if (best_before == std::string_view::npos || gap < best_before) {
        best_before = gap;
        topic_before = t.topic;
      }
    }
    const size_t after = extract::FindWord(folded, t.word, end, sentence.end);
    if (after != std::string_view::npos && (best_after == std::string_view::npos || after - end < best_after)) {
      best_after = after - end;
      topic_after = t.topic;
    }
  }
  return std::string(best_before != std::string_view::npos ? topic_before : topic_after);
}

// Period words right after the amount ("a month"), else an adjective earlier in its clause
// ("a monthly base salary of", "your annual base salary will be").
MoneyPeriod PeriodOf(std::string_view folded, Span sentence, size_t begin, size_t end) {
  struct PeriodWord {
    std::string_view word;
    MoneyPeriod period;
  };
  static constexpr std::array<PeriodWord, 20> kAfter = {{
      {"a month", MoneyPeriod::kMonth}, {"per month", MoneyPeriod::kMonth}, {"/month", MoneyPeriod::kMonth},
      {"/mo", MoneyPeriod::kMonth},     {"a year", MoneyPeriod::kYear},     {"per year", MoneyPeriod::kYear},
      {"per annum", MoneyPeriod::kYear}, {"p.a.", MoneyPeriod::kYear},      {"/year", MoneyPeriod::kYear},
      {"/yr", MoneyPeriod::kYear},      {"an hour", MoneyPeriod::kHour},    {"per hour", MoneyPeriod::kHour},
      {"/hour", MoneyPeriod::kHour},    {"/hr", MoneyPeriod::kHour},        {"a week", MoneyPeriod::kWeek},
      {"per week", MoneyPeriod::kWeek}, {"/week", MoneyPeriod::kWeek},      {"a day", MoneyPeriod::kDay},
      {"per day", MoneyPeriod::kDay},   {"/day", MoneyPeriod::kDay},
  }};
  const size_t p = extract::SkipSpace(folded, end);
  for (const PeriodWord& w : kAfter) {
    if (folded.substr(p, w.word.size()) == w.word) return w.period;
  }
  static constexpr std::array<PeriodWord, 7> kBefore = {{
      {"annual", MoneyPeriod::kYear},   {"yearly", MoneyPeriod::kYear}, {"annually", MoneyPeriod::kYear},
      {"monthly", MoneyPeriod::kMonth}, {"weekly", MoneyPeriod::kWeek}, {"daily", MoneyPeriod::kDay},
      {"hourly", MoneyPeriod::kHour},
  }};
  size_t clause = begin;
  while (clause > sentence.begin && folded[clause - 1] != ',' && folded[clause - 1] != ';') --clause;
  for (const PeriodWord& w : kBefore) {
    if (extract::HasWord(folded, w.word, {clause, begin})) return w.period;
  }
  return MoneyPeriod::kUnstated;
}

int64_t PerYear(MoneyPeriod period) {
  switch (period) {
    case MoneyPeriod::kMonth: return 12;
    case MoneyPeriod::kWeek: return 52;
    case MoneyPeriod::kDay: return 260;
    case MoneyPeriod::kHour: return 2080;
    case MoneyPeriod::kUnstated:
    case MoneyPeriod::kYear: return 1;
  }
  return 1;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "up to", "at least", "from", "between" just before the amount.
void ReadQualifier(std::string_view folded, Span sentence, size_t begin, MoneyMention& m) {
  std::string_view before = folded.substr(sentence.begin, begin - sentence.begin);
  while (!before.empty() && extract::IsSpace(before.back())) before.remove_suffix(1);
  if (EndsWith(before, "up to") || EndsWith(before, "maximum of") || EndsWith(before, "max.") ||
      EndsWith(before, "as much as")) {
    m.ceiling = true;
  } else if (EndsWith(before, "at least") || EndsWith(before, "minimum of") || EndsWith(before, "from") ||
             EndsWith(before, "starting at")) {
    m.floor = true;
  }
}

void ScanSentence(std::string_view text, std::string_view folded, Span sentence, std::vector<MoneyMention>& out) {
  const bool pay_context = !TopicOf(folded, sentence, sentence.end, sentence.end).empty();
  size_t pos = sentence.begin;
  while (pos < sentence.end) {
    std::optional<extract::AmountRead> read = extract::ReadAmountOrRange(text, folded, pos, sentence.end);
    if (!read || (!read->has_currency && !read->percent && !(read->has_suffix && pay_context))) {
      pos = read ? read->end : pos + 1;
      continue;
    }
    MoneyMention m;
    m.place = extract::PlaceOf(text, sentence, pos);
    m.text = std::string(text.substr(pos, read->end - pos));
    m.currency = read->currency;
    m.percent = read->percent;
    m.pct_low = read->pct_low;
    m.pct_high = read->pct_high;
    m.low = read->low;
    m.high = read->high;
    m.range = read->range;
    m.ambiguous = read->ambiguous;
    ReadQualifier(folded, sentence, pos, m);
    if (read->between) m.range = true;
    if (!m.percent) m.period = PeriodOf(folded, sentence, pos, read->end);
    m.annual_low = m.low * PerYear(m.period);
    m.annual_high = m.high * PerYear(m.period);
    m.topic = TopicOf(folded, sentence, pos, read->end);
    out.push_back(std::move(m));
    pos = read->end;
  }
}

}  // namespace

std::vector<MoneyMention> ExtractMoney(std::string_view text) {
  const std::string folded = extract::Fold(text);
  std::vector<MoneyMention> out;
  for (const Span& sentence : extract::Sentences(text)) ScanSentence(text, folded, sentence, out);
  return out;
}

}  // namespace walkaway::core
