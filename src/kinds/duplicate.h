// kind: duplicate — text that a scrape or an OCR pass pasted twice. Scope: document.
//
// YAML key `detect` chooses the check; every check compares paragraphs (doc::Document's
// paragraphs) in their normalized form (text/normalize.h: NFKC, white space removed, so
// full-width and half-width punctuation compare equal), reports the later copy and points
// `related` at the first:
//   paragraph   exact duplicates after normalization; an unsafe fix deletes the later copy
//   near        near duplicates: Jaccard similarity of character shingles at least
//               `threshold`, found with MinHash LSH (text/near_duplicate.h), never all pairs;
//               exact duplicates are left to `paragraph`
//   resplit     a paragraph that re-appears split in two consecutive paragraphs, or two
//               consecutive paragraphs that re-appear joined
//   lines       a run of at least `min_paragraphs` consecutive short paragraphs (lines of a
//               block: contact details, a list) repeated elsewhere; runs made only of
//               paragraphs of `short_chars` or more are left to `paragraph`
//   cross-file  with `docqc check --cross-file`, paragraphs repeated across the files being
//               checked (the same article spliced into two documents); see corpus_check()
// Keys: `min_chars` (normalized characters a paragraph needs to count, default 20),
// `allow` (RE2 list: paragraphs matching one are never reported: TOC entries, table
// headers, bylines, signatures, formulaic lines), `threshold` (near, default 0.8),
// `shingle` (near, characters per shingle, default 5), `min_paragraphs` (lines, default 3),
// `short_chars` (lines, default 20).
// Message variables: {line} (first copy), {end_line}, {chars}, {similarity} (near, as 0.93),
// {count} (lines), {file} (cross-file).
#pragma once

#include <memory>
#include <string>

#include "kinds/regex_list.h"
#include "rules/message_template.h"
#include "rules/options.h"
#include "rules/rule.h"

namespace docqc::kinds {

class DuplicateRule : public rules::Rule {
 public:
  static std::unique_ptr<rules::Rule> create(rules::RuleInfo info, rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;

 private:
  enum class Detect { paragraph, near, resplit, lines, cross_file };

  explicit DuplicateRule(rules::RuleInfo info);
  void check_exact(const doc::Document& document, rules::FindingSink& sink) const;
  void check_near(const doc::Document& document, rules::FindingSink& sink) const;
  void check_resplit(const doc::Document& document, rules::FindingSink& sink) const;
  void check_lines(const doc::Document& document, rules::FindingSink& sink) const;
  bool allowed(const doc::Document& document, std::size_t paragraph) const;

  Detect m_detect = Detect::paragraph;
  rules::MessageTemplate m_message;
  RegexList m_allow;
  std::size_t m_min_chars = 20;
  double m_threshold = 0.8;
  int m_shingle = 5;
  std::size_t m_min_paragraphs = 3;
  std::size_t m_short_chars = 20;
};

}  // namespace docqc::kinds
