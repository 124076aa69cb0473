// kind: alnum-width — full-width and half-width Latin letters (or digits) mixed in one
// document: search for "2022" misses "２０２２". Letters and digits are counted apart, by
// runs; the width used by fewer runs is reported, half-width runs only next to CJK text
// (English words, URLs and code away from Chinese are left alone). Safe fix: ICU's width
// transliteration.
//
// Contract: a document without a full-width letter or digit costs one memchr-like pass for
// the lead byte EF; no trigger (that pass is cheaper than one of the RE2 set). No YAML keys
// besides the common ones. Variables: {text} {fixed} {found} {expected} {class} {count}
// {expected_count}.
#pragma once

#include <memory>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class AlnumWidthRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit AlnumWidthRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
};

}  // namespace docqc::kinds
