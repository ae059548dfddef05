#include "scan/scanner_tables.h"

#include <cstdlib>

#include "scan/lexicon_blob.h"

namespace walkaway::scan {

namespace {

// Cache payload: the lexicon blob (lexicon_blob.h); per entry its regex database after its length
// (0: none); the string table and the stretch table, each as a count and per row the entry, the
// anchor's bounds and the text; then each stretch's sides (little endian throughout). Choosing
// anchors again on load would cost the warm start milliseconds.
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

bool GetU32(std::string_view in, size_t& pos, uint32_t& value) {
  if (in.size() - pos < 4) return false;
  value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(in[pos + static_cast<size_t>(i)]);
  pos += 4;
  return true;
}

template <class Table>
void PutTable(std::string& out, const Table& table) {
  PutLength(out, table.entry.size());
  for (size_t k = 0; k < table.entry.size(); ++k) {
    PutU32(out, table.entry[k]);
    PutU32(out, table.word_begin[k]);
    PutU32(out, table.word_end[k]);
    PutLength(out, table.text[k].size());
    out += table.text[k];
  }
}

// False on malformed rows: an entry out of range or a word outside its text.
template <class Table>
bool GetTable(std::string_view in, size_t& pos, size_t entries, Table& table) {
  size_t count = 0;
  if (!GetLength(in, pos, count) || count > (in.size() - pos) / 20) return false;
  for (size_t k = 0; k < count; ++k) {
    uint32_t entry = 0, begin = 0, end = 0;
    size_t length = 0;
    if (!GetU32(in, pos, entry) || !GetU32(in, pos, begin) || !GetU32(in, pos, end) || !GetLength(in, pos, length)) {
      return false;
    }
    if (entry >= entries || begin >= end || end > length) return false;
    table.entry.push_back(entry);
    table.word_begin.push_back(begin);
    table.word_end.push_back(end);
    table.text.emplace_back(in.substr(pos, length));
    pos += length;
  }
  return true;
}

}  // namespace

std::string Serialize(const Lexicon& lexicon, const std::vector<uint32_t>& widths,
                      const std::vector<hs_database_t*>& regexes, const LiteralTable& strings,
                      const StretchTable& stretches) {
  std::string blob;
  WriteLexiconBlob(lexicon, widths, blob);
  std::string out;
  PutLength(out, blob.size());
  out += blob;
  for (hs_database_t* db : regexes) {  // one per entry
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
  PutTable(out, strings);
  PutTable(out, stretches);
  for (uint32_t sides : stretches.sides) PutU32(out, sides);
  return out;
}

void FreeDatabases(std::vector<hs_database_t*>& regexes) {
  for (hs_database_t*& db : regexes) {
    hs_free_database(db);
    db = nullptr;
  }
  regexes.clear();
}

// Fills lexicon (when not null), widths, the regex databases and both tables; false (nothing
// allocated) on bad bytes.
bool Deserialize(std::string_view payload, Lexicon* lexicon, std::vector<uint32_t>& widths,
                 std::vector<hs_database_t*>& regexes, LiteralTable& strings, StretchTable& stretches) {
  size_t pos = 0, length = 0;
  if (!GetLength(payload, pos, length)) return false;
  Lexicon ignored;
  const std::string_view blob = payload.substr(pos, length);
  size_t blob_pos = 0;
  if (!ReadLexiconBlob(blob, blob_pos, lexicon != nullptr ? *lexicon : ignored, widths) || blob_pos != blob.size()) {
    return false;
  }
  pos += length;
  regexes.assign(widths.size(), nullptr);
  bool ok = true;
  for (hs_database_t*& db : regexes) {
    if (!GetLength(payload, pos, length) ||
        (length > 0 && hs_deserialize_database(payload.data() + pos, length, &db) != HS_SUCCESS)) {
      ok = false;
      break;
    }
    pos += length;
  }
  strings.expanded.assign(widths.size(), false);
  ok = ok && GetTable(payload, pos, widths.size(), strings) && GetTable(payload, pos, widths.size(), stretches);
  stretches.sides.resize(stretches.entry.size());
  for (uint32_t& sides : stretches.sides) ok = ok && GetU32(payload, pos, sides) && sides <= (kStartsMatch | kEndsMatch);
  ok = ok && pos == payload.size();
  for (size_t k = 0; ok && k < stretches.entry.size(); ++k) ok = regexes[stretches.entry[k]] != nullptr;
  if (!ok) {
    FreeDatabases(regexes);
    return false;
  }
  for (uint32_t entry : strings.entry) strings.expanded[entry] = true;
  return true;
}

}  // namespace walkaway::scan
