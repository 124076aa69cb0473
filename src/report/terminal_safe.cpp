#include "report/terminal_safe.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace docqc::report {

namespace {

bool needs_escaping(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || byte >= 0x80) {
      return true;  // bytes >= 0x80 are checked properly below
    }
  }
  return false;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  if (!needs_escaping(text)) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size() + 8);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = bytes[i];
    if (byte < 0x80) {
      switch (byte) {
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case 0x1B:
          out += "\\e";
          break;
        default:
          if (byte < 0x20 || byte == 0x7F) {
            out += fmt::format("\\x{:02x}", byte);
          } else {
            out.push_back(static_cast<char>(byte));
          }
      }
      ++i;
      continue;
    }
    auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size() - i, 4));
    std::int32_t at = 0;
    UChar32 c = 0;
    U8_NEXT(bytes + i, at, length, c);
    if (c < 0) {
      out += fmt::format("\\x{:02x}", byte);
      ++i;
    } else if (c >= 0x80 && c <= 0x9F) {
      out += fmt::format("\\u{{{:02x}}}", static_cast<unsigned>(c));
      i += static_cast<std::size_t>(at);
    } else {
      out.append(text.substr(i, static_cast<std::size_t>(at)));
      i += static_cast<std::size_t>(at);
    }
  }
  return out;
}

}  // namespace docqc::report
