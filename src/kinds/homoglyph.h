// kind: homoglyph — a word mixing Latin, Greek and Cyrillic letters that ICU's spoof checker
// flags, where every letter of the minority script has a look-alike in the majority script
// (Тianjin, Москвa): fixed (safely) to the majority script's letters; and capitals with a
// lower-case letter inside that passes for another capital (COVlD): fixed unsafely.
//
// Contract: words are runs of letters and combining marks (text::CharClass); a word that
// ICU objects to for another mix (Latin with Hangul) is left alone. The trigger names the
// pairs of adjacent letters every finding holds, so the engine runs the rule only on lines
// that have them. No YAML keys besides the common ones. Variables: {text} {fixed} {script}.
#pragma once

#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class HomoglyphRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override { return m_trigger; }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit HomoglyphRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::string m_trigger;
};

}  // namespace docqc::kinds
