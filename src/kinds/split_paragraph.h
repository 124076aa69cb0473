// kind: split-paragraph — a paragraph cut in two by a page break, with the page's furniture
// (running header or footer, page number, form feed, blank lines) between the halves. The
// fix joins the halves and drops what sits between them (unsafe). Scope: document.
//
// Pages and furniture come from kinds/page_layout.h (shared with page-furniture). At each page
// boundary, B is the last line of text before it and A the first after it (furniture, blank
// lines and form feeds skipped). A finding when:
//   - B ends with none of `closing` (sentence punctuation, closing brackets and quotes);
//   - B matches none of `block` (headings, captions, code, table rows) and is not a title:
//     a line of at most `title_chars` (default 20) characters without clause punctuation;
//   - A begins with a Han character, a lower-case Latin letter or punctuation that cannot
//     open a sentence (，。、；：), and matches none of `new_paragraph` (chapters, articles,
//     list items, bullets).
// A split with nothing but blank lines between the halves is the broken-paragraph rule's
// business, not this one's. Variables: {tail} (end of B), {head} (start of A), {line} (A's
// line), {between} (what the fix removes: "a page break and 2 furniture lines").
#pragma once

#include <memory>
#include <string>

#include "kinds/regex_list.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class SplitParagraphRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit SplitParagraphRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::u32string m_closing;
  RegexList m_block;
  RegexList m_new_paragraph;
  std::size_t m_title_chars = 20;
};

}  // namespace docqc::kinds
