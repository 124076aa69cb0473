// kind: han-lookalike — a character of another script that OCR put inside a Chinese word for
// the Han character it looks like: Katakana エ for 工, ロ for 口, カ for 力, ニ for 二, Hangul ㅡ
// for 一, a Latin O or digit 0 for 〇 between Chinese numerals (二0二一年). One finding per
// character, with an unsafe fix that puts the Han character back.
//
// The look-alikes come from ICU's confusables (UTS #39 skeletons: a character whose skeleton
// is a Han character, or the skeleton of a Han character such as 〇 -> O), computed once for
// Katakana, Hiragana, Hangul compatibility jamo, half-width Katakana, CJK symbols and ASCII,
// plus `extra` (a map of your own; default ー -> 一). Kangxi and CJK radicals are the
// compatibility-ideograph rule's business and are not included. A candidate needs a Han
// character on both sides (ASCII ones: a Chinese numeral on both sides). A paragraph with
// Hiragana or with more than `max_foreign` (default 2) Katakana or Hangul characters is
// Japanese or Korean (or about them) and is left alone. Scope: paragraph.
// Variables: {text} (the character), {replacement}, {code} (U+30A8).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class HanLookalikeRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override { return m_trigger; }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

  // ICU's look-alikes of Han characters in the scripts above (computed once).
  static const std::map<char32_t, char32_t>& icu_lookalikes();

 private:
  explicit HanLookalikeRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::map<char32_t, char32_t> m_lookalikes;
  std::string m_trigger;
  std::size_t m_max_foreign = 2;
};

}  // namespace docqc::kinds
