// kind: structure — the shape of a document rather than its words: paragraphs cut in two by
// a page or column break, and text spliced after the document's end. Scope: document.
//
// YAML key `detect` chooses the check:
//
// `broken-paragraph`: for each pair of consecutive paragraphs P, N (doc::Document's
// paragraphs, so hard-wrapped lines are already one paragraph), a finding with a fix that
// joins them when P ends without closing punctuation and N begins mid-sentence. Keys:
//   closing         characters that may end a paragraph (sentence punctuation, closing
//                   brackets and quotes); P must end with another character
//   continuation    RE2 that N's beginning must match (default: a Han character or
//                   punctuation that cannot open a sentence)
//   new_paragraph   RE2 list: N matching one starts a new unit (an article, a chapter, a
//                   prose item such as ——加强…); P matching one is still prose
//   list_item       RE2 list: N matching one starts a new unit; P matching one without
//                   sentence-final punctuation is a heading or a list item, which may end
//                   without punctuation (（一）数通全域，夯实新基建): joined on strong evidence
//                   only
//   block           RE2 list: a paragraph matching one is a heading, TOC entry, table row,
//                   date, signature or caption, never half of a broken paragraph
//   title_chars     P with no clause punctuation and at most this many characters is a
//                   title (default 60); so is such an N
//   fragment_chars  N whose first clause is at most this long is a fragment (default 3)
//   wrap_width, wrap_ratio   adjacent lines this wide and this similar are hard wrapping,
//                   not a break (defaults 40 columns, 0.8)
//   heading_chars   a title-like P of at most this many characters (default 12) is a
//                   heading: only a fragment at N's start makes it broken, not a word across
//                   the join (软件安装 | 包管理器); a P of one clause this short closed by a
//                   comma is a salutation or a verse line (同志们， 曾记否，), never broken
// P that ends with a sentence, white space and a title-like item (a byline, a signature:
// ……滴灌。 文津轩) is closed.
//   word_break      use ICU's word breaker as evidence (default true)
// A title-like P or N, or a list-item P, is reported only on a strong signal: P ends with a comma,
// N starts with a fragment, or ICU's dictionary word breaker puts the join inside a word (经|费).
// Line breaks: in a document that hard-wraps or separates its paragraphs with blank lines
// (break_evidence.h), a single newline is never a break. Lists and tables flattened into
// paragraphs: when N is one short line (title_chars) that ends without a sentence mark or a
// colon (a bracket may close it), or P is one line after another one-line paragraph that
// ends without punctuation (no numbered heading, not cut in two with P), the two are items
// or cells; only a closed fragment (核定。) counts. The fix joins the two and is never safe:
// joining changes the text's structure. Message variables:
// {tail} (end of P), {head} (start of N), {line} (N's first line).
//
// `spliced-content`: text after the end of the document that belongs to another one. Keys:
//   end             RE2 list: a paragraph that ends the document (本条例自…起施行。)
//   after_end       RE2 list: paragraphs that may follow the end (signature, date, 附件, 抄送)
//   new_document    RE2 list: a paragraph that starts another legitimate document (a
//                   document number, an addressee line, 第一条); when one appears within
//                   `lookahead` paragraphs (default 4) the text after the end is not spliced
//   min_chars       report only when the spliced part has this many characters (default 40)
//   min_sentences   ... and this many sentence ends (。！？; default 1): page chrome after
//                   the end (浏览量, 本文链接) is the boilerplate rules' business
// The finding covers the spliced part up to the next new document or the end of the file,
// with `related` pointing at the end marker.
// Message variables: {line} (the end marker's line), {paragraphs}, {chars}.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

#include "kinds/regex_list.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class StructureRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  enum class Detect { broken_paragraph, spliced_content };

  explicit StructureRule(rules::RuleInfo info);
  void check_broken(const doc::Document& document, rules::FindingSink& sink) const;
  void check_spliced(const doc::Document& document, rules::FindingSink& sink) const;
  // True when paragraphs[index] (P) and the next one (N) look like items of a list or cells of
  // a table flattened into paragraphs rather than the halves of a cut paragraph.
  bool in_item_run(const doc::Document& document, std::size_t index, std::string_view n_text,
                   bool previous_cut) const;

  Detect m_detect = Detect::broken_paragraph;
  rules::MessageTemplate m_message;
  // broken-paragraph
  std::u32string m_closing;
  std::unique_ptr<RE2> m_continuation;
  RegexList m_new_paragraph;
  RegexList m_list_item;
  RegexList m_block;
  std::size_t m_title_chars = 60;
  std::size_t m_fragment_chars = 3;
  std::size_t m_wrap_width = 40;
  double m_wrap_ratio = 0.8;
  bool m_word_break = true;
  std::size_t m_heading_chars = 12;
  // spliced-content
  RegexList m_end;
  RegexList m_after_end;
  RegexList m_new_document;
  std::size_t m_lookahead = 4;
  std::size_t m_min_chars = 40;
  std::size_t m_min_sentences = 1;
};

}  // namespace docqc::kinds
