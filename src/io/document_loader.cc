#include "io/document_loader.h"

#include "walkaway/files/file_reader.h"
#include "io/utf8.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {

core::Status LoadDocuments(core::Case& c, const std::vector<DocumentToLoad>& documents,
                           const std::filesystem::path& base_dir, std::string_view case_file) {
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
    } catch (const std::exception&) {
      return fail(core::Error::InvalidInput("the document path \"" + document.path + "\" is not usable"));
    }
    core::Result<std::string> bytes = files::ReadFileCapped(file, kMaxDocumentBytes, "document");
    if (!bytes) return fail(bytes.error());
    const std::string_view text = StripBom(*bytes);
    if (core::Status ok = CheckUtf8Text(text, file.string()); !ok) return fail(ok.error());
    document.text.assign(text);
  }
  return core::Ok{};
}

}  // namespace walkaway::io
