#include "kinds/numbering_outline.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace docqc::kinds {

namespace {

constexpr std::size_t k_max_depth = 6;       // components of a decimal path
constexpr std::size_t k_set_window = 96;     // bytes of a candidate the level set reads
constexpr std::size_t k_follow_window = 48;  // bytes after a marker for not_followed_by
constexpr std::size_t k_toc_label_max = 40;  // code points of an unnumbered line inside a TOC
constexpr std::size_t k_none = static_cast<std::size_t>(-1);

using text::NumeralSystem;

unsigned char byte_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

bool has_at(std::string_view s, std::size_t pos, std::string_view what) {
  return s.size() >= pos + what.size() && s.compare(pos, what.size(), what) == 0;
}

// Width in bytes of white space at `pos`: ASCII space or tab, U+3000, U+00A0; 0 otherwise.
std::size_t space_at(std::string_view s, std::size_t pos, std::size_t end) {
  if (pos >= end) {
    return 0;
  }
  const unsigned char c = byte_at(s, pos);
  if (c == ' ' || c == '\t') {
    return 1;
  }
  if (c == 0xE3 && pos + 3 <= end && byte_at(s, pos + 1) == 0x80 && byte_at(s, pos + 2) == 0x80) {
    return 3;
  }
  if (c == 0xC2 && pos + 2 <= end && byte_at(s, pos + 1) == 0xA0) {
    return 2;
  }
  return 0;
}

std::size_t skip_space(std::string_view s, std::size_t pos, std::size_t end) {
  while (std::size_t n = space_at(s, pos, end)) {
    pos += n;
  }
  return pos;
}

// Indentation in columns: a space, a tab or a no-break space counts one, an ideographic
// space two.
std::size_t indent_columns(std::string_view s, std::size_t pos, std::size_t end) {
  std::size_t columns = 0;
  while (std::size_t n = space_at(s, pos, end)) {
    columns += n == 3 ? 2 : 1;
    pos += n;
  }
  return columns;
}

std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const unsigned char c = byte_at(s, end - 1);
    if (c == ' ' || c == '\t') {
      --end;
    } else if (end - begin >= 3 && has_at(s, end - 3, "\u3000")) {
      end -= 3;
    } else if (end - begin >= 2 && has_at(s, end - 2, "\u00a0")) {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

// A Markdown bullet or heading mark followed by white space ("- ", "* ", "• ", "## ").
std::size_t skip_bullet(std::string_view s, std::size_t pos, std::size_t end) {
  std::size_t p = pos;
  if (p < end && s[p] == '#') {
    while (p < end && s[p] == '#') {
      ++p;
    }
  } else if (p < end && (s[p] == '-' || s[p] == '*' || s[p] == '+')) {
    ++p;
  } else if (has_at(s, p, "\u2022")) {
    p += 3;
  } else {
    return pos;
  }
  const std::size_t after = skip_space(s, p, end);
  return after > p ? after : pos;
}

// Bytes that start something the line scan looks for; everything else (CJK text, Latin
// letters, digits) is skipped with one table lookup.
constexpr std::array<bool, 256> k_interesting = [] {
  std::array<bool, 256> table{};
  for (const unsigned char c :
       std::array<unsigned char, 10>{'\t', ' ', ',', ';', ':', '!', '?', 0xE2, 0xE3, 0xEF}) {
    table[c] = true;
  }
  return table;
}();

// What one pass over a line's content finds.
struct LineFacts {
  // Two tabs, two gaps of two or more spaces (columns aligned with spaces), a leading | or
  // ｜, or box drawing (U+2500..257F).
  bool table = false;
  std::size_t last_punct = 0;  // one past the last punctuation of running text (，。；：、!?)
  bool has_punct = false;
  std::vector<std::size_t> ends;  // one past each sentence end or colon: inline items start there
};

void scan_line(std::string_view s, std::size_t content, std::size_t end, LineFacts& out) {
  out.table = content < end && (s[content] == '|' || has_at(s, content, "｜"));
  out.has_punct = false;
  out.last_punct = 0;
  out.ends.clear();
  int tabs = 0;
  int gaps = 0;
  const auto punct = [&](std::size_t after, bool sentence_end) {
    out.has_punct = true;
    out.last_punct = after;
    if (sentence_end) {
      out.ends.push_back(after);
    }
  };
  for (std::size_t i = content; i < end; ++i) {
    const unsigned char c = byte_at(s, i);
    if (!k_interesting[c]) {
      continue;
    }
    switch (c) {
      case '\t':
        out.table = out.table || ++tabs >= 2;
        break;
      case ' ':
        if (i + 1 < end && s[i + 1] == ' ') {
          out.table = out.table || ++gaps >= 2;
          while (i + 1 < end && s[i + 1] == ' ') {
            ++i;
          }
        }
        break;
      case ',':
        punct(i + 1, false);
        break;
      case ';':
      case ':':
      case '!':
      case '?':
        punct(i + 1, true);
        break;
      default: {
        if (i + 2 >= end) {
          break;
        }
        const unsigned char c1 = byte_at(s, i + 1);
        const unsigned char c2 = byte_at(s, i + 2);
        if (c == 0xE2) {
          out.table = out.table || c1 == 0x94 || c1 == 0x95;
        } else if (c == 0xE3 && c1 == 0x80 && (c2 == 0x82 || c2 == 0x81)) {
          punct(i + 3, c2 == 0x82);  // 。 ends a sentence, 、 does not
        } else if (c == 0xEF && c1 == 0xBC) {
          // ， (8C) is running text; ； (9B) ： (9A) ！ (81) ？ (9F) also end a clause.
          if (c2 == 0x8C) {
            punct(i + 3, false);
          } else if (c2 == 0x9B || c2 == 0x9A || c2 == 0x81 || c2 == 0x9F) {
            punct(i + 3, true);
          }
        }
        i += 2;
        break;
      }
    }
  }
}

std::size_t code_points(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = begin; i < end; ++i) {
    n += (byte_at(s, i) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

// White space removed, for comparing titles.
std::string squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = space_at(s, i, s.size())) {
      i += n;
    } else {
      out += s[i++];
    }
  }
  return out;
}

struct Candidate {
  std::size_t level = 0;
  std::size_t depth = 0;
  long value = 0;
  NumeralSystem system = NumeralSystem::arabic;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t num_begin = 0;
  std::size_t num_end = 0;
  std::size_t prefix_end = 0;  // decimal: end of the path before the last component
};

struct LevelState {
  bool open = false;
  bool boundary = false;
  bool parent_changed = false;
  long last = 0;
  std::size_t last_item = 0;
  std::size_t sequence = 0;
  std::size_t alt = k_none;  // an item off the sequence, adopted if the next item follows it
  NumeralSystem system = NumeralSystem::arabic;
  std::size_t prefix_begin = 0;  // decimal: the path before the last component
  std::size_t prefix_end = 0;
  std::size_t indent = 0;  // columns before the last item's line
};

struct TocBlock {
  std::size_t first_item = 0;
  std::size_t end_item = 0;
  std::vector<std::size_t> body_items;
  std::size_t top_level = k_none;
  std::size_t body_top_sequence = k_none;
  std::vector<bool> levels;  // levels listed in the TOC
};

class Analyser {
 public:
  Analyser(const OutlineConfig& config, std::string_view text) : m_config(config), m_text(text) {
    const std::size_t states = config.levels.size() * k_max_depth;
    m_body.resize(states);
    m_toc.resize(states);
    m_groups.resize(static_cast<std::size_t>(config.max_groups));
  }

