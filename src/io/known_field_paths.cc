// KnownFieldPaths(): the case schema (case_schema.h) as a flat list of field paths.

#include <algorithm>
#include <span>

#include "io/case_schema.h"
#include "walkaway/io/case_file.h"

namespace walkaway::io {
namespace {

void Walk(std::span<const Field> fields, const std::string& prefix, std::vector<std::string>& out) {
  for (const Field& f : fields) {
    const std::string path = prefix.empty() ? std::string(f.key) : prefix + "." + std::string(f.key);
    out.push_back(path);
    switch (f.shape) {
      case Shape::kValue: break;
      case Shape::kTable: Walk(f.children, path, out); break;
      case Shape::kList: out.push_back(path + "[]"); break;
      case Shape::kTableList:
        out.push_back(path + "[]");
        Walk(f.children, path + "[]", out);
        break;
      case Shape::kMap: out.push_back(path + "{}"); break;
      case Shape::kDocument:
        // A path, a list of paths or sources, or one source table.
        out.push_back(path + "[]");
        Walk(kDocumentSourceFields, path, out);
        Walk(kDocumentSourceFields, path + "[]", out);
        break;
    }
  }
}

}  // namespace

std::vector<std::string> KnownFieldPaths() {
  std::vector<std::string> out;
  Walk(kCaseFields, "", out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace walkaway::io
