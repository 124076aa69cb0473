#include "report/text_reporter.h"

#include <fmt/format.h>

#include <map>

#include "doc/document.h"
#include "doc/utf8.h"
#include "report/terminal_safe.h"

namespace docqc::report {

std::string group_thousands(std::size_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  return out;
}

namespace {

struct Style {
  bool on = false;
  std::string paint(std::string_view text, std::string_view code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

// The numbering outline (kinds/numbering.h): one line per sequence, in document order, so a
// reviewer sees the document's skeleton at a glance.
void print_outline(const std::string& path, const nlohmann::json& outline, std::ostream& out) {
  out << path << ": outline: " << outline.size()
      << (outline.size() == 1 ? " sequence" : " sequences") << '\n';
  for (const auto& seq : outline) {
    const std::string level = seq.value("level", "");
    const std::string lines =
        fmt::format("{}-{}", seq.value("first_line", 0), seq.value("last_line", 0));
    const std::size_t width = doc::display_width(level);
    out << fmt::format("  lines {:<11} {}{} {} … {} ({}{})\n", lines, level,
                       std::string(width < 6 ? 6 - width : 0, ' '), seq.value("first", ""),
                       seq.value("last", ""), seq.value("count", 0),
                       seq.value("toc", false) ? ", table of contents" : "");
  }
}

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "1;31";
    case Severity::warning:
      return "1;33";
    case Severity::info:
      return "1;36";
  }
  return "0";
}

// Tabs and other control characters would break the alignment of the underline.
std::string printable(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t c = doc::next_code_point(text, pos);
    if (c == '\t') {
      out += "    ";
    } else if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

// The prefix of `text` holding `columns` code points.
std::string_view first_code_points(std::string_view text, std::size_t columns) {
  std::size_t pos = 0;
  while (pos < text.size() && columns > 0) {
    doc::next_code_point(text, pos);
    --columns;
  }
  return text.substr(0, pos);
}

// The longest prefix (or, from the back, suffix) of `text` at most `columns` wide.
std::string_view fit_prefix(std::string_view text, std::size_t columns) {
  std::size_t pos = 0;
  std::size_t used = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    doc::next_code_point(text, next);
    std::size_t w = doc::display_width(text.substr(pos, next - pos));
    if (used + w > columns) {
      break;
    }
    used += w;
    pos = next;
  }
  return text.substr(0, pos);
}

std::string_view fit_suffix(std::string_view text, std::size_t columns) {
  std::size_t start = text.size();
  std::size_t used = 0;
  while (start > 0) {
    std::size_t begin = start - 1;
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) {
      --begin;
    }
    std::size_t w = doc::display_width(text.substr(begin, start - begin));
    if (used + w > columns) {
      break;
    }
    used += w;
    start = begin;
  }
  return text.substr(start);
}

// A source line cut to `columns` display columns around its span: "…" marks what is left
// out; the span keeps its place after `before`, so the underline stays under it.
struct Clipped {
  std::string before;
  std::string span;
  std::string after;
};

Clipped clip_line(std::string before, std::string span, std::string after, std::size_t columns) {
  static constexpr std::string_view k_more = "…";
  const std::size_t more = doc::display_width(k_more);
  std::size_t wb = doc::display_width(before);
  std::size_t ws = doc::display_width(span);
  std::size_t wa = doc::display_width(after);
  if (wb + ws + wa <= columns) {
    return {std::move(before), std::move(span), std::move(after)};
  }
  Clipped out;
  // The span itself too wide: its start, then "…".
  if (ws + 2 * more > columns) {
    std::size_t lead = wb == 0 ? 0 : more;
    out.before = wb == 0 ? "" : std::string(k_more);
    out.span = std::string(fit_prefix(span, columns - lead - more));
    out.after = std::string(k_more);
    return out;
  }
  // Share the rest between the two sides, giving one side what the other does not need.
  std::size_t rest = columns - ws;
  std::size_t want_after = std::min(wa, rest / 3);
  std::size_t want_before = std::min(wb, rest - want_after);
  want_after = std::min(wa, rest - want_before);
  if (want_before < wb) {
    out.before = std::string(k_more);
    out.before += fit_suffix(before, want_before > more ? want_before - more : 0);
  } else {
    out.before = std::move(before);
  }
  out.span = std::move(span);
  if (want_after < wa) {
    out.after = std::string(fit_prefix(after, want_after > more ? want_after - more : 0));
    out.after += k_more;
  } else {
    out.after = std::move(after);
  }
  return out;
}

void print_finding(const LocatedFinding& finding, const Style& style, std::size_t columns,
                   std::ostream& out) {
  out << style.paint(
             fmt::format("{}:{}:{}:", terminal_safe(finding.file), finding.line, finding.column),
             "1")
      << ' '
      << style.paint(fmt::format("{}:", to_string(finding.severity)),
                     severity_color(finding.severity))
      << ' ' << finding.message << ' ' << style.paint(fmt::format("[{}]", finding.rule), "2")
      << '\n';
  std::string line_number = std::to_string(finding.line);
  std::string gutter(line_number.size(), ' ');
  std::string_view context = finding.context;
  std::string_view before = first_code_points(context, finding.context_column - 1);
  std::string_view rest = context.substr(before.size());
  std::size_t span_columns = finding.end_line == finding.line ? finding.end_column - finding.column
                                                              : doc::count_code_points(rest);
  std::string_view span = first_code_points(rest, span_columns);
  // " 12 | " comes before the line.
  std::size_t room = columns > line_number.size() + 4 + 10 ? columns - line_number.size() - 4 : 10;
  Clipped line =
      clip_line(printable(before), printable(span), printable(rest.substr(span.size())), room);
  std::size_t indent = doc::display_width(line.before);
  std::size_t width = std::max<std::size_t>(1, doc::display_width(line.span));
  out << ' ' << style.paint(line_number + " |", "34") << ' ' << line.before << line.span
      << line.after << '\n';
  out << ' ' << style.paint(gutter + " |", "34") << ' ' << std::string(indent, ' ')
      << style.paint(std::string(width, '^'), severity_color(finding.severity)) << '\n';
  if (finding.fix) {
    out << ' ' << gutter << "   " << style.paint("fix:", "32") << " replace with \""
        << printable(finding.fix->replacement) << '"' << (finding.fix->safe ? "" : " (unsafe)");
    if (!finding.fix->extra_edits.empty()) {
      out << ", and " << group_thousands(finding.fix->extra_edits.size()) << " more "
          << (finding.fix->extra_edits.size() == 1 ? "edit" : "edits") << " like it";
    }
    out << '\n';
  }
  // A finding with many related places (a file copying another, paragraph by paragraph)
  // shows the first few here; the machine formats list them all.
  constexpr std::size_t k_max_notes = 5;
  const std::size_t shown =
      finding.related.size() > k_max_notes + 1 ? k_max_notes : finding.related.size();
  for (std::size_t k = 0; k < shown; ++k) {
    const auto& related = finding.related[k];
    out << ' ' << gutter << "   " << style.paint("note:", "36") << ' '
        << terminal_safe(related.file) << ':' << related.line << ':' << related.column << ": "
        << related.message << '\n';
  }
  if (shown < finding.related.size()) {
    out << ' ' << gutter << "   " << style.paint("note:", "36") << " and "
        << group_thousands(finding.related.size() - shown)
        << " more related locations (--format json lists them all)\n";
  }
}

}  // namespace

