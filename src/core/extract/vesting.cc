// The vesting extractor: schedule length, cliff and frequency from sentences about vesting
// ("vesting quarterly over four years with a one-year cliff", "25% after 12 months then monthly",
// "5/15/40/40").

#include <array>
#include <cmath>

#include "core/extract/scan.h"
#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

using extract::Span;

struct Frequency {
  std::string_view word;
  int months;
};
constexpr std::array<Frequency, 9> kFrequencies = {{
    {"monthly", 1},      {"every month", 1},  {"each month", 1}, {"quarterly", 3}, {"every quarter", 3},
    {"every three months", 3}, {"annually", 12}, {"yearly", 12},  {"each year", 12},
}};

// "5/15/40/40": two to ten shares separated by '/', adding up to 100.
std::optional<std::vector<double>> ReadSchedule(std::string_view folded, size_t pos, size_t limit, size_t& end) {
  if (pos > 0 && (extract::IsWordByte(folded[pos - 1]) || folded[pos - 1] == '/')) return std::nullopt;
  std::vector<double> shares;
  size_t p = pos;
  while (p < limit && extract::IsDigit(folded[p])) {
    double value = 0;
    while (p < limit && extract::IsDigit(folded[p])) value = value * 10 + (folded[p++] - '0');
    shares.push_back(value);
    if (p < limit && folded[p] == '%') ++p;
    if (p >= limit || folded[p] != '/') break;
    ++p;
  }
  if (shares.size() < 2 || shares.size() > 10) return std::nullopt;
  if (p < limit && extract::IsWordByte(folded[p])) return std::nullopt;
  double sum = 0;
  for (double s : shares) sum += s;
  if (std::fabs(sum - 100) > 0.5) return std::nullopt;
  end = p;
  return shares;
}

// A count followed by a unit of time ("four years", "one-year", "12-month"), then maybe "cliff".
struct Duration {
  int months = 0;
  bool is_cliff = false;
  bool is_years = false;
  size_t end = 0;
};

std::optional<Duration> ReadDuration(std::string_view folded, size_t pos, Span sentence) {
  const auto count = extract::ReadCount(folded, pos);
  if (!count || count->value <= 0 || count->value > 120) return std::nullopt;
  size_t p = count->end;
  if (p < folded.size() && (folded[p] == '-' || folded[p] == ' ')) ++p;
  Duration d;
  if (extract::WordAt(folded, p, "years") || extract::WordAt(folded, p, "year")) {
    d.months = 12 * count->value;
    d.is_years = true;
    p += folded.substr(p, 5) == "years" ? 5 : 4;
  } else if (extract::WordAt(folded, p, "months") || extract::WordAt(folded, p, "month")) {
    d.months = count->value;
    p += folded.substr(p, 6) == "months" ? 6 : 5;
  } else {
    return std::nullopt;
  }
  d.end = p;
  // "one-year cliff", "cliff of 12 months", "25% after 12 months": the first tranche.
  const size_t next = extract::SkipSpace(folded, p);
  std::string_view before = folded.substr(sentence.begin, pos - sentence.begin);
  while (!before.empty() && extract::IsSpace(before.back())) before.remove_suffix(1);
  const auto ends_with = [&](std::string_view w) {
    return before.size() >= w.size() && before.substr(before.size() - w.size()) == w;
  };
  d.is_cliff = extract::WordAt(folded, next, "cliff") || ends_with("cliff of") || ends_with("after") ||
               ends_with("after the first") || ends_with("after a");
  return d;
}

std::string Summary(const VestingMention& m) {
  std::vector<std::string> parts;
  const Vesting& v = m.vesting;
  if (!v.yearly_pct.empty()) {
    std::string shares;
    for (double s : v.yearly_pct) shares += (shares.empty() ? "" : "/") + std::to_string(static_cast<int>(s));
    parts.push_back(shares + " over " + std::to_string(v.years) + " years");
  } else if (m.years_stated) {
    parts.push_back(std::to_string(v.years) + (v.years == 1 ? " year" : " years"));
  }
  if (m.cliff_stated) {
    parts.push_back(v.cliff_months == 0 ? "no cliff" : std::to_string(v.cliff_months) + "-month cliff");
  }
  if (m.every_stated) {
    parts.push_back(v.every_months == 1 ? "monthly" : v.every_months == 3 ? "quarterly" : "annually");
  }
  std::string out = "vesting";
  for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? " " : ", ") + parts[i];
  return out;
}

void ScanSentence(std::string_view text, std::string_view folded, Span sentence, std::vector<VestingMention>& out) {
  const std::string_view s = folded.substr(sentence.begin, sentence.end - sentence.begin);
  bool about_vesting = false;
  for (std::string_view word : {"vest", "cliff", "rsu", "stock", "option", "equity", "shares", "grant"}) {
    about_vesting |= s.find(word) != std::string_view::npos;
  }
  VestingMention m;
  size_t first = std::string_view::npos;
  for (size_t pos = sentence.begin; pos < sentence.end; ++pos) {
    if (pos > sentence.begin && extract::IsWordByte(folded[pos - 1])) continue;
    size_t end = 0;
    if (auto shares = ReadSchedule(folded, pos, sentence.end, end); shares && (about_vesting || shares->size() >= 3)) {
      m.vesting.yearly_pct = *shares;
      m.vesting.years = static_cast<int>(shares->size());
      m.years_stated = true;
      first = std::min(first, pos);
      pos = end;
      continue;
    }
    if (!about_vesting) continue;
    if (auto d = ReadDuration(folded, pos, sentence)) {
      if (d->is_cliff) {
        m.vesting.cliff_months = d->months;
        m.cliff_stated = true;
      } else if (d->is_years && m.vesting.yearly_pct.empty()) {
        m.vesting.years = d->months / 12;
        m.years_stated = true;
      }
      first = std::min(first, pos);
      pos = d->end - 1;
      continue;
    }
    for (const Frequency& f : kFrequencies) {
      if (extract::WordAt(folded, pos, f.word)) {
        m.vesting.every_months = f.months;
        m.every_stated = true;
        first = std::min(first, pos);
      }
    }
    if (extract::WordAt(folded, pos, "no cliff") || extract::WordAt(folded, pos, "without a cliff")) {
      m.vesting.cliff_months = 0;
      m.cliff_stated = true;
      first = std::min(first, pos);
    }
  }
  if (first == std::string_view::npos || (!about_vesting && m.vesting.yearly_pct.empty())) return;
  if (!m.cliff_stated && !m.years_stated && !m.every_stated) return;
  m.place = extract::PlaceOf(text, sentence, first);
  m.summary = Summary(m);
  out.push_back(std::move(m));
}

}  // namespace

std::vector<VestingMention> ExtractVesting(std::string_view text) {
  const std::string folded = extract::Fold(text);
  std::vector<VestingMention> out;
  for (const Span& sentence : extract::Sentences(text)) ScanSentence(text, folded, sentence, out);
  return out;
}

}  // namespace walkaway::core
