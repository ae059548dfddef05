// The work-mode extractor: remote policy and office days per sentence ("fully remote within the
// UK", "hybrid", "three days a week in the office", "on-site"). Office days are read by
// OfficeDaysFromText (src/core/claim_text.h), so a document and a typed claim are read alike.

#include <algorithm>
#include <array>

#include "walkaway/core/claim_text.h"
#include "core/extract/scan.h"
#include "walkaway/core/extract.h"

namespace walkaway::core {
namespace {

using extract::Span;

struct ModeWord {
  std::string_view word;
  WorkMode mode;
};
// A bare "office" is not here: "in our Berlin office" says where, not how often.
constexpr std::array<ModeWord, 16> kModeWords = {{
    {"fully remote", WorkMode::kRemote},     {"100% remote", WorkMode::kRemote},
    {"remote-first", WorkMode::kRemote},     {"remote first", WorkMode::kRemote},
    {"remote", WorkMode::kRemote},           {"work from home", WorkMode::kRemote},
    {"work from anywhere", WorkMode::kRemote}, {"hybrid", WorkMode::kHybrid},
    {"on-site", WorkMode::kOnsite},          {"onsite", WorkMode::kOnsite},
    {"on site", WorkMode::kOnsite},          {"office-based", WorkMode::kOnsite},
    {"office based", WorkMode::kOnsite},     {"in-office", WorkMode::kOnsite},
    {"in-person", WorkMode::kOnsite},        {"fully in the office", WorkMode::kOnsite},
}};

struct Hit {
  size_t pos = 0;
  WorkMode mode = WorkMode::kOnsite;
  bool negated = false;
  std::string_view word{};
};

std::vector<Hit> ModeHits(std::string_view folded, Span sentence) {
  std::vector<Hit> hits;
  for (size_t pos = sentence.begin; pos < sentence.end; ++pos) {
    if (pos > sentence.begin && extract::IsWordByte(folded[pos - 1])) continue;
    for (const ModeWord& w : kModeWords) {
      if (pos + w.word.size() > sentence.end || !extract::WordAt(folded, pos, w.word)) continue;
      // "fully remote" is one hit, not also a "remote" one.
      hits.push_back({pos, w.mode, extract::NegatedAt(folded, pos), w.word});
      pos += w.word.size() - 1;
      break;
    }
  }
  return hits;
}

// "hybrid, 3 office days a week"; only for a mention with a mode.
std::string Summary(const WorkMention& m) {
  std::string out = *m.mode == WorkMode::kRemote   ? "fully remote"
                    : *m.mode == WorkMode::kHybrid ? "hybrid"
                                                   : "on-site";
  if (m.office_days && *m.office_days > 0) {
    out += ", " + std::to_string(*m.office_days) + (*m.office_days == 1 ? " office day" : " office days") +
           " a week";
  }
  return out;
}

void ScanSentence(std::string_view text, std::string_view folded, Span sentence, std::vector<WorkMention>& out) {
  const std::vector<Hit> hits = ModeHits(folded, sentence);
  const std::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
  std::optional<int> days;
  if (extract::HasWord(folded, "day", sentence) || extract::HasWord(folded, "days", sentence)) {
    days = OfficeDaysFromText(s);
  }
  if (hits.empty() && !days) return;
  WorkMention m;
  std::optional<WorkMode> remote, hybrid, onsite;
  size_t first = sentence.end;
  for (const Hit& h : hits) {
    if (h.negated) continue;
    first = std::min(first, h.pos);
    if (h.mode == WorkMode::kRemote) remote = h.mode;
    if (h.mode == WorkMode::kHybrid) hybrid = h.mode;
    if (h.mode == WorkMode::kOnsite) onsite = h.mode;
  }
  const bool all_negated = !hits.empty() && first == sentence.end;
  if (days && *days > 0) m.office_days = days;
  if (hybrid) {
    m.mode = WorkMode::kHybrid;
  } else if (remote) {
    // "remote, with two days a week in the office" is hybrid in practice.
    m.mode = m.office_days ? (*m.office_days >= 5 ? WorkMode::kOnsite : WorkMode::kHybrid) : WorkMode::kRemote;
  } else if (onsite) {
    m.mode = WorkMode::kOnsite;
  } else if (m.office_days) {
    m.mode = *m.office_days >= 5 ? WorkMode::kOnsite : WorkMode::kHybrid;
  }
  if (all_negated && !m.office_days) {
    // "This role is not fully remote": we learn what it is not, not what it is.
    m.negated = true;
    m.mode.reset();
    first = hits.front().pos;
  }
  if (!m.mode && !m.negated) return;
  if (first == sentence.end) first = sentence.begin;
  m.place = extract::PlaceOf(text, sentence, first);
  m.summary = m.negated ? "not " + std::string(hits.front().word) : Summary(m);
  out.push_back(std::move(m));
}

}  // namespace

std::vector<WorkMention> ExtractWork(std::string_view text) {
  const std::string folded = extract::Fold(text);
  std::vector<WorkMention> out;
  for (const Span& sentence : extract::Sentences(text)) ScanSentence(text, folded, sentence, out);
  return out;
}

}  // namespace walkaway::core