void TextReporter::begin(const Report& /*report*/, std::size_t /*files*/) {
  m_counts = Counts{};
  m_files_with_findings = 0;
  m_safe = 0;
  m_unsafe = 0;
}

void TextReporter::print_file(const FileReport& file, FindingSource& findings, std::ostream& out,
                              const std::function<void(const LocatedFinding&)>& seen) {
  Style style{m_options.color};
  if (!file.skipped.empty()) {
    if (!m_options.quiet) {
      out << terminal_safe(file.path) << ": note: skipped: " << file.skipped << '\n';
    }
    return;
  }
  if (!file.error.empty()) {
    out << terminal_safe(file.path) << ": error: " << file.error << '\n';
    return;
  }
  m_files_with_findings += findings.size() != 0;
  std::map<std::string, std::size_t> shown;
  std::map<std::string, std::size_t> hidden;
  findings.each([&](const LocatedFinding& finding) {
    seen(finding);
    m_counts.errors += finding.severity == Severity::error;
    m_counts.warnings += finding.severity == Severity::warning;
    m_counts.infos += finding.severity == Severity::info;
    m_safe += finding.fix && finding.fix->safe;
    m_unsafe += finding.fix && !finding.fix->safe;
    if (shown[finding.rule]++ >= m_options.max_per_rule) {
      ++hidden[finding.rule];
      return;
    }
    print_finding(finding, style, m_width, out);
  });
  for (const auto& [rule, count] : hidden) {
    out << terminal_safe(file.path) << ": note: … and " << group_thousands(count) << " more "
        << (count == 1 ? "finding" : "findings") << " of "
        << style.paint(fmt::format("[{}]", rule), "2") << " (all are in --format json)\n";
  }
  if (m_options.verbose && !file.facts.empty()) {
    nlohmann::json other = file.facts;
    if (auto it = other.find("outline"); it != other.end() && it->is_array()) {
      print_outline(terminal_safe(file.path), *it, out);
      other.erase(it);
    }
    if (!other.empty()) {
      out << terminal_safe(file.path) << ": facts: " << other.dump() << '\n';
    }
  }
}

void TextReporter::finish(const Report& report, std::ostream& out) {
  if (m_options.quiet) {
    return;
  }
  Style style{m_options.color};
  auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", group_thousands(n), word, n == 1 ? "" : "s");
  };
  std::string line =
      fmt::format("{}, {}, {} in {} of {} checked", plural(m_counts.errors, "error"),
                  plural(m_counts.warnings, "warning"), plural(m_counts.infos, "info"),
                  group_thousands(m_files_with_findings), plural(report.files.size(), "file"));
  out << style.paint(line, "1") << '\n';
  // ruff's "[*] N fixable": what --fix would apply, and what only --unsafe-fixes would.
  if (m_safe + m_unsafe > 0) {
    std::string fixable = fmt::format("[*] {} fixable with --fix", group_thousands(m_safe));
    if (m_unsafe > 0) {
      fixable += fmt::format(" ({} more with --unsafe-fixes)", group_thousands(m_unsafe));
    }
    out << fixable << '\n';
  }
}

}  // namespace docqc::report
