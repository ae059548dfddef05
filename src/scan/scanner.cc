// Hyperscan is included in src/scan only (scripts/check-layout): here, scanner_tables.h and
// scanner_cache.cc.

#include "walkaway/scan/scanner.h"

#include <hs.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <system_error>

#include "scan/compact_text.h"
#include "scan/database_cache.h"
#include "scan/hit_context.h"
#include "scan/lexicon_blob.h"
#include "scan/scanner_tables.h"
#include "scan/word_anchors.h"
#include "scan/word_scan.h"

namespace walkaway::scan {

namespace {
struct RawHit {
  uint32_t entry = 0;  // index into the lexicon
  size_t begin = 0;
  size_t end = 0;
};

// A stretch found in the text: its regex must run around [begin, end).
struct Stretch {
  uint32_t entry = 0;
  uint32_t length = 0;  // in compacted bytes (the stretch's string)
  uint32_t sides = 0;
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Stretch&) const = default;
};
}  // namespace

class Scanner::Scratch {  // declared `class` in scanner.h
 public:
  hs_scratch_t* start = nullptr;  // large enough for every regex database
  WordScratch words;              // reused between texts, like the rest
  std::vector<AnchorHit> anchors;
  std::vector<Stretch> stretches;
  std::vector<RawHit> raw;        // every match: entry, begin, end in the text
  std::vector<RawHit> located;
  std::string window;             // a regex's window, whitespace runs collapsed (compact_text.h)
  std::vector<Shift> shifts;
  ~Scratch() { hs_free_scratch(start); }
};

struct Scanner::State {
  Lexicon lexicon;
  BuildInfo info;
  // Per entry, the database of an entry left as a regex (null for the others), compiled with
  // HS_FLAG_SOM_LEFTMOST (where a match begins matters) and run only on short windows around its
  // stretches, so tracking the start costs little; one expression a database keeps a window's run
  // to the one regex that can match there.
  std::vector<hs_database_t*> regexes;
  LiteralTable strings;
  StretchTable stretches;
  AnchorIndex anchors;
  std::string anchored_text;  // every string and stretch end to end, for AnchorTarget::text_begin
  // Per entry, the widest match of its expression in bytes of compact text (0: unbounded), so a
  // regex window is a few dozen bytes, not a kilobyte.
  std::vector<uint32_t> widths;
  ~State() {
    for (hs_database_t* db : regexes) hs_free_database(db);
  }
};

namespace {

bool IsAsciiWordChar(char c) { return IsWordByte(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80; }

// How far on each side of a stretch a regex window reaches when the regex's width is unbounded
// (`\d+`, `[a-z]+`): a lexicon phrase is a few dozen bytes; a longer match is not looked for.
constexpr size_t kUnboundedWindow = 256;

// Match-dense input (a 16 MiB line of one phrase) keeps this many raw matches of strings, and
// runs this many regex windows; the rest are counted, not kept.
constexpr size_t kMaxRawHits = 4 * kMaxHitsPerText;

// The word pass takes a long text this many bytes at a time.
constexpr size_t kWordPassChunk = size_t{1} << 20;

struct WindowContext {
  unsigned id;
  std::vector<std::pair<unsigned long long, unsigned long long>>* out;
};

int OnWindowMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* m = static_cast<WindowContext*>(ctx);
  if (id == m->id) m->out->emplace_back(from, to);
  return 0;
}

// `entry_of[i]` is the lexicon entry expression i comes from, for the error message.
core::Result<hs_database_t*> CompileDatabase(const std::vector<const char*>& expressions,
                                             const std::vector<unsigned>& ids, unsigned flag,
                                             const std::vector<LexiconEntry>& entries,
                                             const std::vector<uint32_t>& entry_of) {
  std::vector<unsigned> flags(expressions.size(), HS_FLAG_CASELESS | flag);
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), static_cast<unsigned>(expressions.size()),
                       HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
    const int index = error != nullptr ? error->expression : -1;
    const std::string why = error != nullptr && error->message != nullptr ? error->message : "rejected by Hyperscan";
    hs_free_compile_error(error);
    if (index >= 0 && static_cast<size_t>(index) < entry_of.size()) return PatternError(entries[entry_of[index]], why);
    return core::Error::InvalidInput("the lexicon did not compile: " + why);
  }
  return db;
}

