#include "report/json_writer.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>

namespace docqc::report {

namespace {

// True when `text` is well-formed UTF-8 (what nlohmann's serializer accepts).
bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) <= need || p[1] < lo || p[1] > hi) {
      return false;
    }
    for (std::size_t i = 2; i <= need; ++i) {
      if ((p[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    p += need + 1;
  }
  return true;
}

// Bytes that need an escape: the C0 controls, the quote and the backslash.
constexpr std::array<bool, 256> k_needs_escape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) {
    table[static_cast<std::size_t>(c)] = true;
  }
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

void append_number(std::string& out, std::size_t value) {
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

// Writes the punctuation between the members of one object or array, the way dump() lays
// them out.
class Layout {
 public:
  Layout(std::string& out, int level) : m_out(out), m_level(level) {}
  // Before a member: "{" / "," and, indented, a new line.
  void open(char bracket) {
    m_out += bracket;
    m_first = true;
  }
  void key(std::string_view name) {
    separator();
    m_out += '"';
    m_out.append(name);
    m_out += m_level >= 0 ? "\": " : "\":";
  }
  void element() { separator(); }
  void close(char bracket) {
    if (!m_first && m_level >= 0) {
      m_out += '\n';
      m_out.append(2 * static_cast<std::size_t>(m_level), ' ');
    }
    m_out += bracket;
    m_first = false;
  }
  int inner() const { return m_level >= 0 ? m_level + 1 : -1; }

 private:
  void separator() {
    if (!m_first) {
      m_out += ',';
    }
    m_first = false;
    if (m_level >= 0) {
      m_out += '\n';
      m_out.append(2 * static_cast<std::size_t>(m_level + 1), ' ');
    }
  }
  std::string& m_out;
  int m_level;
  bool m_first = true;
};

void string_member(Layout& layout, std::string& out, std::string_view key, std::string_view value) {
  layout.key(key);
  append_json_string(out, value);
}

void number_member(Layout& layout, std::string& out, std::string_view key, std::size_t value) {
  layout.key(key);
  append_number(out, value);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (!valid_utf8(text)) {
    // Rare (a span cut inside a character): let nlohmann apply its own replacement rules.
    out += nlohmann::json(std::string(text))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (!k_needs_escape[c]) {
      continue;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        static constexpr char k_hex[] = "0123456789abcdef";
        out += "\\u00";
        out += k_hex[c >> 4];
        out += k_hex[c & 0xF];
      }
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

void append_finding_json(std::string& out, const LocatedFinding& finding, int level) {
  Layout object(out, level);
  object.open('{');
  string_member(object, out, "rule", finding.rule);
  string_member(object, out, "category", to_string(finding.category));
  string_member(object, out, "severity", to_string(finding.severity));
  string_member(object, out, "message", finding.message);
  string_member(object, out, "file", finding.file);
  number_member(object, out, "line", finding.line);
  number_member(object, out, "column", finding.column);
  number_member(object, out, "end_line", finding.end_line);
  number_member(object, out, "end_column", finding.end_column);
  number_member(object, out, "byte_offset", finding.byte_offset);
  number_member(object, out, "byte_length", finding.byte_length);
  string_member(object, out, "text", finding.text);
  if (finding.fix) {
    object.key("fix");
    Layout fix(out, object.inner());
    fix.open('{');
    string_member(fix, out, "replacement", finding.fix->replacement);
    number_member(fix, out, "byte_offset", finding.fix->byte_offset);
    number_member(fix, out, "byte_length", finding.fix->byte_length);
    fix.key("safe");
    out += finding.fix->safe ? "true" : "false";
    if (!finding.fix->extra_edits.empty()) {
      fix.key("extra_edits");
      Layout edits(out, fix.inner());
      edits.open('[');
      for (const auto& edit : finding.fix->extra_edits) {
        edits.element();
        Layout entry(out, edits.inner());
        entry.open('{');
        string_member(entry, out, "replacement", edit.replacement);
        number_member(entry, out, "byte_offset", edit.byte_offset);
        number_member(entry, out, "byte_length", edit.byte_length);
        entry.close('}');
      }
      edits.close(']');
    }
    fix.close('}');
  }
  if (!finding.related.empty()) {
    object.key("related");
    Layout related(out, object.inner());
    related.open('[');
    for (const auto& item : finding.related) {
      related.element();
      Layout entry(out, related.inner());
      entry.open('{');
      string_member(entry, out, "file", item.file);
      number_member(entry, out, "line", item.line);
      number_member(entry, out, "column", item.column);
      string_member(entry, out, "message", item.message);
      entry.close('}');
    }
    related.close(']');
  }
  object.close('}');
}

}  // namespace docqc::report
