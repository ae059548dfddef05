// Title normalisation: free text such as "Sr. Software Engr" to (family, level) with a match score.
// scripts/build-market-index does the same steps (exact matches only) to group the survey titles,
// so the two must stay in step; tests/market/titles_test.cc pins the behaviour.

#include <algorithm>
#include <cctype>

#include "walkaway/market/market.h"

namespace walkaway::market {
namespace {

std::vector<std::string> Tokens(std::string_view title) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : title) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 && u < 0x80) {
      current.push_back(static_cast<char>(std::tolower(u)));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

int Rank(Level level) { return static_cast<int>(level); }

}  // namespace

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kAll:
      return "all";
    case Level::kEntry:
      return "entry";
    case Level::kMid:
      return "mid";
    case Level::kSenior:
      return "senior";
    case Level::kExecutive:
      return "executive";
  }
  return "all";
}

std::optional<Level> LevelFromName(std::string_view name) {
  for (Level level : {Level::kAll, Level::kEntry, Level::kMid, Level::kSenior, Level::kExecutive}) {
    if (LevelName(level) == name) return level;
  }
  return std::nullopt;
}

NormalizedTitle NormalizeTitle(const TitleTable& table, std::string_view title, double min_score) {
  NormalizedTitle result;
  std::vector<std::string> words;
  for (std::string& token : Tokens(title)) {
    auto expanded = table.abbreviations.find(token);
    if (expanded == table.abbreviations.end()) {
      words.push_back(std::move(token));
    } else {
      words.insert(words.end(), expanded->second.begin(), expanded->second.end());
    }
  }
  std::vector<std::string> rest;
  for (std::string& word : words) {
    auto level = table.levels.find(word);
    if (level != table.levels.end()) {
      if (Rank(level->second) > Rank(result.level)) result.level = level->second;
    } else if (table.fillers.count(word) == 0) {
      rest.push_back(std::move(word));
    }
  }
  std::sort(rest.begin(), rest.end());
  rest.erase(std::unique(rest.begin(), rest.end()), rest.end());
  if (rest.empty()) {
    result.reason = "the title names no job, only a level or nothing";
    return result;
  }

  // A phrase is a candidate only when every one of its words is in the title; its score is the
  // share of the title's words it explains, so "software engineer payments" still matches (2/3)
  // but "engineer" alone matches nothing.
  const TitlePhrase* best = nullptr;
  const TitlePhrase* rival = nullptr;  // the best phrase of another family with the same score
  double best_score = 0.0;
  for (const TitlePhrase& phrase : table.phrases) {
    if (!std::includes(rest.begin(), rest.end(), phrase.words.begin(), phrase.words.end())) continue;
    const double score = static_cast<double>(phrase.words.size()) / static_cast<double>(rest.size());
    if (score > best_score) {
      best = &phrase;
      best_score = score;
      rival = nullptr;
    } else if (score == best_score && best != nullptr && phrase.family != best->family) {
      rival = &phrase;
    }
  }
  if (best == nullptr) {
    result.reason = "no known job title in the words given";
    return result;
  }
  result.score = best_score;
  result.matched_phrase = best->text;
  if (rival != nullptr) {
    result.reason = "the title fits both \"" + best->text + "\" and \"" + rival->text + "\"";
  } else if (best_score < min_score) {
    result.reason = "the title matches \"" + best->text + "\" only weakly";
  } else {
    result.family = best->family;
  }
  return result;
}

}  // namespace walkaway::market
