// kind: stray-symbol — one symbol, unassigned code point or Latin-1 character between two
// Han characters (天津§市), a byte a wrong decoding left inside a word (category garbled).
// No fix.
//
// Contract: U+FFFD is the replacement-character rule's, never reported here; nor are the
// characters of `allow`. The trigger names the same three-character window, so the engine
// runs the rule only on units that hold one. YAML keys (besides the common ones): allow (a
// string of characters). Variables: {text}.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class StraySymbolRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override {
    return R"(\p{Han}(?:[\x{A1}-\x{FF}]|[^\p{L}\p{M}\p{N}\p{P}\p{Z}\p{C}\p{Sm}\p{Sc}])\p{Han})";
  }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit StraySymbolRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::unordered_set<char32_t> m_allow;
};

}  // namespace docqc::kinds
