#include "kinds/outline_toc.h"

#include <algorithm>
#include <utility>

#include "doc/utf8.h"
#include "kinds/outline_line.h"

namespace docqc::kinds::outline {

namespace {

constexpr std::size_t k_toc_label_max = 40;  // code points of an unnumbered line inside a TOC

}  // namespace

TocTracker::TocTracker(const OutlineConfig& config, std::string_view text, Outline& out)
    : m_config(config), m_text(text), m_out(out) {}

void TocTracker::begin(std::size_t first_item) {
  m_in_toc = true;
  m_active.reset();
  Block block;
  block.first_item = first_item;
  m_blocks.push_back(std::move(block));
}

bool TocTracker::continues(std::size_t content, std::size_t content_end, bool has_punct) {
  const std::string_view line = m_text.substr(content, content_end - content);
  if (m_config.toc_page && RE2::PartialMatch(line, *m_config.toc_page)) {
    return true;
  }
  if (m_config.break_set && line.size() <= m_config.max_break_bytes) {
    m_matched.clear();
    if (m_config.break_set->Match(line, &m_matched)) {
      return false;
    }
  }
  return !has_punct && doc::count_code_points(line) <= k_toc_label_max;
}

void TocTracker::add_implicit(std::size_t first, std::size_t end_item) {
  begin(first);
  end(end_item);
}

void TocTracker::end(std::size_t end_item) {
  m_in_toc = false;
  Block& block = m_blocks.back();
  block.end_item = end_item;
  block.levels.assign(m_config.levels.size(), false);
  for (std::size_t i = block.first_item; i < block.end_item; ++i) {
    const std::size_t level = m_out.items[i].level;
    block.levels[level] = true;
    block.top_level = std::min(block.top_level.value_or(level), level);
  }
  if (block.top_level) {
    m_active = m_blocks.size() - 1;
  }
}

void TocTracker::collect_body_heading(std::size_t item_index) {
  if (!m_active) {
    return;
  }
  Block& block = m_blocks[*m_active];
  const OutlineItem& item = m_out.items[item_index];
  if (!block.levels[item.level]) {
    return;
  }
  if (item.level == block.top_level) {
    if (!block.body_top_sequence) {
      block.body_top_sequence = item.sequence;
    } else if (*block.body_top_sequence != item.sequence) {
      m_active.reset();  // the body numbers a new part: the TOC no longer covers it
      return;
    }
  }
  block.body_items.push_back(item_index);
}

void TocTracker::compare(const Block& block) {
  if (!block.top_level || block.body_items.empty()) {
    return;
  }
  struct Entry {
    std::size_t item;
    std::vector<long> key;
    bool matched = false;
  };
  const auto keyed = [&](auto&& indexes) {
    std::vector<Entry> entries;
    std::vector<long> path(m_config.levels.size(), 0);
    for (const std::size_t i : indexes) {
      const OutlineItem& item = m_out.items[i];
      if (!block.levels[item.level]) {
        continue;
      }
      path[item.level] = item.value;
      for (std::size_t deeper = item.level + 1; deeper < path.size(); ++deeper) {
        path[deeper] = 0;
      }
      Entry e{i, std::vector<long>(path.begin(), path.begin() + static_cast<long>(item.level) + 1)};
      entries.push_back(std::move(e));
    }
    return entries;
  };
  std::vector<std::size_t> toc_indexes;
  for (std::size_t i = block.first_item; i < block.end_item; ++i) {
    toc_indexes.push_back(i);
  }
  std::vector<Entry> toc = keyed(toc_indexes);
  std::vector<Entry> body = keyed(block.body_items);
  const auto title = [&](const OutlineItem& item) {
    return outline::squeeze(m_text.substr(item.title_offset, item.title_length));
  };
  for (Entry& b : body) {
    auto it = std::find_if(toc.begin(), toc.end(), [&](const Entry& t) {
      return !t.matched && t.key == b.key && m_out.items[t.item].level == m_out.items[b.item].level;
    });
    if (it == toc.end()) {
      m_out.defects.push_back(OutlineDefect{OutlineDefectType::body_only, b.item, std::nullopt,
                                            m_out.items[b.item].value});
      continue;
    }
    it->matched = true;
    if (title(m_out.items[b.item]) != title(m_out.items[it->item])) {
      m_out.defects.push_back(
          OutlineDefect{OutlineDefectType::toc_title, b.item, it->item, m_out.items[b.item].value});
    }
  }
  for (const Entry& t : toc) {
    if (!t.matched) {
      m_out.defects.push_back(OutlineDefect{OutlineDefectType::toc_only, t.item, std::nullopt,
                                            m_out.items[t.item].value});
    }
  }
}

void TocTracker::compare() {
  for (const Block& block : m_blocks) {
    compare(block);
  }
}

}  // namespace docqc::kinds::outline
