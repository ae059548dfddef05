#include "io/document_loader.h"

#include <map>

#include "walkaway/files/file_reader.h"
#include "io/utf8.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {

core::Status LoadDocuments(core::Case& c, const std::vector<DocumentToLoad>& documents,
                           const std::filesystem::path& base_dir, std::string_view case_file) {
  // Inline texts are held already; each loaded file adds its bytes, once per place it is named.
  size_t total = 0;
  for (const core::Offer& o : c.offers) {
    for (const core::Document& d : o.documents) total += d.text.size();
  }
  const auto over_total = [&](size_t bytes) {
    return core::Error::TooLarge("the documents of this case add up to more than " +
                                 files::FormatBytes(kMaxDocumentsTotalBytes) + " (" + files::FormatBytes(bytes) +
                                 " so far): name fewer or shorter documents");
  };
  if (total > kMaxDocumentsTotalBytes) {
    core::Error error = over_total(total);
    error.field_path = "offers";
    error.location = {std::string(case_file), 1, 1};
    return error;
  }
  std::map<std::filesystem::path, std::string> read;  // each file read once, however often named
  for (const DocumentToLoad& item : documents) {
    core::Document& document = c.offers[item.offer_index].documents[item.document_index];
    const auto fail = [&](core::Error error) {
      error.field_path = item.field_path;
      if (error.location.file.empty()) error.location = {std::string(case_file), item.line, item.column};
      return error;
    };
    if (base_dir.empty()) {
      core::Error error = core::Error::InvalidInput("documents cannot be named by path here (\"" +
                                                    document.path + "\")");
      error.hint = "give the document's text inline with text = \"...\"";
      return fail(std::move(error));
    }
    std::filesystem::path file;
    try {
      file = std::filesystem::path(document.path).is_absolute() ? std::filesystem::path(document.path)
                                                                 : base_dir / document.path;
      file = file.lexically_normal();
    } catch (const std::exception&) {
      return fail(core::Error::InvalidInput("the document path \"" + document.path + "\" is not usable"));
    }
    auto found = read.find(file);
    if (found == read.end()) {
      core::Result<std::string> bytes = files::ReadFileCapped(file, kMaxDocumentBytes, "document");
      if (!bytes) return fail(bytes.error());
      const std::string_view text = StripBom(*bytes);
      if (core::Status ok = CheckUtf8Text(text, file.string()); !ok) return fail(ok.error());
      found = read.emplace(file, std::string(text)).first;
    }
    total += found->second.size();
    if (total > kMaxDocumentsTotalBytes) return fail(over_total(total));
    document.text = found->second;
  }
  return core::Ok{};
}

}  // namespace walkaway::io
