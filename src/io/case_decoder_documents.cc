// The `documents` table of an offer: each key (offer_letter, job_post, ...) names one document or a
// list of them, by path or with the text inline. Paths are only recorded here; document_loader.cc
// reads the files.

#include "io/case_decoder.h"
#include "io/case_schema.h"
#include "io/locations.h"
#include "walkaway/files/file_reader.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

struct Context {
  Decoder& decoder;
  size_t offer_index;
  core::Offer& offer;
  std::vector<DocumentToLoad>& to_load;
};

void AddPath(Context& ctx, const std::string& kind, const Node& node, const std::string& path) {
  if (node.text.empty()) {
    ctx.decoder.Fail(&node, path, "the document path is empty");
    return;
  }
  ctx.to_load.push_back(DocumentToLoad{ctx.offer_index, ctx.offer.documents.size(), path, node.line, node.column});
  ctx.offer.documents.push_back(core::Document{kind, node.text, {}});
}

// One document: a path string, or a table with exactly one of `path` and `text`.
void AddOne(Context& ctx, const std::string& kind, const Node& node, const std::string& path) {
  if (node.is_string()) {
    AddPath(ctx, kind, node, path);
    return;
  }
  if (!node.is_table()) {
    ctx.decoder.Fail(&node, path,
                     "expected a file path, a list of them, or a table with `path` or `text`, found " +
                         Describe(node));
    return;
  }
  const TableReader source(ctx.decoder, &node, path, kDocumentSourceFields);
  if (!source.ok()) return;
  const Node* file = source.Get("path");
  const Node* text = source.Get("text");
  if ((file == nullptr) == (text == nullptr)) {
    ctx.decoder.Fail(&node, path,
                     file == nullptr ? "a document needs `path` or `text`" : "give `path` or `text`, not both");
    return;
  }
  if (file != nullptr) {
    std::string ignored;
    source.Read("path", ignored);  // reports a non-string path
    if (!ctx.decoder.failed()) AddPath(ctx, kind, *file, source.PathOf("path"));
    return;
  }
  core::Document document{kind, {}, {}};
  source.Read("text", document.text);
  if (document.text.size() > kMaxDocumentBytes) {  // the same cap as a file's (issue #17, item 6)
    ctx.decoder.Fail(text, source.PathOf("text"),
                     "the document's text is too large (" + files::FormatBytes(document.text.size()) +
                         ", over the limit of " + files::FormatBytes(kMaxDocumentBytes) + ")",
                     {}, core::ErrorCode::kTooLarge);
    return;
  }
  if (!ctx.decoder.failed()) ctx.offer.documents.push_back(std::move(document));
}

}  // namespace

void DecodeDocuments(const TableReader& t, size_t offer_index, core::Offer& offer,
                     std::vector<DocumentToLoad>& documents) {
  if (!t.ok()) return;
  Context ctx{t.decoder(), offer_index, offer, documents};
  for (const Member& member : t.node()->members) {
    const std::string path = t.PathOf(member.key);
    const Node& value = member.value;
    if (value.is_array()) {
      for (size_t i = 0; i < value.items.size() && !ctx.decoder.failed(); ++i) {
        if (value.items[i].is_array()) {
          ctx.decoder.Fail(&value.items[i], JoinIndex(path, i), "expected a file path or a table, found an array");
          return;
        }
        AddOne(ctx, member.key, value.items[i], JoinIndex(path, i));
        if (offer.documents.size() > kMaxDocumentsPerOffer) break;
      }
    } else {
      AddOne(ctx, member.key, value, path);
    }
    if (ctx.decoder.failed()) return;
    if (offer.documents.size() > kMaxDocumentsPerOffer) {
      ctx.decoder.Fail(&value, path,
                       "more than " + std::to_string(kMaxDocumentsPerOffer) + " documents for one offer", {},
                       core::ErrorCode::kTooLarge);
      return;
    }
  }
}

}  // namespace walkaway::io
