#include "report/gitlab_reporter.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/fingerprint.h"

namespace docqc::report {

namespace {

using Json = nlohmann::ordered_json;

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "major";
    case Severity::warning:
      return "minor";
    case Severity::info:
      return "info";
  }
  return "info";
}

}  // namespace

void GitlabReporter::write(const Report& report, std::ostream& out) {
  Json issues = Json::array();
  for (const auto& file : report.files) {
    auto prints = fingerprints(file.findings);
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const auto& f = file.findings[i];
      std::string key = file.path + '\0' + prints[i];
      std::string fingerprint =
          fmt::format("{:016x}{:016x}", fnv1a64(key), fnv1a64(key, 0x84222325cbf29ce4ULL));
      Json issue;
      issue["type"] = "issue";
      issue["check_name"] = f.rule;
      issue["description"] = fmt::format("{} [{}]", f.message, f.rule);
      issue["categories"] = Json::array(
          {f.category == Category::encoding || f.category == Category::garbled ? "Bug Risk"
                                                                               : "Style"});
      issue["severity"] = severity_name(f.severity);
      issue["fingerprint"] = fingerprint;
      issue["location"]["path"] = file.path;
      std::size_t line = f.line > 0 ? f.line : 1;
      issue["location"]["positions"]["begin"]["line"] = line;
      issue["location"]["positions"]["begin"]["column"] = f.line > 0 ? f.column : 1;
      issue["location"]["positions"]["end"]["line"] = f.line > 0 ? f.end_line : 1;
      issue["location"]["positions"]["end"]["column"] = f.line > 0 ? f.end_column : 1;
      issue["engine_name"] = report.tool_name;
      issues.push_back(std::move(issue));
    }
  }
  out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace docqc::report
