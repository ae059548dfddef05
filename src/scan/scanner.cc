// The only file that includes Hyperscan (scripts/check-layout).

#include "walkaway/scan/scanner.h"

#include <hs.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <system_error>

#include "scan/database_cache.h"
#include "scan/hit_context.h"

namespace walkaway::scan {

namespace {
struct RawHit {
  uint32_t entry = 0;  // index into the lexicon
  size_t begin = 0;
  size_t end = 0;
};
}  // namespace

struct Scanner::Scratch {
  hs_scratch_t* find = nullptr;   // for the fast database
  hs_scratch_t* start = nullptr;  // for the start-of-match database
  std::vector<RawHit> raw;        // reused between texts
  ~Scratch() {
    hs_free_scratch(find);
    hs_free_scratch(start);
  }
};

struct Scanner::State {
  Lexicon lexicon;
  BuildInfo info;
  // Two databases over the same expressions: `find` without start-of-match tracking scans the
  // whole text (SOM halves Hyperscan's speed), `start` with HS_FLAG_SOM_LEFTMOST only rescans a
  // short window before each hit to learn where it begins.
  hs_database_t* find = nullptr;
  hs_database_t* start = nullptr;
  ~State() {
    hs_free_database(find);
    hs_free_database(start);
  }
};

namespace {

bool IsAsciiWordChar(char c) { return IsWordByte(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80; }

core::Error PatternError(const LexiconEntry& entry, std::string_view why) {
  core::Error error = core::Error::InvalidInput("lexicon entry '" + entry.id + "': bad pattern \"" + entry.pattern +
                                                "\": " + std::string(why));
  error.location = entry.location;
  return error;
}

// Longest span searched backwards for a hit's start; every lexicon expression is far shorter.
constexpr size_t kStartWindow = 1024;

struct FindContext {
  std::vector<RawHit>* out;
  size_t overflow = 0;
};

int OnFind(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  auto* m = static_cast<FindContext*>(ctx);
  // Match-dense input (a 16 MiB line of one phrase) is counted past a cap, not kept.
  if (m->out->size() >= 4 * kMaxHitsPerText) {
    ++m->overflow;
  } else {
    m->out->push_back(RawHit{id, 0, static_cast<size_t>(to)});
  }
  return 0;
}

struct StartContext {
  unsigned id;
  unsigned long long end;
  unsigned long long from = ~0ULL;
};

int OnStart(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* m = static_cast<StartContext*>(ctx);
  if (id == m->id && to == m->end && from < m->from) m->from = from;
  return 0;
}

core::Result<hs_database_t*> Compile(const std::vector<const char*>& expressions, unsigned flag,
                                     const std::vector<LexiconEntry>& entries) {
  std::vector<unsigned> flags(expressions.size(), HS_FLAG_CASELESS | flag), ids(expressions.size());
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<unsigned>(i);
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), static_cast<unsigned>(expressions.size()),
                       HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
    const int index = error != nullptr ? error->expression : -1;
    const std::string why = error != nullptr && error->message != nullptr ? error->message : "rejected by Hyperscan";
    hs_free_compile_error(error);
    if (index >= 0 && static_cast<size_t>(index) < entries.size()) return PatternError(entries[index], why);
    return core::Error::InvalidInput("the lexicon did not compile: " + why);
  }
  return db;
}

// Cache payload: the length of the first serialized database (8 bytes), then both databases.
std::string Serialize(hs_database_t* find, hs_database_t* start) {
  std::string out;
  for (hs_database_t* db : {find, start}) {
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return {};
    if (out.empty()) {
      for (int i = 0; i < 8; ++i) out += static_cast<char>((length >> (8 * i)) & 0xFF);
    }
    out.append(bytes, length);
    std::free(bytes);
  }
  return out;
}

bool Deserialize(std::string_view payload, hs_database_t** find, hs_database_t** start) {
  if (payload.size() < 8) return false;
  size_t first = 0;
  for (int i = 7; i >= 0; --i) first = (first << 8) | static_cast<unsigned char>(payload[static_cast<size_t>(i)]);
  if (first > payload.size() - 8) return false;
  if (hs_deserialize_database(payload.data() + 8, first, find) != HS_SUCCESS) return false;
  if (hs_deserialize_database(payload.data() + 8 + first, payload.size() - 8 - first, start) != HS_SUCCESS) {
    hs_free_database(*find);
    *find = nullptr;
    return false;
  }
  return true;
}

}  // namespace

