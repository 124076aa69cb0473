#include "kinds/alnum_width.h"

#include <unicode/uchar.h>

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "doc/utf8.h"
#include "text/char_class.h"
#include "text/normalize.h"

namespace docqc::kinds {

namespace {

// Full-width ASCII letters and digits (U+FF10..U+FF5A) and their ASCII forms, from ICU's
// NFKC data.
class FullwidthAscii {
 public:
  static const FullwidthAscii& instance() {
    static const FullwidthAscii k_instance;
    return k_instance;
  }
  // The ASCII letter or digit a full-width character stands for, or 0.
  char ascii(char32_t c) const { return c >= k_first && c <= k_last ? m_ascii[c - k_first] : 0; }

 private:
  static constexpr char32_t k_first = 0xFF01;
  static constexpr char32_t k_last = 0xFF5E;
  FullwidthAscii() {
    for (char32_t c = k_first; c <= k_last; ++c) {
      const std::optional<char32_t> base = text::nfkc_single(c);
      if ((text::CharClass::instance().flags(c) & text::k_fullwidth) && base && *base < 128 &&
          u_isalnum(static_cast<UChar32>(*base))) {
        m_ascii[c - k_first] = static_cast<char>(*base);
      }
    }
  }
  std::array<char, k_last - k_first + 1> m_ascii{};
};

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

std::unique_ptr<rules::Rule> AlnumWidthRule::create(rules::RuleInfo info,
                                                    rules::OptionReader& options) {
  std::unique_ptr<AlnumWidthRule> rule(new AlnumWidthRule(std::move(info)));
  try {
    rule->m_message = rules::MessageTemplate::parse(
        rule->info().message,
        {"text", "fixed", "found", "expected", "class", "count", "expected_count"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void AlnumWidthRule::check(const doc::Document& document, doc::TextRange unit,
                           rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const FullwidthAscii& fullwidth = FullwidthAscii::instance();
  const std::string_view all = document.text();
  struct Token {
    std::uint32_t begin;
    std::uint32_t end;
    bool full;
    bool digit;
    bool next_to_cjk;
  };
  // Without a single full-width letter or digit there is nothing to mix: look for one by
  // its UTF-8 lead byte first.
  bool any_fullwidth = false;
  for (std::size_t pos = all.find('\xEF', unit.begin); pos < unit.end && !any_fullwidth;
       pos = all.find('\xEF', pos + 1)) {
    std::size_t next = pos;
    any_fullwidth = fullwidth.ascii(doc::next_code_point(all, next)) != 0;
  }
  if (!any_fullwidth) {
    return;
  }
  std::vector<Token> tokens;
  std::size_t counts[2][2] = {{0, 0}, {0, 0}};  // [digit][full]
  // ASCII letter or digit, full or half width, and which class; 0 when neither.
  auto classify = [&](char32_t c, bool& full) -> char {
    if (c < 0x80) {
      full = false;
      return is_ascii_alnum(c) ? static_cast<char>(c) : 0;
    }
    full = true;
    return fullwidth.ascii(c);
  };
  char32_t previous = 0;
  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const std::size_t begin = pos;
    const char32_t c = doc::next_code_point(all, pos);
    bool full = false;
    const char base = classify(c, full);
    if (base == 0) {
      previous = c;
      continue;
    }
    const bool digit = base >= '0' && base <= '9';
    std::size_t end = pos;
    char32_t next = 0;
    while (end < unit.end) {
      std::size_t after = end;
      next = doc::next_code_point(all, after);
      bool next_full = false;
      const char next_base = classify(next, next_full);
      if (next_base == 0 || next_full != full || (next_base >= '0' && next_base <= '9') != digit) {
        break;
      }
      next = 0;
      end = after;
    }
    const bool next_to_cjk =
        (previous != 0 && classes.is_cjk(previous)) || (next != 0 && classes.is_cjk(next));
    tokens.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), full,
                      digit, next_to_cjk});
    ++counts[digit][full];
    pos = end;
    previous = 0;
  }
  for (const Token& token : tokens) {
    const std::size_t count = counts[token.digit][token.full];
    const std::size_t expected_count = counts[token.digit][!token.full];
    // Half-width runs away from Chinese text are English words, URLs, code: left alone.
    if (count >= expected_count || (!token.full && !token.next_to_cjk)) {
      continue;
    }
    const std::string_view original = all.substr(token.begin, token.end - token.begin);
    const std::string fixed = rules::apply_filter(token.full ? "halfwidth" : "fullwidth", original);
    const std::string count_text = std::to_string(count);
    const std::string expected_text = std::to_string(expected_count);
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "text") {
        return original;
      }
      if (name == "fixed") {
        return fixed;
      }
      if (name == "found") {
        return token.full ? "full-width" : "half-width";
      }
      if (name == "expected") {
        return token.full ? "half-width" : "full-width";
      }
      if (name == "class") {
        return token.digit ? "digits" : "letters";
      }
      return name == "count" ? std::string_view(count_text) : std::string_view(expected_text);
    };
    Finding& finding =
        sink.add(info(), token.begin, token.end - token.begin, m_message.expand(lookup));
    finding.fix = Fix{token.begin, token.end - token.begin, fixed, true};
  }
}

}  // namespace docqc::kinds
