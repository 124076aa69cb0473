// kind: pair — brackets and quotes left unmatched within a unit (normally a paragraph):
// 《》 “” ‘’ （） 【】 「」 () [] ... One finding at each unmatched opener or closer; a closer of
// the same pair in the other width (（ ... )) is reported once with an unsafe fix to the
// opener's closer (either may have the wrong width). Not reported: ’ after a letter with no ‘ open
// (an apostrophe: don’t), a bracket quoted on its own (“[”), and a closing parenthesis after a
// short enumerator at the start of a line (1) 一） a)). With scope `document`, an opener left at
// the end of a paragraph that stops mid-sentence may close in the next paragraph (a page break cut
// it: the halves are checked as one), and a quote left open before a paragraph that opens the same
// quote again is a quotation spanning paragraphs (“……。\n\n“……。”), not an error; so is a quote
// that closes within the next four paragraphs (子曰：“……。\n\n……。”).
//
// One pairing algorithm, three defects; `report` chooses which a rule reports (like the
// numbering kind's `defect`):
//   unmatched    an opener or closer with no partner (“r2“, 《通知 ...);
//   mixed-width  a pair whose halves differ in width or style: （试行), “contrib" — the meaning
//                is intact, one half has the wrong form (a style finding);
//   swapped      a quotation opened with its closer and closed with its opener: ”好“, ’甲‘.
// A swapped or mixed pair is never reported as unmatched, whichever rule reports it.
//
// YAML keys: `pairs` (a list of two-character strings, opener then closer; default the list
// above plus 『』 〔〕 〈〉), `report` (a list of the defects above; default unmatched and
// mixed-width). Variables: {text} (the character), {expected} (its partner), {reason} (what
// is wrong, in English: "has no matching 》 after it in this paragraph"), {inner} (for swapped:
// the text between the two marks). Fixes are unsafe: which half is wrong is not known for
// certain (a quotation carried over from the previous paragraph starts with ” too).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class PairRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  // No trigger: nearly every paragraph holds a bracket or a quote, so the prefilter would only
  // add a pass.
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit PairRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  // Index of the pair `c` opens (or closes), or -1.
  int find_pair(char32_t c, bool opener) const;

  struct Pair {
    char32_t open;
    char32_t close;
    char32_t folded_close;  // NFKC of the closer, to spot a closer of the other width
  };
  std::vector<Pair> m_pairs;
  enum Defect : unsigned { k_unmatched = 1, k_mixed_width = 2, k_swapped = 4 };
  unsigned m_report = k_unmatched | k_mixed_width;
  std::vector<bool> m_is_pair_char = std::vector<bool>(0x10000, false);
  rules::MessageTemplate m_message;
};

}  // namespace docqc::kinds