  Outline run();

 private:
  void line(std::size_t begin, std::size_t end);
  bool toc_line(const std::optional<Candidate>& candidate, std::size_t content,
                std::size_t content_end);
  void end_toc(std::size_t end_item);
  void line_content(std::size_t begin, std::size_t end);
  void document_break();
  void scan_inline(std::size_t from, std::size_t end);
  std::optional<Candidate> match_marker(std::size_t pos, std::size_t end, bool at_line_start);
  bool parse_value(const OutlineLevel& level, std::size_t level_index, std::string_view num,
                   Candidate& out);
  std::size_t add_item(const Candidate& c, std::size_t content_end, bool toc, bool inline_item);
  void accept(std::size_t item_index, bool toc);
  std::size_t new_sequence(std::size_t item_index, bool toc);
  void extend(LevelState& state, std::size_t item_index);
  void defect(OutlineDefectType type, std::size_t item, std::optional<std::size_t> related,
              long expected, long expected_alt = -1);
  bool implicit_toc(LevelState& state, std::size_t item_index);
  bool advanced_around(const LevelState& state, std::size_t item_index) const;
  void collect_body_heading(std::size_t item_index);
  std::uint32_t intern_style(std::string_view prefix, std::string_view suffix,
                             NumeralSystem system);
  LevelState& state(bool toc, std::size_t level, std::size_t depth) {
    return (toc ? m_toc : m_body)[level * k_max_depth + depth];
  }
  void finish();
  bool quoted_excerpt(std::size_t offset) const;
  void compare_toc(const TocBlock& block);
  void mixed_styles();

