// The documents the client has open: their text as the editor holds it, kept up to date by
// full and incremental changes, and conversions between LSP positions and byte offsets.
//
// Contract: LSP positions are 0-based lines and 0-based UTF-16 code units within the line;
// lines end at LF, CRLF or a lone CR. offset_of() clamps a position past the end of its line
// to the line's end, a line past the last to the end of the text, and a character inside a
// surrogate pair or a multi-byte sequence to the start of that code point. position_of() is
// the inverse for any byte offset (an offset inside a code point counts the code point as
// not yet passed). apply_change() returns false (and leaves the text alone) for a change
// whose range is not an object of two positions with start <= end.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace docqc::lsp {

struct LspPosition {
  std::size_t line = 0;
  std::size_t character = 0;
  bool operator==(const LspPosition&) const = default;
};

std::size_t offset_of(std::string_view text, LspPosition position);
LspPosition position_of(std::string_view text, std::size_t offset);
bool apply_change(std::string& text, const nlohmann::json& change);

// "file:///a%20b/c.md" -> "/a b/c.md"; other schemes: nullopt.
std::optional<std::string> path_of_uri(std::string_view uri);
std::string uri_of_path(const std::string& path);

struct OpenDocument {
  std::string uri;
  std::string path;  // the file's path, or the URI itself when it is not a file
  std::string language;
  std::string text;
  long version = 0;
  bool dirty = true;  // changed since it was last checked
};

class DocumentStore {
 public:
  OpenDocument& open(const std::string& uri, std::string text, long version, std::string language);
  OpenDocument* find(const std::string& uri);
  void close(const std::string& uri);
  std::map<std::string, OpenDocument>& all() { return m_documents; }

 private:
  std::map<std::string, OpenDocument> m_documents;
};

}  // namespace docqc::lsp
