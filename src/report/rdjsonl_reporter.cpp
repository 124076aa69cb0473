#include "report/rdjsonl_reporter.h"

#include <nlohmann/json.hpp>

namespace docqc::report {

namespace {

using Json = nlohmann::ordered_json;

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "ERROR";
    case Severity::warning:
      return "WARNING";
    case Severity::info:
      return "INFO";
  }
  return "INFO";
}

Json range(const LocatedFinding& f) {
  Json r;
  r["start"]["line"] = f.line;
  r["start"]["column"] = f.utf8_column;
  r["end"]["line"] = f.end_line;
  r["end"]["column"] = f.utf8_end_column;
  return r;
}

}  // namespace

void RdjsonlReporter::write(const Report& report, std::ostream& out) {
  for (const auto& file : report.files) {
    for (const auto& f : file.findings) {
      Json d;
      d["message"] = f.message;
      d["location"]["path"] = file.path;
      if (f.line > 0) {
        d["location"]["range"] = range(f);
      }
      d["severity"] = severity_name(f.severity);
      d["source"]["name"] = report.tool_name;
      d["code"]["value"] = f.rule;
      // A suggestion replaces the finding's range only: a fix that edits other places too
      // (extra_edits) cannot be one.
      if (f.fix && f.line > 0 && f.fix->byte_offset == f.byte_offset &&
          f.fix->byte_length == f.byte_length && f.fix->extra_edits.empty()) {
        Json suggestion;
        suggestion["range"] = range(f);
        suggestion["text"] = f.fix->replacement;
        d["suggestions"] = Json::array({std::move(suggestion)});
      }
      out << d.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
}

}  // namespace docqc::report