std::filesystem::path DefaultCacheDir(const char* walkaway_cache_dir, const char* xdg_cache_home, const char* home) {
  if (walkaway_cache_dir != nullptr && walkaway_cache_dir[0] != '\0') return walkaway_cache_dir;
  if (xdg_cache_home != nullptr && xdg_cache_home[0] != '\0') return std::filesystem::path(xdg_cache_home) / "walkaway";
  if (home != nullptr && home[0] != '\0') return std::filesystem::path(home) / ".cache" / "walkaway";
  return {};
}

// Regexes get the literals' treatment of spaces and apostrophes, outside character classes only.
// One to three whitespace bytes ("\r\n", a double space): bounded, because an unbounded "\s+"
// split every phrase into short literals and cut the scan speed by half (docs/scanner.md). Grouped,
// so that " ?" in a regex stays "an optional space run".
constexpr const char* kSpaceRun = "(?:\\s{1,3})";

static std::string RegexExpression(const std::string& p) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      out += c;
      out += p[++i];
    } else if (in_class) {
      if (c == ']') in_class = false;
      out += c;
    } else if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // "[]...]": a literal ']' first
    } else if (c == ' ') {
      while (i + 1 < p.size() && p[i + 1] == ' ') ++i;
      out += kSpaceRun;
    } else if (c == '\'') {
      out += "(?:'|\\xE2\\x80\\x99)";
    } else {
      out += c;
    }
  }
  return out;
}

std::string ExpressionFor(const LexiconEntry& entry) {
  if (entry.is_regex) return RegexExpression(entry.pattern);
  std::string out;
  const std::string& p = entry.pattern;
  const size_t first = p.find_first_not_of(" \t");
  const size_t last = p.find_last_not_of(" \t");
  if (first == std::string::npos) return out;
  if (IsAsciiWordChar(p[first])) out += "\\b";
  for (size_t i = first; i <= last; ++i) {
    const char c = p[i];
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '\t') {
      while (i + 1 <= last && (p[i + 1] == ' ' || p[i + 1] == '\t')) ++i;
      out += kSpaceRun;
    } else if (c == '-') {
      out += "[-\\s]?";
    } else if (c == '\'') {
      out += "(?:'|\\xE2\\x80\\x99)";
    } else if (IsAsciiWordChar(c)) {
      out += c;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", u);
      out += hex;
    }
  }
  if (IsAsciiWordChar(p[last])) out += "\\b";
  return out;
}

Scanner::Scanner(std::unique_ptr<State> state) : state_(std::move(state)) {}
Scanner::Scanner(Scanner&&) noexcept = default;
Scanner& Scanner::operator=(Scanner&&) noexcept = default;
Scanner::~Scanner() = default;

const Lexicon& Scanner::lexicon() const { return state_->lexicon; }
const BuildInfo& Scanner::build_info() const { return state_->info; }

core::Result<Scanner> Scanner::Build(Lexicon lexicon, const std::filesystem::path& cache_dir) {
  if (hs_valid_platform() != HS_SUCCESS) {
    return core::Error::Internal("this CPU lacks SSSE3, which Hyperscan needs; build with Vectorscan instead");
  }
  if (lexicon.entries.empty()) return core::Error::InvalidInput("the lexicon has no entries");
  auto state = std::make_unique<State>();
  state->lexicon = std::move(lexicon);
  const std::vector<LexiconEntry>& entries = state->lexicon.entries;

  std::vector<std::string> expressions;
  for (const LexiconEntry& entry : entries) {
    expressions.push_back(ExpressionFor(entry));
    if (expressions.back().find('\0') != std::string::npos) return PatternError(entry, "it contains a NUL byte");
  }
  std::vector<const char*> pointers;
  uint64_t key = DatabaseKey(state->lexicon.content_hash, hs_version());
  for (const std::string& expression : expressions) {
    pointers.push_back(expression.c_str());
    key = Fnv1a64(expression, key);  // a change in ExpressionFor() is a new key too
  }

  if (!cache_dir.empty()) {
    state->info.cache_file = CacheFilePath(cache_dir, key);
    std::string note;
    if (std::optional<std::string> payload = ReadCachedDatabase(state->info.cache_file, key, note)) {
      if (Deserialize(*payload, &state->find, &state->start)) {
        state->info.from_cache = true;
        return Scanner(std::move(state));
      }
      note = "the cached database could not be loaded; rebuilt";
    }
    state->info.note = note;
  }

  core::Result<hs_database_t*> find = Compile(pointers, 0, entries);
  if (!find) return find.error();
  state->find = *find;
  core::Result<hs_database_t*> start = Compile(pointers, HS_FLAG_SOM_LEFTMOST, entries);
  if (!start) return start.error();
  state->start = *start;
  if (!cache_dir.empty()) {
    const std::string payload = Serialize(state->find, state->start);
    const std::string note = payload.empty() ? "cannot serialize the database; not cached"
                                             : WriteCachedDatabase(state->info.cache_file, key, payload);
    if (!note.empty()) state->info.note = note;
  }
  return Scanner(std::move(state));
}

