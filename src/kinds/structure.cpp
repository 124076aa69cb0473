#include "kinds/structure.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "doc/utf8.h"
#include "kinds/break_evidence.h"
#include "kinds/page_layout.h"
#include "kinds/pattern.h"

namespace docqc::kinds {

namespace {

constexpr std::u32string_view k_default_closing = U"。！？；：…—.!?;:”’」』）)》〉】\"'";
constexpr const char* k_default_continuation = R"(^[\p{Han}，、。；：！？）」』”’》〉】,;:!?)])";
constexpr std::u32string_view k_commas = U"，、,";
// Punctuation that ends a clause: what a title lacks and what closes a fragment.
constexpr std::u32string_view k_clause_marks = U"，、。；：！？,;:!?";
constexpr std::u32string_view k_sentence_marks = U"。！？；!?;";
constexpr std::size_t k_context_chars = 10;

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == 0xFEFF || c == '\r' ||
         c == '\n' || c == '\f' || c == '\v';
}

bool contains(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

// The paragraph without its indentation and trailing white space.
doc::TextRange trimmed(std::string_view text, doc::TextRange range) {
  std::size_t begin = range.begin;
  while (begin < range.end) {
    std::size_t pos = begin;
    if (!is_space(doc::next_code_point(text, pos))) {
      break;
    }
    begin = pos;
  }
  std::size_t end = range.end;
  while (end > begin) {
    std::size_t pos = end;
    if (!is_space(doc::previous_code_point(text, pos))) {
      break;
    }
    end = pos;
  }
  return {begin, end};
}

std::string_view first_line(std::string_view text) {
  const std::size_t end = text.find('\n');
  std::string_view line = end == std::string_view::npos ? text : text.substr(0, end);
  return !line.empty() && line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
}

std::string_view last_line(std::string_view text) {
  const std::size_t newline = text.rfind('\n');
  return newline == std::string_view::npos ? text : text.substr(newline + 1);
}

std::string_view trimmed_line(const doc::Document& document, std::size_t line) {
  return document.slice(trimmed(document.text(), document.line_range(line)));
}

char32_t last_code_point(std::string_view text) {
  std::size_t pos = text.size();
  return text.empty() ? 0 : doc::previous_code_point(text, pos);
}

char32_t first_code_point(std::string_view text) {
  std::size_t pos = 0;
  return text.empty() ? 0 : doc::next_code_point(text, pos);
}

// Short and without clause punctuation (an enumeration comma is allowed: 安装、升级和删除): a
// title, a heading, a label.
bool title_like(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = doc::next_code_point(text, pos);
    ++count;
    if (count > max_chars || (c != U'、' && contains(k_clause_marks, c))) {
      return false;
    }
  }
  return true;
}

// Without sentence-final punctuation (commas allowed): with a list marker in front, a
// heading or a list item such as （一）数通全域，夯实智能互联新基建.
bool heading_like(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = doc::next_code_point(text, pos);
    ++count;
    if (count > max_chars || contains(k_sentence_marks, c)) {
      return false;
    }
  }
  return true;
}

bool has_cjk(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (doc::is_cjk_ideograph(doc::next_code_point(text, pos))) {
      return true;
    }
  }
  return false;
}

// True when `text` ends with a sentence mark or a colon (。！？；…：), possibly inside closing
// quotes or brackets: the end of a paragraph. An item may end with a bracket (……（PDF，SVG）).
bool ends_sentence(std::string_view text) {
  constexpr std::u32string_view k_closers = U"”’」』）)》〉】\"'";
  std::size_t pos = text.size();
  while (pos > 0) {
    const char32_t c = doc::previous_code_point(text, pos);
    if (is_space(c) || contains(k_closers, c)) {
      continue;
    }
    return contains(k_sentence_marks, c) || c == U'…' || c == U'.' || c == U'：' || c == U':';
  }
  return false;
}

