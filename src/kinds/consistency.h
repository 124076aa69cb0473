// kind: consistency — one document, one style: the majority among alternative styles wins and
// each occurrence of another style is reported with a fix to the majority style.
//
// YAML keys: `styles`, a list of at least two {name, pattern, replacement}: `pattern` is an
// RE2 regex (or a list of them) matching one occurrence; a group named `target` narrows the
// span and the fix to that group (the search resumes after it, so context is shared as in
// the pattern kind); `replacement` is the template that writes an occurrence in this style,
// from the named groups of whichever style matched (all styles should capture the same
// names); `not_after` / `not_before` (optional regexes) drop an occurrence when the text
// before the match ends with (after it starts with) a match, as in the pattern kind. `prefer`
// (optional) names the style the pack wants: when another style has the
// most occurrences, the document gets one finding instead, of severity info, at the first
// disfavoured occurrence, whose unsafe fix rewrites every disfavoured occurrence at once, with
// the message `document_message` (required with `prefer`). Style conventions should follow
// the document, so the default packs use no `prefer`. Without `prefer`, a tie reports
// nothing. A fix towards the majority is safe only when the document is unambiguous: the
// majority has at least `safe_count` (10) occurrences and `safe_share` (0.9) of them all.
// `report` (optional, a list of style names) reports only occurrences of those styles: a
// standard form (full-width brackets) is counted but never "fixed" towards a deviant one.
//
// Variables in `message` and `document_message`: {text}, {fixed}, {style}, {expected} (the
// winning or preferred style), {count} (occurrences of {style}), {expected_count}.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class ConsistencyRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  // No trigger: a document almost always holds some occurrence, and the prefilter would
  // cost a second pass over it.
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit ConsistencyRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  struct Style {
    std::string name;
    rules::MessageTemplate replacement;
    std::unique_ptr<RE2> not_after;   // anchored at the end of the text before the match
    std::unique_ptr<RE2> not_before;  // anchored at the start of the text after it
  };
  struct Occurrence {
    std::size_t style;
    std::size_t begin;  // the target (or the whole match) in the document
    std::size_t end;
    // Named groups: views of the document's text, named by views of the rule's own names.
    std::vector<std::pair<std::string_view, std::string_view>> captures;
  };

  void collect(std::string_view text, std::size_t base, std::vector<Occurrence>& out) const;
  std::string rewrite(const Occurrence& occurrence, std::size_t style) const;

  // One pattern of one style inside m_locator: the group that wraps it, and its own named
  // groups (without their prefix) with their index in m_locator.
  struct Alternative {
    std::size_t style;
    int group;
    std::vector<std::pair<std::string, int>> names;
  };

  std::vector<Style> m_styles;
  // All patterns of all styles as one alternation, the groups of the k-th renamed a<k>_name
  // and the whole of it wrapped in a group named a<k>: one scan finds every occurrence.
  std::unique_ptr<RE2> m_locator;
  std::vector<Alternative> m_alternatives;
  std::optional<std::size_t> m_prefer;
  std::vector<bool> m_reported;  // per style: may its occurrences be reported (`report`)
  std::size_t m_safe_count = 10;
  double m_safe_share = 0.9;
  rules::MessageTemplate m_message;
  rules::MessageTemplate m_document_message;
};

}  // namespace docqc::kinds