  const OutlineConfig& m_config;
  std::string_view m_text;
  Outline m_out;
  std::vector<LevelState> m_body;
  std::vector<LevelState> m_toc;
  std::vector<std::size_t> m_sequence_content;  // m_content when each sequence began
  std::vector<re2::StringPiece> m_groups;
  LineFacts m_facts;  // of the current line
  std::vector<int> m_matched;
  std::size_t m_line = 0;
  std::size_t m_indent = 0;   // of the current line, in columns
  bool m_after_blank = true;  // the current line follows a blank line (or starts the text)
  std::size_t m_content = 0;  // body lines of running text seen so far
  bool m_in_toc = false;
  std::vector<TocBlock> m_blocks;
  std::size_t m_active_block = k_none;  // the TOC whose body headings are being collected
};

Outline Analyser::run() {
  const std::size_t size = m_text.size();
  const char* data = m_text.data();
  std::size_t pos = 0;
  while (pos < size) {
    // The line ends at the first LF or CR; CRLF counts as one terminator.
    const void* lf = std::memchr(data + pos, '\n', size - pos);
    std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - data) : size;
    if (const void* cr = std::memchr(data + pos, '\r', end - pos)) {
      end = static_cast<std::size_t>(static_cast<const char*>(cr) - data);
    }
    ++m_line;
    line(pos, end);
    if (end < size && data[end] == '\r' && end + 1 < size && data[end + 1] == '\n') {
      ++end;
    }
    pos = end + 1;
  }
  if (m_in_toc) {
    end_toc(m_out.items.size());
  }
  finish();
  return std::move(m_out);
}

void Analyser::line(std::size_t begin, std::size_t end) {
  const std::size_t text_begin = skip_space(m_text, begin, end);
  if (text_begin >= trim_end(m_text, text_begin, end)) {
    m_after_blank = true;
    return;
  }
  m_indent = indent_columns(m_text, begin, end);
  line_content(begin, end);
  m_after_blank = false;
}

