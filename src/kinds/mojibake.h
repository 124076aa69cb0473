// kind: mojibake — text damaged by a wrong decoding (category garbled). One rule runs one
// `check`:
//
//   latin1          runs of Windows-1252 / Latin-1 characters whose bytes are valid UTF-8
//                   (å¤©æ´¥å¸‚ -> 天津市; the code page table is ICU's windows-1252 converter).
//                   A lone two-byte decode outside Latin (Ü” -> ܔ) is left alone. Runs apart
//                   only by ASCII on the same line are one finding. Safe fix: the decoded text.
//   question_marks  `?` runs standing for characters a conversion could not map: two or more
//                   between Han characters, or `min_run` (4) or more next to one. No fix.
//   stray_symbol    one symbol, unassigned code point or Latin-1 character between two Han
//                   characters (天津§市), except the characters of `allow`. No fix.
//
// Variables: {text}, and {fixed} (latin1), {count} (question_marks: marks). Wrong code pages
// (GBK read as Big5) are the codepage-mojibake kind.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class MojibakeRule : public rules::Rule {
 public:
  enum class Check { latin1, question_marks, stray_symbol };

  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override;
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit MojibakeRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  void check_latin1(const doc::Document& document, doc::TextRange unit,
                    rules::FindingSink& sink) const;
  void check_question_marks(const doc::Document& document, doc::TextRange unit,
                            rules::FindingSink& sink) const;
  void check_stray_symbol(const doc::Document& document, doc::TextRange unit,
                          rules::FindingSink& sink) const;

  Check m_check = Check::latin1;
  rules::MessageTemplate m_message;
  std::size_t m_min_run = 4;
  std::unordered_set<char32_t> m_allow;
};

}  // namespace docqc::kinds
