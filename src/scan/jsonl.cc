#include "walkaway/scan/jsonl.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <system_error>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "scan/json_unescape.h"
#include "walkaway/scan/text_prep.h"

namespace walkaway::scan {
namespace {

constexpr int kMaxDepth = 64;

// What each one-letter escape stands for ("\n" is a line break); 0 for the letters that are not one.
constexpr std::array<char, 256> kShortEscape = [] {
  std::array<char, 256> table{};
  table['"'] = '"';
  table['\\'] = '\\';
  table['/'] = '/';
  table['b'] = '\b';
  table['f'] = '\f';
  table['n'] = '\n';
  table['r'] = '\r';
  table['t'] = '\t';
  return table;
}();

// How many bytes from p on need no decoding: not '"', not '\\', not a control byte. 16 at a time,
// so a posting's text costs a fraction of a nanosecond per byte (docs/scanner.md).
size_t PlainRun(const char* p, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control_max = _mm_set1_epi8(0x1F);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                      _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    const char c = p[i];
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return i;
  }
  return n;
}

template <typename Int>
void AppendNumber(std::string& out, Int value) {
  char buf[24];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
}

class LineParser {
 public:
  explicit LineParser(std::string_view line) : s_(line) {}

  core::Status Parse(JsonlRecord& record) {
    SkipSpace();
    if (!Eat('{')) return Fail("expected a JSON object '{'");
    bool has_text = false;
    SkipSpace();
    if (!Eat('}')) {
      while (true) {
        SkipSpace();
        std::string_view raw_key;
        if (!String(raw_key, other_storage_)) return Fail(error_.empty() ? "expected a key string" : error_);
        SkipSpace();
        if (!Eat(':')) return Fail("expected ':' after a key");
        SkipSpace();
        if (raw_key == "text") {
          if (Peek() != '"') return Fail("\"text\" must be a string");
          if (!String(record.text, record.storage)) return Fail(error_);
          has_text = true;
        } else if (raw_key == "id") {
          const size_t begin = pos_;
          if (Peek() == '"') {  // re-encoded, so that a bad byte in an id cannot break our output
            std::string_view id;
            if (!String(id, other_storage_)) return Fail(error_);
            record.id_json.clear();
            AppendJsonString(record.id_json, id);
          } else if (Number()) {
            // Copied as written, so it must also be a number strict JSON readers accept: 1e99999
            // is grammatical but overflows a double (fuzz/regressions/jsonl_line/crash-b85e6b1b).
            const std::string_view written = s_.substr(begin, pos_ - begin);
            double value = 0;
            if (std::from_chars(written.data(), written.data() + written.size(), value).ec != std::errc()) {
              return Fail("\"id\" is a number out of range");
            }
            record.id_json.assign(written);
          } else {
            return Fail("\"id\" must be a string or a number");
          }
        } else if (raw_key == "company" || raw_key == "company_description") {
          FieldState& state = raw_key == "company" ? record.posting.company : record.posting.company_description;
          const std::string key(raw_key);  // raw_key may view other_storage_, which String() reuses
          if (Peek() == '"') {
            std::string_view value;
            if (!String(value, other_storage_)) return Fail(error_);
            state = StateOf(value);
          } else if (s_.substr(pos_, 4) == "null") {
            pos_ += 4;
            state = FieldState::kBlank;
          } else {
            return Fail("\"" + key + "\" must be a string or null");
          }
        } else if (!SkipValue(1)) {
          return Fail(error_.empty() ? "bad value" : error_);
        }
        SkipSpace();
        if (Eat('}')) break;
        if (!Eat(',')) return Fail("expected ',' or '}'");
      }
    }
    SkipSpace();
    if (pos_ != s_.size()) return Fail("text after the object");
    if (!has_text) return core::Error::InvalidInput("the object has no \"text\" string");
    return core::Ok{};
  }