core::Result<std::shared_ptr<Scanner::Scratch>> Scanner::NewScratch() const {
  auto scratch = std::make_shared<Scratch>();
  if (hs_alloc_scratch(state_->find, &scratch->find) != HS_SUCCESS ||
      hs_alloc_scratch(state_->start, &scratch->start) != HS_SUCCESS) {
    return core::Error::Internal("cannot allocate Hyperscan scratch space");
  }
  return scratch;
}

core::Result<ScanResult> Scanner::Scan(std::string_view text, Scratch& scratch) const {
  if (text.size() >= (size_t{1} << 31)) return core::Error::TooLarge("a text of 2 GiB or more cannot be scanned whole");
  ScanResult result;
  std::vector<RawHit>& raw = scratch.raw;
  raw.clear();
  FindContext found{&raw};
  if (hs_error_t rc = hs_scan(state_->find, text.data(), static_cast<unsigned>(text.size()), 0, scratch.find, OnFind,
                              &found);
      rc != HS_SUCCESS) {
    return core::Error::Internal("Hyperscan failed with code " + std::to_string(rc));
  }
  // Where each hit starts: the leftmost start of that expression ending there, in a short window.
  std::vector<RawHit> located;
  for (const RawHit& hit : raw) {
    const size_t window = hit.end > kStartWindow ? hit.end - kStartWindow : 0;
    StartContext ctx{hit.entry, hit.end - window};
    if (hs_scan(state_->start, text.data() + window, static_cast<unsigned>(hit.end - window), 0, scratch.start,
                OnStart, &ctx) != HS_SUCCESS || ctx.from == ~0ULL) {
      continue;
    }
    const size_t begin = window + static_cast<size_t>(ctx.from);
    if (HasWordBoundaries(text, begin, hit.end)) located.push_back(RawHit{hit.entry, begin, hit.end});
  }
  // Text order, one hit per entry and start (a regex may end at several places).
  std::sort(located.begin(), located.end(), [](const RawHit& a, const RawHit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.entry != b.entry) return a.entry < b.entry;
    return a.end > b.end;  // the longest first, kept by the dedupe below
  });
  located.erase(std::unique(located.begin(), located.end(),
                            [](const RawHit& a, const RawHit& b) { return a.begin == b.begin && a.entry == b.entry; }),
                located.end());
  const size_t keep = std::min(located.size(), kMaxHitsPerText);
  result.dropped = (located.size() - keep) + found.overflow;
  result.hits.reserve(keep);
  int line = 1;
  size_t line_start = 0, cursor = 0;
  for (size_t i = 0; i < keep; ++i) {
    ScanHit hit;
    hit.entry = &state_->lexicon.entries[located[i].entry];
    hit.begin = located[i].begin;
    hit.end = located[i].end;
    while (true) {  // count lines incrementally: hits are sorted
      const void* nl = std::memchr(text.data() + cursor, '\n', hit.begin - cursor);
      if (nl == nullptr) break;
      cursor = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      line_start = cursor;
      ++line;
    }
    cursor = hit.begin;
    hit.line = line;
    hit.column = static_cast<int>(hit.begin - line_start) + 1;
    hit.negated = IsNegatedAt(text, hit.begin, hit.end);
    hit.sentence = SentenceAround(text, hit.begin, hit.end);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace walkaway::scan