void Analyser::line_content(std::size_t begin, std::size_t end) {
  std::size_t content = skip_space(m_text, begin, end);
  content = skip_bullet(m_text, content, end);
  const std::size_t content_end = trim_end(m_text, content, end);
  if (content >= content_end) {
    return;
  }
  scan_line(m_text, content, content_end, m_facts);
  if (m_facts.table) {
    if (!m_in_toc) {
      ++m_content;
    }
    return;
  }
  std::optional<Candidate> candidate = match_marker(content, content_end, true);
  if (m_in_toc) {
    if (toc_line(candidate, content, content_end)) {
      return;
    }
    end_toc(m_out.items.size());
  }
  if (candidate) {
    const std::size_t item = add_item(*candidate, content_end, false, false);
    accept(item, false);
    if (m_facts.has_punct && m_facts.last_punct > candidate->end) {
      ++m_content;
    }
    scan_inline(candidate->end, content_end);
    return;
  }
  if (m_after_blank) {
    // A block that starts left of a list's items (a bullet, a paragraph, a heading without a
    // marker) is their parent: a nested list may start over under it (1. 2. / * 安装 / 1.).
    // A continuation line right below its item is no parent, whatever its indentation.
    for (LevelState& st : m_body) {
      if (st.open && st.indent > m_indent) {
        st.parent_changed = true;
      }
    }
  }
  if (!m_facts.has_punct && content_end - content <= m_config.max_break_bytes &&
      m_config.break_set) {
    m_matched.clear();
    if (m_config.break_set->Match(m_text.substr(content, content_end - content), &m_matched)) {
      const bool toc_title =
          m_config.toc_title && std::any_of(m_matched.begin(), m_matched.end(), [&](int i) {
            return static_cast<std::size_t>(i) == m_config.document_breaks.size();
          });
      if (toc_title) {
        m_in_toc = true;
        m_active_block = k_none;
        std::fill(m_toc.begin(), m_toc.end(), LevelState{});
        TocBlock block;
        block.first_item = m_out.items.size();
        m_blocks.push_back(std::move(block));
      } else {
        document_break();
      }
      return;
    }
  }
  if (m_facts.has_punct) {
    ++m_content;  // running text; page headers and stray labels do not end a TOC
  }
  scan_inline(content, content_end);
}

// Inside a table of contents: true when the line still belongs to it.
bool Analyser::toc_line(const std::optional<Candidate>& candidate, std::size_t content,
                        std::size_t content_end) {
  if (candidate) {
    if (!m_config.levels[candidate->level].heading) {
      return false;
    }
    const LevelState& st = state(true, candidate->level, candidate->depth);
    if (st.open && candidate->value <= st.last) {
      return false;  // the body numbers the headings again
    }
    const std::size_t item = add_item(*candidate, content_end, true, false);
    accept(item, true);
    return true;
  }
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
  return !m_facts.has_punct && code_points(m_text, content, content_end) <= k_toc_label_max;
}

void Analyser::end_toc(std::size_t end_item) {
  m_in_toc = false;
  TocBlock& block = m_blocks.back();
  block.end_item = end_item;
  block.levels.assign(m_config.levels.size(), false);
  for (std::size_t i = block.first_item; i < block.end_item; ++i) {
    const std::size_t level = m_out.items[i].level;
    block.levels[level] = true;
    block.top_level = std::min(block.top_level, level);
  }
  if (block.top_level != k_none) {
    m_active_block = m_blocks.size() - 1;
  }
}

void Analyser::document_break() {
  for (LevelState& st : m_body) {
    st.boundary = true;
    st.alt = k_none;
  }
}

// Inline items: right after the sentence ends and colons scan_line recorded.
void Analyser::scan_inline(std::size_t from, std::size_t end) {
  if (!m_config.inline_set) {
    return;
  }
  for (const std::size_t after : m_facts.ends) {
    if (after < from) {
      continue;
    }
    const std::size_t start = skip_space(m_text, after, end);
    if (start >= end) {
      break;
    }
    if (std::optional<Candidate> c = match_marker(start, end, false)) {
      const std::size_t item = add_item(*c, end, false, true);
      accept(item, false);
      from = c->end;
    }
  }
}

