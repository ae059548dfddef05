#include "cli/scan_command.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "cli/commands.h"
#include "walkaway/files/file_reader.h"
#include "walkaway/files/mapped_input.h"
#include "walkaway/io/lexicon_file.h"
#include "walkaway/report/visible_controls.h"
#include "walkaway/scan/jsonl_pipeline.h"
#include "walkaway/scan/scanner.h"
#include "walkaway/scan/text_prep.h"

namespace walkaway::cli {
namespace {

// Report order: the strongest signals first.
constexpr std::string_view kCategoryOrder[] = {"scam",     "contract",    "pressure", "vague_promises",
                                               "workload", "progression", "culture"};

int CategoryRank(std::string_view category) {
  int rank = 0;
  for (std::string_view c : kCategoryOrder) {
    if (c == category) return rank;
    ++rank;
  }
  return rank;
}

// Moves each hit's line and column from the stripped text back to the HTML file itself.
void RelocateToSource(std::vector<scan::ScanHit>& hits, std::string_view source,
                      const std::vector<uint32_t>& source_offset) {
  scan::LineColumn at;
  size_t cursor = 0, line_start = 0;
  for (scan::ScanHit& hit : hits) {  // sorted by begin, and the map is monotonic
    const size_t target = hit.begin < source_offset.size() ? source_offset[hit.begin] : source.size();
    for (; cursor < target && cursor < source.size(); ++cursor) {
      if (source[cursor] == '\n') {
        ++at.line;
        line_start = cursor + 1;
      }
    }
    hit.line = at.line;
    hit.column = static_cast<int>(target - line_start) + 1;
  }
}

void PrintReport(std::string_view file, const scan::ScanResult& result, std::ostream& out) {
  std::map<std::pair<int, std::string>, std::vector<const scan::ScanHit*>> by_category;
  std::vector<const scan::ScanHit*> negated;
  for (const scan::ScanHit& hit : result.hits) {
    if (hit.negated) {
      negated.push_back(&hit);
    } else {
      by_category[{CategoryRank(hit.entry->category), hit.entry->category}].push_back(&hit);
    }
  }
  const size_t counted = result.hits.size() - negated.size();
  // A sentence (or a file name) may hold terminal controls: shown, never obeyed (issue #17, item 3).
  out << report::VisibleControls(file) << ": " << counted << (counted == 1 ? " signal" : " signals");
  if (!negated.empty()) out << " (+" << negated.size() << " negated, not counted)";
  out << "\n";
  for (const auto& [key, hits] : by_category) {
    out << "\n  " << key.second << " (" << hits.size() << ")\n";
    std::map<std::string, bool> explained;
    for (const scan::ScanHit* hit : hits) {
      out << "    " << hit->line << ":" << hit->column << "  " << scan::SeverityName(hit->entry->severity) << "  "
          << core::ToString(hit->entry->rule) << "  " << hit->entry->id << "\n      \""
          << report::VisibleControls(hit->sentence) << "\"\n";
      if (!explained[hit->entry->id]) {
        out << "      why: " << hit->entry->explanation << "\n";
        explained[hit->entry->id] = true;
      }
    }
  }
  if (!negated.empty()) {
    out << "\n  negated (shown, not counted)\n";
    for (const scan::ScanHit* hit : negated) {
      out << "    " << hit->line << ":" << hit->column << "  " << hit->entry->id << "\n      \""
          << report::VisibleControls(hit->sentence) << "\"\n";
    }
  }
  if (result.dropped > 0) out << "\n  (" << result.dropped << " more matches not shown)\n";
}

int ScanFile(const scan::Scanner& scanner, scan::Scanner::Scratch& scratch, const std::string& file,
             std::ostream& out, std::ostream& err, const Environment& env) {
  core::Result<std::string> bytes = file == kStandardInput
                                        ? ReadStandardInput(env, kMaxScanFileBytes, "document")
                                        : files::ReadFileCapped(file, kMaxScanFileBytes, "document", files::Accept::kStream);
  if (!bytes) return ReportError(bytes.error(), OutputFormat::kText, out, err);
  if (scan::LooksBinary(*bytes)) {
    return ReportError(core::Error::InvalidInput(file + " looks like a binary file (NUL or control bytes), not text; "
                                                 "convert it to text first (e.g. pdftotext)"),
                       OutputFormat::kText, out, err);
  }
  const bool html = scan::DetectKind(file, *bytes) == scan::DocumentKind::kHtml;
  scan::StrippedHtml stripped;
  if (html) stripped = scan::StripHtml(*bytes);
  core::Result<scan::ScanResult> result = scanner.Scan(html ? stripped.text : *bytes, scratch);
  if (!result) return ReportError(result.error(), OutputFormat::kText, out, err);
  if (html) RelocateToSource(result->hits, *bytes, stripped.source_offset);
  PrintReport(file, *result, out);
  return kExitOk;
}

}  // namespace

int RunScan(const ScanOptions& options, std::istream& in, std::ostream& out, std::ostream& err, const Environment& env) {
  if (options.phrases && (options.jsonl || !options.files.empty())) {
    err << "walkaway: error: --phrases lists the lexicon's strings and scans nothing: give it without files "
           "or --jsonl\n";
    return kExitInvalid;
  }
  if (std::count(options.files.begin(), options.files.end(), kStandardInput) > 1) {
    err << "walkaway: error: standard input (-) can be scanned once\n";
    return kExitInvalid;
  }
  if (!options.jsonl && !options.phrases && options.files.empty()) {
    err << "walkaway: error: give one or more files to scan, or --jsonl to read JSON lines on stdin\n";
    return kExitInvalid;
  }
  // One cache file holds the parsed lexicon and both databases: a warm start parses no TOML.
  core::Result<scan::Scanner> scanner =
      scan::Scanner::Open(LexiconDir(options.lexicon, env), LexiconCacheDir(options.no_cache, env), &io::ReadLexiconDir);
  if (!scanner) return ReportError(scanner.error(), OutputFormat::kText, out, err);
  const scan::BuildInfo& info = scanner->build_info();
  if (!info.note.empty()) err << "walkaway: note: " << info.note << "\n";
  if (options.verbose) {
    err << "walkaway: " << scanner->lexicon().entries.size() << " lexicon entries, database "
        << (info.from_cache ? "loaded from " : "compiled")
        << (info.from_cache ? info.cache_file.string() : info.cache_file.empty() ? " (no cache)" : ", cached in " + info.cache_file.string())
        << "\n";
  }
  if (options.phrases) {  // entry id, a tab, the string: one per line, in lexicon order
    for (const scan::Scanner::LiteralString& literal : scanner->literal_strings()) {
      out << literal.entry->id << '\t' << literal.text << '\n';
    }
    return Flushed(out, err, kExitOk);
  }
  if (options.jsonl) {
    scan::PipelineOptions pipeline;
    pipeline.threads = options.threads;
    pipeline.first_line = options.first_line;
    // A regular file on standard input is scanned where it is mapped, not copied through read(2).
    std::optional<files::MappedInput> mapped = files::MappedInput::MapRest(options.input_fd);
    core::Result<scan::PipelineStats> stats =
        mapped ? scan::RunJsonlPipeline(
                     *scanner, mapped->bytes(), out, pipeline, [&](size_t consumed) { mapped->Release(consumed); },
                     [&](size_t begin, size_t end) { mapped->ReleaseRange(begin, end); })
               : scan::RunJsonlPipeline(*scanner, in, out, pipeline);
    if (!stats) return ReportError(stats.error(), OutputFormat::kText, out, err);
    if (options.verbose) err << "walkaway: " << stats->lines << " lines, " << stats->errors << " error records\n";
    return Flushed(out, err, kExitOk);
  }
  core::Result<std::shared_ptr<scan::Scanner::Scratch>> scratch = scanner->NewScratch();
  if (!scratch) return ReportError(scratch.error(), OutputFormat::kText, out, err);
  int status = kExitOk;
  bool first = true;
  for (const std::string& file : options.files) {
    if (!first) out << "\n";
    first = false;
    const int rc = ScanFile(*scanner, **scratch, file, out, err, env);
    if (rc != kExitOk) status = rc;  // keep going: one bad file does not hide the others
  }
  return Flushed(out, err, status);
}

}  // namespace walkaway::cli
