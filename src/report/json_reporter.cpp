#include "report/json_reporter.h"

#include <map>

#include "report/json_writer.h"

namespace docqc::report {

Counts count_findings(const Report& report) {
  Counts counts;
  for (const auto& file : report.files) {
    for (const auto& finding : file.findings) {
      switch (finding.severity) {
        case Severity::error:
          ++counts.errors;
          break;
        case Severity::warning:
          ++counts.warnings;
          break;
        case Severity::info:
          ++counts.infos;
          break;
      }
    }
  }
  return counts;
}

nlohmann::ordered_json fix_to_json(const LocatedFix& located) {
  nlohmann::ordered_json fix;
  fix["replacement"] = located.replacement;
  fix["byte_offset"] = located.byte_offset;
  fix["byte_length"] = located.byte_length;
  fix["safe"] = located.safe;
  if (!located.extra_edits.empty()) {
    nlohmann::ordered_json edits = nlohmann::ordered_json::array();
    for (const auto& edit : located.extra_edits) {
      nlohmann::ordered_json entry;
      entry["replacement"] = edit.replacement;
      entry["byte_offset"] = edit.byte_offset;
      entry["byte_length"] = edit.byte_length;
      edits.push_back(std::move(entry));
    }
    fix["extra_edits"] = std::move(edits);
  }
  return fix;
}

nlohmann::ordered_json finding_to_json(const LocatedFinding& finding) {
  nlohmann::ordered_json out;
  out["rule"] = finding.rule;
  out["category"] = to_string(finding.category);
  out["severity"] = to_string(finding.severity);
  out["message"] = finding.message;
  out["file"] = finding.file;
  out["line"] = finding.line;
  out["column"] = finding.column;
  out["end_line"] = finding.end_line;
  out["end_column"] = finding.end_column;
  out["byte_offset"] = finding.byte_offset;
  out["byte_length"] = finding.byte_length;
  out["text"] = finding.text;
  if (finding.fix) {
    out["fix"] = fix_to_json(*finding.fix);
  }
  if (!finding.related.empty()) {
    nlohmann::ordered_json related = nlohmann::ordered_json::array();
    for (const auto& item : finding.related) {
      nlohmann::ordered_json entry;
      entry["file"] = item.file;
      entry["line"] = item.line;
      entry["column"] = item.column;
      entry["message"] = item.message;
      related.push_back(std::move(entry));
    }
    out["related"] = std::move(related);
  }
  return out;
}

nlohmann::ordered_json summary_to_json(const Report& report) {
  Counts counts = count_findings(report);
  std::map<std::string, std::size_t> by_category;
  std::map<std::string, std::size_t> by_rule;
  std::size_t files_with_findings = 0;
  for (const auto& file : report.files) {
    files_with_findings += !file.findings.empty();
    for (const auto& finding : file.findings) {
      ++by_category[std::string(to_string(finding.category))];
      ++by_rule[finding.rule];
    }
  }
  nlohmann::ordered_json summary;
  summary["files"] = report.files.size();
  summary["files_with_findings"] = files_with_findings;
  summary["findings"] = counts.total();
  summary["by_severity"] = {
      {"error", counts.errors}, {"warning", counts.warnings}, {"info", counts.infos}};
  summary["by_category"] = by_category;
  summary["by_rule"] = by_rule;
  // The 0-100 quality score of each file that a metric rule measured (kinds/metric.h), so
  // that a corpus can be filtered without walking files[].
  nlohmann::ordered_json quality = nlohmann::ordered_json::object();
  for (const auto& file : report.files) {
    auto metrics = file.facts.find("metrics");
    if (metrics != file.facts.end() && metrics->is_object() && metrics->contains("quality")) {
      quality[file.path] = (*metrics)["quality"];
    }
  }
  if (!quality.empty()) {
    summary["quality"] = std::move(quality);
  }
  return summary;
}

namespace {

// The write buffer is flushed at this size: a file with a million findings must not hold
// its whole JSON text in memory.
constexpr std::size_t k_flush_bytes = 1 << 16;

// Findings are streamed one object at a time, so a report with a million findings never
// exists as one JSON tree in memory. The layout is exactly nlohmann's dump(2) of the whole:
// a value nested `depth` levels deep has its continuation lines indented by 2 * depth.
std::string dump_nested(const nlohmann::ordered_json& value, std::size_t depth) {
  std::string text = value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string indent(2 * depth, ' ');
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') {
      out += indent;  // JSON strings never hold a raw newline, so this only re-indents
    }
  }
  return out;
}

class ArrayWriter {
 public:
  ArrayWriter(std::ostream& out, const char* key) : m_out(out) {
    m_out << "  \"" << key << "\": [";
  }
  void add(const nlohmann::ordered_json& value) {
    m_out << (m_empty ? "\n    " : ",\n    ") << dump_nested(value, 2);
    m_empty = false;
  }
  void close() { m_out << (m_empty ? "]" : "\n  ]") << ",\n"; }

 private:
  std::ostream& m_out;
  bool m_empty = true;
};

nlohmann::ordered_json file_to_json(const FileReport& file) {
  nlohmann::ordered_json entry;
  entry["path"] = file.path;
  entry["encoding"] = file.encoding;
  entry["bom"] = file.has_bom;
  entry["bytes"] = file.bytes;
  entry["lines"] = file.lines;
  entry["characters"] = file.characters;
  entry["findings"] = file.findings.size();
  if (!file.skipped.empty()) {
    entry["skipped"] = file.skipped;
  }
  if (!file.error.empty()) {
    entry["error"] = file.error;
  }
  for (const auto& [key, value] : file.facts.items()) {
    entry[key] = value;
  }
  return entry;
}

}  // namespace

nlohmann::ordered_json report_to_json(const Report& report) {
  nlohmann::ordered_json root;
  root["version"] = 1;
  root["tool"] = {{"name", report.tool_name}, {"version", report.tool_version}};
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& file : report.files) {
    files.push_back(file_to_json(file));
    for (const auto& finding : file.findings) {
      findings.push_back(finding_to_json(finding));
    }
  }
  root["files"] = std::move(files);
  root["findings"] = std::move(findings);
  root["summary"] = summary_to_json(report);
  return root;
}

void JsonReporter::write(const Report& report, std::ostream& out) {
  nlohmann::ordered_json tool = {{"name", report.tool_name}, {"version", report.tool_version}};
  out << "{\n  \"version\": 1,\n  \"tool\": " << dump_nested(tool, 1) << ",\n";
  ArrayWriter files(out, "files");
  for (const auto& file : report.files) {
    files.add(file_to_json(file));
  }
  files.close();
  // Findings are the bulk of a report: written as bytes, one file's worth at a time.
  out << "  \"findings\": [";
  bool first = true;
  std::string buffer;
  for (const auto& file : report.files) {
    buffer.clear();
    for (const auto& finding : file.findings) {
      buffer += first ? "\n    " : ",\n    ";
      first = false;
      append_finding_json(buffer, finding, 2);
      if (buffer.size() >= k_flush_bytes) {
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
      }
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }
  out << (first ? "]" : "\n  ]") << ",\n";
  out << "  \"summary\": " << dump_nested(summary_to_json(report), 1) << "\n}\n";
}

}  // namespace docqc::report