std::optional<Candidate> Analyser::match_marker(std::size_t pos, std::size_t end,
                                                bool at_line_start) {
  const RE2::Set* set = at_line_start ? m_config.line_start_set.get() : m_config.inline_set.get();
  if (!set) {
    return std::nullopt;
  }
  const std::string_view window = m_text.substr(pos, std::min(end - pos, k_set_window));
  m_matched.clear();
  if (!set->Match(window, &m_matched)) {
    return std::nullopt;
  }
  std::sort(m_matched.begin(), m_matched.end());
  const std::string_view rest = m_text.substr(pos, end - pos);
  const auto& refs = at_line_start ? m_config.line_start_markers : m_config.inline_markers;
  for (const int index : m_matched) {
    const OutlineConfig::MarkerRef& ref = refs[static_cast<std::size_t>(index)];
    const std::size_t level_index = ref.level;
    const OutlineLevel& level = m_config.levels[level_index];
    const int group = ref.num_group;
    if (!ref.regex->Match(rest, 0, rest.size(), RE2::ANCHOR_START, m_groups.data(), group + 1)) {
      continue;
    }
    const re2::StringPiece whole = m_groups[0];
    const re2::StringPiece num = m_groups[static_cast<std::size_t>(group)];
    if (num.data() == nullptr || num.empty() || whole.empty()) {
      continue;
    }
    Candidate c;
    c.level = level_index;
    c.begin = pos;
    c.end = trim_end(m_text, pos, pos + whole.size());
    c.num_begin = static_cast<std::size_t>(num.data() - m_text.data());
    c.num_end = c.num_begin + num.size();
    if (level.not_followed_by) {
      const std::size_t follow_end = std::min(end, c.end + k_follow_window);
      const std::string_view follow = m_text.substr(c.end, follow_end - c.end);
      if (level.not_followed_by->Match(follow, 0, follow.size(), RE2::ANCHOR_START, nullptr, 0)) {
        continue;
      }
    }
    if (!parse_value(level, level_index, std::string_view(num.data(), num.size()), c)) {
      continue;
    }
    return c;
  }
  return std::nullopt;
}

bool Analyser::parse_value(const OutlineLevel& level, std::size_t level_index, std::string_view num,
                           Candidate& out) {
  if (level.decimal) {
    std::size_t depth = 0;
    std::size_t start = 0;
    std::size_t last_start = 0;
    long last = 0;
    for (std::size_t i = 0; i <= num.size(); ++i) {
      std::size_t sep = 0;
      if (i == num.size()) {
        sep = 1;
      } else if (num[i] == '.') {
        sep = 1;
      } else if (has_at(num, i, "．")) {
        sep = 3;
      }
      if (sep == 0) {
        continue;
      }
      const std::string_view part = num.substr(start, i - start);
      auto value = text::parse_numeral(part, NumeralSystem::arabic);
      if (!value) {
        value = text::parse_numeral(part, NumeralSystem::arabic_fullwidth);
      }
      if (!value || ++depth >= k_max_depth) {
        return false;
      }
      last = *value;
      last_start = start;
      start = i + sep;
      i += sep - 1;
    }
    if (depth < 2) {
      return false;
    }
    out.depth = depth;
    out.value = last;
    out.system = NumeralSystem::arabic;
    out.prefix_end = out.num_begin + last_start;
    return true;
  }
  // Prefer the system the level's current sequence uses ("i" after "h" is a letter).
  const LevelState& st = state(m_in_toc, level_index, 0);
  if (st.open) {
    if (std::find(level.numerals.begin(), level.numerals.end(), st.system) !=
        level.numerals.end()) {
      if (auto value = text::parse_numeral(num, st.system)) {
        out.value = *value;
        out.system = st.system;
        return true;
      }
    }
  }
  for (const NumeralSystem system : level.numerals) {
    if (auto value = text::parse_numeral(num, system)) {
      out.value = *value;
      out.system = system;
      return true;
    }
  }
  return false;
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
  item.line = m_line;
  item.toc = toc;
  item.inline_item = inline_item;
  const std::string_view prefix = m_text.substr(c.begin, c.num_begin - c.begin);
  const std::string_view suffix = m_text.substr(c.num_end, c.end - c.num_end);
  item.style = intern_style(prefix, suffix, c.system);
  if (m_config.levels[c.level].heading && !inline_item) {
    std::size_t title = skip_space(m_text, c.end, content_end);
    std::size_t title_end = content_end;
    if (m_config.toc_page && title < title_end) {
      const std::string_view rest = m_text.substr(title, title_end - title);
      re2::StringPiece page;
      if (m_config.toc_page->Match(rest, 0, rest.size(), RE2::UNANCHORED, &page, 1)) {
        title_end = trim_end(m_text, title, static_cast<std::size_t>(page.data() - m_text.data()));
      }
    }
    item.title_offset = title;
    item.title_length = title_end > title ? title_end - title : 0;
  }
  item.path_length = c.depth > 0 ? c.prefix_end - c.num_begin : 0;
  m_out.items.push_back(item);
  return m_out.items.size() - 1;
}

