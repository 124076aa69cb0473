// kind: question-mark-run — `?` runs standing for characters a conversion could not map
// (category garbled): two or more between Han characters, or `min_run` (4) or more next to
// one. No fix.
//
// Contract: the trigger is `??`; a run is every `?` in a row inside the unit, its neighbours
// the code points right before and after it in the unit. YAML keys (besides the common
// ones): min_run (2..100). Variables: {text} {count}.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class QuestionMarkRunRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override { return R"(\?\?)"; }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit QuestionMarkRunRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::size_t m_min_run = 4;
};

}  // namespace docqc::kinds
