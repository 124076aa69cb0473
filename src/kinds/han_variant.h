// kind: han-variant — simplified and traditional Chinese mixed: a run of characters of the
// variant named by `report` where that variant is the minority both in its paragraph and in
// the document. One finding per run; the fix converts it (unsafe: 发 may be 發 or 髮).
//
// The reference variant of each paragraph is its own majority of variant-only characters
// when it has `min_evidence` (4) of them and a share of `majority` (0.75) agree, else the
// document's (the variant with more variant-only characters). Neutral Han characters may
// stand inside a run. The scan of the document is shared with converted-paragraph
// (kinds/variant_scan.h).
//
// YAML keys (besides the common ones): report (traditional | simplified, required),
// exempt_titles (inside 《》), exempt_quotes (inside “” 「」 『』), ignore (characters treated
// as neutral), min_evidence, majority. Variables: {text} {fixed} {found} {expected}.
#pragma once

#include <memory>

#include "kinds/variant_scan.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class HanVariantRule : public VariantRuleBase {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  HanVariantRule(rules::RuleInfo info, rules::OptionReader& options)
      : VariantRuleBase(std::move(info), options) {}
};

}  // namespace docqc::kinds
