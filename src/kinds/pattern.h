// kind: pattern — an RE2 regex over each unit of the rule's scope; one finding per match.
//
// YAML keys (besides the common ones): `pattern` (RE2 syntax, required), `fix` (a template
// for the replacement text, optional), `fix_safe` (default true). When the regex has a group
// named `target`, the finding and its fix cover only that group, and the search resumes after
// it, so context around the target (RE2 has no look-behind) can be shared by adjacent matches:
// `\p{Han}(?P<target>,)\p{Han}` finds both commas in 中,文,字.
// Exceptions: `not_after` / `not_before` (RE2 regexes) drop a match when the text of the unit
// just before / after the finding matches them (RE2 has no look-around; these run only on
// the rare units that match). `not_after: '第[一二三十百\d]+条'` keeps the space in
// "第一条 为了" from being reported.
// `skip_unit` (an RE2 regex) leaves a whole unit alone when it matches anywhere in it: a
// spaced-out two-character heading such as "目 录" is typography, not damage.
// Template variables in `message` and `fix`: {match}, {target}, {1}..{9}, and named groups.
#pragma once

#include <re2/re2.h>

#include <memory>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class PatternRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override { return m_regex->pattern(); }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  PatternRule(rules::RuleInfo info, std::unique_ptr<RE2> regex);

  bool is_excepted(std::string_view text, std::size_t begin, std::size_t end) const;

  std::unique_ptr<RE2> m_regex;
  std::unique_ptr<RE2> m_not_after;   // anchored at the end of the text before the finding
  std::unique_ptr<RE2> m_not_before;  // anchored at the start of the text after it
  std::unique_ptr<RE2> m_skip_unit;
  int m_target_group = 0;  // 0: the whole match
  rules::MessageTemplate m_message;
  rules::MessageTemplate m_fix;
  bool m_has_fix = false;
  bool m_fix_safe = true;
};

// Compiles `pattern` for a rule option, or fails the load at `key` with RE2's own message.
std::unique_ptr<RE2> compile_regex(rules::OptionReader& options, const std::string& key,
                                   const std::string& pattern);
RE2::Options regex_options();

}  // namespace docqc::kinds