 private:
  char Peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || pos_ >= s_.size()) return false;
    ++pos_;
    return true;
  }
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r')) ++pos_;
  }
  core::Error Fail(std::string_view what) const {
    return core::Error::InvalidInput("malformed JSON at byte " + std::to_string(pos_ + 1) + ": " + std::string(what));
  }

  bool Hex4(uint32_t& v) {
    if (s_.size() - pos_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  // A string at pos_. Without escapes `out` views the line (the common case, no copy). With them it
  // is decoded into `storage`, which is only ever grown: decoding never makes a string longer, so
  // the rest of the line bounds it, and a buffer kept from the previous line needs no zero fill.
  bool String(std::string_view& out, std::string& storage) {
    if (!Eat('"')) return false;
    const size_t begin = pos_;
    const size_t n = s_.size();
    pos_ += PlainRun(s_.data() + pos_, n - pos_);
    if (pos_ < n && static_cast<unsigned char>(s_[pos_]) < 0x20) {
      return Error("a control character inside a string");
    }
    if (Peek() == '"') {
      out = s_.substr(begin, pos_ - begin);
      ++pos_;
      return true;
    }
    if (storage.size() < n - begin) storage.resize(n - begin);
    char* const base = storage.data();
    std::memcpy(base, s_.data() + begin, pos_ - begin);
    char* o = base + (pos_ - begin);
    const char* const p = s_.data();
    while (pos_ < n) {
      // Copied while scanned: one pass over the text instead of a scan and then a copy. A local
      // index, as stores through `o` could otherwise alias pos_ and force it to memory each block.
      size_t i = pos_;
      // 64 bytes at a time with the one-letter escapes decoded in place when the CPU allows; the
      // loop below takes over at what that leaves (json_unescape.h).
      if (HasAvx512Unescape()) i = UnescapeBlocks(p, i, n, o);
      bool stopped = false;  // at a '"', '\\' or control byte; else at the last 15 bytes or fewer
#if defined(__SSE2__)
      // 16 bytes at a time. A block is stored whole even when it holds a stop; only the bytes before
      // the stop count, and o + 16 stays inside `storage` because o - base <= i - begin.
      const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
      const __m128i control_max = _mm_set1_epi8(0x1F);
      while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
        const __m128i stop = _mm_or_si128(special, _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v));
        const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
        if (mask == 0) {
          i += 16;
          o += 16;
          continue;
        }
        const size_t k = static_cast<size_t>(__builtin_ctz(mask));
        i += k;
        o += k;
        // A one-letter escape ("\n" above all: one every ~90 bytes in postings) is decoded here
        // without leaving the loop; "\u", the closing quote and errors go the long way.
        if (p[i] == '\\' && i + 1 < n) {
          if (const char decoded = kShortEscape[static_cast<unsigned char>(p[i + 1])]; decoded != 0) {
            *o++ = decoded;
            i += 2;
            continue;
          }
        }
        stopped = true;
        break;
      }
#endif
      if (!stopped) {  // fewer than 16 bytes left (or no SSE2): a stop found above needs no call
        const size_t run = PlainRun(p + i, n - i);
        std::memcpy(o, p + i, run);
        o += run;
        i += run;
      }
      pos_ = i;
      if (pos_ >= n) break;
      const char c = s_[pos_++];
      if (c == '"') {
        out = std::string_view(base, static_cast<size_t>(o - base));
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return Error("a control character inside a string");
      const char e = pos_ < n ? s_[pos_++] : '\0';
      switch (e) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(cp)) return Error("a bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            uint32_t low = 0;
            if (!Hex4(low)) return Error("a bad \\u escape");
            if (low >= 0xDC00 && low <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else {
              // A lone high surrogate is U+FFFD, and the escape after it is a character of its own:
              // "\ud800\u0041" is U+FFFD then "A", never U+FFFD alone (issue #17, item 7). Decoding
              // resumes at that escape; the output stays shorter than the input read so far.
              cp = 0xFFFD;
              pos_ -= 6;
            }
          }
          if (cp == 0) {  // NUL is one byte, as written: as U+FFFD it moved every later column by 2
            *o++ = '\0';
            break;
          }
          std::string utf8;  // at most 4 bytes: no allocation
          AppendUtf8(utf8, cp);
          std::memcpy(o, utf8.data(), utf8.size());
          o += utf8.size();
          break;
        }
        default: return Error("a bad escape in a string");
      }
    }
    return Error("an unterminated string");
  }

  bool Digits() {
    const size_t begin = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > begin;
  }

  // The JSON number grammar exactly: a numeric "id" is copied into the output as written, so
  // "-0-0.0e+.0e+1" must be refused here or the output line is not JSON (found by
  // fuzz/fuzz_jsonl_line; docs/hardening.md).
  bool Number() {
    Eat('-');
    if (Peek() == '0') {
      ++pos_;
    } else if (!Digits()) {
      return false;
    }
    if (Eat('.') && !Digits()) return false;
    if (Peek() == 'e' || Peek() == 'E') {
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!Digits()) return false;
    }
    return true;
  }

  bool Literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool SkipValue(int depth) {
    if (depth > kMaxDepth) return Error("nested deeper than 64 levels");
    std::string_view ignored;
    switch (Peek()) {
      case '"': return String(ignored, other_storage_);
      case 't': return Literal("true");
      case 'f': return Literal("false");
      case 'n': return Literal("null");
      case '{':
      case '[': {
        const char close = Peek() == '{' ? '}' : ']';
        ++pos_;
        SkipSpace();
        if (Eat(close)) return true;
        while (true) {
          SkipSpace();
          if (close == '}') {
            if (!String(ignored, other_storage_)) return false;
            SkipSpace();
            if (!Eat(':')) return Error("expected ':' after a key");
            SkipSpace();
          }
          if (!SkipValue(depth + 1)) return false;
          SkipSpace();
          if (Eat(close)) return true;
          if (!Eat(',')) return Error("expected ',' between values");
        }
      }
      default: return Number();
    }
  }

  bool Error(std::string_view what) {
    error_ = what;
    return false;
  }

  std::string_view s_;
  // Keys, ids and skipped strings are decoded here, one buffer for the line: `storage` is only
  // grown, never refilled (a fresh one per string was zero-filled to the line's end each time).
  std::string other_storage_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

