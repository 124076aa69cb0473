#include "report/github_reporter.h"

#include <fmt/format.h>

#include "report/terminal_safe.h"

namespace docqc::report {

namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "notice";
}

}  // namespace

std::string escape_github_data(std::string_view text) {
  return escape(text, false);
}
std::string escape_github_property(std::string_view text) {
  return escape(text, true);
}

void GithubReporter::write(const Report& report, std::ostream& out) {
  for (const auto& file : report.files) {
    for (const auto& f : file.findings) {
      std::string props = "file=" + escape_github_property(terminal_safe(file.path));
      if (f.line > 0) {
        props += fmt::format(",line={},col={},endLine={},endColumn={}", f.line, f.column,
                             f.end_line, f.end_column);
      }
      props += ",title=" + escape_github_property(f.rule);
      std::string message = f.message;
      if (f.fix) {
        message += f.fix->replacement.empty()
                       ? "\nfix: delete it"
                       : "\nfix: replace with \"" + f.fix->replacement + "\"";
      }
      out << "::" << command(f.severity) << ' ' << props << "::" << escape_github_data(message)
          << '\n';
    }
  }
}

}  // namespace docqc::report
