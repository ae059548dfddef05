#include "walkaway/core/notice.h"

#include <array>
#include <cctype>
#include <charconv>

#include "walkaway/core/sentences.h"

namespace walkaway::core {
namespace {

constexpr std::array<std::string_view, 13> kNumberWords = {"zero", "one", "two",   "three", "four", "five",  "six",
                                                           "seven", "eight", "nine", "ten",  "eleven", "twelve"};

}  // namespace

Result<NoticePeriod> ParseNoticePeriod(std::string_view text) {
  const auto wrong = [&] {
    return Error::InvalidInput("expected a notice period such as \"3 months\", \"4 weeks\" or \"30 days\", found \"" +
                               std::string(text) + "\"");
  };
  std::string s;
  for (const char c : text) s += AsciiLower(c);
  // Words around the period that say nothing more: "3 months notice", "3 months' notice.",
  // "4 weeks of notice".
  const auto trim = [&s] {
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  };
  const auto drop_suffix = [&s](std::string_view tail) {
    if (s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0) {
      s.erase(s.size() - tail.size());
      return true;
    }
    return false;
  };
  trim();
  if (drop_suffix("notice")) {
    trim();
    if (!drop_suffix(" of") && !drop_suffix("'s")) drop_suffix("'");
    trim();
  }
  if (s.empty()) return wrong();
  const size_t space = s.find(' ');
  if (space == std::string::npos) return wrong();
  const std::string number = s.substr(0, space);
  std::string unit = s.substr(s.find_first_not_of(' ', space));
  NoticePeriod notice;
  bool parsed = false;
  if (!number.empty() && std::isdigit(static_cast<unsigned char>(number[0]))) {
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), notice.count);
    parsed = ec == std::errc() && end == number.data() + number.size();
  } else {
    for (size_t i = 0; i < kNumberWords.size(); ++i) {
      if (number == kNumberWords[i] || (number == "a" && i == 1) || (number == "an" && i == 1)) {
        notice.count = static_cast<int>(i);
        parsed = true;
      }
    }
  }
  if (!parsed) return wrong();
  if (unit == "day" || unit == "days" || unit == "calendar days") {
    notice.unit = NoticePeriod::Unit::kDays;
  } else if (unit == "week" || unit == "weeks") {
    notice.unit = NoticePeriod::Unit::kWeeks;
  } else if (unit == "month" || unit == "months") {
    notice.unit = NoticePeriod::Unit::kMonths;
  } else {
    return wrong();
  }
  const int days = notice.unit == NoticePeriod::Unit::kDays    ? notice.count
                   : notice.unit == NoticePeriod::Unit::kWeeks ? notice.count * 7
                                                               : notice.count * 30;
  if (notice.count < 0 || days > kMaxNoticeDays) {
    return Error::InvalidInput("a notice period is at most a year, found \"" + std::string(text) + "\"");
  }
  return notice;
}

std::string ToString(const NoticePeriod& notice) {
  const char* unit = notice.unit == NoticePeriod::Unit::kDays    ? "day"
                     : notice.unit == NoticePeriod::Unit::kWeeks ? "week"
                                                                 : "month";
  return std::to_string(notice.count) + " " + unit + (notice.count == 1 ? "" : "s");
}

Date NoticeEnds(Date given, const NoticePeriod& notice) {
  switch (notice.unit) {
    case NoticePeriod::Unit::kDays: return given.AddDays(notice.count);
    case NoticePeriod::Unit::kWeeks: return given.AddDays(7 * static_cast<int64_t>(notice.count));
    case NoticePeriod::Unit::kMonths: return given.AddMonths(notice.count);
  }
  return given;
}

}  // namespace walkaway::core
