// kind: latin1-mojibake — UTF-8 read as Windows-1252 or Latin-1 (category garbled): runs of
// characters whose Windows-1252 bytes are valid UTF-8 (å¤©æ´¥å¸‚ -> 天津市; the code page
// table is ICU's windows-1252 converter). Safe fix: the decoded text.
//
// Contract: only decodes to U+00A0 or above in their shortest form count (no overlong,
// surrogate or C1 forms); a lone two-byte decode outside Latin (Ü” -> ܔ) is left alone;
// runs apart only by up to 16 bytes of printable ASCII are one finding. The trigger (a lead
// byte then a continuation byte, as Windows-1252 characters) limits the rule to units that
// may hold one. No YAML keys besides the common ones. Variables: {text} {fixed}. Wrong code
// pages (GBK read as Big5) are the codepage-mojibake kind.
#pragma once

#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class Latin1MojibakeRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override;
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit Latin1MojibakeRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
};

}  // namespace docqc::kinds
