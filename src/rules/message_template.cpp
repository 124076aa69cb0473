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

}  // namespace

std::string apply_filter(std::string_view filter, std::string_view text) {
  if (filter == "fullwidth") {
    return transliterate("Halfwidth-Fullwidth", text);
  }
  if (filter == "halfwidth") {
    return transliterate("Fullwidth-Halfwidth", text);
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
