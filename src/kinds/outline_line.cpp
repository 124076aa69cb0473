#include "kinds/outline_line.h"

#include <array>

namespace docqc::kinds::outline {

namespace {

unsigned char byte_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

bool has_at(std::string_view s, std::size_t pos, std::string_view what) {
  return s.size() >= pos + what.size() && s.compare(pos, what.size(), what) == 0;
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

}  // namespace

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

void read_line(std::string_view s, std::size_t begin, std::size_t end, Line& out) {
  const std::size_t text_begin = skip_space(s, begin, end);
  out.blank = text_begin >= trim_end(s, text_begin, end);
  if (out.blank) {
    out.content = out.content_end = text_begin;
    return;
  }
  out.indent = indent_columns(s, begin, end);
  out.content = skip_bullet(s, text_begin, end);
  out.content_end = trim_end(s, out.content, end);
  if (out.content < out.content_end) {
    scan_line(s, out.content, out.content_end, out.facts);
  }
}

}  // namespace docqc::kinds::outline