// The widest match of each expression (hs_expression_info), 0 when unbounded.
std::vector<uint32_t> MaxWidths(const std::vector<std::string>& expressions) {
  std::vector<uint32_t> widths;
  for (const std::string& expression : expressions) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* error = nullptr;
    uint32_t width = 0;
    if (hs_expression_info(expression.c_str(), HS_FLAG_CASELESS, &info, &error) == HS_SUCCESS && info != nullptr) {
      width = info->max_width == UINT_MAX ? 0 : info->max_width;
    }
    std::free(info);
    hs_free_compile_error(error);
    widths.push_back(width);
  }
  return widths;
}

}  // namespace

std::filesystem::path DefaultCacheDir(const char* walkaway_cache_dir, const char* xdg_cache_home, const char* home) {
  if (walkaway_cache_dir != nullptr && walkaway_cache_dir[0] != '\0') return walkaway_cache_dir;
  if (xdg_cache_home != nullptr && xdg_cache_home[0] != '\0') return std::filesystem::path(xdg_cache_home) / "walkaway";
  if (home != nullptr && home[0] != '\0') return std::filesystem::path(home) / ".cache" / "walkaway";
  return {};
}

// Regexes get the literals' treatment of spaces and apostrophes, outside character classes only.
// The scanned text has every whitespace run collapsed to one space (compact_text.h), so a space is
// just a space: whole phrases become long literals, which Hyperscan's prefilter finds quickly.
constexpr const char* kSpaceRun = " ";

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
      out += "[- ]?";
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

std::vector<Scanner::LiteralString> Scanner::literal_strings() const {
  std::vector<LiteralString> out;
  const LiteralTable& table = state_->strings;
  out.reserve(table.text.size());
  for (size_t k = 0; k < table.text.size(); ++k) {
    out.push_back(LiteralString{&state_->lexicon.entries[table.entry[k]], table.text[k]});
  }
  return out;
}

namespace {

// Folded into every cache key: bump it when ExpressionFor(), the text compaction, the payload
// layout, ExpandToLiterals() (literal_expansion.h) or the choice of anchors (word_anchors.cc,
// regex_anchors.cc) changes: Open() keys its cache by the lexicon files alone.
constexpr std::string_view kEngineVersion = "walkaway-scan-engine-5";
// Lexicon files are ~40 KB; one over this is left to the reader to refuse (it caps at 4 MiB).
constexpr size_t kMaxHashedLexiconFile = 4u << 20;

}  // namespace

core::Result<Scanner> Scanner::Compile(std::unique_ptr<State> state, uint64_t key, const std::filesystem::path& cache_dir) {
  const std::vector<LexiconEntry>& entries = state->lexicon.entries;
  std::vector<std::string> expressions;
  for (const LexiconEntry& entry : entries) {
    expressions.push_back(ExpressionFor(entry));
    if (expressions.back().find('\0') != std::string::npos) return PatternError(entry, "it contains a NUL byte");
  }
  core::Result<LiteralTable> strings = ExpandEntries(entries);
  if (!strings) return strings.error();
  state->strings = std::move(*strings);
  // The entries left as regexes, each in a database of its own.
  state->regexes.assign(entries.size(), nullptr);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (state->strings.expanded[i]) continue;
    core::Result<hs_database_t*> db = CompileDatabase({expressions[i].c_str()}, {static_cast<unsigned>(i)},
                                                      HS_FLAG_SOM_LEFTMOST, entries, {static_cast<uint32_t>(i)});
    if (!db) return db.error();
    state->regexes[i] = *db;
  }
  // After the databases: a pattern Hyperscan refuses gets its syntax error, not ours.
  core::Result<StretchTable> stretches = StretchEntries(entries, state->strings);
  if (!stretches) return stretches.error();
  state->stretches = std::move(*stretches);
  state->widths = MaxWidths(expressions);
  IndexAnchors(state->strings, state->stretches, state->anchors, state->anchored_text);
  if (!cache_dir.empty()) {
    state->info.cache_file = CacheFilePath(cache_dir, key);
    const std::string payload =
        Serialize(state->lexicon, state->widths, state->regexes, state->strings, state->stretches);
    const std::string note = payload.empty() ? "cannot serialize the database; not cached"
                                             : WriteCachedDatabase(state->info.cache_file, key, payload);
    if (!note.empty()) state->info.note = note;
  }
  return Scanner(std::move(state));
}

