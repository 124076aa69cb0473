#include "kinds/homoglyph.h"

#include <unicode/uscript.h>

#include <stdexcept>

#include "doc/utf8.h"
#include "text/char_class.h"
#include "text/confusables.h"

namespace docqc::kinds {

std::unique_ptr<rules::Rule> HomoglyphRule::create(rules::RuleInfo info,
                                                   rules::OptionReader& options) {
  std::unique_ptr<HomoglyphRule> rule(new HomoglyphRule(std::move(info)));
  // Letters of two scripts side by side, or a lower-case letter that passes for a capital
  // (l for I, from ICU's confusables) between capitals.
  std::string lookalikes;
  for (char c = 'a'; c <= 'z'; ++c) {
    if (text::Confusables::instance().capital_lookalike(c) >= 0) {
      lookalikes += c;
    }
  }
  rule->m_trigger = R"(\p{Latin}[\p{Greek}\p{Cyrillic}]|[\p{Greek}\p{Cyrillic}]\p{Latin}|)"
                    R"(\p{Greek}\p{Cyrillic}|\p{Cyrillic}\p{Greek})";
  if (!lookalikes.empty()) {
    rule->m_trigger += "|[A-Z][" + lookalikes + "][A-Z]";
  }
  try {
    rule->m_message =
        rules::MessageTemplate::parse(rule->info().message, {"text", "fixed", "script"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void HomoglyphRule::check(const doc::Document& document, doc::TextRange unit,
                          rules::FindingSink& sink) const {
  const text::CharClass& classes = text::CharClass::instance();
  const text::Confusables& confusables = text::Confusables::instance();
  const std::string_view all = document.text();
  std::string fixed;
  std::string_view script_name;
  auto report = [&](std::size_t begin, std::size_t end, bool safe) {
    const std::string_view word = all.substr(begin, end - begin);
    auto lookup = [&](std::string_view name) -> std::string_view {
      return name == "text" ? word : name == "fixed" ? std::string_view(fixed) : script_name;
    };
    Finding& finding = sink.add(info(), begin, end - begin, m_message.expand(lookup));
    finding.fix = Fix{begin, end - begin, fixed, safe};
  };

  std::size_t pos = unit.begin;
  while (pos < unit.end) {
    const std::size_t begin = pos;
    const char32_t first = doc::next_code_point(all, pos);
    if ((classes.flags(first) & text::k_letter) == 0) {
      continue;
    }
    bool ascii = first < 0x80;
    std::size_t end = pos;
    while (end < unit.end) {
      std::size_t next = end;
      const char32_t c = doc::next_code_point(all, next);
      if ((classes.flags(c) & (text::k_letter | text::k_combining)) == 0) {
        break;
      }
      ascii &= c < 0x80;
      end = next;
    }
    pos = end;
    const std::string_view word = all.substr(begin, end - begin);
    if (ascii) {
      // COVlD: capitals with a lower-case letter inside that passes for another capital.
      std::size_t capitals = 0;
      std::size_t lookalikes = 0;
      std::size_t others = 0;
      for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c >= 'A' && c <= 'Z') {
          ++capitals;
        } else if (i > 0 && i + 1 < word.size() && confusables.capital_lookalike(c) >= 0) {
          ++lookalikes;
        } else {
          ++others;
        }
      }
      if (lookalikes == 0 || others != 0 || capitals < 3) {
        continue;
      }
      fixed.assign(word);
      for (char& c : fixed) {
        if (c < 'A' || c > 'Z') {
          c = static_cast<char>(confusables.capital_lookalike(c));
        }
      }
      script_name = "Latin";
      report(begin, end, false);
      continue;
    }
    if (!confusables.mixes_scripts(word)) {
      continue;
    }
    std::size_t counts[3] = {0, 0, 0};  // Latin, Greek, Cyrillic
    constexpr UScriptCode k_scripts[3] = {USCRIPT_LATIN, USCRIPT_GREEK, USCRIPT_CYRILLIC};
    auto script_index = [&](char32_t c) -> int {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
      for (int i = 0; i < 3; ++i) {
        if (script == k_scripts[i]) {
          return i;
        }
      }
      return -1;
    };
    for (std::size_t i = 0; i < word.size();) {
      const int index = script_index(doc::next_code_point(word, i));
      if (index >= 0) {
        ++counts[index];
      }
    }
    int majority = 0;
    for (int i = 1; i < 3; ++i) {
      if (counts[i] > counts[majority]) {
        majority = i;
      }
    }
    if (counts[0] + counts[1] + counts[2] == counts[majority]) {
      continue;  // ICU objects to another mix (Latin with Hangul, say): not a homoglyph
    }
    fixed.clear();
    bool all_lookalikes = true;
    for (std::size_t i = 0; i < word.size() && all_lookalikes;) {
      const char32_t c = doc::next_code_point(word, i);
      const int index = script_index(c);
      if (index < 0 || index == majority) {
        doc::append_utf8(fixed, c);
        continue;
      }
      const UChar32 lookalike = confusables.lookalike(static_cast<UChar32>(c), k_scripts[majority]);
      all_lookalikes = lookalike >= 0;
      if (all_lookalikes) {
        doc::append_utf8(fixed, static_cast<char32_t>(lookalike));
      }
    }
    if (!all_lookalikes) {
      continue;
    }
    script_name = uscript_getName(k_scripts[majority]);
    report(begin, end, true);
  }
}

}  // namespace docqc::kinds