core::Status ParseJsonlRecord(std::string_view line, JsonlRecord& record) {
  record.id_json.assign("null");  // keeps the buffers: no allocation per line once warm
  record.text = {};
  record.posting = {};
  return LineParser(line).Parse(record);
}

void AppendJsonString(std::string& out, std::string_view s) {
  std::string repaired;
  if (!IsValidUtf8(s)) {
    repaired = ValidUtf8(s);
    s = repaired;
  }
  out += '"';
  // The bytes that need an escape are exactly those PlainRun stops at: the rest goes in whole runs.
  for (size_t i = 0; i < s.size();) {
    const size_t run = PlainRun(s.data() + i, s.size() - i);
    out.append(s.data() + i, run);
    i += run;
    if (i >= s.size()) break;
    const char c = s[i++];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {  // a control byte
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
        out += buf;
      }
    }
  }
  out += '"';
}

void AppendResultJson(std::string& out, size_t line_number, std::string_view id_json, const ScanResult& result,
                      const std::vector<const PostingSignal*>& posting) {
  // Appended piece by piece: no temporary string per number or per hit.
  out += "{\"line\":";
  AppendNumber(out, line_number);
  out += ",\"id\":";
  out += id_json;
  out += ",\"hits\":[";
  bool first = true;
  for (const ScanHit& hit : result.hits) {
    if (!first) out += ',';
    first = false;
    out += "{\"entry\":";
    AppendJsonString(out, hit.entry->id);
    out += ",\"category\":";
    AppendJsonString(out, hit.entry->category);
    out += ",\"rule\":\"";
    out += core::ToString(hit.entry->rule);
    out += "\",\"severity\":\"";
    out += SeverityName(hit.entry->severity);
    out += "\",\"line\":";
    AppendNumber(out, hit.line);
    out += ",\"column\":";
    AppendNumber(out, hit.column);
    out += hit.negated ? ",\"negated\":true,\"sentence\":" : ",\"negated\":false,\"sentence\":";
    AppendJsonString(out, hit.sentence);
    out += '}';
  }
  out += "],\"dropped\":";
  AppendNumber(out, result.dropped);
  if (!posting.empty()) {
    out += ",\"posting\":[";
    for (size_t i = 0; i < posting.size(); ++i) {
      const PostingSignal& signal = *posting[i];
      out += i == 0 ? "{\"entry\":" : ",{\"entry\":";
      AppendJsonString(out, signal.id);
      out += ",\"category\":\"posting\",\"rule\":\"";
      out += core::ToString(signal.rule);
      out += "\",\"severity\":\"";
      out += SeverityName(signal.severity);
      out += "\",\"field\":";
      AppendJsonString(out, signal.field);
      out += ",\"explain\":";
      AppendJsonString(out, signal.explanation);
      out += '}';
    }
    out += ']';
  }
  out += "}\n";
}

void AppendErrorJson(std::string& out, size_t line_number, std::string_view id_json, std::string_view message) {
  out += "{\"line\":" + std::to_string(line_number) + ",\"id\":";
  out += id_json;
  out += ",\"error\":";
  AppendJsonString(out, message);
  out += "}\n";
}

}  // namespace walkaway::scan
