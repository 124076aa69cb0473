#include "kinds/outline_sequence.h"

#include <algorithm>
#include <utility>

#include "kinds/outline_markers.h"

namespace docqc::kinds::outline {

SequenceTracker::SequenceTracker(const OutlineConfig& config, std::string_view text, Outline& out)
    : m_config(config),
      m_text(text),
      m_out(out),
      m_body(config.levels.size() * k_max_depth),
      m_toc(config.levels.size() * k_max_depth) {}

SequenceTracker::LevelState& SequenceTracker::state(bool toc, std::size_t level,
                                                    std::size_t depth) {
  return (toc ? m_toc : m_body)[level * k_max_depth + depth];
}

const SequenceTracker::LevelState& SequenceTracker::state(bool toc, std::size_t level,
                                                          std::size_t depth) const {
  return (toc ? m_toc : m_body)[level * k_max_depth + depth];
}

void SequenceTracker::document_break() {
  for (LevelState& st : m_body) {
    st.boundary = true;
    st.alt.reset();
  }
}

void SequenceTracker::block_starts(std::size_t indent) {
  // A block that starts left of a list's items (a bullet, a paragraph, a heading without a
  // marker) is their parent: a nested list may start over under it (1. 2. / * 安装 / 1.).
  for (LevelState& st : m_body) {
    if (st.open && st.indent > indent) {
      st.parent_changed = true;
    }
  }
}

void SequenceTracker::reset_toc() {
  std::fill(m_toc.begin(), m_toc.end(), LevelState{});
}

std::optional<text::NumeralSystem> SequenceTracker::open_system(bool toc, std::size_t level) const {
  const LevelState& st = state(toc, level, 0);
  return st.open ? std::optional(st.system) : std::nullopt;
}

bool SequenceTracker::toc_renumbered(std::size_t level, std::size_t depth, long value) const {
  const LevelState& st = state(true, level, depth);
  return st.open && value <= st.last;
}

void SequenceTracker::defect(OutlineDefectType type, std::size_t item,
                             std::optional<std::size_t> related, long expected, long expected_alt) {
  OutlineDefect d;
  d.type = type;
  d.item = item;
  d.related = related;
  d.expected = expected;
  d.expected_alt = expected_alt;
  m_out.defects.push_back(d);
}

std::size_t SequenceTracker::new_sequence(std::size_t item_index, bool toc) {
  OutlineItem& item = m_out.items[item_index];
  OutlineSequence seq;
  seq.level = item.level;
  seq.depth = item.depth;
  seq.toc = toc;
  seq.first_item = item_index;
  seq.last_item = item_index;
  seq.count = 1;
  m_out.sequences.push_back(seq);
  m_sequence_content.push_back(m_content);
  const std::size_t index = m_out.sequences.size() - 1;
  item.sequence = static_cast<std::uint32_t>(index);
  LevelState& st = state(toc, item.level, item.depth);
  st.open = true;
  st.sequence = index;
  st.last = item.value;
  st.last_item = item_index;
  st.alt.reset();
  return index;
}

void SequenceTracker::extend(LevelState& st, std::size_t item_index) {
  OutlineItem& item = m_out.items[item_index];
  OutlineSequence& seq = m_out.sequences[st.sequence];
  item.sequence = static_cast<std::uint32_t>(st.sequence);
  seq.last_item = item_index;
  ++seq.count;
  st.last = item.value;
  st.last_item = item_index;
  st.alt.reset();
}

// A heading level numbered again from its first value, after a run of headings with no
// running text between them: that run was a table of contents without a 目录 line.
std::optional<std::size_t> SequenceTracker::implicit_toc(LevelState& st, std::size_t item_index) {
  const OutlineItem& item = m_out.items[item_index];
  const OutlineSequence& seq = m_out.sequences[st.sequence];
  if (!m_config.levels[item.level].heading || seq.toc || seq.count < 2 ||
      m_out.items[seq.first_item].value != item.value ||
      m_sequence_content[st.sequence] != m_content) {
    return std::nullopt;
  }
  const std::size_t first = seq.first_item;
  for (std::size_t i = first; i < item_index; ++i) {
    OutlineItem& moved = m_out.items[i];
    moved.toc = true;
    OutlineSequence& s = m_out.sequences[moved.sequence];
    if (s.first_item >= first) {
      s.toc = true;
    }
    state(false, moved.level, moved.depth) = LevelState{};
  }
  std::erase_if(m_out.defects,
                [&](const OutlineDefect& d) { return d.item >= first && d.item < item_index; });
  return first;
}

// True when, since the level's last item, a level configured below it moved on in a
// sequence that began before this level's sequence did: the document inverts the hierarchy
// (1. above （一）), that level encloses this one, and a restart at 1 is expected. Levels the
// configuration keeps apart (章 does not reset 条) stay apart.
bool SequenceTracker::advanced_around(const LevelState& st, std::size_t item_index) const {
  const std::size_t first = m_out.sequences[st.sequence].first_item;
  const std::size_t level = m_out.items[item_index].level;
  const std::vector<std::size_t>& below = m_config.resets[level];
  for (std::size_t i = st.last_item + 1; i < item_index; ++i) {
    const OutlineItem& other = m_out.items[i];
    if (!other.toc && m_out.sequences[other.sequence].first_item < first &&
        std::binary_search(below.begin(), below.end(), other.level)) {
      return true;
    }
  }
  return false;
}

std::optional<std::size_t> SequenceTracker::accept(std::size_t item_index, bool toc,
                                                   std::size_t indent) {
  const OutlineItem item = m_out.items[item_index];
  const OutlineLevel& level = m_config.levels[item.level];
  LevelState& st = state(toc, item.level, item.depth);
  const long v = item.value;
  const bool report = !toc;

  bool new_path = false;
  if (item.depth > 0 && st.open) {
    // A decimal path whose parent path changed (1.3 -> 2.1) starts over.
    const OutlineItem& previous = m_out.items[st.last_item];
    const std::string_view old_prefix = m_text.substr(previous.num_offset, previous.path_length);
    const std::string_view new_prefix = m_text.substr(item.num_offset, item.path_length);
    if (old_prefix != new_prefix) {
      // 2.3 cannot continue 1.2: under a new path prefix the numbering starts over.
      new_path = true;
    }
  }

  const long next = st.last + 1;
  if (!st.open || new_path) {
    new_sequence(item_index, toc);
    if (v != 1 && report) {
      defect(OutlineDefectType::missing_start, item_index, std::nullopt, 1);
    }
  } else if (st.boundary || st.parent_changed) {
    if (v == 1) {
      new_sequence(item_index, toc);
    } else if (v == next) {
      extend(st, item_index);
    } else if (v > next) {
      // A jump forward is a gap even across a document break: new documents start low.
      if (report) {
        defect(OutlineDefectType::skip, item_index, st.last_item, next, 1);
      }
      extend(st, item_index);
    } else {
      new_sequence(item_index, toc);
      if (report) {
        defect(OutlineDefectType::missing_start, item_index, std::nullopt, 1);
      }
    }
  } else if (v == next) {
    extend(st, item_index);
  } else if (st.alt && v == m_out.items[*st.alt].value + 1) {
    // The previous item was not a slip: the numbering really went back. Split there.
    const std::size_t alt = *st.alt;
    OutlineSequence& old_seq = m_out.sequences[st.sequence];
    --old_seq.count;
    old_seq.last_item = st.last_item;
    new_sequence(alt, toc);
    extend(st, item_index);
  } else if (v == st.last) {
    if (report) {
      defect(OutlineDefectType::repeat, item_index, st.last_item, next);
    }
    const long keep = st.last;
    extend(st, item_index);
    st.last = keep;
  } else if (v > next) {
    if (report) {
      defect(OutlineDefectType::skip, item_index, st.last_item, next);
    }
    extend(st, item_index);
  } else if (const std::optional<std::size_t> first =
                 toc ? std::nullopt : implicit_toc(st, item_index)) {
    accept(item_index, false, indent);  // the level's state is reset: a new sequence
    return first;
  } else if (v == 1 && advanced_around(st, item_index)) {
    new_sequence(item_index, toc);
  } else {
    if (report) {
      defect(v == 1 ? OutlineDefectType::unexpected_restart : OutlineDefectType::out_of_order,
             item_index, st.last_item, next);
    }
    // Count it in the sequence but keep expecting `next`; if the following item continues
    // from this one instead, the sequence splits here.
    OutlineSequence& seq = m_out.sequences[st.sequence];
    ++seq.count;
    seq.last_item = item_index;
    m_out.items[item_index].sequence = static_cast<std::uint32_t>(st.sequence);
    st.alt = item_index;
  }
  st.boundary = false;
  st.parent_changed = false;
  st.indent = indent;
  st.system = item.system;

  // A new item resets its descendants, and deeper decimal paths of its own level.
  std::vector<LevelState>& states = toc ? m_toc : m_body;
  for (const std::size_t child : m_config.resets[item.level]) {
    for (std::size_t d = 0; d < k_max_depth; ++d) {
      states[child * k_max_depth + d].parent_changed = true;
    }
  }
  if (level.decimal) {
    for (std::size_t d = item.depth + 1; d < k_max_depth; ++d) {
      states[item.level * k_max_depth + d].parent_changed = true;
    }
  }
  return std::nullopt;
}

// True when the three lines before `offset` (and its own line up to it) announce an excerpt.
bool SequenceTracker::quoted_excerpt(std::size_t offset) const {
  if (!m_config.excerpt) {
    return false;
  }
  std::size_t begin = offset;
  for (int lines = 0; lines < 4 && begin > 0; ++lines) {
    const std::size_t newline = m_text.rfind('\n', begin - 1);
    begin = newline == std::string_view::npos ? 0 : newline;
    if (newline == std::string_view::npos) {
      break;
    }
  }
  return RE2::PartialMatch(m_text.substr(begin, offset - begin), *m_config.excerpt);
}

void SequenceTracker::finish() {
  // A late start is reported only for sequences long enough to be real lists.
  std::erase_if(m_out.defects, [&](const OutlineDefect& d) {
    if (d.type != OutlineDefectType::missing_start) {
      return false;
    }
    const OutlineItem& item = m_out.items[d.item];
    return m_out.sequences[item.sequence].count < m_config.levels[item.level].min_items ||
           item.toc || quoted_excerpt(item.offset);
  });
  mixed_styles();
}

void SequenceTracker::mixed_styles() {
  std::vector<std::vector<std::size_t>> members(m_out.sequences.size());
  for (std::size_t i = 0; i < m_out.items.size(); ++i) {
    const OutlineItem& item = m_out.items[i];
    if (!item.toc) {
      members[item.sequence].push_back(i);
    }
  }
  std::vector<std::pair<std::uint32_t, std::size_t>> counts;
  for (const std::vector<std::size_t>& items : members) {
    if (items.size() < 2) {
      continue;
    }
    counts.clear();
    for (const std::size_t i : items) {
      const std::uint32_t style = m_out.items[i].style;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& entry) { return entry.first == style; });
      if (it == counts.end()) {
        counts.emplace_back(style, 1);
      } else {
        ++it->second;
      }
    }
    if (counts.size() < 2) {
      continue;
    }
    // The majority style; on a tie, the style of the first item (counts keeps first-seen order).
    // Chinese numerals take full-width brackets (GB/T 15834): a half-width majority（(四)）is
    // written like its full-width members, so that no rule fixes towards half-width brackets.
    auto majority = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
      if (it->second > majority->second) {
        majority = it;
      }
    }
    const auto half_width_chinese = [&](std::uint32_t style) {
      const OutlineStyle& st = m_out.styles[style];
      return st.system == text::NumeralSystem::chinese &&
             (st.prefix.find('(') != std::string::npos || st.suffix.find(')') != std::string::npos);
    };
    if (half_width_chinese(majority->first)) {
      auto full = counts.end();
      for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!half_width_chinese(it->first) &&
            m_out.styles[it->first].system == text::NumeralSystem::chinese &&
            (full == counts.end() || it->second > full->second)) {
          full = it;
        }
      }
      if (full != counts.end()) {
        majority = full;
      }
    }
    for (std::size_t k = 0; k < items.size(); ++k) {
      const OutlineItem& item = m_out.items[items[k]];
      if (item.style == majority->first) {
        continue;
      }
      OutlineDefect d;
      d.type = OutlineDefectType::mixed_style;
      d.item = items[k];
      if (k > 0) {
        d.related = items[k - 1];
      }
      d.expected = item.value;
      d.style = majority->first;
      m_out.defects.push_back(d);
    }
  }
}

}  // namespace docqc::kinds::outline
