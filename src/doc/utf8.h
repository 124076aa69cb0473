// UTF-8 primitives shared by the document model and the rule kinds.
//
// Contract: the functions take text that the decoder already made valid UTF-8 (docqc never
// hands invalid UTF-8 past input/decoder), but they never read past `end` even when it is not,
// so a fuzzer cannot make them crash. Everything else about Unicode comes from ICU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace docqc::doc {

// Length in bytes of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
inline std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xF0) {
    return 4;
  }
  if (lead >= 0xE0) {
    return 3;
  }
  if (lead >= 0xC0) {
    return 2;
  }
  return 1;
}

// Decodes the code point at `pos` and advances `pos` past it. Never reads beyond text.size().
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = utf8_sequence_length(lead);
  if (pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t c;
  switch (length) {
    case 1:
      c = lead;
      break;
    case 2:
      c = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu);
      break;
    case 3:
      c = ((lead & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[pos + 1]) & 0x3Fu) << 6) |
          (static_cast<unsigned char>(text[pos + 2]) & 0x3Fu);
      break;
    default:
      c = ((lead & 0x07u) << 18) | ((static_cast<unsigned char>(text[pos + 1]) & 0x3Fu) << 12) |
          ((static_cast<unsigned char>(text[pos + 2]) & 0x3Fu) << 6) |
          (static_cast<unsigned char>(text[pos + 3]) & 0x3Fu);
      break;
  }
  pos += length;
  return c;
}

// Decodes the code point that ends at `pos` and moves `pos` back to its first byte.
inline char32_t previous_code_point(std::string_view text, std::size_t& pos) {
  std::size_t start = pos;
  do {
    --start;
  } while (start > 0 && pos - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
  std::size_t cursor = start;
  char32_t c = next_code_point(text, cursor);
  pos = start;
  return c;
}

// Number of code points in `text` (continuation bytes are not counted).
inline std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char byte : text) {
    count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }
  return count;
}

// Number of UTF-16 code units `text` needs (4-byte sequences need two).
inline std::size_t count_utf16_units(std::string_view text) {
  std::size_t count = 0;
  for (char byte : text) {
    auto b = static_cast<unsigned char>(byte);
    count += ((b & 0xC0) != 0x80) + (b >= 0xF0);
  }
  return count;
}

inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// True for the ideographs and the CJK punctuation that make a context "CJK" for the
// spacing and punctuation rules (a cheap range test; script questions go to ICU).
inline bool is_cjk_ideograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace docqc::doc
