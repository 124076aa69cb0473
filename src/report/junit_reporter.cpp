#include "report/junit_reporter.h"

#include <fmt/format.h>

#include "doc/utf8.h"

namespace docqc::report {

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t c = doc::next_code_point(text, pos);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&apos;";
        continue;
      default:
        break;
    }
    bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                   (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    if (!allowed) {
      out += fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

void JunitReporter::write(const Report& report, std::ostream& out) {
  Counts counts = count_findings(report);
  std::size_t tests = 0;
  for (const auto& file : report.files) {
    tests += file.findings.empty() ? 1 : file.findings.size();
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                     escape_xml(report.tool_name), tests, counts.total());
  for (const auto& file : report.files) {
    std::string path = escape_xml(file.path);
    bool skipped = !file.skipped.empty() || !file.error.empty();
    out << fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
        path, file.findings.empty() ? 1 : file.findings.size(), file.findings.size(),
        skipped ? 1 : 0);
    if (file.findings.empty()) {
      out << fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"", report.tool_name,
                         path, path);
      if (skipped) {
        out << fmt::format("><skipped message=\"{}\"/></testcase>\n",
                           escape_xml(file.error.empty() ? file.skipped : file.error));
      } else {
        out << "/>\n";
      }
    }
    for (const auto& f : file.findings) {
      std::string where = f.line > 0 ? fmt::format("{}:{}", f.line, f.column) : "file";
      std::string body = fmt::format("{}:{}: {}: {} [{}]", file.path, where, to_string(f.severity),
                                     f.message, f.rule);
      if (!f.text.empty()) {
        body += "\n  text: " + f.text;
      }
      if (f.fix) {
        body += "\n  fix: replace with \"" + f.fix->replacement + "\"";
      }
      out << fmt::format(
          "    <testcase name=\"{} {}\" classname=\"{}\" file=\"{}\" line=\"{}\">\n"
          "      <failure message=\"{}\" type=\"{}\">{}</failure>\n"
          "    </testcase>\n",
          escape_xml(f.rule), where, path, path, f.line, escape_xml(f.message),
          to_string(f.severity), escape_xml(body));
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace docqc::report
