// kind: converted-paragraph — a whole paragraph converted to the other Chinese variant (by
// OpenCC or a browser): its own clear majority is the variant named by `report` while the
// rest of the document, just as clearly, uses the other. One finding from the paragraph's
// first to its last character of that variant; the fix converts it (unsafe).
//
// "Clear" is a share of `majority` (0.75) of at least `min_evidence` (4) variant-only
// characters, for the paragraph and for the rest of the document alike; nothing is reported
// when `report` is the document's own majority. The scan of the document is shared with
// han-variant (kinds/variant_scan.h), whose run-by-run check says nothing here: within the
// paragraph every character agrees.
//
// YAML keys (besides the common ones): report (traditional | simplified, required),
// exempt_titles, exempt_quotes, ignore, min_evidence, majority (as for han-variant).
// Variables: {text} {fixed} {found} {expected}.
#pragma once

#include <memory>

#include "kinds/variant_scan.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class ConvertedParagraphRule : public VariantRuleBase {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  ConvertedParagraphRule(rules::RuleInfo info, rules::OptionReader& options)
      : VariantRuleBase(std::move(info), options) {}
};

}  // namespace docqc::kinds
