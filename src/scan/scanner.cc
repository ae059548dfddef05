// The only file that includes Hyperscan (scripts/check-layout).

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
#include "scan/literal_expansion.h"

namespace walkaway::scan {

namespace {
struct RawHit {
  uint32_t entry = 0;  // index into the lexicon
  size_t begin = 0;
  size_t end = 0;
};

// Entries whose pattern is a small finite language (literal_expansion.h) are compiled as their
// strings, each under its own id from kLiteralIdBase; per id - kLiteralIdBase, the entry and length.
struct LiteralTable {
  std::vector<bool> expanded;  // per entry
  std::vector<uint32_t> entry;
  std::vector<uint32_t> length;
  std::vector<std::string> text;
};
}  // namespace

class Scanner::Scratch {  // declared `class` in scanner.h
 public:
  hs_scratch_t* find = nullptr;   // for the fast database
  hs_scratch_t* start = nullptr;  // for the start-of-match database
  std::vector<RawHit> raw;        // reused between texts, like the rest
  std::vector<RawHit> located;
  std::vector<RawHit> strings;    // hits of expanded strings, compact offsets
  std::string compact;            // the text with whitespace runs collapsed (compact_text.h)
  std::vector<Shift> shifts;
  ~Scratch() {
    hs_free_scratch(find);
    hs_free_scratch(start);
  }
};

struct Scanner::State {
  Lexicon lexicon;
  BuildInfo info;
  // `find` without start-of-match tracking scans the whole text (SOM halves Hyperscan's speed):
  // the expanded entries' strings and the other entries' expressions. `start`, with
  // HS_FLAG_SOM_LEFTMOST and only the expressions, rescans a short window before each regex hit to
  // learn where it begins (a string begins its length before its end); null when every entry is
  // expanded.
  hs_database_t* find = nullptr;
  hs_database_t* start = nullptr;
  LiteralTable strings;
  // Per entry, the widest match of its expression in bytes of compact text (0: unbounded), so the
  // start window is a few dozen bytes, not a kilobyte.
  std::vector<uint32_t> widths;
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

// Ids of expanded strings in `find`, far above any entry index.
constexpr unsigned kLiteralIdBase = 1u << 24;

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

// Cache payload: the lexicon blob (lexicon_blob.h), then both databases, each after its length
// (0: no database), then the string count and each string's entry and length (4 bytes each, little
// endian): rebuilding the table from the lexicon would cost a warm start ~2.5 ms.
void PutLength(std::string& out, size_t length) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((length >> (8 * i)) & 0xFF);
}

bool GetLength(std::string_view in, size_t& pos, size_t& length) {
  if (in.size() - pos < 8) return false;
  length = 0;
  for (int i = 7; i >= 0; --i) length = (length << 8) | static_cast<unsigned char>(in[pos + static_cast<size_t>(i)]);
  pos += 8;
  return length <= in.size() - pos;
}

void PutU32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

uint32_t GetU32(std::string_view in, size_t pos) {
  uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(in[pos + static_cast<size_t>(i)]);
  return value;
}

std::string Serialize(const Lexicon& lexicon, const std::vector<uint32_t>& widths, hs_database_t* find,
                      hs_database_t* start, const LiteralTable& table) {
  std::string blob;
  WriteLexiconBlob(lexicon, widths, blob);
  std::string out;
  PutLength(out, blob.size());
  out += blob;
  for (hs_database_t* db : {find, start}) {
    if (db == nullptr) {
      PutLength(out, 0);
      continue;
    }
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return {};
    PutLength(out, length);
    out.append(bytes, length);
    std::free(bytes);
  }
  PutLength(out, table.entry.size());
  for (size_t k = 0; k < table.entry.size(); ++k) {
    PutU32(out, table.entry[k]);
    PutU32(out, table.length[k]);
  }
  return out;
}

// Fills lexicon (when not null), widths, both databases and the table's entries and lengths (not
// its texts, which scanning does not need); false (nothing allocated) on bad bytes.
bool Deserialize(std::string_view payload, Lexicon* lexicon, std::vector<uint32_t>& widths, hs_database_t** find,
                 hs_database_t** start, LiteralTable& table) {
  size_t pos = 0, length = 0;
  if (!GetLength(payload, pos, length)) return false;
  Lexicon ignored;
  const std::string_view blob = payload.substr(pos, length);
  size_t blob_pos = 0;
  if (!ReadLexiconBlob(blob, blob_pos, lexicon != nullptr ? *lexicon : ignored, widths) || blob_pos != blob.size()) {
    return false;
  }
  pos += length;
  *find = *start = nullptr;
  bool ok = true;
  for (hs_database_t** db : {find, start}) {
    if (!GetLength(payload, pos, length) ||
        (length > 0 && hs_deserialize_database(payload.data() + pos, length, db) != HS_SUCCESS)) {
      ok = false;
      break;
    }
    pos += length;
  }
  size_t count = 0;
  if (ok && GetLength(payload, pos, count) && count <= (payload.size() - pos) / 8 && pos + 8 * count == payload.size()) {
    table.entry.resize(count);
    table.length.resize(count);
    for (size_t k = 0; k < count; ++k, pos += 8) {
      table.entry[k] = GetU32(payload, pos);
      table.length[k] = GetU32(payload, pos + 4);
      if (table.entry[k] >= widths.size() || table.length[k] == 0) ok = false;  // one entry per width
    }
  } else {
    ok = false;
  }
  if (!ok || pos != payload.size() || *find == nullptr) {
    hs_free_database(*find);
    hs_free_database(*start);
    *find = *start = nullptr;
    return false;
  }
  return true;
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

// The string table of a lexicon.
LiteralTable ExpandEntries(const std::vector<LexiconEntry>& entries) {
  LiteralTable table;
  table.expanded.assign(entries.size(), false);
  for (size_t i = 0; i < entries.size(); ++i) {
    std::optional<std::vector<std::string>> strings = ExpandToLiterals(entries[i].pattern, entries[i].is_regex);
    if (!strings) continue;
    table.expanded[i] = true;
    for (std::string& text : *strings) {
      table.entry.push_back(static_cast<uint32_t>(i));
      table.length.push_back(static_cast<uint32_t>(text.size()));
      table.text.push_back(std::move(text));
    }
  }
  return table;
}

// A string as a Hyperscan expression: ASCII letters and digits as they are, every other byte as \xNN.
// Measured against hs_compile_lit_multi in a database of its own (docs/scanner.md): one database
// holding both strings and regexes is faster than two scans.
std::string EscapedLiteral(std::string_view literal) {
  std::string out;
  for (const char c : literal) {
    if (IsAsciiWordChar(c) && c != '_') {
      out += c;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(c));
      out += hex;
    }
  }
  return out;
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

namespace {

// Folded into every cache key: bump it when ExpressionFor(), the text compaction or the payload
// layout changes, or ExpandToLiterals() (literal_expansion.h): Open() keys its cache by the lexicon
// files alone.
constexpr std::string_view kEngineVersion = "walkaway-scan-engine-4";
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
  state->strings = ExpandEntries(entries);
  const LiteralTable& table = state->strings;
  // The entries left as regexes, under their own index: `start` holds only them.
  std::vector<const char*> pointers;
  std::vector<unsigned> ids;
  std::vector<uint32_t> entry_of;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (table.expanded[i]) continue;
    pointers.push_back(expressions[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
    entry_of.push_back(static_cast<uint32_t>(i));
  }
  if (!pointers.empty()) {
    core::Result<hs_database_t*> start = CompileDatabase(pointers, ids, HS_FLAG_SOM_LEFTMOST, entries, entry_of);
    if (!start) return start.error();
    state->start = *start;
  }
  std::vector<std::string> escaped;
  escaped.reserve(table.text.size());
  for (size_t k = 0; k < table.text.size(); ++k) {
    escaped.push_back(EscapedLiteral(table.text[k]));
    pointers.push_back(escaped.back().c_str());
    ids.push_back(kLiteralIdBase + static_cast<unsigned>(k));
    entry_of.push_back(table.entry[k]);
  }
  core::Result<hs_database_t*> find = CompileDatabase(pointers, ids, 0, entries, entry_of);
  if (!find) return find.error();
  state->find = *find;
  state->widths = MaxWidths(expressions);
  if (!cache_dir.empty()) {
    state->info.cache_file = CacheFilePath(cache_dir, key);
    const std::string payload = Serialize(state->lexicon, state->widths, state->find, state->start, state->strings);
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
      if (Deserialize(*payload, nullptr, state->widths, &state->find, &state->start, state->strings) &&
          state->widths.size() == state->lexicon.entries.size()) {
        state->info.from_cache = true;
        return Scanner(std::move(state));
      }
      hs_free_database(state->find);
      hs_free_database(state->start);
      state->find = state->start = nullptr;
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
        if (Deserialize(*payload, &state->lexicon, state->widths, &state->find, &state->start, state->strings) &&
            !state->lexicon.entries.empty() && state->widths.size() == state->lexicon.entries.size()) {
          state->info.from_cache = true;
          state->info.cache_file = file;
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
  if (hs_alloc_scratch(state_->find, &scratch->find) != HS_SUCCESS ||
      (state_->start != nullptr && hs_alloc_scratch(state_->start, &scratch->start) != HS_SUCCESS)) {
    return core::Error::Internal("cannot allocate Hyperscan scratch space");
  }
  return scratch;
}

core::Result<ScanResult> Scanner::Scan(std::string_view text, Scratch& scratch) const {
  if (text.size() >= (size_t{1} << 31)) return core::Error::TooLarge("a text of 2 GiB or more cannot be scanned whole");
  ScanResult result;
  CompactWhitespace(text, scratch.compact, scratch.shifts);
  const std::string_view compact = scratch.compact;
  std::vector<RawHit>& raw = scratch.raw;
  raw.clear();
  FindContext found{&raw};
  if (hs_error_t rc = hs_scan(state_->find, compact.data(), static_cast<unsigned>(compact.size()), 0, scratch.find,
                              OnFind, &found);
      rc != HS_SUCCESS) {
    return core::Error::Internal("Hyperscan failed with code " + std::to_string(rc));
  }
  // Where each hit starts: the leftmost start of that expression ending there, found by the SOM
  // database in a window as wide as the expression's widest match, widened to a word start so that
  // "\b" at the window's edge means what it means in the whole text.
  std::vector<RawHit>& located = scratch.located;
  located.clear();
  std::vector<RawHit>& strings = scratch.strings;
  strings.clear();
  const LiteralTable& table = state_->strings;
  for (const RawHit& hit : raw) {
    if (hit.entry >= kLiteralIdBase) {  // an expanded string: it begins its length before its end
      const size_t k = hit.entry - kLiteralIdBase;
      strings.push_back(RawHit{table.entry[k], hit.end - table.length[k], hit.end});
      continue;
    }
    const uint32_t width = state_->widths[hit.entry];
    const size_t span = width == 0 ? kStartWindow : std::min<size_t>(width, kStartWindow);
    size_t window = hit.end > span ? hit.end - span : 0;
    for (int back = 0; back < 64 && window > 0 && IsWordByte(static_cast<unsigned char>(compact[window - 1])) &&
                       IsWordByte(static_cast<unsigned char>(compact[window]));
         ++back) {
      --window;
    }
    StartContext ctx{hit.entry, hit.end - window};
    if (hs_scan(state_->start, compact.data() + window, static_cast<unsigned>(hit.end - window), 0, scratch.start,
                OnStart, &ctx) != HS_SUCCESS || ctx.from == ~0ULL) {
      continue;
    }
    const size_t begin = OriginalOffset(scratch.shifts, window + static_cast<size_t>(ctx.from));
    const size_t end = OriginalOffset(scratch.shifts, hit.end - 1) + 1;
    if (HasWordBoundaries(text, begin, end)) located.push_back(RawHit{hit.entry, begin, end});
  }
  // As the start database does for a regex: per entry and end, the leftmost start only, so the
  // hits are those of the entry's regex ("the end of day" and "end of day" end at one place).
  std::sort(strings.begin(), strings.end(), [](const RawHit& a, const RawHit& b) {
    if (a.entry != b.entry) return a.entry < b.entry;
    if (a.end != b.end) return a.end < b.end;
    return a.begin < b.begin;
  });
  for (size_t i = 0; i < strings.size(); ++i) {
    const RawHit& hit = strings[i];
    if (i > 0 && strings[i - 1].entry == hit.entry && strings[i - 1].end == hit.end) continue;
    const size_t begin = OriginalOffset(scratch.shifts, hit.begin);
    const size_t end = OriginalOffset(scratch.shifts, hit.end - 1) + 1;
    if (HasWordBoundaries(text, begin, end)) located.push_back(RawHit{hit.entry, begin, end});
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
