// The title extractor: "the position of Senior Backend Engineer", "the role of QA Engineer II",
// "join us as Head of Platform", and a job post's heading line ("Senior Data Engineer - Remote").
// A title is a run of capitalised words, with "of", "and" or "&" allowed between two of them.

#include <array>

#include "core/extract/scan.h"
#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

using extract::Span;

constexpr std::array<std::string_view, 10> kCues = {
    "position of", "role of", "position as", "role as", "title of",
    "job of",      "join us as", "join the team as", "hired as", "employed as"};
constexpr std::array<std::string_view, 5> kConnectors = {"of", "and", "&", "for", "-"};
constexpr size_t kMaxWords = 8;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The capitalised run starting at `pos` of the original text, or empty.
std::string TitleRun(std::string_view text, size_t pos, size_t limit) {
  std::string title;
  std::string pending;  // a connector waiting for the next capitalised word
  size_t words = 0;
  size_t p = pos;
  while (p < limit && words < kMaxWords) {
    while (p < limit && (text[p] == ' ' || text[p] == '\t')) ++p;
    size_t end = p;
    while (end < limit && !extract::IsSpace(text[end]) && text[end] != ',' && text[end] != ';' &&
           text[end] != ':' && text[end] != '(' && text[end] != ')') {
      ++end;
    }
    std::string_view word = text.substr(p, end - p);
    const bool stop_after = end < limit && text[end] != ' ' && text[end] != '\t';
    bool ends_sentence = false;
    if (!word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?')) {
      word.remove_suffix(1);
      ends_sentence = true;
    }
    if (word.empty()) break;
    const std::string folded = extract::Fold(word);
    bool connector = false;
    for (std::string_view c : kConnectors) connector |= folded == c;
    if (connector && !title.empty()) {
      pending += " " + std::string(word);
    } else if (IsUpper(word[0]) || extract::IsDigit(word[0])) {
      title += (title.empty() ? "" : pending + " ") + std::string(word);
      pending.clear();
      ++words;
    } else {
      break;
    }
    if (stop_after || ends_sentence) break;
    p = end;
  }
  return title;
}

// A job post's first non-empty line, cut before " - ", " | ", "(" or ",": "Head of Platform".
std::optional<TitleMention> Heading(std::string_view text) {
  size_t begin = extract::SkipSpace(text, 0);
  size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  for (std::string_view cut : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", "(", ",", ":"}) {
    if (const size_t at = line.find(cut); at != std::string_view::npos) {
      if (cut == ":") return std::nullopt;  // "From: ...", "Subject: ..." are headers, not titles
      line = line.substr(0, at);
    }
  }
  while (!line.empty() && extract::IsSpace(line.back())) line.remove_suffix(1);
  if (line.empty() || line.back() == '.' || !IsUpper(line.front())) return std::nullopt;
  const std::string title = TitleRun(text, begin, begin + line.size());
  if (title.size() != line.size()) return std::nullopt;  // a sentence, not a title
  TitleMention m;
  m.place = extract::PlaceOf(text, {begin, end}, begin);
  m.title = title;
  return m;
}

}  // namespace

std::vector<TitleMention> ExtractTitles(std::string_view text, bool heading) {
  std::vector<TitleMention> out;
  if (heading) {
    if (auto h = Heading(text)) out.push_back(std::move(*h));
  }
  const std::string folded = extract::Fold(text);
  for (const Span& sentence : extract::Sentences(text)) {
    for (std::string_view cue : kCues) {
      for (size_t at = extract::FindWord(folded, cue, sentence.begin, sentence.end); at != std::string_view::npos;
           at = extract::FindWord(folded, cue, at + 1, sentence.end)) {
        const size_t start = extract::SkipSpace(folded, at + cue.size());
        std::string title = TitleRun(text, start, sentence.end);
        if (title.empty()) continue;
        TitleMention m;
        m.place = extract::PlaceOf(text, sentence, start);
        m.title = std::move(title);
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}

}  // namespace walkaway::core