// Start of the last clause of `text`, at most k_context_chars back.
std::size_t tail_start(std::string_view text) {
  std::size_t pos = text.size();
  for (std::size_t count = 0; pos > 0 && count < k_context_chars; ++count) {
    std::size_t before = pos;
    char32_t c = doc::previous_code_point(text, before);
    if (count > 0 && contains(k_clause_marks, c)) {
      break;
    }
    pos = before;
  }
  return pos;
}

// End of the first clause of `text` (its punctuation included), at most k_context_chars on.
std::size_t head_end(std::string_view text) {
  std::size_t pos = 0;
  for (std::size_t count = 0; pos < text.size() && count < k_context_chars; ++count) {
    char32_t c = doc::next_code_point(text, pos);
    if (contains(k_clause_marks, c)) {
      break;
    }
  }
  return pos;
}

std::string_view last_chars(std::string_view text, std::size_t count) {
  std::size_t pos = text.size();
  for (std::size_t i = 0; i < count && pos > 0; ++i) {
    doc::previous_code_point(text, pos);
  }
  return text.substr(pos);
}

std::string_view first_chars(std::string_view text, std::size_t count) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < count && pos < text.size(); ++i) {
    doc::next_code_point(text, pos);
  }
  return text.substr(0, pos);
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::size_t count_chars(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    count += is_space(doc::next_code_point(text, pos)) ? 0 : 1;
  }
  return count;
}

std::size_t count_sentences(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    count += contains(k_sentence_marks, doc::next_code_point(text, pos)) ? 1 : 0;
  }
  return count;
}

rules::MessageTemplate parse_message(rules::OptionReader& options, const std::string& text,
                                     const std::vector<std::string>& names) {
  try {
    return rules::MessageTemplate::parse(text, names);
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
}

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    out.push_back(doc::next_code_point(text, pos));
  }
  return out;
}

}  // namespace

StructureRule::StructureRule(rules::RuleInfo info) : Rule(std::move(info)) {}

std::unique_ptr<rules::Rule> StructureRule::create(rules::RuleInfo info,
                                                   rules::OptionReader& options) {
  if (info.scope != rules::Scope::document) {
    options.fail("scope", "a structure rule looks at the whole document: use `scope: document`");
  }
  std::unique_ptr<StructureRule> rule(new StructureRule(std::move(info)));
  const std::string detect = options.required_string("detect");
  if (detect == "broken-paragraph") {
    rule->m_detect = Detect::broken_paragraph;
    rule->m_closing = to_u32(options.optional_string("closing").value_or(""));
    if (rule->m_closing.empty()) {
      rule->m_closing = k_default_closing;
    }
    const std::string continuation =
        options.optional_string("continuation").value_or(k_default_continuation);
    rule->m_continuation = compile_regex(options, "continuation", continuation);
    rule->m_new_paragraph = RegexList::read(options, "new_paragraph");
    rule->m_list_item = RegexList::read(options, "list_item");
    rule->m_block = RegexList::read(options, "block");
    rule->m_title_chars = static_cast<std::size_t>(options.integer("title_chars", 60, 1, 10000));
    rule->m_fragment_chars = static_cast<std::size_t>(options.integer("fragment_chars", 3, 0, 100));
    rule->m_wrap_width = static_cast<std::size_t>(options.integer("wrap_width", 40, 1, 10000));
    rule->m_wrap_ratio = options.number("wrap_ratio", 0.8, 0.0, 1.0);
    rule->m_word_break = options.boolean("word_break", true);
    rule->m_heading_chars =
        static_cast<std::size_t>(options.integer("heading_chars", 12, 0, 10000));
    rule->m_message = parse_message(options, rule->info().message, {"tail", "head", "line"});
  } else if (detect == "spliced-content") {
    rule->m_detect = Detect::spliced_content;
    rule->m_end = RegexList::read(options, "end");
    if (rule->m_end.empty()) {
      options.fail("end", "spliced-content needs at least one `end` pattern");
    }
    rule->m_after_end = RegexList::read(options, "after_end");
    rule->m_new_document = RegexList::read(options, "new_document");
    rule->m_lookahead = static_cast<std::size_t>(options.integer("lookahead", 4, 0, 1000));
    rule->m_min_chars = static_cast<std::size_t>(options.integer("min_chars", 40, 0, 1000000));
    rule->m_min_sentences =
        static_cast<std::size_t>(options.integer("min_sentences", 1, 0, 1000000));
    rule->m_message = parse_message(options, rule->info().message, {"line", "paragraphs", "chars"});
  } else {
    options.fail("detect", fmt::format("unknown check `{}`: expected broken-paragraph or "
                                       "spliced-content",
                                       detect));
  }
  return rule;
}

void StructureRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                          rules::FindingSink& sink) const {
  if (m_detect == Detect::broken_paragraph) {
    check_broken(document, sink);
  } else {
    check_spliced(document, sink);
  }
}

void StructureRule::check_broken(const doc::Document& document, rules::FindingSink& sink) const {
  const std::string_view text = document.text();
  const auto& paragraphs = document.paragraphs();
  const PageLayout& layout = PageLayout::of(document, sink);
  const bool newline_is_wrap = line_break_style(document).newline_is_wrap;
  // The last i whose paragraphs were reported as one cut in two (none yet: the largest value).
  std::size_t last_cut = static_cast<std::size_t>(-1) - 1;
  for (std::size_t i = 0; i + 1 < paragraphs.size(); ++i) {
    const doc::Paragraph& previous = paragraphs[i];
    const doc::Paragraph& next = paragraphs[i + 1];
    const doc::TextRange p = trimmed(text, previous.range);
    const doc::TextRange n = trimmed(text, next.range);
    const std::string_view p_text = document.slice(p);
    const std::string_view n_text = document.slice(n);
    if (p_text.empty() || n_text.empty()) {
      continue;
    }
    // A running header, footer or page number on either side: split-paragraph's business.
    if (layout.is_furniture(previous.last_line) || layout.is_furniture(next.first_line)) {
      continue;
    }
    const char32_t last = last_code_point(p_text);
    // A closed sentence followed on its line by a short title-like item (a byline, a
    // signature: ……精准滴灌。 文津轩) is closed too; so is one short clause closed by a
    // comma: a salutation (同志们，) or a line of verse (曾记否，). A page break right after a
    // paragraph's first short clause is rare; these are common.
    if (contains(m_closing, last) || ends_with_byline(p_text, m_closing, m_title_chars) ||
        one_short_clause(p_text, m_heading_chars)) {
      continue;
    }
    // The cut is in Chinese text: P ends with a Han character or a comma, and its last line
    // is not code, a command's output or English.
    if ((!doc::is_cjk_ideograph(last) && !contains(k_commas, last)) ||
        !has_cjk(document.line_text(previous.last_line))) {
      continue;
    }
    // Patterns describe lines: look at the lines next to the break (and P's first line, for
    // a paragraph the splitter merged), never scan whole paragraphs.
    const std::string_view n_first = first_line(n_text);
    const std::string_view p_first = first_line(p_text);
    const std::string_view p_last = last_line(p_text);
    if (!RE2::PartialMatch(n_first, *m_continuation) || m_new_paragraph.matches(n_first) ||
        m_list_item.matches(n_first) || m_block.matches(n_first) || m_block.matches(p_last) ||
        (p_first.size() != p_text.size() && m_block.matches(p_first))) {
      continue;
    }
    // Where blocks of lines are the units (newline_is_wrap), P's block starts at the first
    // line after a blank one: a block that starts as code (a shell prompt) is code, its
    // output lines included.
    if (newline_is_wrap) {
      std::size_t block_first = previous.first_line;
      while (block_first > 1 && !doc::is_blank(document.line_text(block_first - 1))) {
        --block_first;
      }
      if (block_first != previous.first_line &&
          m_block.matches(trimmed_line(document, block_first))) {
        continue;
      }
    }
    if (next.first_line == previous.last_line + 1) {
      // A document that hard-wraps its lines or separates its paragraphs with blank lines
      // uses a single newline to break a line, never a paragraph (break_evidence.h).
      if (newline_is_wrap) {
        continue;
      }
      // Adjacent lines of similar width are hard wrapping that the paragraph splitter did
      // not join (an over-long line elsewhere in the block, a narrow column).
      const std::size_t p_width = doc::display_width(document.line_text(previous.last_line));
      const std::size_t n_width = doc::display_width(document.line_text(next.first_line));
      bool wrapped = static_cast<double>(p_width) >= m_wrap_ratio * static_cast<double>(n_width);
      if (wrapped && p_width < m_wrap_width) {
        // A narrow column: wrapped only if the line before P is as wide as P.
        wrapped = false;
        if (previous.last_line > previous.first_line ||
            (i > 0 && paragraphs[i - 1].last_line + 1 == previous.first_line)) {
          const std::size_t before = doc::display_width(document.line_text(previous.last_line - 1));
          wrapped = static_cast<double>(p_width) >= m_wrap_ratio * static_cast<double>(before) &&
                    static_cast<double>(before) >= m_wrap_ratio * static_cast<double>(p_width);
        }
      }
      if (wrapped) {
        continue;
      }
    }
    const char32_t first = first_code_point(n_text);
    if (in_item_run(document, i, n_text, last_cut + 1 == i)) {
      // An item of a list or a cell of a table flattened into paragraphs ends without
      // punctuation like its neighbours: only a closed fragment (核定。) makes it a cut
      // paragraph. (ICU's word breaker is no evidence here: it finds words across many
      // ordinary item boundaries, 大小写|在 -> 写在.)
      if (!(doc::is_cjk_ideograph(last) && starts_with_closed_fragment(n_text, m_fragment_chars))) {
        continue;
      }
    }
    bool strong = contains(k_commas, last) ||
                  (doc::is_cjk_ideograph(last) && starts_with_fragment(n_text, m_fragment_chars));
    const bool weak_context = title_like(p_text, m_title_chars) ||
                              title_like(n_text, m_title_chars) ||
                              (m_list_item.matches(p_first) && heading_like(p_text, p_text.size()));
    // A short heading followed by its paragraph often makes a word across the join (软件安装 |
    // 包管理器): for a heading, only a fragment counts.
    const bool heading = title_like(p_text, m_heading_chars);
    if (!strong && !heading && m_word_break && doc::is_cjk_ideograph(last) &&
        doc::is_cjk_ideograph(first)) {
      strong = joins_inside_word(last_chars(p_text, 6), first_chars(n_text, 6));
    }
    if (weak_context && !strong) {
      continue;
    }
    const std::size_t span_begin = p.begin + tail_start(p_text);
    const std::size_t span_end = n.begin + head_end(n_text);
    const std::string_view tail = text.substr(span_begin, p.end - span_begin);
    const std::string_view head = text.substr(n.begin, span_end - n.begin);
    const std::string line = std::to_string(next.first_line);
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "tail") {
        return tail;
      }
      if (name == "head") {
        return head;
      }
      return line;
    };
    Finding& finding =
        sink.add(info(), span_begin, span_end - span_begin, m_message.expand(lookup));
    const std::string replacement = is_ascii_alnum(last) && is_ascii_alnum(first) ? " " : "";
    // Joining paragraphs changes the text's structure: never safe.
    finding.fix = Fix{p.end, n.begin - p.end, replacement, false};
    last_cut = i;
  }
}

