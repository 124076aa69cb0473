// The sequence state machine of the outline (kinds/numbering_outline.h): each numbered item
// either continues the open sequence of its level (and depth, for decimal paths), starts a
// new one, or is a defect of it (skip, repeat, out_of_order, missing_start,
// unexpected_restart); finish() adds the mixed styles of each sequence.
//
// Contract
// - One SequenceTracker per analysed text; it appends to the Outline's sequences and defects
//   and reads its items, which the caller appends first (accept() takes an item's index).
// - Body items and TOC items have separate states; TOC items never report defects here.
// - A new item resets its descendants (OutlineConfig::resets) and the deeper decimal paths of
//   its level: their next item may restart at 1 or continue. So do document_break() (every
//   level) and block_starts() (the levels whose last item stood right of a new block).
// - A sequence that goes back once and then continues from there splits at that item
//   instead of reporting every item after it.
// - Costs O(1) per item except advanced_around (items since the level's last one) and
//   implicit_toc (the run it moves into the TOC), each item moved at most once.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kinds/numbering_outline.h"

namespace docqc::kinds::outline {

class SequenceTracker {
 public:
  SequenceTracker(const OutlineConfig& config, std::string_view text, Outline& out);

  // Places item `item_index` into a sequence. The line that holds it is indented `indent`
  // columns. When the item shows that the run of headings before it, with no running text
  // since they began, was a table of contents (the body numbers them again), those items
  // become TOC items and the first of them is returned.
  std::optional<std::size_t> accept(std::size_t item_index, bool toc, std::size_t indent);

  // A body line of running text (implicit TOCs are runs of headings without any).
  void running_text() { ++m_content; }
  // A title, attachment or signing date: every level may start again.
  void document_break();
  // A block (after a blank line) starts at `indent` columns: the lists indented further
  // right may start again under it.
  void block_starts(std::size_t indent);
  // A new table of contents: its levels start empty.
  void reset_toc();

  // The numeral system of the level's open sequence (depth 0), if any.
  std::optional<text::NumeralSystem> open_system(bool toc, std::size_t level) const;
  // True when a TOC item of this value would not continue the TOC's open sequence: the body
  // numbers the headings again.
  bool toc_renumbered(std::size_t level, std::size_t depth, long value) const;

  // Drops the late starts of short, TOC or quoted (excerpt) sequences; adds mixed_style.
  void finish();

 private:
  struct LevelState {
    bool open = false;
    bool boundary = false;
    bool parent_changed = false;
    long last = 0;
    std::size_t last_item = 0;
    std::size_t sequence = 0;
    std::optional<std::size_t> alt;  // an item off the sequence, adopted if the next follows it
    text::NumeralSystem system = text::NumeralSystem::arabic;
    std::size_t indent = 0;  // columns before the last item's line
  };

  LevelState& state(bool toc, std::size_t level, std::size_t depth);
  const LevelState& state(bool toc, std::size_t level, std::size_t depth) const;
  void defect(OutlineDefectType type, std::size_t item, std::optional<std::size_t> related,
              long expected, long expected_alt = -1);
  std::size_t new_sequence(std::size_t item_index, bool toc);
  void extend(LevelState& state, std::size_t item_index);
  std::optional<std::size_t> implicit_toc(LevelState& state, std::size_t item_index);
  bool advanced_around(const LevelState& state, std::size_t item_index) const;
  bool quoted_excerpt(std::size_t offset) const;
  void mixed_styles();

  const OutlineConfig& m_config;
  std::string_view m_text;
  Outline& m_out;
  std::vector<LevelState> m_body;
  std::vector<LevelState> m_toc;
  std::vector<std::size_t> m_sequence_content;  // m_content when each sequence began
  std::size_t m_content = 0;                    // body lines of running text seen so far
};

}  // namespace docqc::kinds::outline
