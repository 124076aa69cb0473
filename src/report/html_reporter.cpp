#include "report/html_reporter.h"

#include <stdexcept>

#include "report/fix_preview.h"
#include "report/json_reporter.h"
#include "rules/embedded_files.h"

namespace docqc::report {

namespace {

constexpr std::string_view k_template_path = "src/report/html_template.html";
constexpr std::string_view k_marker = "/*DOCQC_PAYLOAD*/";

}  // namespace

std::string escape_json_for_script(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (char c : json) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

void HtmlReporter::write(const Report& report, std::ostream& out) {
  auto page = rules::embedded_file(k_template_path);
  if (!page) {
    throw std::runtime_error("the HTML report template is not built into this docqc");
  }
  std::size_t marker = page->find(k_marker);
  if (marker == std::string_view::npos) {
    throw std::runtime_error("the HTML report template has no payload marker");
  }

  nlohmann::ordered_json root = report_to_json(report);
  // A fix that edits a place other than the finding's span (a paragraph join) is shown as
  // the text before and after it (report/fix_preview.h). Findings are in report order.
  std::size_t index = 0;
  for (const auto& file : report.files) {
    for (const auto& finding : file.findings) {
      bool same_span = finding.fix && finding.fix->byte_offset == finding.byte_offset &&
                       finding.fix->byte_length == finding.byte_length;
      if (finding.fix && !same_span) {
        if (auto preview = fix_preview(file, finding)) {
          root["findings"][index]["fix"]["preview"] = {{"before", preview->before},
                                                       {"after", preview->after}};
        }
      }
      ++index;
    }
  }
  nlohmann::ordered_json sources = nlohmann::ordered_json::object();
  std::size_t budget = k_max_embedded_source_bytes;
  for (const auto& file : report.files) {
    if (file.text && file.text->size() <= budget) {
      sources[file.path] = *file.text;
      budget -= file.text->size();
    }
  }
  root["sources"] = std::move(sources);
  nlohmann::ordered_json rules = nlohmann::ordered_json::object();
  for (const auto& rule : report.rules) {
    rules[rule.id] = {{"kind", rule.kind},
                      {"category", to_string(rule.category)},
                      {"severity", to_string(rule.severity)},
                      {"description", rule.description}};
  }
  root["rules"] = std::move(rules);

  out << page->substr(0, marker);
  out << escape_json_for_script(
      root.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  out << page->substr(marker + k_marker.size());
}

}  // namespace docqc::report