bool StructureRule::in_item_run(const doc::Document& document, std::size_t index,
                                std::string_view n_text, bool previous_cut) const {
  const auto& paragraphs = document.paragraphs();
  const doc::Paragraph& previous = paragraphs[index];
  const doc::Paragraph& next = paragraphs[index + 1];
  // N is one line that ends without punctuation too: the next item or cell, not the rest of
  // a paragraph (which ends a sentence).
  if (next.first_line == next.last_line && !ends_sentence(n_text) &&
      count_chars(n_text) <= m_title_chars) {
    return true;
  }
  if (index == 0 || previous_cut || previous.first_line != previous.last_line ||
      paragraphs[index - 1].first_line != paragraphs[index - 1].last_line) {
    return false;
  }
  // P is one line after a line that ends without punctuation itself, is no numbered heading
  // and is not cut in two with P (the caller knows): an item after an item, a definition
  // after its term (-l, --length / x[尺寸]). A paragraph of several lines before P is prose.
  const std::string_view before =
      document.slice(trimmed(document.text(), paragraphs[index - 1].range));
  if (before.empty()) {
    return false;
  }
  const char32_t before_last = last_code_point(before);
  // A P that opens a unit of its own (一、工作目标……) is no item of the run.
  const std::string_view before_first = first_line(before);
  const std::string_view p_first =
      first_line(document.slice(trimmed(document.text(), previous.range)));
  return !contains(m_closing, before_last) && !m_list_item.matches(before_first) &&
         !m_new_paragraph.matches(before_first) && !m_list_item.matches(p_first) &&
         !m_new_paragraph.matches(p_first);
}

