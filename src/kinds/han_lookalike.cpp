#include "kinds/han_lookalike.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <stdexcept>

#include "doc/utf8.h"
#include "text/char_class.h"
#include "text/unicode_tables.h"

namespace docqc::kinds {

namespace {

constexpr std::u32string_view k_numerals = U"〇零一二三四五六七八九十";

bool is_ascii(char32_t c) {
  return c < 0x80;
}

bool is_kana_or_hangul(char32_t c) {
  return (c >= 0x30A0 && c <= 0x30FF) || (c >= 0x3130 && c <= 0x318F) ||
         (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0x1100 && c <= 0x11FF);
}

bool is_hiragana(char32_t c) {
  return c >= 0x3041 && c <= 0x309F;
}

}  // namespace

const std::map<char32_t, char32_t>& HanLookalikeRule::icu_lookalikes() {
  // Computed from ICU by the build (text/icu_facts.h, text/unicode_tables.h).
  static const std::map<char32_t, char32_t> k_map = [] {
    std::map<char32_t, char32_t> out;
    for (std::size_t i = 0; i < text::k_icu_han_lookalike_count; ++i) {
      out.emplace(text::k_icu_han_lookalikes[i].from, text::k_icu_han_lookalikes[i].to);
    }
    return out;
  }();
  return k_map;
}

std::unique_ptr<rules::Rule> HanLookalikeRule::create(rules::RuleInfo info,
                                                      rules::OptionReader& options) {
  std::unique_ptr<HanLookalikeRule> rule(new HanLookalikeRule(std::move(info)));
  rule->m_lookalikes = icu_lookalikes();
  std::map<std::string, std::string> extra = {{"ー", "一"}};
  if (options.has("extra")) {
    extra.clear();
    const YAML::Node node = options.node("extra");
    if (!node.IsMap()) {
      options.fail(node, "expected a map of look-alike: Han character", "extra");
    }
    for (const auto& entry : node) {
      extra[options.scalar(entry.first, "extra")] = options.scalar(entry.second, "extra");
    }
  }
  for (const auto& [from, to] : extra) {
    std::size_t a = 0;
    std::size_t b = 0;
    const char32_t f = from.empty() ? 0 : doc::next_code_point(from, a);
    const char32_t t = to.empty() ? 0 : doc::next_code_point(to, b);
    if (f == 0 || t == 0 || a != from.size() || b != to.size()) {
      options.fail("extra", fmt::format("'{}: {}' is not one character for another", from, to));
    }
    rule->m_lookalikes[f] = t;
  }
  rule->m_max_foreign = static_cast<std::size_t>(options.integer("max_foreign", 2, 0, 1000));
  std::string keys;
  for (const auto& [from, to] : rule->m_lookalikes) {
    keys += fmt::format("\\x{{{:X}}}", static_cast<unsigned>(from));
  }
  rule->m_trigger = keys.empty() ? std::string() : "[\\p{Han}" + keys + "][" + keys + "]";
  try {
    rule->m_message =
        rules::MessageTemplate::parse(rule->info().message, {"text", "replacement", "code"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void HanLookalikeRule::check(const doc::Document& document, doc::TextRange unit,
                             rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const std::string_view all = document.text();
  struct Char {
    char32_t c;
    std::size_t begin;
    std::size_t end;
  };
  std::vector<Char> chars;
  std::size_t foreign = 0;
  for (std::size_t pos = unit.begin; pos < unit.end;) {
    const std::size_t begin = pos;
    const char32_t c = doc::next_code_point(all, pos);
    if (is_hiragana(c)) {
      return;  // Japanese
    }
    foreign += is_kana_or_hangul(c);
    chars.push_back({c, begin, pos});
  }
  if (foreign > m_max_foreign) {
    return;
  }
  auto lookalike = [&](char32_t c) -> char32_t {
    auto it = m_lookalikes.find(c);
    return it == m_lookalikes.end() ? 0 : it->second;
  };
  for (std::size_t k = 0; k < chars.size(); ++k) {
    const char32_t han = lookalike(chars[k].c);
    if (han == 0) {
      continue;
    }
    // The nearest neighbours that are not look-alikes themselves (a run: エロ).
    std::size_t left = k;
    while (left > 0 && lookalike(chars[left - 1].c) != 0 && !classes.is_han(chars[left - 1].c)) {
      --left;
    }
    std::size_t right = k + 1;
    while (right < chars.size() && lookalike(chars[right].c) != 0 &&
           !classes.is_han(chars[right].c)) {
      ++right;
    }
    if (left == 0 || right >= chars.size() || right - left > 3) {
      continue;
    }
    const char32_t before = chars[left - 1].c;
    const char32_t after = chars[right].c;
    const bool ok = is_ascii(chars[k].c) ? k_numerals.find(before) != std::u32string_view::npos &&
                                               k_numerals.find(after) != std::u32string_view::npos
                                         : classes.is_han(before) && classes.is_han(after);
    if (!ok) {
      continue;
    }
    const std::string_view text = all.substr(chars[k].begin, chars[k].end - chars[k].begin);
    std::string replacement;
    doc::append_utf8(replacement, han);
    const std::string code = fmt::format("U+{:04X}", static_cast<unsigned>(chars[k].c));
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return text;
      }
      if (name == "replacement") {
        return replacement;
      }
      return code;
    };
    Finding& finding = sink.add(info(), chars[k].begin, text.size(), m_message.expand(lookup));
    finding.fix = Fix{chars[k].begin, text.size(), replacement, false};
  }
}

}  // namespace docqc::kinds
