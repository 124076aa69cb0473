// kind: page-furniture — running headers and footers and page numbers left in the text by PDF
// extraction or OCR (Debian 参考手册, 32 / 223, - 3 -, 第3页 共10页, Page 3), found by their
// repetition at page edges and by their form (kinds/page_layout.h). Scope: document.
//
// One finding per furniture line with a fix that deletes the line (`fix_safe`, default false:
// a line taken for furniture by mistake would be lost). When a document has more than
// `max_findings` (default 10) such lines, one finding at the first of them carries every
// deletion instead (Finding::extra_edits), with `related` pointing at the others.
// Variables: message: {text} (the line, trimmed), {role} (running header, running footer,
// page number), {pages} (pages whose edge holds the same form); document_message: {count},
// {pages} (pages in the document).
#pragma once

#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class PageFurnitureRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit PageFurnitureRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  rules::MessageTemplate m_document_message;
  std::size_t m_max_findings = 10;
  bool m_fix_safe = false;
};

}  // namespace docqc::kinds
