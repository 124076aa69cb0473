#include "lsp/document_store.h"

#include <fmt/format.h>

#include <cctype>

namespace docqc::lsp {

namespace {

// Length in bytes of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) {
    return 4;
  }
  if (lead >= 0xE0) {
    return lead < 0xF0 ? 3 : 1;
  }
  if (lead >= 0xC0) {
    return 2;
  }
  return 1;
}

// Byte offset where 0-based `line` starts (the text's size when there are fewer lines).
std::size_t line_start(std::string_view text, std::size_t line) {
  std::size_t offset = 0;
  for (std::size_t current = 0; current < line; ++current) {
    std::size_t end = text.find_first_of("\r\n", offset);
    if (end == std::string_view::npos) {
      return text.size();
    }
    offset = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  return offset;
}

std::optional<LspPosition> read_position(const nlohmann::json& json) {
  auto natural = [&](const char* key) {
    return json.contains(key) && json[key].is_number_integer() && json[key].get<long long>() >= 0;
  };
  if (!json.is_object() || !natural("line") || !natural("character")) {
    return std::nullopt;
  }
  return LspPosition{json["line"].get<std::size_t>(), json["character"].get<std::size_t>()};
}

int hex(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

}  // namespace

std::size_t offset_of(std::string_view text, LspPosition position) {
  std::size_t offset = line_start(text, position.line);
  std::size_t units = 0;
  while (offset < text.size() && text[offset] != '\n' && text[offset] != '\r') {
    const auto lead = static_cast<unsigned char>(text[offset]);
    const std::size_t length = std::min(sequence_length(lead), text.size() - offset);
    const std::size_t width = length == 4 ? 2 : 1;
    if (units + width > position.character) {
      break;
    }
    units += width;
    offset += length;
  }
  return offset;
}

LspPosition position_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  LspPosition position;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find_first_of("\r\n", begin);
    if (end == std::string_view::npos || end >= offset) {
      break;
    }
    std::size_t next =
        end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    if (next > offset) {
      break;  // inside a CR LF: still on this line
    }
    begin = next;
    ++position.line;
  }
  const std::size_t line_end = std::min(text.find_first_of("\r\n", begin), offset);
  for (std::size_t at = begin; at < line_end;) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = sequence_length(lead);
    if (at + length > line_end) {
      break;
    }
    position.character += length == 4 ? 2 : 1;
    at += length;
  }
  return position;
}

bool apply_change(std::string& text, const nlohmann::json& change) {
  if (!change.is_object() || !change.contains("text") || !change["text"].is_string()) {
    return false;
  }
  const std::string& replacement = change["text"].get_ref<const std::string&>();
  if (!change.contains("range")) {
    text = replacement;
    return true;
  }
  const auto& range = change["range"];
  if (!range.is_object()) {
    return false;
  }
  auto start = read_position(range.value("start", nlohmann::json()));
  auto end = read_position(range.value("end", nlohmann::json()));
  if (!start || !end) {
    return false;
  }
  std::size_t from = offset_of(text, *start);
  std::size_t to = offset_of(text, *end);
  if (from > to) {
    return false;
  }
  text.replace(from, to - from, replacement);
  return true;
}

std::optional<std::string> path_of_uri(std::string_view uri) {
  constexpr std::string_view k_scheme = "file://";
  if (!uri.starts_with(k_scheme)) {
    return std::nullopt;
  }
  std::string_view rest = uri.substr(k_scheme.size());
  // file://host/path: only the local host (empty or "localhost") is ours.
  auto slash = rest.find('/');
  if (slash == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view host = rest.substr(0, slash);
  if (!host.empty() && host != "localhost") {
    return std::nullopt;
  }
  std::string_view encoded = rest.substr(slash);
  std::string path;
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] == '%' && i + 2 < encoded.size() && hex(encoded[i + 1]) >= 0 &&
        hex(encoded[i + 2]) >= 0) {
      path.push_back(static_cast<char>(hex(encoded[i + 1]) * 16 + hex(encoded[i + 2])));
      i += 2;
    } else {
      path.push_back(encoded[i]);
    }
  }
  return path;
}

std::string uri_of_path(const std::string& path) {
  std::string uri = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      uri.push_back(static_cast<char>(c));
    } else {
      uri += fmt::format("%{:02X}", c);
    }
  }
  return uri;
}

OpenDocument& DocumentStore::open(const std::string& uri, std::string text, long version,
                                  std::string language) {
  OpenDocument& document = m_documents[uri];
  document.uri = uri;
  document.path = path_of_uri(uri).value_or(uri);
  document.language = std::move(language);
  document.text = std::move(text);
  document.version = version;
  document.dirty = true;
  return document;
}

OpenDocument* DocumentStore::find(const std::string& uri) {
  auto it = m_documents.find(uri);
  return it == m_documents.end() ? nullptr : &it->second;
}

void DocumentStore::close(const std::string& uri) {
  m_documents.erase(uri);
}

}  // namespace docqc::lsp
