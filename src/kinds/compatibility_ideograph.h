// kind: compatibility-ideograph — Kangxi radicals, CJK radicals and CJK compatibility
// ideographs (ICU blocks) whose NFKC form is a unified ideograph: ⽅ for 方, as PDF fonts that
// map glyphs to radicals leave them. One finding per run of them, safely fixed to NFKC.
//
// Contract: the trigger is the blocks' ranges, so the engine runs the rule only on units
// that hold one; the check looks only at code points with lead bytes E2, EF or F0. No YAML
// keys besides the common ones. Variables: {text} {fixed}.
#pragma once

#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class CompatibilityIdeographRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override {
    return R"([\x{2E80}-\x{2FDF}\x{F900}-\x{FAFF}\x{2F800}-\x{2FA1F}])";
  }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit CompatibilityIdeographRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
};

}  // namespace docqc::kinds