void Analyser::defect(OutlineDefectType type, std::size_t item, std::optional<std::size_t> related,
                      long expected, long expected_alt) {
  OutlineDefect d;
  d.type = type;
  d.item = item;
  d.related = related;
  d.expected = expected;
  d.expected_alt = expected_alt;
  m_out.defects.push_back(d);
}

std::size_t Analyser::new_sequence(std::size_t item_index, bool toc) {
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
  st.alt = k_none;
  return index;
}

void Analyser::extend(LevelState& st, std::size_t item_index) {
  OutlineItem& item = m_out.items[item_index];
  OutlineSequence& seq = m_out.sequences[st.sequence];
  item.sequence = static_cast<std::uint32_t>(st.sequence);
  seq.last_item = item_index;
  ++seq.count;
  st.last = item.value;
  st.last_item = item_index;
  st.alt = k_none;
}

// A heading level numbered again from its first value, after a run of headings with no
// running text between them: that run was a table of contents without a 目录 line.
bool Analyser::implicit_toc(LevelState& st, std::size_t item_index) {
  const OutlineItem& item = m_out.items[item_index];
  const OutlineSequence& seq = m_out.sequences[st.sequence];
  if (!m_config.levels[item.level].heading || seq.toc || seq.count < 2 ||
      m_out.items[seq.first_item].value != item.value ||
      m_sequence_content[st.sequence] != m_content) {
    return false;
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
  TocBlock block;
  block.first_item = first;
  m_blocks.push_back(std::move(block));
  end_toc(item_index);
  return true;
}

// True when, since the level's last item, a level configured below it moved on in a
// sequence that began before this level's sequence did: the document inverts the hierarchy
// (1. above （一）), that level encloses this one, and a restart at 1 is expected. Levels the
// configuration keeps apart (章 does not reset 条) stay apart.
bool Analyser::advanced_around(const LevelState& st, std::size_t item_index) const {
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

void Analyser::collect_body_heading(std::size_t item_index) {
  if (m_active_block == k_none) {
    return;
  }
  TocBlock& block = m_blocks[m_active_block];
  const OutlineItem& item = m_out.items[item_index];
  if (!block.levels[item.level]) {
    return;
  }
  if (item.level == block.top_level) {
    if (block.body_top_sequence == k_none) {
      block.body_top_sequence = item.sequence;
    } else if (block.body_top_sequence != item.sequence) {
      m_active_block = k_none;  // the body numbers a new part: the TOC no longer covers it
      return;
    }
  }
  block.body_items.push_back(item_index);
}

void Analyser::accept(std::size_t item_index, bool toc) {
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
  } else if (st.alt != k_none && v == m_out.items[st.alt].value + 1) {
    // The previous item was not a slip: the numbering really went back. Split there.
    const std::size_t alt = st.alt;
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
  } else if (!toc && implicit_toc(st, item_index)) {
    accept(item_index, false);
    return;
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
  st.indent = m_indent;
  st.system = item.system;
  st.prefix_begin = item.num_offset;
  st.prefix_end = item.num_offset + item.path_length;

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
  if (!toc) {
    collect_body_heading(item_index);
  }
}

// True when the three lines before `offset` (and its own line up to it) announce an excerpt.
bool Analyser::quoted_excerpt(std::size_t offset) const {
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

void Analyser::finish() {
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
  for (const TocBlock& block : m_blocks) {
    compare_toc(block);
  }
}

void Analyser::mixed_styles() {
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

void Analyser::compare_toc(const TocBlock& block) {
  if (block.top_level == k_none || block.body_items.empty()) {
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
    return squeeze(m_text.substr(item.title_offset, item.title_length));
  };
  for (Entry& b : body) {
    auto it = std::find_if(toc.begin(), toc.end(), [&](const Entry& t) {
      return !t.matched && t.key == b.key && m_out.items[t.item].level == m_out.items[b.item].level;
    });
    if (it == toc.end()) {
      defect(OutlineDefectType::body_only, b.item, std::nullopt, m_out.items[b.item].value);
      continue;
    }
    it->matched = true;
    if (title(m_out.items[b.item]) != title(m_out.items[it->item])) {
      defect(OutlineDefectType::toc_title, b.item, it->item, m_out.items[b.item].value);
    }
  }
  for (const Entry& t : toc) {
    if (!t.matched) {
      defect(OutlineDefectType::toc_only, t.item, std::nullopt, m_out.items[t.item].value);
    }
  }
}

}  // namespace

std::string OutlineConfig::prepare() {
  resets.assign(levels.size(), {});
  line_start_markers.clear();
  inline_markers.clear();
  max_groups = 1;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  line_start_set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_START);
  inline_set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_START);
  std::string error;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const OutlineLevel& level = levels[i];
    if (level.markers.empty()) {
      return "level " + level.name + ": no marker";
    }
    if (!level.decimal && level.numerals.empty()) {
      return "level " + level.name + ": no numeral system";
    }
    for (const std::size_t parent : level.parents) {
      if (parent >= levels.size() || parent == i) {
        return "level " + level.name + ": invalid parent";
      }
    }
    for (const auto& marker : level.markers) {
      if (!marker || !marker->ok()) {
        return "level " + level.name + ": invalid marker regex";
      }
      const auto& groups = marker->NamedCapturingGroups();
      const auto it = groups.find("num");
      if (it == groups.end()) {
        return "level " + level.name + ": a marker needs a group (?P<num>...)";
      }
      const MarkerRef ref{i, marker.get(), it->second};
      max_groups = std::max(max_groups, it->second + 1);
      if (line_start_set->Add(marker->pattern(), &error) < 0) {
        return "level " + level.name + ": " + error;
      }
      line_start_markers.push_back(ref);
      if (level.inline_allowed) {
        if (inline_set->Add(marker->pattern(), &error) < 0) {
          return "level " + level.name + ": " + error;
        }
        inline_markers.push_back(ref);
      }
    }
  }
  // Descendants: the transitive closure of `parents`, refusing cycles.
  for (std::size_t i = 0; i < levels.size(); ++i) {
    std::vector<std::size_t> stack = {i};
    std::vector<bool> seen(levels.size(), false);
    while (!stack.empty()) {
      const std::size_t current = stack.back();
      stack.pop_back();
      for (std::size_t child = 0; child < levels.size(); ++child) {
        const auto& parents = levels[child].parents;
        if (std::find(parents.begin(), parents.end(), current) == parents.end() || seen[child]) {
          continue;
        }
        if (child == i) {
          return "level " + levels[i].name + ": its parents form a cycle";
        }
        seen[child] = true;
        resets[i].push_back(child);
        stack.push_back(child);
      }
    }
    std::sort(resets[i].begin(), resets[i].end());
  }
  if (!line_start_set->Compile()) {
    return "the marker regexes need too much memory";
  }
  if (inline_markers.empty()) {
    inline_set.reset();
  } else if (!inline_set->Compile()) {
    return "the marker regexes need too much memory";
  }
  break_set.reset();
  if (!document_breaks.empty() || toc_title) {
    break_set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
    for (const auto& regex : document_breaks) {
      if (break_set->Add(regex->pattern(), &error) < 0) {
        return "document break: " + error;
      }
    }
    if (toc_title && break_set->Add(toc_title->pattern(), &error) < 0) {
      return "toc title: " + error;
    }
    if (!break_set->Compile()) {
      return "the document break regexes need too much memory";
    }
  }
  return {};
}

Outline analyse_outline(const OutlineConfig& config, std::string_view text) {
  return Analyser(config, text).run();
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
