#include "text/han_tables.h"

#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <stdexcept>

#include "doc/utf8.h"
#include "rules/embedded_files.h"
#include "text/char_class.h"

namespace docqc::text {

namespace {

// Calls on_line(key, rest, line_number) for every line that is neither empty nor a '#'
// comment; `rest` is what follows the first TAB.
template <typename F>
void for_each_line(std::string_view text, F&& on_line) {
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.empty() || line.front() == '#') {
      continue;
    }
    const std::size_t tab = line.find('\t');
    on_line(line.substr(0, tab),
            tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1), line_number);
  }
}

// The one code point `s` holds, or nothing.
std::optional<char32_t> single_code_point(std::string_view s) {
  if (s.empty()) {
    return std::nullopt;
  }
  std::size_t pos = 0;
  const char32_t c = doc::next_code_point(s, pos);
  return pos == s.size() ? std::optional<char32_t>(c) : std::nullopt;
}

[[noreturn]] void malformed(const char* name, std::size_t line, std::string_view what) {
  throw std::runtime_error(fmt::format("rules/data/{}:{}: {}", name, line, what));
}

std::string_view embedded(const char* name) {
  auto content = rules::embedded_file(std::string("rules/data/") + name);
  if (!content) {
    throw std::runtime_error(fmt::format("rules/data/{} is not embedded in this build", name));
  }
  return *content;
}

}  // namespace

HanTables::HanTables(const Sources& sources)
    : m_variant(k_dense_limit, static_cast<std::uint8_t>(HanVariant::neutral)),
      m_surprisal(k_dense_limit, k_unknown_surprisal) {
  load_variants(sources.hans_only, "zh-hans-only.txt", HanVariant::simplified);
  load_variants(sources.hant_only, "zh-hant-only.txt", HanVariant::traditional);
  load_frequency(sources.frequency);
  load_syllables(sources.pinyin);
  m_class.resize(k_dense_limit);
  for (char32_t c = 0; c < k_dense_limit; ++c) {
    m_class[c] = static_cast<std::uint8_t>(classify_sparse(c));
  }
}

HanClass HanTables::classify_sparse(char32_t c) const noexcept {
  switch (variant(c)) {
    case HanVariant::simplified:
      return HanClass::simplified;
    case HanVariant::traditional:
      return HanClass::traditional;
    case HanVariant::neutral:
      break;
  }
  return CharClass::instance().is_han(c) ? HanClass::neutral : HanClass::other;
}

const HanTables& HanTables::builtin() {
  static const HanTables k_tables(
      Sources{embedded("zh-hans-only.txt"), embedded("zh-hant-only.txt"),
              embedded("han-frequency.txt"), embedded("pinyin-syllables.txt")});
  return k_tables;
}

void HanTables::load_variants(std::string_view text, const char* name, HanVariant variant) {
  for_each_line(text, [&](std::string_view key, std::string_view forms, std::size_t line) {
    const auto c = single_code_point(key);
    if (!c || forms.empty()) {
      malformed(name, line, "expected a character, TAB, its counterparts");
    }
    if (this->variant(*c) != HanVariant::neutral) {
      malformed(name, line, "character listed twice");
    }
    if (*c < k_dense_limit) {
      m_variant[*c] = static_cast<std::uint8_t>(variant);
    } else {
      m_sparse_variant.emplace(*c, variant);
    }
    std::size_t first_length = 0;
    doc::next_code_point(forms, first_length);
    m_counterpart.emplace(*c, std::string(forms.substr(0, first_length)));
    ++(variant == HanVariant::simplified ? m_simplified_count : m_traditional_count);
  });
}

void HanTables::load_frequency(std::string_view text) {
  for_each_line(text, [&](std::string_view key, std::string_view value, std::size_t line) {
    const auto c = single_code_point(key);
    unsigned cost = 0;
    const char* value_end = value.data() + value.size();
    auto [end, error] = std::from_chars(value.data(), value_end, cost);
    if (!c || value.empty() || error != std::errc() || end != value_end ||
        cost >= k_unknown_surprisal) {
      malformed("han-frequency.txt", line, "expected a character, TAB, a surprisal below 300");
    }
    if (*c < k_dense_limit) {
      m_surprisal[*c] = static_cast<std::uint16_t>(cost);
    } else {
      m_sparse_surprisal.emplace(*c, static_cast<std::uint16_t>(cost));
    }
  });
}

void HanTables::load_syllables(std::string_view text) {
  for_each_line(text, [&](std::string_view syllable, std::string_view rest, std::size_t line) {
    if (!rest.empty()) {
      malformed("pinyin-syllables.txt", line, "expected one syllable per line");
    }
    m_syllables.emplace(syllable);
    m_base_syllables.emplace(strip_tone(syllable));
  });
}

std::string HanTables::strip_tone(std::string_view syllable) {
  // The tone-marked vowels of Hanyu Pinyin (NFC) and their base letters.
  static constexpr std::u32string_view k_marked = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
  static constexpr std::u32string_view k_base = U"aaaaeeeeiiiioooouuuuüüüünnnm";
  std::string out;
  for (std::size_t pos = 0; pos < syllable.size();) {
    const char32_t c = doc::next_code_point(syllable, pos);
    const std::size_t k = k_marked.find(c);
    doc::append_utf8(out, k == std::u32string_view::npos ? c : k_base[k]);
  }
  return out;
}

std::string_view HanTables::counterpart(char32_t c) const noexcept {
  auto it = m_counterpart.find(c);
  return it == m_counterpart.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace docqc::text
