// kind: keyword-line — a line that holds words of a list (spam, advertising) and the context
// that makes them what the rule names. A word list is evidence, not a verdict: 六合彩 and 老虎机
// occur in a police notice against gambling, 彩金 in a jewellery advert (彩金首饰), 黄片 in a
// court report. Scope: line.
//
// YAML keys: `keywords` (RE2, required: the words), `evidence` (RE2 list: what on the same
// line makes them spam, such as a web address or a contact handle), `min_keywords` (2) and
// `min_density` (0.4): a line with at least `min_keywords` keyword matches that make up at
// least `min_density` of its non-space characters is spam by density (澳门新葡京_百家乐_六合彩),
// a sentence that mentions them is not. One finding per line, covering the line without its
// indentation. No fix: deleting a line needs review.
// Variables: {keywords} (the distinct matches, joined by '、'), {count} (matches), {reason}
// ("a web address or contact on the line", "keywords are N% of the line").
#pragma once

#include <re2/re2.h>

#include <memory>

#include "kinds/regex_list.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class KeywordLineRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override { return m_keywords->pattern(); }
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit KeywordLineRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  std::unique_ptr<RE2> m_keywords;
  RegexList m_evidence;
  std::size_t m_min_keywords = 2;
  double m_min_density = 0.4;
  rules::MessageTemplate m_message;
};

}  // namespace docqc::kinds
