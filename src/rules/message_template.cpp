#include "rules/message_template.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

#include "doc/utf8.h"

namespace docqc::rules {

bool is_known_filter(std::string_view filter) {
  return filter == "fullwidth" || filter == "halfwidth" || filter == "nfkc" ||
         filter == "remove_spaces" || filter == "codepoints";
}

namespace {

// ICU transliterators are not documented as safe for concurrent use: one per thread.
std::string transliterate(const char* id, std::string_view text) {
  thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> k_cache;
  auto& slot = k_cache[id];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      slot.reset();
      return std::string(text);
    }
  }
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  slot->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

// The common case of the width filters without ICU: ASCII <-> the full-width forms block
// (U+FF01..U+FF5E, 94 characters at a fixed distance) and space <-> U+3000, which is all
// ICU's Halfwidth-Fullwidth does for these characters. Any other character (half-width
// katakana, hangul, symbols) sends the whole text to ICU. Returns false when it did not.
constexpr char32_t k_fullwidth_offset = 0xFF01 - 0x21;

bool fast_fullwidth(std::string_view text, std::string& out) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || byte < 0x20 || byte == 0x7F) {
      return false;
    }
  }
  out.reserve(text.size() * 3);
  for (char c : text) {
    doc::append_utf8(out, c == ' ' ? char32_t{0x3000} : char32_t(c) + k_fullwidth_offset);
  }
  return true;
}

bool fast_halfwidth(std::string_view text, std::string& out) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = doc::next_code_point(text, pos);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else if (c == 0x3000) {
      out += ' ';
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      out += static_cast<char>(c - k_fullwidth_offset);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string apply_filter(std::string_view filter, std::string_view text) {
  if (filter == "fullwidth") {
    std::string out;
    return fast_fullwidth(text, out) ? out : transliterate("Halfwidth-Fullwidth", text);
  }
  if (filter == "halfwidth") {
    std::string out;
    return fast_halfwidth(text, out) ? out : transliterate("Fullwidth-Halfwidth", text);
  }
  if (filter == "nfkc") {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) {
      return std::string(text);
    }
    icu::UnicodeString unicode = nfkc->normalize(icu::UnicodeString::fromUTF8(text), status);
    std::string out;
    unicode.toUTF8String(out);
    return out;
  }
  if (filter == "codepoints") {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
      char32_t c = doc::next_code_point(text, pos);
      out += fmt::format("{}U+{:04X}", out.empty() ? "" : " ", static_cast<std::uint32_t>(c));
    }
    return out;
  }
  if (filter == "remove_spaces") {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == ' ') {
        continue;
      }
      if (text.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 IDEOGRAPHIC SPACE
        i += 2;
        continue;
      }
      out += text[i];
    }
    return out;
  }
  return std::string(text);
}

MessageTemplate MessageTemplate::parse(std::string_view text,
                                       const std::vector<std::string>& allowed) {
  MessageTemplate result;
  std::string literal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      literal += '{';
      ++i;
    } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      literal += '}';
      ++i;
    } else if (c == '{') {
      std::size_t close = text.find('}', i);
      if (close == std::string_view::npos) {
        throw std::invalid_argument("unclosed '{' in template");
      }
      std::string name(text.substr(i + 1, close - i - 1));
      std::string filter;
      if (auto colon = name.find(':'); colon != std::string::npos) {
        filter = name.substr(colon + 1);
        name.resize(colon);
        if (!is_known_filter(filter)) {
          throw std::invalid_argument(
              "unknown template filter '" + filter +
              "' (known: fullwidth, halfwidth, nfkc, remove_spaces, codepoints)");
        }
      }
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string list;
        for (const auto& a : allowed) {
          list += (list.empty() ? "" : ", ") + a;
        }
        throw std::invalid_argument("unknown template variable '{" + name + "}' (known: " + list +
                                    ")");
      }
      if (!literal.empty()) {
        result.m_pieces.push_back({std::move(literal), false, {}});
        literal.clear();
      }
      result.m_pieces.push_back({std::move(name), true, std::move(filter)});
      i = close;
    } else if (c == '}') {
      throw std::invalid_argument("unmatched '}' in template (write '}}' for a brace)");
    } else {
      literal += c;
    }
  }
  if (!literal.empty()) {
    result.m_pieces.push_back({std::move(literal), false, {}});
  }
  return result;
}

std::string MessageTemplate::expand(const Lookup& lookup) const {
  std::string out;
  for (const auto& piece : m_pieces) {
    if (piece.is_variable && !piece.filter.empty()) {
      out += apply_filter(piece.filter, lookup(piece.text));
    } else if (piece.is_variable) {
      out += lookup(piece.text);
    } else {
      out += piece.text;
    }
  }
  return out;
}

}  // namespace docqc::rules
