#include "cli/init_questions.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include "walkaway/io/case_writer.h"

namespace walkaway::cli {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find(separator, start);
    const std::string_view part = Trim(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (!part.empty()) parts.emplace_back(part);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

std::string Names(std::span<const Choice> choices) {
  std::string out;
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
    out += choices[i].name;
  }
  return out;
}

std::string NumberText(double value) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

}  // namespace

std::string PromptLine(const Prompt& prompt) {
  std::string line = prompt.question;
  if (!prompt.form.empty()) line += " (" + prompt.form + ")";
  const std::string shown = !prompt.fallback.empty() ? prompt.fallback : prompt.required ? "required" : prompt.skip_label;
  return line + " [" + shown + "]: ";
}

core::Result<std::string> ParseChoice(std::string_view text, std::span<const Choice> choices) {
  const std::string word = Lower(Trim(text));
  for (const Choice& c : choices) {
    if (word == c.name || (!c.alias.empty() && word == c.alias)) return std::string(c.name);
  }
  // An unambiguous start ("rem" for remote) saves typing; two matches are refused.
  const Choice* match = nullptr;
  for (const Choice& c : choices) {
    const bool starts = c.name.starts_with(word) || (!c.alias.empty() && c.alias.starts_with(word));
    if (!word.empty() && starts) {
      if (match != nullptr && match != &c) {
        return core::Error::InvalidInput("\"" + word + "\" could be " + std::string(match->name) + " or " +
                                         std::string(c.name) + ": type more of the word");
      }
      match = &c;
    }
  }
  if (match != nullptr) return std::string(match->name);
  return core::Error::InvalidInput("expected " + Names(choices) + ", found \"" + std::string(Trim(text)) + "\"");
}

core::Result<int> ParseInteger(std::string_view text, int low, int high) {
  text = Trim(text);
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return core::Error::InvalidInput("expected a whole number from " + std::to_string(low) + " to " +
                                     std::to_string(high) + ", found \"" + std::string(text) + "\"");
  }
  if (value < low || value > high) {
    return core::Error::InvalidInput("expected " + std::to_string(low) + " to " + std::to_string(high) + ", found " +
                                     std::to_string(value));
  }
  return value;
}

core::Result<double> ParseNumber(std::string_view text, double low, double high) {
  text = Trim(text);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return core::Error::InvalidInput("expected a number such as 6 or 2.5, found \"" + std::string(text) + "\"");
  }
  if (value < low || value > high) {
    return core::Error::InvalidInput("expected " + NumberText(low) + " to " + NumberText(high) + ", found " +
                                     NumberText(value));
  }
  return value;
}

template <typename T>
std::optional<T> Asker::Ask(const Prompt& prompt, const std::function<core::Result<T>(std::string_view)>& parse) {
  while (!stopped()) {
    terminal_.Show(PromptLine(prompt));
    std::string line;
    const ReadStatus status = terminal_.ReadLine(line);
    if (status != ReadStatus::kLine) {
      stop_ = status;
      break;
    }
    std::string_view answer = Trim(line);
    if (answer == "?") {
      terminal_.Show("  " + prompt.help + "\n");
      continue;
    }
    if (answer.empty()) {
      if (prompt.fallback.empty() && prompt.required) {
        terminal_.Show("  This one needs an answer (type ? for help).\n");
        continue;
      }
      if (prompt.fallback.empty()) return std::nullopt;
      answer = prompt.fallback;
    }
    core::Result<T> parsed = parse(answer);
    if (parsed) return std::move(*parsed);
    terminal_.Show("  Not accepted: " + parsed.error().message + ". Try again, or type ? for help.\n");
  }
  return std::nullopt;
}

std::optional<std::string> Asker::Text(const Prompt& prompt) {
  return Ask<std::string>(prompt, [](std::string_view text) -> core::Result<std::string> {
    if (!io::IsWritableText(text)) {
      return core::Error::InvalidInput("the text is not valid UTF-8 (check the terminal's character set)");
    }
    return std::string(text);
  });
}

