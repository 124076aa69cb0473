// Tables of contents in the outline (kinds/numbering_outline.h): where one begins (a 目录
// line, or a run of headings without body that the body then numbers again, found by
// outline/SequenceTracker), which lines still belong to it, which body headings it covers,
// and how the two compare (toc_only, body_only, toc_title).
//
// Contract
// - One TocTracker per analysed text, fed in text order; it reads the Outline's items and
//   appends only defects, in compare().
// - A TOC covers the body headings of the levels it lists, from its end until the body's
//   top level starts a new sequence (a new part the TOC does not cover).
// - Entries match body headings by their path of values (第一章 / 第二节 -> 1/2) and level;
//   titles are compared with white space removed, page numbers (toc_page) excluded.
// - Costs: continues() one partial match of toc_page and at most one set match per line;
//   compare() O(TOC entries x body headings) per TOC.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kinds/numbering_outline.h"

namespace docqc::kinds::outline {

class TocTracker {
 public:
  TocTracker(const OutlineConfig& config, std::string_view text, Outline& out);

  bool in_toc() const { return m_in_toc; }
  // A TOC title line: the items from the next one on are TOC entries.
  void begin(std::size_t first_item);
  // Inside a TOC, for a line without a marker: true when it still belongs to the TOC (a page
  // number line, a short label), false when the TOC ends before it.
  bool continues(std::size_t content, std::size_t content_end, bool has_punct);
  // The TOC ends before item `end_item`.
  void end(std::size_t end_item);
  // The items [first, end_item) were a TOC without a title line.
  void add_implicit(std::size_t first, std::size_t end_item);
  // A body item: a heading the active TOC should list.
  void collect_body_heading(std::size_t item_index);

  // Compares every TOC with its body headings.
  void compare();

 private:
  struct Block {
    std::size_t first_item = 0;
    std::size_t end_item = 0;
    std::vector<std::size_t> body_items;
    std::optional<std::size_t> top_level;
    std::optional<std::size_t> body_top_sequence;
    std::vector<bool> levels;  // levels listed in the TOC
  };

  void compare(const Block& block);

  const OutlineConfig& m_config;
  std::string_view m_text;
  Outline& m_out;
  std::vector<Block> m_blocks;
  std::optional<std::size_t> m_active;  // the TOC whose body headings are being collected
  bool m_in_toc = false;
  std::vector<int> m_matched;
};

}  // namespace docqc::kinds::outline
