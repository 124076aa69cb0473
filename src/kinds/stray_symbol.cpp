#include "kinds/stray_symbol.h"

#include <stdexcept>

#include "doc/utf8.h"
#include "text/char_class.h"

namespace docqc::kinds {

std::unique_ptr<rules::Rule> StraySymbolRule::create(rules::RuleInfo info,
                                                     rules::OptionReader& options) {
  std::unique_ptr<StraySymbolRule> rule(new StraySymbolRule(std::move(info)));
  const std::string allow = options.optional_string("allow").value_or("");
  for (std::size_t pos = 0; pos < allow.size();) {
    rule->m_allow.insert(doc::next_code_point(allow, pos));
  }
  try {
    rule->m_message = rules::MessageTemplate::parse(rule->info().message, {"text"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void StraySymbolRule::check(const doc::Document& document, doc::TextRange unit,
                            rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const std::string_view all = document.text();
  bool han_before = false;  // the character before the candidate is Han
  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const std::size_t start = pos;
    const char32_t c = doc::next_code_point(all, pos);
    const std::uint8_t flags = classes.flags(c);
    if ((flags & text::k_han) != 0) {
      han_before = true;
      continue;
    }
    // U+FFFD is the replacement-character rule's.
    const bool odd =
        c >= 0xA1 && c != 0xFFFD && (c <= 0xFF || (flags & text::k_symbol_or_unassigned) != 0);
    if (!han_before || !odd || pos >= unit.end || m_allow.count(c) != 0) {
      han_before = false;
      continue;
    }
    std::size_t after = pos;
    if (classes.is_han(doc::next_code_point(all, after))) {
      const std::string_view original = all.substr(start, pos - start);
      auto lookup = [&](std::string_view) -> std::string_view { return original; };
      sink.add(info(), start, pos - start, m_message.expand(lookup));
    }
    han_before = false;
  }
}

}  // namespace docqc::kinds