std::optional<std::string> Asker::Currency(const Prompt& prompt) {
  return Ask<std::string>(prompt, [](std::string_view text) -> core::Result<std::string> {
    std::string code(text);
    for (char& c : code) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    if (!core::IsKnownCurrency(code)) {
      return core::Error::InvalidInput("expected a currency code such as EUR, USD or GBP, found \"" +
                                       std::string(text) + "\"");
    }
    return code;
  });
}

std::optional<core::Money> Asker::Amount(const Prompt& prompt, std::string_view currency) {
  return Ask<core::Money>(prompt, [currency](std::string_view text) -> core::Result<core::Money> {
    core::Result<core::MoneyText> money = core::ParseMoney(text);
    if (!money) return money.error();
    if (!money->currency.empty() && money->currency != currency) {
      return core::Error::InvalidInput("that amount is in " + money->currency + ", but this case counts in " +
                                       std::string(currency) + ": convert it first");
    }
    return money->amount;
  });
}

std::optional<core::Date> Asker::Day(const Prompt& prompt, std::optional<core::Date> not_before,
                                     std::string_view what) {
  return Ask<core::Date>(prompt, [&](std::string_view text) -> core::Result<core::Date> {
    core::Result<core::Date> date = core::ParseDate(text);
    if (!date) return date.error();
    if (not_before && *date < *not_before) {
      return core::Error::InvalidInput(date->ToString() + " is before " + std::string(what) + " (" +
                                       not_before->ToString() + ")");
    }
    return *date;
  });
}

std::optional<int> Asker::Integer(const Prompt& prompt, int low, int high) {
  return Ask<int>(prompt, [=](std::string_view text) { return ParseInteger(text, low, high); });
}

std::optional<core::NoticePeriod> Asker::Notice(const Prompt& prompt) {
  return Ask<core::NoticePeriod>(prompt, [](std::string_view text) { return core::ParseNoticePeriod(text); });
}

std::optional<double> Asker::Number(const Prompt& prompt, double low, double high) {
  return Ask<double>(prompt, [=](std::string_view text) { return ParseNumber(text, low, high); });
}

std::optional<std::string> Asker::OneOf(const Prompt& prompt, std::span<const Choice> choices) {
  return Ask<std::string>(prompt, [=](std::string_view text) { return ParseChoice(text, choices); });
}

std::optional<bool> Asker::YesNo(const Prompt& prompt) {
  static constexpr Choice kYesNo[] = {{"yes", "y"}, {"no", "n"}};
  std::optional<std::string> answer = OneOf(prompt, kYesNo);
  if (!answer) return std::nullopt;
  return *answer == "yes";
}

std::vector<std::string> Asker::SomeOf(const Prompt& prompt, std::span<const Choice> choices) {
  using List = std::vector<std::string>;
  std::optional<List> answer = Ask<List>(prompt, [=](std::string_view text) -> core::Result<List> {
    List picked;
    for (const std::string& part : Split(text, ',')) {
      core::Result<std::string> one = ParseChoice(part, choices);
      if (!one) return one.error();
      for (const std::string& earlier : picked) {
        if (earlier == *one) return core::Error::InvalidInput(*one + " is named twice");
      }
      picked.push_back(*one);
    }
    return picked;
  });
  return answer ? *answer : List{};
}

std::vector<std::string> Asker::Items(const Prompt& prompt, char separator) {
  using List = std::vector<std::string>;
  std::optional<List> answer = Ask<List>(prompt, [=](std::string_view text) -> core::Result<List> {
    if (!io::IsWritableText(text)) {
      return core::Error::InvalidInput("the text is not valid UTF-8 (check the terminal's character set)");
    }
    return Split(text, separator);
  });
  return answer ? *answer : List{};
}

}  // namespace walkaway::cli
