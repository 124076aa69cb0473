// kind: confusable-character — a Han character that OCR misread as a look-alike: 己经 for
// 已经, 末来 for 未来, 拔打 for 拨打. One finding per character, with an unsafe fix that puts
// the look-alike back.
//
// For each Han character c with look-alikes (rules/data/confusable-chars.txt) the rule
// compares two readings of a window of `window` characters on each side (default 4, within
// the run of Han characters): the text as it stands and the text with c replaced by a
// look-alike c'. Each reading is scored by its cheapest segmentation into words of
// rules/data/confusable-words.txt (jieba's dictionary, cost -log2 p) and single characters
// (their own cost, or the character surprisal of rules/data/han-frequency.txt). A finding
// when all of these hold:
//   - c is part of no dictionary word in its context (自己经过 is fine: 自己 is a word), and
//     is not a numeral (万, 八: numerals make compounds no dictionary lists, 双万计划);
//   - c' makes a dictionary word of 2-4 characters with a cost of at most `max_word_cost`
//     bits (default 20: a common word);
//   - the reading with c' is cheaper by at least `min_gain` bits (default 8);
//   - neither the paragraph (with 8 or more characters with look-alikes) nor the document
//     (30 or more) is one where more than `max_unworded` (default 0.4) of them stand outside
//     words: classical Chinese, verse and word lists use single characters as words, and
//     give no evidence; nor is the document traditional Chinese (more traditional-only than
//     simplified-only characters): the dictionary is simplified.
// A line break inside a paragraph (hard wrapping, with its indentation) does not cut words;
// a space does.
// Proper names and rare words missing from the table can still be flagged, hence warning
// and an unsafe fix. Scope: document (paragraph works too). Variables: {text} (the span as written), {word} (the
// dictionary word), {char}, {replacement}.
#pragma once

#include <memory>
#include <string>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"
#include "text/confusion_table.h"

namespace docqc::kinds {

class ConfusableCharacterRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

  // The embedded tables (parsed on first use).
  static const text::ConfusionTable& builtin_table();

 private:
  explicit ConfusableCharacterRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  rules::MessageTemplate m_message;
  std::size_t m_window = 4;
  unsigned m_max_word_cost = 200;  // tenths of a bit
  unsigned m_min_gain = 80;        // tenths of a bit
  double m_max_unworded = 0.4;
};

}  // namespace docqc::kinds
