#include "rules/registry.h"

#include "kinds/alnum_width.h"
#include "kinds/codepage_mojibake.h"
#include "kinds/compatibility_ideograph.h"
#include "kinds/confusable_character.h"
#include "kinds/consistency.h"
#include "kinds/converted_paragraph.h"
#include "kinds/duplicate.h"
#include "kinds/han_lookalike.h"
#include "kinds/han_variant.h"
#include "kinds/homoglyph.h"
#include "kinds/keyword_line.h"
#include "kinds/latin1_mojibake.h"
#include "kinds/metric.h"
#include "kinds/numbering.h"
#include "kinds/page_furniture.h"
#include "kinds/pair.h"
#include "kinds/pattern.h"
#include "kinds/pinyin.h"
#include "kinds/question_mark_run.h"
#include "kinds/split_paragraph.h"
#include "kinds/stray_symbol.h"
#include "kinds/structure.h"
#include "kinds/substitution.h"
#include "kinds/token_variant.h"

namespace docqc::rules {

const std::vector<KindEntry>& rule_kinds() {
  static const std::vector<KindEntry> k_kinds = {
      {"pattern", &kinds::PatternRule::create, "an RE2 regex; one finding per match"},
      {"numbering", &kinds::NumberingRule::create,
       "numbered items in sequence: gaps, repeats, restarts, styles, TOC vs body"},
      {"substitution", &kinds::SubstitutionRule::create, "a list of wrong -> right, with fixes"},
      {"duplicate", &kinds::DuplicateRule::create, "repeated paragraphs, exact, near or re-split"},
      {"structure", &kinds::StructureRule::create, "broken paragraphs and spliced content"},
      {"metric", &kinds::MetricRule::create, "document quality figures, score and thresholds"},
      {"han-variant", &kinds::HanVariantRule::create,
       "traditional runs in simplified text and the reverse, by paragraph and document"},
      {"converted-paragraph", &kinds::ConvertedParagraphRule::create,
       "a whole paragraph converted to the other Chinese variant"},
      {"homoglyph", &kinds::HomoglyphRule::create,
       "words mixing Latin, Greek and Cyrillic look-alikes; COVlD"},
      {"compatibility-ideograph", &kinds::CompatibilityIdeographRule::create,
       "Kangxi radicals and compatibility ideographs for unified ones"},
      {"alnum-width", &kinds::AlnumWidthRule::create,
       "full- and half-width letters or digits mixed in one document"},
      {"pinyin", &kinds::PinyinRule::create, "pinyin annotations left by a converter"},
      {"latin1-mojibake", &kinds::Latin1MojibakeRule::create,
       "UTF-8 read as Windows-1252 or Latin-1, proved by a valid decode"},
      {"question-mark-run", &kinds::QuestionMarkRunRule::create,
       "? runs where a conversion lost characters"},
      {"stray-symbol", &kinds::StraySymbolRule::create,
       "a symbol or Latin-1 character between two Han characters"},
      {"codepage-mojibake", &kinds::CodepageMojibakeRule::create,
       "text decoded with the wrong code page, proved by a round trip"},
      {"consistency", &kinds::ConsistencyRule::create, "the document's majority style wins"},
      {"pair", &kinds::PairRule::create, "unmatched brackets and quotes"},
      {"keyword-line", &kinds::KeywordLineRule::create,
       "listed words on a line whose context makes them spam"},
      {"confusable-character", &kinds::ConfusableCharacterRule::create,
       "OCR look-alike characters that break a dictionary word: 己经, 末来"},
      {"han-lookalike", &kinds::HanLookalikeRule::create,
       "Katakana, Hangul or Latin look-alikes inside Chinese words: エ for 工"},
      {"page-furniture", &kinds::PageFurnitureRule::create,
       "running headers, footers and page numbers repeated at page edges"},
      {"split-paragraph", &kinds::SplitParagraphRule::create,
       "a paragraph cut by a page break, furniture between the halves"},
      {"token-variant", &kinds::TokenVariantRule::create,
       "a Latin token seen once, one look-alike letter from a frequent one: UEHI for UEFI"},
  };
  return k_kinds;
}

const KindEntry* find_kind(std::string_view name) {
  for (const auto& kind : rule_kinds()) {
    if (kind.name == name) {
      return &kind;
    }
  }
  return nullptr;
}

}  // namespace docqc::rules
