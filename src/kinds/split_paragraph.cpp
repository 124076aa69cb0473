#include "kinds/split_paragraph.h"

#include <fmt/format.h>

#include <cctype>
#include <stdexcept>

#include "doc/utf8.h"
#include "kinds/page_layout.h"
#include "text/char_class.h"

namespace docqc::kinds {

namespace {

constexpr std::u32string_view k_default_closing = U"。！？；：…—.!?;:”’」』）)》〉】\"'";
// Punctuation that continues a sentence: it never opens a paragraph.
constexpr std::u32string_view k_continuing = U"，。、；：！？）》」』”’,;:";
constexpr std::u32string_view k_clause = U"，。、；：！？,;:";
constexpr std::size_t k_quote_chars = 8;

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == 0x3000;
}

bool contains(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (std::size_t pos = 0; pos < s.size();) {
    out.push_back(doc::next_code_point(s, pos));
  }
  return out;
}

// [begin, end) of `line` without surrounding white space (form feeds included).
doc::TextRange trim(std::string_view all, doc::TextRange line) {
  std::size_t begin = line.begin;
  std::size_t end = line.end;
  while (begin < end) {
    std::size_t pos = begin;
    if (!is_space(doc::next_code_point(all, pos))) {
      break;
    }
    begin = pos;
  }
  while (end > begin) {
    std::size_t pos = end;
    if (!is_space(doc::previous_code_point(all, pos))) {
      break;
    }
    end = pos;
  }
  return {begin, end};
}

}  // namespace

std::unique_ptr<rules::Rule> SplitParagraphRule::create(rules::RuleInfo info,
                                                        rules::OptionReader& options) {
  std::unique_ptr<SplitParagraphRule> rule(new SplitParagraphRule(std::move(info)));
  rule->m_closing = to_u32(options.optional_string("closing").value_or(""));
  if (rule->m_closing.empty()) {
    rule->m_closing = k_default_closing;
  }
  rule->m_block = RegexList::read(options, "block");
  rule->m_new_paragraph = RegexList::read(options, "new_paragraph");
  rule->m_title_chars = static_cast<std::size_t>(options.integer("title_chars", 20, 0, 1000));
  try {
    rule->m_message =
        rules::MessageTemplate::parse(rule->info().message, {"tail", "head", "line", "between"});
  } catch (const std::invalid_argument& error) {
    options.fail("message", error.what());
  }
  return rule;
}

void SplitParagraphRule::check(const doc::Document& document, doc::TextRange /*unit*/,
                               rules::FindingSink& sink) const {
  const PageLayout& layout = PageLayout::of(document, sink);
  const auto& starts = layout.page_starts();
  if (starts.size() < 2) {
    return;
  }
  const doc::LineIndex& lines = document.lines();
  const std::string_view all = document.text();
  const text::CharClass& classes = text::CharClass::instance();
  const std::size_t count = lines.line_count();
  auto text_of = [&](std::size_t line) {
    return trim(all, {lines.line(line).begin, lines.line(line).end});
  };
  for (std::size_t p = 1; p < starts.size(); ++p) {
    const std::size_t boundary = lines.line_of(starts[p]);
    // B: the last line of text before the boundary.
    std::size_t furniture = 0;
    std::size_t b = boundary;
    while (b > 1) {
      --b;
      if (layout.is_furniture(b)) {
        ++furniture;
      } else if (text_of(b).size() > 0) {
        break;
      }
    }
    std::size_t a = boundary;
    for (; a <= count; ++a) {
      if (layout.is_furniture(a)) {
        ++furniture;
      } else if (text_of(a).size() > 0) {
        break;
      }
    }
    if (b == 0 || a > count || b >= boundary || layout.is_furniture(b) || text_of(b).size() == 0) {
      continue;
    }
    const doc::TextRange tail = text_of(b);
    const doc::TextRange head = text_of(a);
    const std::string_view b_text = all.substr(tail.begin, tail.size());
    const std::string_view a_text = all.substr(head.begin, head.size());
    std::size_t pos = tail.end;
    const char32_t last = doc::previous_code_point(all, pos);
    pos = head.begin;
    const char32_t first = doc::next_code_point(all, pos);
    if (contains(m_closing, last) || m_block.matches(b_text) || m_new_paragraph.matches(a_text)) {
      continue;
    }
    const bool lower = first < 0x80 && first >= 'a' && first <= 'z';
    if (!classes.is_han(first) && !lower && !contains(k_continuing, first)) {
      continue;
    }
    std::size_t chars = 0;
    bool clause = false;
    for (std::size_t k = 0; k < b_text.size();) {
      clause |= contains(k_clause, doc::next_code_point(b_text, k));
      ++chars;
    }
    if (!clause && chars <= m_title_chars) {
      continue;  // a heading at the foot of a page
    }
    const bool latin_join = last < 0x80 && std::isalnum(static_cast<unsigned char>(last)) && lower;
    const std::string between = furniture == 0 ? std::string("a page break")
                                               : fmt::format("a page break and {} furniture line{}",
                                                             furniture, furniture == 1 ? "" : "s");
    auto quote = [](std::string_view s, bool from_end) {
      std::size_t cut = from_end ? s.size() : 0;
      std::size_t n = 0;
      while (n < k_quote_chars && (from_end ? cut > 0 : cut < s.size())) {
        if (from_end) {
          doc::previous_code_point(s, cut);
        } else {
          doc::next_code_point(s, cut);
        }
        ++n;
      }
      return from_end ? s.substr(cut) : s.substr(0, cut);
    };
    const std::string_view tail_quote = quote(b_text, true);
    const std::string_view head_quote = quote(a_text, false);
    const std::string line = std::to_string(a);
    auto lookup = [&](std::string_view name) -> std::string_view {
      if (name == "tail") {
        return tail_quote;
      }
      if (name == "head") {
        return head_quote;
      }
      if (name == "line") {
        return line;
      }
      return between;
    };
    Finding& finding = sink.add(info(), tail.end, head.begin - tail.end, m_message.expand(lookup));
    finding.fix = Fix{tail.end, head.begin - tail.end, latin_join ? " " : "", false};
  }
}

}  // namespace docqc::kinds
