#include "kinds/numbering_outline.h"

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

#include "kinds/outline_line.h"
#include "kinds/outline_markers.h"
#include "kinds/outline_sequence.h"
#include "kinds/outline_toc.h"

namespace docqc::kinds {

namespace {

using outline::Candidate;
using text::NumeralSystem;

// Reads the lines in order and hands each marker to the sequence and TOC trackers.
class Analyser {
 public:
  Analyser(const OutlineConfig& config, std::string_view text, const doc::LineIndex& lines)
      : m_config(config),
        m_text(text),
        m_lines(lines),
        m_markers(config, text),
        m_sequences(config, text, m_out),
        m_toc(config, text, m_out),
        m_preferred(
            [this](std::size_t level) { return m_sequences.open_system(m_toc.in_toc(), level); }) {}

  Outline run();

 private:
  void line(std::size_t begin, std::size_t end);
  void content();
  bool toc_line(const std::optional<Candidate>& candidate);
  void scan_inline(std::size_t from, std::size_t end);
  std::size_t add_item(const Candidate& c, std::size_t content_end, bool toc, bool inline_item);
  void accept(std::size_t item_index, bool toc);
  std::uint32_t intern_style(std::string_view prefix, std::string_view suffix,
                             NumeralSystem system);

  const OutlineConfig& m_config;
  std::string_view m_text;
  const doc::LineIndex& m_lines;
  Outline m_out;
  outline::MarkerMatcher m_markers;
  outline::SequenceTracker m_sequences;
  outline::TocTracker m_toc;
  outline::PreferredSystem m_preferred;
  outline::Line m_line;  // the current line
  std::size_t m_line_number = 0;
  bool m_after_blank = true;  // the current line follows a blank line (or starts the text)
  std::vector<int> m_matched;
};

Outline Analyser::run() {
  for (std::size_t n = 1; n <= m_lines.line_count(); ++n) {
    m_line_number = n;
    const doc::LineRange range = m_lines.line(n);
    line(range.begin, range.end);
  }
  if (m_toc.in_toc()) {
    m_toc.end(m_out.items.size());
  }
  m_sequences.finish();
  m_toc.compare();
  return std::move(m_out);
}

void Analyser::line(std::size_t begin, std::size_t end) {
  outline::read_line(m_text, begin, end, m_line);
  if (m_line.blank) {
    m_after_blank = true;
    return;
  }
  content();
  m_after_blank = false;
}

void Analyser::content() {
  const std::size_t content = m_line.content;
  const std::size_t content_end = m_line.content_end;
  if (content >= content_end) {
    return;
  }
  const outline::LineFacts& facts = m_line.facts;
  if (facts.table) {
    if (!m_toc.in_toc()) {
      m_sequences.running_text();
    }
    return;
  }
  std::optional<Candidate> candidate = m_markers.match(content, content_end, true, m_preferred);
  if (m_toc.in_toc()) {
    if (toc_line(candidate)) {
      return;
    }
    m_toc.end(m_out.items.size());
  }
  if (candidate) {
    const std::size_t item = add_item(*candidate, content_end, false, false);
    accept(item, false);
    if (facts.has_punct && facts.last_punct > candidate->end) {
      m_sequences.running_text();
    }
    scan_inline(candidate->end, content_end);
    return;
  }
  if (m_after_blank) {
    // A continuation line right below its item is no parent, whatever its indentation.
    m_sequences.block_starts(m_line.indent);
  }
  if (!facts.has_punct && content_end - content <= m_config.max_break_bytes && m_config.break_set) {
    m_matched.clear();
    if (m_config.break_set->Match(m_text.substr(content, content_end - content), &m_matched)) {
      const bool toc_title =
          m_config.toc_title && std::any_of(m_matched.begin(), m_matched.end(), [&](int i) {
            return static_cast<std::size_t>(i) == m_config.document_breaks.size();
          });
      if (toc_title) {
        m_toc.begin(m_out.items.size());
        m_sequences.reset_toc();
      } else {
        m_sequences.document_break();
      }
      return;
    }
  }
  if (facts.has_punct) {
    m_sequences.running_text();  // page headers and stray labels do not end a TOC
  }
  scan_inline(content, content_end);
}

// Inside a table of contents: true when the line still belongs to it.
bool Analyser::toc_line(const std::optional<Candidate>& candidate) {
  if (!candidate) {
    return m_toc.continues(m_line.content, m_line.content_end, m_line.facts.has_punct);
  }
  if (!m_config.levels[candidate->level].heading ||
      m_sequences.toc_renumbered(candidate->level, candidate->depth, candidate->value)) {
    return false;  // the body numbers the headings again
  }
  const std::size_t item = add_item(*candidate, m_line.content_end, true, false);
  accept(item, true);
  return true;
}

void Analyser::accept(std::size_t item_index, bool toc) {
  if (const std::optional<std::size_t> first = m_sequences.accept(item_index, toc, m_line.indent)) {
    m_toc.add_implicit(*first, item_index);
  }
  if (!toc) {
    m_toc.collect_body_heading(item_index);
  }
}

// Inline items: right after the sentence ends and colons scan_line recorded.
void Analyser::scan_inline(std::size_t from, std::size_t end) {
  if (!m_config.inline_set) {
    return;
  }
  for (const std::size_t after : m_line.facts.ends) {
    if (after < from) {
      continue;
    }
    const std::size_t start = outline::skip_space(m_text, after, end);
    if (start >= end) {
      break;
    }
    if (std::optional<Candidate> c = m_markers.match(start, end, false, m_preferred)) {
      const std::size_t item = add_item(*c, end, false, true);
      accept(item, false);
      from = c->end;
    }
  }
}

std::uint32_t Analyser::intern_style(std::string_view prefix, std::string_view suffix,
                                     NumeralSystem system) {
  for (std::size_t i = 0; i < m_out.styles.size(); ++i) {
    const OutlineStyle& s = m_out.styles[i];
    if (s.system == system && s.prefix == prefix && s.suffix == suffix) {
      return static_cast<std::uint32_t>(i);
    }
  }
  m_out.styles.push_back({std::string(prefix), std::string(suffix), system});
  return static_cast<std::uint32_t>(m_out.styles.size() - 1);
}

std::size_t Analyser::add_item(const Candidate& c, std::size_t content_end, bool toc,
                               bool inline_item) {
  OutlineItem item;
  item.level = c.level;
  item.depth = c.depth;
  item.value = c.value;
  item.system = c.system;
  item.offset = c.begin;
  item.length = c.end - c.begin;
  item.num_offset = c.num_begin;
  item.num_length = c.num_end - c.num_begin;
  item.line = m_line_number;
  item.toc = toc;
  item.inline_item = inline_item;
  const std::string_view prefix = m_text.substr(c.begin, c.num_begin - c.begin);
  const std::string_view suffix = m_text.substr(c.num_end, c.end - c.num_end);
  item.style = intern_style(prefix, suffix, c.system);
  if (m_config.levels[c.level].heading && !inline_item) {
    std::size_t title = outline::skip_space(m_text, c.end, content_end);
    std::size_t title_end = content_end;
    if (m_config.toc_page && title < title_end) {
      const std::string_view rest = m_text.substr(title, title_end - title);
      re2::StringPiece page;
      if (m_config.toc_page->Match(rest, 0, rest.size(), RE2::UNANCHORED, &page, 1)) {
        title_end =
            outline::trim_end(m_text, title, static_cast<std::size_t>(page.data() - m_text.data()));
      }
    }
    item.title_offset = title;
    item.title_length = title_end > title ? title_end - title : 0;
  }
  item.path_length = c.depth > 0 ? c.prefix_end - c.num_begin : 0;
  m_out.items.push_back(item);
  return m_out.items.size() - 1;
}

}  // namespace

Outline analyse_outline(const OutlineConfig& config, std::string_view text,
                        const doc::LineIndex& lines) {
  return Analyser(config, text, lines).run();
}

Outline analyse_outline(const OutlineConfig& config, std::string_view text) {
  return analyse_outline(config, text, doc::LineIndex(text));
}

std::string render_marker(const Outline& outline, std::string_view text, const OutlineItem& item,
                          long value, std::optional<std::uint32_t> style) {
  const OutlineStyle& s = outline.styles[style.value_or(item.style)];
  const std::optional<std::string> numeral = text::format_numeral(value, s.system);
  if (!numeral) {
    return {};
  }
  std::string out = s.prefix;
  out += text.substr(item.num_offset, item.path_length);
  out += *numeral;
  out += s.suffix;
  return out;
}

namespace {
constexpr std::array<std::pair<OutlineDefectType, std::string_view>, 9> k_defect_names = {{
    {OutlineDefectType::skip, "skip"},
    {OutlineDefectType::repeat, "repeat"},
    {OutlineDefectType::out_of_order, "out_of_order"},
    {OutlineDefectType::missing_start, "missing_start"},
    {OutlineDefectType::unexpected_restart, "unexpected_restart"},
    {OutlineDefectType::mixed_style, "mixed_style"},
    {OutlineDefectType::toc_only, "toc_only"},
    {OutlineDefectType::body_only, "body_only"},
    {OutlineDefectType::toc_title, "toc_title"},
}};
}  // namespace

std::string_view to_string(OutlineDefectType type) {
  for (const auto& [t, name] : k_defect_names) {
    if (t == type) {
      return name;
    }
  }
  return "unknown";
}

std::optional<OutlineDefectType> parse_outline_defect(std::string_view name) {
  for (const auto& [t, n] : k_defect_names) {
    if (n == name) {
      return t;
    }
  }
  return std::nullopt;
}

}  // namespace docqc::kinds