void StructureRule::check_spliced(const doc::Document& document, rules::FindingSink& sink) const {
  const std::string_view text = document.text();
  const auto& paragraphs = document.paragraphs();
  // The patterns describe lines: match a paragraph's first line, never scan its whole text.
  auto slice = [&](std::size_t index) {
    return first_line(document.slice(trimmed(text, paragraphs[index].range)));
  };
  std::size_t i = 0;
  while (i < paragraphs.size()) {
    if (!m_end.matches(slice(i))) {
      ++i;
      continue;
    }
    const std::size_t end_index = i;
    std::size_t first = i + 1;
    while (first < paragraphs.size() &&
           (m_after_end.matches(slice(first)) || m_end.matches(slice(first)))) {
      ++first;
    }
    if (first >= paragraphs.size()) {
      return;
    }
    bool legitimate = false;
    for (std::size_t k = first; k < paragraphs.size() && k < first + m_lookahead; ++k) {
      if (m_new_document.matches(slice(k))) {
        legitimate = true;
        break;
      }
    }
    if (legitimate) {
      i = first;
      continue;
    }
    std::size_t last = first;
    std::size_t chars = 0;
    std::size_t sentences = 0;
    while (last < paragraphs.size() && (last == first || !m_new_document.matches(slice(last)))) {
      const std::string_view paragraph = document.slice(paragraphs[last].range);
      chars += count_chars(paragraph);
      sentences += count_sentences(paragraph);
      ++last;
    }
    // paragraphs [first, last) are the spliced part: text, not a few lines of page chrome
    if (chars >= m_min_chars && sentences >= m_min_sentences) {
      const doc::TextRange begin_range = trimmed(text, paragraphs[first].range);
      const doc::TextRange end_range = trimmed(text, paragraphs[last - 1].range);
      const std::string line = std::to_string(paragraphs[end_index].last_line);
      const std::string count = std::to_string(last - first);
      const std::string chars_text = std::to_string(chars);
      auto lookup = [&](std::string_view name) -> std::string_view {
        if (name == "line") {
          return line;
        }
        if (name == "paragraphs") {
          return count;
        }
        return chars_text;
      };
      Finding& finding = sink.add(info(), begin_range.begin, end_range.end - begin_range.begin,
                                  m_message.expand(lookup));
      const doc::TextRange marker = trimmed(text, paragraphs[end_index].range);
      finding.related.push_back(Related{{}, marker.begin, marker.size(), "the document ends here"});
    }
    i = last;
  }
}

}  // namespace docqc::kinds
