#include "report/json_reporter.h"

#include <array>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "report/json_writer.h"

namespace docqc::report {

Counts count_findings(const Report& report) {
  Counts counts;
  for (const auto& file : report.files) {
    for (const auto& finding : file.findings) {
      counts.add(finding.severity);
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

void FindingTally::add_file(const FileReport& file, std::size_t findings) {
  ++files;
  files_with_findings += findings != 0;
  auto metrics = file.facts.find("metrics");
  if (metrics != file.facts.end() && metrics->is_object() && metrics->contains("quality")) {
    quality[file.path] = (*metrics)["quality"];
  }
}

void FindingTally::add(const LocatedFinding& finding) {
  counts.add(finding.severity);
  ++by_category[std::string(to_string(finding.category))];
  ++by_rule[finding.rule];
}

nlohmann::ordered_json summary_to_json(const FindingTally& tally) {
  nlohmann::ordered_json summary;
  summary["files"] = tally.files;
  summary["files_with_findings"] = tally.files_with_findings;
  summary["findings"] = tally.counts.total();
  summary["by_severity"] = {{"error", tally.counts.errors},
                            {"warning", tally.counts.warnings},
                            {"info", tally.counts.infos}};
  summary["by_category"] = tally.by_category;
  summary["by_rule"] = tally.by_rule;
  // The 0-100 quality score of each file that a metric rule measured (kinds/metric.h), so
  // that a corpus can be filtered without walking files[].
  if (!tally.quality.empty()) {
    summary["quality"] = tally.quality;
  }
  return summary;
}

nlohmann::ordered_json summary_to_json(const Report& report) {
  FindingTally tally;
  for (const auto& file : report.files) {
    tally.add_file(file, file.findings.size());
    for (const auto& finding : file.findings) {
      tally.add(finding);
    }
  }
  return summary_to_json(tally);
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

nlohmann::ordered_json file_to_json(const FileReport& file, std::size_t findings) {
  nlohmann::ordered_json entry;
  entry["path"] = file.path;
  entry["encoding"] = file.encoding;
  entry["bom"] = file.has_bom;
  entry["bytes"] = file.bytes;
  entry["lines"] = file.lines;
  entry["characters"] = file.characters;
  entry["findings"] = findings;
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
    files.push_back(file_to_json(file, file.findings.size()));
    for (const auto& finding : file.findings) {
      findings.push_back(finding_to_json(finding));
    }
  }
  root["files"] = std::move(files);
  root["findings"] = std::move(findings);
  root["summary"] = summary_to_json(report);
  return root;
}

Spool::~Spool() {
  if (m_file != nullptr) {
    std::fclose(m_file);
  }
}

void Spool::write(std::string_view bytes) {
  if (bytes.empty()) {
    return;
  }
  if (m_file == nullptr && !m_tried) {
    m_tried = true;
    m_file = std::tmpfile();
  }
  if (m_file == nullptr) {
    m_memory.append(bytes);  // no temporary file could be made: memory it is
  } else if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) {
    throw std::runtime_error("cannot write the report's temporary file (disk full?)");
  }
}

void Spool::copy_to(std::ostream& out) {
  out.write(m_memory.data(), static_cast<std::streamsize>(m_memory.size()));
  m_memory.clear();
  if (m_file == nullptr) {
    return;
  }
  std::rewind(m_file);
  std::array<char, k_flush_bytes> chunk{};
  std::size_t got = 0;
  while ((got = std::fread(chunk.data(), 1, chunk.size(), m_file)) > 0) {
    out.write(chunk.data(), static_cast<std::streamsize>(got));
  }
  std::fclose(m_file);
  m_file = nullptr;
}

void JsonReporter::begin(const Report& report, std::size_t files) {
  m_tool_name = report.tool_name;
  m_tool_version = report.tool_version;
  m_expected = files;
  m_started = false;
  m_first_finding = true;
  m_file_entries.clear();
  m_tally = FindingTally{};
  m_spool = std::make_unique<Spool>();
}

void JsonReporter::start(std::ostream& out) {
  m_started = true;
  nlohmann::ordered_json tool = {{"name", m_tool_name}, {"version", m_tool_version}};
  out << "{\n  \"version\": 1,\n  \"tool\": " << dump_nested(tool, 1) << ",\n";
  out << "  \"files\": [" << m_file_entries << (m_file_entries.empty() ? "]" : "\n  ]") << ",\n";
  m_file_entries.clear();
  // Findings are the bulk of a report: the files' entries come first, so the findings of
  // every file but the last wait in a temporary file, never in memory.
  out << "  \"findings\": [";
  if (m_spool) {
    m_spool->copy_to(out);
  }
}

void JsonReporter::print_file(const FileReport& file, FindingSource& findings, std::ostream& out,
                              const std::function<void(const LocatedFinding&)>& seen) {
  if (!m_spool) {
    m_spool = std::make_unique<Spool>();
  }
  m_file_entries += m_file_entries.empty() ? "\n    " : ",\n    ";
  m_file_entries += dump_nested(file_to_json(file, findings.size()), 2);
  m_tally.add_file(file, findings.size());
  // The last file (or any after it, against the contract): straight to `out`.
  const bool direct = m_started || m_tally.files == m_expected;
  if (direct && !m_started) {
    start(out);
  }
  std::string buffer;
  auto flush = [&] {
    if (direct) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    } else {
      m_spool->write(buffer);
    }
    buffer.clear();
  };
  findings.each([&](const LocatedFinding& finding) {
    seen(finding);
    m_tally.add(finding);
    buffer += m_first_finding ? "\n    " : ",\n    ";
    m_first_finding = false;
    append_finding_json(buffer, finding, 2);
    if (buffer.size() >= k_flush_bytes) {
      flush();
    }
  });
  flush();
}

void JsonReporter::finish(const Report& /*report*/, std::ostream& out) {
  if (!m_started) {
    start(out);
  }
  out << (m_first_finding ? "]" : "\n  ]") << ",\n";
  out << "  \"summary\": " << dump_nested(summary_to_json(m_tally), 1) << "\n}\n";
  m_spool.reset();
}

}  // namespace docqc::report
