// kind: numbering — the continuity of numbered items: 第十条 after 第八条, a repeated （三）,
// a list that goes backwards, starts at 3, restarts at 1 for no reason, mixes 1. and 2、,
// and a table of contents that disagrees with the body. One rule reports one defect; the
// rules of a pack share one outline (kinds/numbering_outline.h), analysed once per document.
//
// YAML keys (besides the common ones; scope must be `document`):
//   defect: skip | repeat | out_of_order | missing_start | unexpected_restart | mixed_style |
//           toc_only | body_only | toc_title
//   outline: the hierarchy, a mapping (give it a YAML anchor and alias it in the other rules):
//     levels: a list, highest level first, of
//       name             shown in messages and the outline ("条")
//       marker           RE2, matched where an item may start; group (?P<num>...) is the numeral
//       numerals         numeral systems (text/numeral.h names: chinese, arabic, circled...)
//                        tried in order, or [decimal] for dotted paths 1.2.3
//       parents          names of the levels whose new item resets this one (default none)
//       inline           also after a sentence end or colon, not only at a line start
//       heading          the marker is followed by a title (compared with a TOC)
//       not_followed_by  RE2; the marker does not count when this matches right after it
//       min_items        a sequence shorter than this never reports missing_start (default 1)
//     document_breaks    RE2 list, each matched against a whole trimmed line that has no
//                        marker and no running-text punctuation (，。；：、): a new document,
//                        attachment or signing date; every level may restart
//     toc_title          RE2 for the line that opens a table of contents (目录)
//     toc_page           RE2 found at the end of a TOC entry (page number, dot leaders)
//     excerpt            RE2; a sequence that starts above 1 is not reported when the three
//                        lines before its first item match (节选, 摘录: a quoted excerpt)
//
// Template variables in `message`: {level}, {found} (the marker as written), {expected}
// (what should stand there), {previous} (the previous item of the level, or the TOC entry),
// {missing} (skip: the missing items), {title} and {toc_title} (headings).
//
// Findings stand on the offending marker; `related` points at the previous item of the same
// level (or the TOC entry); mixed_style carries a safe fix to the majority style. The first
// rule of an outline to run publishes the document's skeleton as the fact `outline`: a list
// of sequences {level, first, last, count, first_line, last_line, toc}.
#pragma once

#include <memory>

#include "kinds/numbering_outline.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class NumberingRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  NumberingRule(rules::RuleInfo info, std::shared_ptr<const OutlineConfig> outline,
                OutlineDefectType defect);

  std::shared_ptr<const OutlineConfig> m_outline;
  OutlineDefectType m_defect;
  rules::MessageTemplate m_message;
};

// The outline's sequences as JSON, the form published in the `outline` fact.
nlohmann::json outline_json(const OutlineConfig& config, const Outline& outline,
                            std::string_view text);

}  // namespace docqc::kinds
