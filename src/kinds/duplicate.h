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
//               paragraphs of `short_chars` or more are left to `paragraph`; `allow`ed
//               lines (table cells, code) are not counted towards `min_paragraphs`
//   cross-file  with `docqc check --cross-file`, paragraphs repeated across the files being
//               checked (the same article spliced into two documents): check() remembers
//               two 64-bit hashes and the location of each paragraph, corpus_findings()
//               reports every copy in a file other than the first one's; a file that is a
//               copy of an earlier one as a whole (kinds/file_copy.h: at least `file_share`
//               of both files' paragraphs, in the same order) gets one finding instead, at
//               its first copied paragraph, with every copied paragraph as `related`
//               (implemented in duplicate_cross_file.cpp)
// Keys: `min_chars` (normalized characters a paragraph needs to count, default 20),
// `allow` (RE2 list: paragraphs matching one are never reported: TOC entries, table
// headers, bylines, signatures, formulaic lines), `threshold` (near, default 0.8),
// `shingle` (near, characters per shingle, default 5), `min_paragraphs` (lines, default 3),
// `short_chars` (lines, default 20), `file_share` (cross-file, 0.5 to 1, default 0.9),
// `file_message` (cross-file, the whole-file finding's message).
// paragraph and near: a copy is reported when a neighbour paragraph (of `min_chars`, paragraph
// only) is copied with it (a block pasted again), or on its own when it matches `unique`
// (RE2 list: numbered units such as 第三条, which never repeat by design) or has `alone_chars`
// (default 0) and is no line of a block in a document whose newlines are line breaks
// (break_evidence.h). Short formulas (a cross-reference, a step, a caution, a refrain of a
// poem, a line of a listing) repeat by design.
// resplit: in a document whose newlines are line breaks, the halves of a split must be
// apart (not two lines of one block: that is wrapping).
// Message variables: {line} (first copy), {end_line}, {chars}, {similarity} (near, as 0.93),
// {count} (lines), {file} (cross-file). `file_message`: {file}, {line} (its first copied
// paragraph), {count} (paragraphs copied), {total} (paragraphs this file counts).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

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

 protected:
  enum class Detect { paragraph, near, resplit, lines, cross_file };

  explicit DuplicateRule(rules::RuleInfo info);
  bool allowed(const doc::Document& document, std::size_t paragraph) const;
  // A line of a block of lines (its neighbour paragraphs on the adjacent lines).
  static bool line_of_block(const doc::Document& document, std::size_t paragraph);
  // paragraph, near: may a copy of `paragraph` (`chars` normalized characters) be reported
  // when no neighbour is copied with it? Yes when it matches `unique`, or when it has
  // `alone_chars` and is no line of a block in a document whose newlines are line breaks.
  bool may_stand_alone(const doc::Document& document, std::size_t paragraph, std::size_t chars,
                       bool newline_is_wrap) const;

  Detect m_detect = Detect::paragraph;
  rules::MessageTemplate m_message;
  RegexList m_allow;
  std::size_t m_min_chars = 20;
  std::size_t m_alone_chars = 0;
  RegexList m_unique;

 private:
  void check_exact(const doc::Document& document, rules::FindingSink& sink) const;
  void check_near(const doc::Document& document, rules::FindingSink& sink) const;
  void check_resplit(const doc::Document& document, rules::FindingSink& sink) const;
  void check_lines(const doc::Document& document, rules::FindingSink& sink) const;

  double m_threshold = 0.8;
  int m_shingle = 5;
  std::size_t m_min_paragraphs = 3;
  std::size_t m_short_chars = 20;
};

// detect: cross-file. The only duplicate check that is a rules::CorpusRule, so that
// `check` runs it only with --cross-file.
class CrossFileDuplicateRule final : public DuplicateRule, public rules::CorpusRule {
 public:
  explicit CrossFileDuplicateRule(rules::RuleInfo info) : DuplicateRule(std::move(info)) {}
  // `file_share` and `file_message`, read by DuplicateRule::create.
  void read_file_options(rules::OptionReader& options);

  void check(const doc::Document& document, doc::TextRange unit,
             rules::FindingSink& sink) const override;
  // The later copies, in path order then offset order; the first copy is the one in the path
  // that sorts first (so the result does not depend on --jobs). A later file that copies one
  // earlier file as a whole gets one finding for all the paragraphs it copies from it.
  std::map<std::string, std::vector<Finding>> corpus_findings() const override;
  void reset_corpus() const override;

 private:
  struct CorpusEntry {
    std::uint64_t key = 0;    // of the normalized paragraph
    std::uint64_t check = 0;  // a second, independent hash of it
    std::uint32_t path = 0;   // index into m_corpus_paths
    std::size_t offset = 0;   // the paragraph, in decoded bytes
    std::size_t length = 0;
    std::size_t line = 0;  // where it starts, for `related`
    std::size_t column = 0;
    std::size_t original_offset = 0;
    std::size_t original_length = 0;
    std::size_t chars = 0;
  };

  void collect(const doc::Document& document, rules::FindingSink& sink) const;
  // `related` pointing at `first` (in another file: located here, not by engine::locate).
  Related first_copy_of(const CorpusEntry& first, std::string message) const;
  Finding paragraph_finding(const CorpusEntry& copy, const CorpusEntry& first) const;
  Finding file_finding(const std::vector<std::pair<std::size_t, std::size_t>>& copies,
                       std::size_t total) const;

  double m_file_share = 0.9;
  rules::MessageTemplate m_file_message;

  mutable std::mutex m_corpus_mutex;
  mutable std::vector<std::string> m_corpus_paths;
  mutable std::vector<CorpusEntry> m_corpus;
};

}  // namespace docqc::kinds
