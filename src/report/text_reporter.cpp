#include "report/text_reporter.h"

#include <fmt/format.h>

#include <map>

#include "doc/document.h"
#include "doc/utf8.h"

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

void print_finding(const LocatedFinding& finding, const Style& style, std::ostream& out) {
  out << style.paint(fmt::format("{}:{}:{}:", finding.file, finding.line, finding.column), "1")
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
  std::size_t indent = doc::display_width(printable(before));
  std::size_t width = std::max<std::size_t>(1, doc::display_width(printable(span)));
  out << ' ' << style.paint(line_number + " |", "34") << ' ' << printable(context) << '\n';
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
  for (const auto& related : finding.related) {
    out << ' ' << gutter << "   " << style.paint("note:", "36") << ' ' << related.file << ':'
        << related.line << ':' << related.column << ": " << related.message << '\n';
  }
}

}  // namespace

void TextReporter::write(const Report& report, std::ostream& out) {
  Style style{m_options.color};
  std::size_t files_with_findings = 0;
  for (const auto& file : report.files) {
    if (!file.skipped.empty()) {
      if (!m_options.quiet) {
        out << file.path << ": note: skipped: " << file.skipped << '\n';
      }
      continue;
    }
    if (!file.error.empty()) {
      out << file.path << ": error: " << file.error << '\n';
      continue;
    }
    files_with_findings += !file.findings.empty();
    std::map<std::string, std::size_t> shown;
    std::map<std::string, std::size_t> hidden;
    for (const auto& finding : file.findings) {
      if (shown[finding.rule]++ >= m_options.max_per_rule) {
        ++hidden[finding.rule];
        continue;
      }
      print_finding(finding, style, out);
    }
    for (const auto& [rule, count] : hidden) {
      out << file.path << ": note: … and " << group_thousands(count) << " more "
          << (count == 1 ? "finding" : "findings") << " of "
          << style.paint(fmt::format("[{}]", rule), "2") << " (all are in --format json)\n";
    }
    if (m_options.verbose && !file.facts.empty()) {
      nlohmann::json other = file.facts;
      if (auto it = other.find("outline"); it != other.end() && it->is_array()) {
        print_outline(file.path, *it, out);
        other.erase(it);
      }
      if (!other.empty()) {
        out << file.path << ": facts: " << other.dump() << '\n';
      }
    }
  }
  if (m_options.quiet) {
    return;
  }
  Counts counts = count_findings(report);
  auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", group_thousands(n), word, n == 1 ? "" : "s");
  };
  std::string line =
      fmt::format("{}, {}, {} in {} of {} checked", plural(counts.errors, "error"),
                  plural(counts.warnings, "warning"), plural(counts.infos, "info"),
                  group_thousands(files_with_findings), plural(report.files.size(), "file"));
  out << style.paint(line, "1") << '\n';
}

}  // namespace docqc::report
