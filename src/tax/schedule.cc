#include "walkaway/tax/schedule.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <utility>

namespace walkaway::tax {

Schedule::Schedule() : Schedule(std::vector<Segment>{{0, 0, 0}}) {}

Schedule::Schedule(std::vector<Segment> segments) : segments_(std::move(segments)) {
  assert(!segments_.empty() && segments_[0].start == 0);
  Compact();
  segments_.push_back(Segment{std::numeric_limits<int64_t>::max(), 0, 0});
  BuildIndex();
}

std::vector<int64_t> Schedule::starts() const {
  std::vector<int64_t> out;
  for (size_t i = 0; i + 1 < segments_.size(); ++i) out.push_back(segments_[i].start);
  return out;
}

Schedule Schedule::FromBrackets(const std::vector<Bracket>& brackets) {
  std::vector<Segment> segs;
  int64_t value = 0;
  for (size_t i = 0; i < brackets.size(); ++i) {
    if (i > 0) value += (brackets[i].floor - brackets[i - 1].floor) * brackets[i - 1].rate;
    segs.push_back(Segment{brackets[i].floor, value, brackets[i].rate});
  }
  return Schedule(std::move(segs));
}

Schedule Schedule::Band(int64_t from, int64_t to, int64_t rate) {
  assert(0 <= from && from < to);
  std::vector<Bracket> b;
  if (from > 0) b.push_back(Bracket{0, 0});
  b.push_back(Bracket{from, rate});
  b.push_back(Bracket{to, 0});
  return FromBrackets(b);
}

Schedule Schedule::WithDeduction(const Schedule& on_taxable, const std::vector<ExemptionTier>& tiers) {
  assert(!tiers.empty() && tiers[0].from_income == 0);
  std::vector<Segment> segs;
  const std::vector<int64_t> taxable_starts = on_taxable.starts();
  for (size_t k = 0; k < tiers.size(); ++k) {
    const int64_t from = tiers[k].from_income;
    const int64_t to = k + 1 < tiers.size() ? tiers[k + 1].from_income : kMaxScheduleInput + 1;
    const int64_t d = tiers[k].amount;
    // Candidate starts: the tier's first income, and every income where the taxable amount x - d crosses a
    // start of on_taxable (its start 0 is where the deduction is used up).
    std::vector<int64_t> candidates{from};
    for (int64_t s : taxable_starts) {
      if (d + s > from && d + s < to) candidates.push_back(d + s);
    }
    for (int64_t x : candidates) {
      const int64_t taxable = x - d;
      segs.push_back(Segment{x, on_taxable.ValueE7(std::max<int64_t>(taxable, 0)),
                             taxable >= 0 ? on_taxable.RateAt(taxable) : 0});
    }
  }
  return Schedule(std::move(segs));
}

Schedule Schedule::Sum(const std::vector<const Schedule*>& parts) {
  std::vector<int64_t> starts{0};
  for (const Schedule* p : parts) {
    const std::vector<int64_t> s = p->starts();
    starts.insert(starts.end(), s.begin(), s.end());
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<Segment> segs;
  for (int64_t x : starts) {
    Segment seg{x, 0, 0};
    for (const Schedule* p : parts) {
      seg.value += p->ValueE7(x);
      seg.rate += p->RateAt(x);
    }
    segs.push_back(seg);
  }
  return Schedule(std::move(segs));
}

// Drops a start where nothing changes (same rate, value continuous): fewer segments to search.
void Schedule::Compact() {
  size_t out = 1;
  for (size_t i = 1; i < segments_.size(); ++i) {
    const Segment& prev = segments_[out - 1];
    const Segment& cur = segments_[i];
    if (cur.rate == prev.rate && cur.value == prev.value + (cur.start - prev.start) * prev.rate) continue;
    segments_[out++] = cur;
  }
  segments_.resize(out);
}

void Schedule::BuildIndex() {
  const int64_t last_start = segments_[segments_.size() - 2].start;
  const int64_t range = std::min(last_start, kIndexedRange);
  const int bits = segments_.size() - 1 > kManySegments ? kManyBits : kFewBits;
  shift_ = 0;
  while ((range >> shift_) >= (int64_t{1} << bits)) ++shift_;
  index_.assign(size_t{1} << bits, 0);
  last_bucket_ = static_cast<int64_t>(index_.size()) - 1;
  size_t i = 0;
  for (size_t b = 0; b < index_.size(); ++b) {
    const int64_t lo = static_cast<int64_t>(b) << shift_;
    const int64_t hi = b + 1 < index_.size() ? lo + (int64_t{1} << shift_) : std::numeric_limits<int64_t>::max();
    while (segments_[i + 1].start <= lo) ++i;
    // Starts inside (lo, hi): one is handled by Find's single step, more need the walk.
    size_t inside = 0;
    for (size_t j = i + 1; segments_[j].start < hi; ++j) ++inside;
    index_[b] = static_cast<uint16_t>(i | (inside > 1 ? kCrowded : 0));
  }
  affine_.assign(index_.size(), Affine{kSplit, 0});
  for (size_t b = 0; b < index_.size(); ++b) {
    const int64_t lo = static_cast<int64_t>(b) << shift_;
    const int64_t hi = b + 1 < index_.size() ? lo + (int64_t{1} << shift_) : std::numeric_limits<int64_t>::max();
    const size_t k = index_[b] & ~kCrowded;
    if (segments_[k + 1].start < hi) continue;  // a segment starts inside: Find decides
    affine_[b] = Affine{segments_[k].value - segments_[k].start * segments_[k].rate, segments_[k].rate};
  }
  assert(segments_.size() < kCrowded);
}

}  // namespace walkaway::tax
