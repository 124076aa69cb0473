// kind: script — characters of the wrong script or variant, decided with ICU and the tables of
// rules/data. One rule runs one `check`:
//
//   variant        simplified and traditional Chinese mixed. The reference variant of each
//                  paragraph is its own majority of variant-only characters when it has
//                  `min_evidence` (4) of them and a share of `majority` (0.75) agree, else
//                  the document's (the variant with more variant-only characters).
//                  A run of characters of the variant named by `report` (traditional |
//                  simplified; neutral Han characters may stand between them) is one finding
//                  when that variant is the minority both in its paragraph and in the document;
//                  the fix converts it (unsafe: 发 may be 發 or 髮). Options: `report`
//                  (required), `exempt_titles` (inside 《》), `exempt_quotes` (inside “” 「」
//                  『』), `ignore` (characters treated as neutral), `min_evidence`, `majority`.
//                  With `paragraphs: true` the rule reports whole paragraphs instead: one
//                  whose own clear majority is the `report` variant while the rest of the
//                  document clearly uses the other (a paragraph converted by OpenCC): one
//                  finding from its first to its last character of that variant.
//                  Variables: {text} {fixed} {found} {expected}.
//   homoglyph      a word mixing Latin, Greek and Cyrillic letters that ICU's spoof checker
//                  flags, where every letter of the minority script has a look-alike in the
//                  majority script (Тianjin, Москвa); and capitals with a lower-case letter
//                  that passes for another capital (COVlD). Variables: {text} {fixed} {script}.
//   compatibility  Kangxi radicals, CJK radicals and CJK compatibility ideographs (ICU blocks)
//                  whose NFKC form is a unified ideograph: ⽅ for 方. One finding per run, fixed
//                  to NFKC. Variables: {text} {fixed}.
//   width          full-width and half-width Latin letters (or digits) in one document: the
//                  width used by fewer runs is reported, half-width runs only next to CJK text.
//                  Fix: ICU's width transliteration. Variables: {text} {fixed} {found}
//                  {expected} {class} {count} {expected_count}.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"
#include "text/han_tables.h"

namespace docqc::kinds {

class ScriptRule : public rules::Rule {
 public:
  enum class Check { variant, homoglyph, compatibility, width };

  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  std::string trigger() const override;
  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  explicit ScriptRule(rules::RuleInfo info) : Rule(std::move(info)) {}

  void check_variant(const doc::Document& document, doc::TextRange unit,
                     rules::FindingSink& sink) const;
  void check_homoglyph(const doc::Document& document, doc::TextRange unit,
                       rules::FindingSink& sink) const;
  void check_compatibility(const doc::Document& document, doc::TextRange unit,
                           rules::FindingSink& sink) const;
  void check_width(const doc::Document& document, doc::TextRange unit,
                   rules::FindingSink& sink) const;

  Check m_check = Check::variant;
  rules::MessageTemplate m_message;
  // variant
  text::HanVariant m_report = text::HanVariant::traditional;
  bool m_exempt_titles = false;
  bool m_exempt_quotes = false;
  std::vector<char32_t> m_ignore;  // a handful: a linear search beats hashing
  std::size_t m_min_evidence = 4;
  double m_majority = 0.75;
  bool m_paragraphs = false;
  // homoglyph
  std::string m_homoglyph_trigger;
};

}  // namespace docqc::kinds
