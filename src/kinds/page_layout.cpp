#include "kinds/page_layout.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "doc/utf8.h"
#include "text/char_class.h"

namespace docqc::kinds {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == 0x3000 || c == 0xA0;
}

// The roman numeral `s` (lower or upper case, i..mmmm), or -1.
long roman_value(std::string_view s) {
  if (s.empty() || s.size() > 9) {
    return -1;
  }
  auto value = [](char c) -> long {
    switch (c | 0x20) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      case 'l':
        return 50;
      case 'c':
        return 100;
      case 'd':
        return 500;
      case 'm':
        return 1000;
      default:
        return -1;
    }
  };
  const bool lower = (s[0] | 0x20) == s[0];
  long total = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const long v = value(s[k]);
    if (v < 0 || (((s[k] | 0x20) == s[k]) != lower)) {
      return -1;
    }
    const long next = k + 1 < s.size() ? value(s[k + 1]) : 0;
    total += next > v ? -v : v;
  }
  return total > 0 ? total : -1;
}

struct Page {
  std::size_t first_line = 1;  // 1-based, inclusive
  std::size_t last_line = 0;
  std::vector<std::size_t> text_lines;  // non-blank lines
};

bool has_word_character(std::string_view form) {
  const text::CharClass& classes = text::CharClass::instance();
  for (std::size_t pos = 0; pos < form.size();) {
    const char32_t c = doc::next_code_point(form, pos);
    if (classes.is_han(c) || (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string furniture_form(std::string_view line) {
  std::string out;
  bool space = false;
  bool digit = false;
  for (std::size_t pos = 0; pos < line.size();) {
    char32_t c = doc::next_code_point(line, pos);
    if (c >= U'０' && c <= U'９') {
      c = c - U'０' + '0';
    }
    if (is_space(c) || c == '\r') {
      space = !out.empty();
      digit = false;
      continue;
    }
    if (space) {
      out.push_back(' ');
      space = false;
    }
    if (c >= '0' && c <= '9') {
      if (!digit) {
        out.push_back('#');
      }
      digit = true;
      continue;
    }
    digit = false;
    doc::append_utf8(out, c);
  }
  return out;
}

namespace {

// Page numbers of one style share a key: their form, or "i" for roman numerals (whose forms
// differ from page to page).
std::string number_key(std::string_view line) {
  std::string form = furniture_form(line);
  return form.find('#') == std::string::npos ? std::string("i") : form;
}

}  // namespace

namespace {

constexpr const char* k_page_forms[] = {
    "#",     "#/#",      "第#页", "第#页共#页", "第#页,共#页", "第#页，共#页", "第#页/共#页",
    "page#", "page#of#", "p.#",   "#of#",       "第#頁",       "第#頁共#頁",   "[#]",
};

// The longest bare form a page number may have: a page form, or a roman numeral (9 letters).
constexpr std::size_t longest_page_form() {
  std::size_t longest = 9;
  for (const char* form : k_page_forms) {
    longest = std::max(longest, std::string_view(form).size());
  }
  return longest;
}

}  // namespace

long page_number_of(std::string_view line) {
  // The line without spaces and dashes, digits kept, Latin folded to lower case; a line
  // whose bare form grows longer than any page form is prose, so a small buffer holds it.
  std::array<char, longest_page_form() + 8> buffer{};
  std::size_t size = 0;
  auto push = [&](std::string_view bytes) {
    std::copy(bytes.begin(), bytes.end(), buffer.begin() + static_cast<std::ptrdiff_t>(size));
    size += bytes.size();
  };
  long number = -1;
  long current = -1;
  for (std::size_t pos = 0; pos < line.size();) {
    char32_t c = doc::next_code_point(line, pos);
    if (c >= U'０' && c <= U'９') {
      c = c - U'０' + '0';
    }
    if (c >= '0' && c <= '9') {
      current = (current < 0 ? 0 : current) * 10 + static_cast<long>(c - '0');
      if (current > 99999) {
        return -1;
      }
      continue;
    }
    if (current >= 0) {
      push("#");
      if (number < 0) {
        number = current;
      }
      current = -1;
    }
    if (is_space(c) || c == '\r' || c == '-' || c == U'—' || c == U'–' || c == U'－' || c == '~' ||
        c == U'·' || c == U'•') {
      continue;
    }
    std::string encoded;  // at most 4 bytes: no allocation
    doc::append_utf8(encoded, c);
    push(encoded);
    if (size > longest_page_form()) {
      return -1;  // longer than any page form (the bare form only grows)
    }
  }
  if (current >= 0) {
    push("#");
    if (number < 0) {
      number = current;
    }
  }
  const std::string_view bare(buffer.data(), size);
  if (number < 0) {
    return roman_value(bare);
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (buffer[i] >= 'A' && buffer[i] <= 'Z') {
      buffer[i] = static_cast<char>(buffer[i] | 0x20);
    }
  }
  for (const char* form : k_page_forms) {
    if (bare == form) {
      return number;
    }
  }
  return -1;
}

bool PageLayout::is_furniture(std::size_t line) const {
  auto it = std::lower_bound(m_furniture.begin(), m_furniture.end(), line,
                             [](const FurnitureLine& f, std::size_t l) { return f.line < l; });
  return it != m_furniture.end() && it->line == line;
}

const PageLayout& PageLayout::of(const doc::Document& document, rules::FindingSink& sink) {
  static const char k_key = 0;
  return sink.memo<PageLayout>(&k_key, [&] { return compute(document); });
}

PageLayout PageLayout::compute(const doc::Document& document) {
  PageLayout layout;
  const doc::LineIndex& lines = document.lines();
  const std::size_t count = lines.line_count();
  auto line_text = [&](std::size_t line) { return document.line_text(line); };
  // A line whose furniture form is empty: white space only (stops at the first other character).
  auto blank = [&](std::size_t line) {
    const std::string_view t = line_text(line);
    for (std::size_t pos = 0; pos < t.size();) {
      const char32_t c = doc::next_code_point(t, pos);
      if (!is_space(c) && c != '\r') {
        return false;
      }
    }
    return true;
  };

  // 1. Pages from form feeds: a line holding one starts a page.
  std::vector<Page> pages(1);
  for (std::size_t line = 1; line <= count; ++line) {
    const std::string_view t = line_text(line);
    if (t.find('\f') != std::string_view::npos && line > 1) {
      pages.back().last_line = line - 1;
      pages.emplace_back().first_line = line;
      layout.m_from_form_feeds = true;
    }
  }
  pages.back().last_line = count;

  // 2. Without form feeds: page-number lines that count up, far enough apart.
  if (!layout.m_from_form_feeds && count > 0) {
    std::vector<std::pair<std::size_t, long>> numbered;  // line, number
    for (std::size_t line = 1; line <= count; ++line) {
      const long n = page_number_of(line_text(line));
      if (n >= 0) {
        numbered.emplace_back(line, n);
      }
    }
    std::vector<std::size_t> breaks;
    std::size_t run_start = 0;
    for (std::size_t k = 1; k <= numbered.size(); ++k) {
      const bool continues = k < numbered.size() &&
                             numbered[k].second == numbered[k - 1].second + 1 &&
                             numbered[k].first - numbered[k - 1].first >= k_min_page_lines;
      if (continues) {
        continue;
      }
      if (k - run_start >= 3) {
        for (std::size_t j = run_start; j < k; ++j) {
          breaks.push_back(numbered[j].first);
        }
      }
      run_start = k;
    }
    // A page number ends its page (a footer) unless the text before the first one is short.
    if (!breaks.empty()) {
      const bool footer = breaks.front() > k_min_page_lines;
      pages.clear();
      std::size_t first = 1;
      for (const std::size_t b : breaks) {
        const std::size_t last = footer ? b : b - 1;
        if (last >= first) {
          pages.push_back(Page{first, last, {}});
        }
        first = last + 1;
      }
      if (first <= count) {
        pages.push_back(Page{first, count, {}});
      }
    }
  }
  for (Page& page : pages) {
    for (std::size_t line = page.first_line; line <= page.last_line; ++line) {
      if (!blank(line)) {
        page.text_lines.push_back(line);
      }
    }
  }
  layout.m_page_starts.clear();
  for (const Page& page : pages) {
    layout.m_page_starts.push_back(lines.line(page.first_line).begin);
  }
  if (pages.size() < 2) {
    return layout;
  }

  // 3. Forms at each edge, counted once per page.
  std::size_t with_text = 0;
  std::map<std::pair<int, std::string>, std::size_t> repeats;  // (edge, form) -> pages
  auto edge_line = [&](const Page& page, int edge, std::size_t depth) -> std::size_t {
    if (depth >= page.text_lines.size()) {
      return 0;
    }
    return edge == 0 ? page.text_lines[depth] : page.text_lines[page.text_lines.size() - 1 - depth];
  };
  for (const Page& page : pages) {
    with_text += !page.text_lines.empty();
    for (int edge = 0; edge < 2; ++edge) {
      std::vector<std::string> seen;
      for (std::size_t depth = 0; depth < k_edge_depth; ++depth) {
        const std::size_t line = edge_line(page, edge, depth);
        if (line == 0) {
          break;
        }
        std::string form = furniture_form(line_text(line));
        if (std::find(seen.begin(), seen.end(), form) == seen.end()) {
          ++repeats[{edge, form}];
          seen.push_back(std::move(form));
        }
      }
    }
  }
  const std::size_t needed =
      with_text < 4 ? with_text : std::max<std::size_t>(3, (with_text * 3 + 9) / 10);

  // Page numbers: (edge, page, number) of each edge line of a number form.
  struct Numbered {
    std::size_t page;
    long number;
  };
  std::map<std::pair<int, std::string>, std::vector<Numbered>> numbers;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (int edge = 0; edge < 2; ++edge) {
      for (std::size_t depth = 0; depth < k_edge_depth; ++depth) {
        const std::size_t line = edge_line(pages[p], edge, depth);
        if (line == 0) {
          break;
        }
        const long n = page_number_of(line_text(line));
        if (n >= 0) {
          numbers[{edge, number_key(line_text(line))}].push_back({p, n});
        }
      }
    }
  }
  auto fits_sequence = [&](int edge, std::string_view line, std::size_t page, long number) {
    auto it = numbers.find({edge, number_key(line)});
    if (it == numbers.end()) {
      return false;
    }
    for (const Numbered& other : it->second) {
      if (other.page != page &&
          other.number - number == static_cast<long>(other.page) - static_cast<long>(page)) {
        return true;
      }
    }
    return false;
  };

  // 4. Peel furniture from each edge inwards.
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    std::vector<std::size_t> taken;
    for (int edge = 0; edge < 2; ++edge) {
      // Headers and footers are peeled from the edge inwards; a page number that fits the
      // sequence is taken anywhere within the edge depth (pdftotext may put a heading's number
      // before it).
      bool peeling = true;
      for (std::size_t depth = 0; depth < k_edge_depth; ++depth) {
        const std::size_t line = edge_line(page, edge, depth);
        if (line == 0 || std::find(taken.begin(), taken.end(), line) != taken.end()) {
          break;
        }
        const std::string_view t = line_text(line);
        std::string form = furniture_form(t);
        const std::size_t times = repeats[{edge, form}];
        const long number = page_number_of(t);
        FurnitureRole role = edge == 0 ? FurnitureRole::header : FurnitureRole::footer;
        bool furniture = false;
        if (number >= 0 && fits_sequence(edge, t, p, number)) {
          furniture = true;
          role = FurnitureRole::page_number;
        } else if (peeling && times >= needed && times >= 2 && has_word_character(form) &&
                   form.size() <= 120) {
          furniture = true;
        }
        if (!furniture) {
          peeling = false;
          continue;
        }
        taken.push_back(line);
        const doc::LineRange range = lines.line(line);
        FurnitureLine f;
        f.line = line;
        f.range = {range.begin, range.end};
        std::size_t end = range.end;
        const std::string_view all = document.text();
        end += end < all.size() && all[end] == '\r';
        end += end < all.size() && all[end] == '\n';
        f.deletion = {range.begin, end};
        f.role = role;
        f.page = p;
        f.repeats = times;
        f.form = std::move(form);
        layout.m_furniture.push_back(std::move(f));
      }
    }
  }
  std::sort(layout.m_furniture.begin(), layout.m_furniture.end(),
            [](const FurnitureLine& a, const FurnitureLine& b) { return a.line < b.line; });
  return layout;
}

}  // namespace docqc::kinds