core::Result<Scanner> Scanner::Build(Lexicon lexicon, const std::filesystem::path& cache_dir) {
  if (hs_valid_platform() != HS_SUCCESS) {
    return core::Error::Internal("this CPU lacks SSSE3, which Hyperscan needs; build with Vectorscan instead");
  }
  if (lexicon.entries.empty()) return core::Error::InvalidInput("the lexicon has no entries");
  auto state = std::make_unique<State>();
  state->lexicon = std::move(lexicon);
  uint64_t key = Fnv1a64(kEngineVersion, DatabaseKey(state->lexicon.content_hash, hs_version()));
  for (const LexiconEntry& entry : state->lexicon.entries) {
    key = Fnv1a64(ExpressionFor(entry), key);  // a change in the patterns is a new key too
  }
  if (!cache_dir.empty()) {
    state->info.cache_file = CacheFilePath(cache_dir, key);
    std::string note;
    if (std::optional<std::string> payload = ReadCachedDatabase(state->info.cache_file, key, note)) {
      if (Deserialize(*payload, nullptr, state->widths, state->regexes, state->strings, state->stretches) &&
          state->widths.size() == state->lexicon.entries.size()) {
        state->info.from_cache = true;
        IndexAnchors(state->strings, state->stretches, state->anchors, state->anchored_text);
        return Scanner(std::move(state));
      }
      FreeDatabases(state->regexes);
      state->strings = {};
      state->stretches = {};
      note = "the cached database could not be loaded; rebuilt";
    }
    state->info.note = note;
  }
  std::string note = state->info.note;
  core::Result<Scanner> built = Compile(std::move(state), key, cache_dir);
  if (built && !note.empty() && built->state_->info.note.empty()) built->state_->info.note = note;
  return built;
}

core::Result<Scanner> Scanner::Open(const std::filesystem::path& lexicon_dir, const std::filesystem::path& cache_dir,
                                    LexiconReader read_lexicon) {
  if (hs_valid_platform() != HS_SUCCESS) {
    return core::Error::Internal("this CPU lacks SSSE3, which Hyperscan needs; build with Vectorscan instead");
  }
  // The key: every *.toml file's name and bytes (as the loader reads them), the engine and Hyperscan.
  std::optional<uint64_t> key;
  std::string note;
  if (!cache_dir.empty()) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(lexicon_dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".toml") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    uint64_t h = Fnv1a64(kEngineVersion, DatabaseKey(0x6c657869636f6e64ULL, hs_version()));  // "lexicond"
    bool readable = !ec && !files.empty();
    for (const std::filesystem::path& file : files) {
      std::FILE* f = std::fopen(file.c_str(), "rb");
      if (f == nullptr) {
        readable = false;
        break;
      }
      std::string bytes;
      char buffer[1 << 16];
      for (size_t got; bytes.size() <= kMaxHashedLexiconFile && (got = std::fread(buffer, 1, sizeof buffer, f)) > 0;) {
        bytes.append(buffer, got);
      }
      std::fclose(f);
      if (bytes.size() > kMaxHashedLexiconFile) {  // the reader refuses it with a proper message
        readable = false;
        break;
      }
      h = Fnv1a64(bytes, Fnv1a64(file.filename().string(), h));
    }
    if (readable) {
      key = h;
      const std::filesystem::path file = CacheFilePath(cache_dir, *key);
      if (std::optional<std::string> payload = ReadCachedDatabase(file, *key, note)) {
        auto state = std::make_unique<State>();
        if (Deserialize(*payload, &state->lexicon, state->widths, state->regexes, state->strings, state->stretches) &&
            !state->lexicon.entries.empty() && state->widths.size() == state->lexicon.entries.size()) {
          state->info.from_cache = true;
          state->info.cache_file = file;
          IndexAnchors(state->strings, state->stretches, state->anchors, state->anchored_text);
          return Scanner(std::move(state));
        }
        note = "the cached database could not be loaded; rebuilt";
      }
    }
  }
  core::Result<Lexicon> lexicon = read_lexicon(lexicon_dir);
  if (!lexicon) return lexicon.error();
  if (!key) return Build(std::move(*lexicon), cache_dir);  // no cache, or files we could not hash
  if (lexicon->entries.empty()) return core::Error::InvalidInput("the lexicon has no entries");
  auto state = std::make_unique<State>();
  state->lexicon = std::move(*lexicon);
  core::Result<Scanner> built = Compile(std::move(state), *key, cache_dir);
  if (built && !note.empty() && built->state_->info.note.empty()) built->state_->info.note = note;
  return built;
}

