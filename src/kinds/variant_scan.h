// The per-document analysis the two Chinese-variant kinds share (han-variant,
// converted-paragraph): every variant-only character of the document's paragraphs, found in
// one pass, and each rule's view of them under its own options.
//
// Contract
// - VariantScan::of() scans a whole-document unit once per engine pass (FindingSink::memo;
//   every rule of either kind gets the same object) and any other unit on its own. A mark is
//   a character that exists in only one variant (text::HanTables::classify); neutral Han
//   characters are no marks, and anything else (Latin, punctuation) breaks a run.
// - A paragraph with 3 or more kana is Japanese: it writes kanji and has no marks.
// - VariantView applies one rule's VariantOptions: marks inside 《》 (exempt_titles) or
//   quotes (exempt_quotes) break runs like any non-Han character, `ignore`d characters are
//   neutral; it counts each paragraph's and the document's marks per variant.
// - majority_of() decides a paragraph: the variant that `majority` of at least
//   `min_evidence` marks agree on, else neutral. The document's variant is the plain
//   majority (neutral on a tie).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "doc/document.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"
#include "text/han_tables.h"

namespace docqc::kinds {

struct VariantScan {
  struct Mark {
    std::uint32_t offset;
    std::uint8_t length;
    text::HanVariant variant;
    bool joined;  // only Han characters since the previous mark of this paragraph
    bool in_title;
    bool in_quote;
  };
  std::vector<Mark> marks;
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs;  // [first, end) into marks

  static VariantScan scan(const doc::Document& document, doc::TextRange unit);
  // The scan of `unit`, shared by every variant rule when the unit is the whole document.
  static const VariantScan& of(const doc::Document& document, doc::TextRange unit,
                               rules::FindingSink& sink, VariantScan& local);
};

// The options both variant kinds read (YAML keys report, exempt_titles, exempt_quotes,
// ignore, min_evidence, majority).
struct VariantOptions {
  text::HanVariant report = text::HanVariant::traditional;
  bool exempt_titles = false;
  bool exempt_quotes = false;
  std::vector<char32_t> ignore;  // a handful: a linear search beats hashing
  std::size_t min_evidence = 4;
  double majority = 0.75;

  static VariantOptions read(rules::OptionReader& options);
};

// One rule's view of a scan.
struct VariantView {
  struct Mark {
    std::uint32_t offset;
    std::uint8_t length;
    text::HanVariant variant;
    bool joined;  // a kept mark before it, and only Han characters since
  };
  struct Paragraph {
    std::size_t first;  // [first, end) into marks
    std::size_t end;
    std::size_t simplified;
    std::size_t traditional;
  };
  std::vector<Mark> marks;
  std::vector<Paragraph> paragraphs;
  std::size_t simplified = 0;  // the document's marks
  std::size_t traditional = 0;

  VariantView(const VariantScan& scan, std::string_view text, const VariantOptions& options);
  text::HanVariant document_majority() const;
  // Writes `text` from `begin` to the end of the last mark of variant `report` among marks
  // [from, to) into `out` (cleared first), each such mark converted to the other variant;
  // returns the offset copied up to.
  std::size_t convert(std::string_view text, std::size_t from, std::size_t to, std::size_t begin,
                      text::HanVariant report, std::string& out) const;
};

// What both variant kinds hold: their options and their message, whose variables are
// {text} (the original run), {fixed} (converted), {found} and {expected} (variant names).
class VariantRuleBase : public rules::Rule {
 protected:
  // Reads the options and parses the message; ConfigError at the offending key.
  VariantRuleBase(rules::RuleInfo info, rules::OptionReader& options);

  std::string message(std::string_view original, std::string_view fixed) const;

  VariantOptions m_options;
  rules::MessageTemplate m_message;
};

text::HanVariant majority_of(std::size_t simplified, std::size_t traditional,
                             std::size_t min_evidence, double share);
std::string_view variant_name(text::HanVariant variant);
text::HanVariant other_variant(text::HanVariant variant);

}  // namespace docqc::kinds
