#include "scan/lexicon_blob.h"

#include <cstring>

namespace walkaway::scan {
namespace {

constexpr uint32_t kBlobVersion = 1;  // bump when the layout below changes

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void PutString(std::string& out, std::string_view s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}
void PutStrings(std::string& out, const std::vector<std::string>& list) {
  PutU32(out, static_cast<uint32_t>(list.size()));
  for (const std::string& s : list) PutString(out, s);
}

class Reader {
 public:
  Reader(std::string_view in, size_t& pos) : in_(in), pos_(pos) {}
  bool U32(uint32_t& v) {
    if (in_.size() - pos_ < 4) return false;
    v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(in_[pos_ + static_cast<size_t>(i)]);
    pos_ += 4;
    return true;
  }
  bool String(std::string& s) {
    uint32_t n = 0;
    if (!U32(n) || in_.size() - pos_ < n) return false;
    s.assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool Strings(std::vector<std::string>& list) {
    uint32_t n = 0;
    if (!U32(n) || n > in_.size() - pos_) return false;  // each string takes >= 4 bytes: a cheap sanity cap
    list.resize(n);
    for (std::string& s : list) {
      if (!String(s)) return false;
    }
    return true;
  }

 private:
  std::string_view in_;
  size_t& pos_;
};

}  // namespace

void WriteLexiconBlob(const Lexicon& lexicon, const std::vector<uint32_t>& widths, std::string& out) {
  PutU32(out, kBlobVersion);
  PutU32(out, static_cast<uint32_t>(lexicon.content_hash & 0xFFFFFFFFu));
  PutU32(out, static_cast<uint32_t>(lexicon.content_hash >> 32));
  PutU32(out, static_cast<uint32_t>(lexicon.entries.size()));
  for (size_t i = 0; i < lexicon.entries.size(); ++i) {
    const LexiconEntry& e = lexicon.entries[i];
    const std::string rule(core::ToString(e.rule));
    for (const std::string* s : {&e.id, &e.pattern, &e.category, &rule, &e.explanation, &e.location.file}) {
      PutString(out, *s);
    }
    PutU32(out, e.is_regex ? 1 : 0);
    PutU32(out, static_cast<uint32_t>(e.severity));
    PutU32(out, static_cast<uint32_t>(e.location.line));
    PutU32(out, static_cast<uint32_t>(e.location.column));
    PutU32(out, i < widths.size() ? widths[i] : 0);
    PutStrings(out, e.examples);
    PutStrings(out, e.counter_examples);
  }
}

bool ReadLexiconBlob(std::string_view in, size_t& pos, Lexicon& lexicon, std::vector<uint32_t>& widths) {
  Reader r(in, pos);
  uint32_t version = 0, lo = 0, hi = 0, count = 0;
  if (!r.U32(version) || version != kBlobVersion || !r.U32(lo) || !r.U32(hi) || !r.U32(count)) return false;
  if (count > (in.size() - pos) / 16) return false;
  lexicon.content_hash = (static_cast<uint64_t>(hi) << 32) | lo;
  lexicon.entries.assign(count, LexiconEntry{});
  widths.assign(count, 0);
  for (uint32_t i = 0; i < count; ++i) {
    LexiconEntry& e = lexicon.entries[i];
    uint32_t regex = 0, severity = 0, line = 0, column = 0;
    std::string rule;
    for (std::string* s : {&e.id, &e.pattern, &e.category, &rule, &e.explanation, &e.location.file}) {
      if (!r.String(*s)) return false;
    }
    const std::optional<core::RuleId> id = core::RuleIdFromName(rule);
    if (!id) return false;
    e.rule = *id;
    if (!r.U32(regex) || !r.U32(severity) || !r.U32(line) || !r.U32(column) || !r.U32(widths[i])) return false;
    if (severity > static_cast<uint32_t>(core::Severity::kPositive)) return false;
    e.is_regex = regex != 0;
    e.severity = static_cast<core::Severity>(severity);
    e.location.line = static_cast<int>(line);
    e.location.column = static_cast<int>(column);
    if (!r.Strings(e.examples) || !r.Strings(e.counter_examples)) return false;
  }
  return true;
}

uint64_t FastChecksum(std::string_view bytes) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t lane[4] = {kFnvOffset, kFnvOffset ^ 1, kFnvOffset ^ 2, kFnvOffset ^ 3};
  const char* p = bytes.data();
  size_t n = bytes.size();
  for (; n >= 32; p += 32, n -= 32) {
    for (int l = 0; l < 4; ++l) {
      uint64_t v;
      std::memcpy(&v, p + 8 * l, 8);
      lane[l] = (lane[l] ^ v) * kMul;
      lane[l] ^= lane[l] >> 31;
    }
  }
  uint64_t h = Fnv1a64(std::string_view(p, n), bytes.size());
  for (uint64_t v : lane) h = (h ^ v) * kMul ^ ((h ^ v) >> 29);
  return h;
}

}  // namespace walkaway::scan
