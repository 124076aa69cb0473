#include "rules/yaml_document.h"

#include <unicode/utf8.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

#include "rules/config_error.h"

namespace docqc::rules {

std::size_t invalid_utf8_offset(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    // U8_NEXT counts in int32_t: validate in chunks that fit.
    auto chunk = static_cast<std::int32_t>(std::min<std::size_t>(text.size() - i, 1u << 30));
    std::int32_t at = 0;
    while (at < chunk) {
      std::int32_t start = at;
      UChar32 c = 0;
      U8_NEXT(bytes + i, at, chunk, c);
      if (c < 0) {
        return i + static_cast<std::size_t>(start);
      }
    }
    i += static_cast<std::size_t>(at);
  }
  return std::string_view::npos;
}

namespace {

struct YamlLine {
  std::size_t indent = 0;    // spaces before the content
  std::string_view content;  // without the indent and a trailing CR
  bool blank() const { return content.empty() || content[0] == '#'; }
};

YamlLine split_line(std::string_view line) {
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  YamlLine parsed;
  parsed.indent = std::min(line.find_first_not_of(' '), line.size());
  parsed.content = line.substr(parsed.indent);
  while (!parsed.content.empty() && parsed.content.back() == ' ') {
    parsed.content.remove_suffix(1);
  }
  return parsed;
}

// `key: |` and friends: the lines below, more indented, are the scalar's text.
bool opens_block_scalar(std::string_view content) {
  std::size_t colon = content.find(": ");
  if (colon == std::string_view::npos || content.starts_with('#')) {
    return false;
  }
  std::string_view value = content.substr(colon + 2);
  value.remove_prefix(std::min(value.find_first_not_of(' '), value.size()));
  return value.starts_with('|') || value.starts_with('>');
}

// `key:` alone, or followed by a comment only.
bool is_bare_key(std::string_view content, std::string_view entry) {
  if (!content.starts_with(entry)) {
    return false;
  }
  std::string_view rest = content.substr(entry.size());
  if (rest.empty()) {
    return true;
  }
  const std::size_t start = rest.find_first_not_of(' ');
  return start > 0 && start != std::string_view::npos && rest[start] == '#';
}

}  // namespace

std::string blank_block_entries(std::string_view yaml, std::string_view key) {
  std::string out;
  out.reserve(yaml.size());
  const std::string entry = std::string(key) + ":";
  // Inside a blanked entry or a block scalar, the lines indented more than `floor` belong to
  // it, and in a blanked entry so do sequence items at `floor` (`key:` then `- item`).
  enum class Region { none, blanked, scalar } region = Region::none;
  std::size_t floor = 0;
  for (std::size_t pos = 0; pos < yaml.size();) {
    std::size_t end = yaml.find('\n', pos);
    std::size_t next = end == std::string_view::npos ? yaml.size() : end + 1;
    std::string_view raw = yaml.substr(pos, next - pos);
    YamlLine line = split_line(raw.substr(0, raw.size() - (end == std::string_view::npos ? 0 : 1)));
    if (region != Region::none && !line.blank()) {
      bool inside =
          line.indent > floor || (region == Region::blanked && line.indent == floor &&
                                  (line.content == "-" || line.content.starts_with("- ")));
      if (!inside) {
        region = Region::none;
      }
    }
    if (region == Region::none && !line.blank()) {
      if (is_bare_key(line.content, entry)) {
        region = Region::blanked;
        floor = line.indent;
      } else if (opens_block_scalar(line.content)) {
        region = Region::scalar;
        floor = line.indent;
      }
    }
    if (region == Region::blanked) {
      out += end == std::string_view::npos ? "" : "\n";
    } else {
      out.append(raw);
    }
    pos = next;
  }
  return out;
}

namespace {

std::pair<std::size_t, std::size_t> position_of(std::string_view text, std::size_t offset) {
  std::size_t line =
      1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
  std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  start = (offset == 0 || start == std::string_view::npos) ? 0 : start + 1;
  std::size_t column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return {line, column};
}

// The "---" that starts the second document: the first one at a line start, unless the text
// opens with one (before any content), then the next.
std::size_t second_document_start(std::string_view text) {
  bool content_seen = false;
  bool opened = false;
  std::size_t ended = std::string_view::npos;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? text.npos : end - pos);
    if (line.starts_with("---")) {
      if (content_seen || opened) {
        return pos;
      }
      opened = true;
    } else if (line.starts_with("...")) {
      ended = pos;  // a document end marker: whatever follows is another document
    } else if (ended != std::string_view::npos && !line.empty() && line[0] != '#' &&
               line.find_first_not_of(" \t\r") != line.npos) {
      return ended;
    } else if (!line.empty() && line[0] != '#' && line.find_first_not_of(" \t\r") != line.npos) {
      content_seen = true;
    }
    if (end == std::string_view::npos) {
      break;
    }
    pos = end + 1;
  }
  return std::string_view::npos;
}

}  // namespace

YAML::Node load_yaml_document(std::string_view text, const std::string& file) {
  std::size_t bad = invalid_utf8_offset(text);
  if (bad != std::string_view::npos) {
    auto [line, column] = position_of(text, bad);
    throw ConfigError(file, line, column,
                      "not valid UTF-8 (save the file as UTF-8; byte 0x" +
                          fmt::format("{:02X}", static_cast<unsigned char>(text[bad])) + ")");
  }
  // One document. Not YAML::LoadAll: yaml-cpp 0.7's LoadAll never returns on some invalid
  // input (",r" makes it allocate null documents until memory runs out; found by
  // fuzz_config). YAML::Load parses the first document; a second one is found by its
  // separator line.
  YAML::Node document;
  try {
    document = YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    throw ConfigError(file, static_cast<std::size_t>(error.mark.line + 1),
                      static_cast<std::size_t>(error.mark.column + 1), error.msg);
  }
  const std::size_t separator = second_document_start(text);
  if (separator != std::string_view::npos) {
    const auto [line, column] = position_of(text, separator);
    throw ConfigError(file, std::max<std::size_t>(line, 1), column,
                      "a second YAML document: this file must hold one document (remove the "
                      "'---' or split it into two files)");
  }
  return document;
}

}  // namespace docqc::rules