core::Result<std::shared_ptr<Scanner::Scratch>> Scanner::NewScratch() const {
  auto scratch = std::make_shared<Scratch>();
  for (hs_database_t* db : state_->regexes) {  // one scratch grows to fit every database
    if (db != nullptr && hs_alloc_scratch(db, &scratch->start) != HS_SUCCESS) {
      return core::Error::Internal("cannot allocate Hyperscan scratch space");
    }
  }
  return scratch;
}

core::Result<ScanResult> Scanner::Scan(std::string_view text, Scratch& scratch) const {
  if (text.size() >= (size_t{1} << 31)) return core::Error::TooLarge("a text of 2 GiB or more cannot be scanned whole");
  ScanResult result;
  // 1. The anchor words (word_scan.h), then the strings compared around them and the regex
  //    stretches found around them. A long text goes a chunk at a time, so the anchors found are
  //    never more than a chunk's worth (a 64 MiB document of nothing but anchor words would
  //    otherwise hold hundreds of MB of them); each chunk starts with the last word of the one
  //    before, so a pair across the cut is still seen (what that word finds twice is one hit).
  std::vector<RawHit>& raw = scratch.raw;
  raw.clear();
  std::vector<Stretch>& stretches = scratch.stretches;
  stretches.clear();
  size_t overflow = 0;
  const LiteralTable& table = state_->strings;
  const StretchTable& stretch_table = state_->stretches;
  const char* anchored = state_->anchored_text.data();
  const auto is_word = [&](size_t i) { return IsWordByte(static_cast<unsigned char>(text[i])); };
  for (size_t chunk = 0; chunk < text.size();) {
    size_t chunk_end = text.size();
    size_t next = text.size();
    if (text.size() - chunk > kWordPassChunk) {
      chunk_end = chunk + kWordPassChunk;
      while (chunk_end > chunk && is_word(chunk_end - 1) && is_word(chunk_end)) --chunk_end;  // not inside a word
      if (chunk_end == chunk) chunk_end = chunk + kWordPassChunk;  // one word longer than a chunk
      next = chunk_end;  // back to the start of the chunk's last word
      while (next > chunk && !is_word(next - 1)) --next;
      while (next > chunk && is_word(next - 1)) --next;
      if (next == chunk) next = chunk_end;
    }
    FindAnchorWords(text.substr(chunk, chunk_end - chunk), state_->anchors, scratch.words, scratch.anchors);
    for (const AnchorHit& anchor : scratch.anchors) {
      const size_t at = chunk + anchor.begin;
      for (const AnchorTarget& target : anchor.targets) {
        size_t begin = 0, end = 0;
        const std::string_view s(anchored + target.text_begin, target.text_length);
        if (!MatchSpacedAt(text, at, s, target.offset, &begin, &end)) continue;
        if ((target.target & AnchorTarget::kRegexBit) == 0) {
          if (raw.size() >= kMaxRawHits) {
            ++overflow;
          } else {
            raw.push_back(RawHit{table.entry[target.target], begin, end});
          }
          continue;
        }
        const uint32_t k = target.target & ~AnchorTarget::kRegexBit;
        const Stretch found{stretch_table.entry[k], target.text_length, stretch_table.sides[k], begin, end};
        if (!stretches.empty() && stretches.back() == found) continue;  // one stretch, two anchors
        if (stretches.size() >= kMaxRawHits) {
          ++overflow;
        } else {
          stretches.push_back(found);
        }
      }
    }
    chunk = next;
  }
  // 2. Each regex in a window around its stretch. A match holds the stretch and is at most the
  //    regex's widest match long, so the window reaches that width less the stretch's length on
  //    each side, counted in compacted bytes, then widened to whole words so that "\b" at its edge
  //    means what it means in the whole text. Only matches holding the stretch count (one cut by
  //    the window's edge would have a wrong start; whole, it is found from its own stretch).
  // The stretches are capped on their own (above): a text dense with strings must not lose its
  // regex hits, and a text dense with stretches must not run a window each without end.
  std::vector<std::pair<unsigned long long, unsigned long long>> matches;
  for (const Stretch& stretch : stretches) {
    const uint32_t width = state_->widths[stretch.entry];
    const size_t reach = width == 0 ? kUnboundedWindow : (width > stretch.length ? width - stretch.length : 0);
    size_t left = (stretch.sides & kStartsMatch) != 0 ? stretch.begin : RetreatCompacted(text, stretch.begin, reach);
    for (int back = 0; back < 64 && left > 0 && is_word(left - 1) && is_word(left); ++back) --left;
    // A stretch that ends with a space ends at its run's first byte (MatchSpacedAt): the rest of
    // the run is that same compacted space, not reach.
    size_t after = stretch.end;
    if (after > 0 && IsCompactedSpace(text[after - 1])) {
      while (after < text.size() && IsCompactedSpace(text[after])) ++after;
    }
    size_t right = (stretch.sides & kEndsMatch) != 0 ? stretch.end : AdvanceCompacted(text, after, reach);
    for (int ahead = 0; ahead < 64 && right < text.size() && is_word(right - 1) && is_word(right); ++ahead) ++right;
    CompactWhitespace(text.substr(left, right - left), scratch.window, scratch.shifts);
    matches.clear();
    WindowContext ctx{stretch.entry, &matches};
    if (hs_error_t rc = hs_scan(state_->regexes[stretch.entry], scratch.window.data(), static_cast<unsigned>(scratch.window.size()), 0,
                                scratch.start, OnWindowMatch, &ctx);
        rc != HS_SUCCESS) {
      return core::Error::Internal("Hyperscan failed with code " + std::to_string(rc));
    }
    for (const auto& [from, to] : matches) {
      const size_t begin = left + OriginalOffset(scratch.shifts, static_cast<size_t>(from));
      const size_t end = left + OriginalOffset(scratch.shifts, static_cast<size_t>(to) - 1) + 1;
      if (begin <= stretch.begin && end >= stretch.end) raw.push_back(RawHit{stretch.entry, begin, end});
    }
  }
  // 3. Whole words only; then per entry and end the leftmost start, as Hyperscan's start-of-match
  //    reports a regex ("the end of day" and "end of day" end at one place). Checking the word
  //    boundary first keeps "weekend work" in "...PRESSUREOccasional weekend work", where the
  //    longer "occasional weekend work" starts inside a word; and it makes the result the same
  //    whichever anchor found a string.
  std::sort(raw.begin(), raw.end(), [](const RawHit& a, const RawHit& b) {
    if (a.entry != b.entry) return a.entry < b.entry;
    if (a.end != b.end) return a.end < b.end;
    return a.begin < b.begin;
  });
  std::vector<RawHit>& located = scratch.located;
  located.clear();
  for (const RawHit& hit : raw) {
    if (!located.empty() && located.back().entry == hit.entry && located.back().end == hit.end) continue;
    if (HasWordBoundaries(text, hit.begin, hit.end)) located.push_back(hit);
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
  result.dropped = (located.size() - keep) + overflow;
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
