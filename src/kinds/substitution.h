// kind: substitution — a list of wrong -> right; every occurrence of a wrong form is a
// finding whose fix is the right form.
//
// YAML keys: `swap` (a mapping wrong: right, required), `regex` (default false: the keys are
// literal text; true: RE2 regexes whose right side may use \1..\9), `fix_safe` (default true).
// Literal keys are tried longest first, so 锟斤拷锟斤拷 wins over 锟斤拷. All keys compile into
// one alternation, so a rule costs one scan whatever the length of its list.
// Template variables in `message`: {match}, {replacement}.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class SubstitutionRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override { return m_alternation->pattern(); }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  struct Entry {
    std::string wrong;
    std::string right;
    std::unique_ptr<RE2> regex;  // regex mode only: rewrites the matched text
    int group = 0;               // the alternation group that matches this entry
  };

  using Rule::Rule;
  std::unique_ptr<RE2> m_alternation;
  std::vector<Entry> m_entries;
  rules::MessageTemplate m_message;
  bool m_fix_safe = true;
};

}  // namespace docqc::kinds
