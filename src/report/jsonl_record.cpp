#include "report/jsonl_record.h"

#include <algorithm>
#include <array>

#include "report/json_reporter.h"

namespace docqc::report {

namespace {

std::size_t severity_index(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 0;
    case Severity::warning:
      return 1;
    case Severity::info:
      return 2;
  }
  return 2;
}

constexpr std::array<const char*, 3> k_severity_names = {"error", "warning", "info"};

nlohmann::ordered_json counts_json(const RecordResult& record) {
  std::array<std::size_t, 3> totals{};
  std::array<std::array<std::size_t, 3>, k_all_categories.size()> by_category{};
  for (const auto& finding : record.findings) {
    const std::size_t severity = severity_index(finding.located.severity);
    ++totals[severity];
    ++by_category[static_cast<std::size_t>(finding.located.category)][severity];
  }
  nlohmann::ordered_json counts;
  for (std::size_t s = 0; s < 3; ++s) {
    counts[k_severity_names[s]] = totals[s];
  }
  nlohmann::ordered_json categories = nlohmann::ordered_json::object();
  for (Category category : k_all_categories) {
    const auto& row = by_category[static_cast<std::size_t>(category)];
    nlohmann::ordered_json entry = nlohmann::ordered_json::object();
    for (std::size_t s = 0; s < 3; ++s) {
      if (row[s] != 0) {
        entry[k_severity_names[s]] = row[s];
      }
    }
    if (!entry.empty()) {
      categories[std::string(to_string(category))] = std::move(entry);
    }
  }
  counts["categories"] = std::move(categories);
  return counts;
}

}  // namespace

Counts count_record(const RecordResult& record) {
  Counts counts;
  for (const auto& finding : record.findings) {
    counts.add(finding.located.severity);
  }
  return counts;
}

void sort_record_findings(std::vector<RecordFinding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const RecordFinding& a, const RecordFinding& b) {
                     if (a.located.line != b.located.line) {
                       return a.located.line < b.located.line;
                     }
                     if (a.located.column != b.located.column) {
                       return a.located.column < b.located.column;
                     }
                     return a.located.rule < b.located.rule;
                   });
}

nlohmann::ordered_json record_finding_json(const RecordFinding& finding) {
  const LocatedFinding& f = finding.located;
  nlohmann::ordered_json out;
  out["rule"] = f.rule;
  out["category"] = to_string(f.category);
  out["severity"] = to_string(f.severity);
  out["message"] = f.message;
  out["line"] = f.line;
  out["column"] = f.column;
  out["utf16_column"] = f.utf16_column;
  out["end_line"] = f.end_line;
  out["end_column"] = f.end_column;
  out["utf16_end_column"] = f.utf16_end_column;
  out["byte_offset"] = f.byte_offset;
  out["byte_length"] = f.byte_length;
  out["text"] = f.text;
  if (f.fix) {
    out["fix"] = fix_to_json(*f.fix);
  }
  if (!f.related.empty()) {
    nlohmann::ordered_json related = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < f.related.size(); ++i) {
      const LocatedRelated& r = f.related[i];
      nlohmann::ordered_json entry;
      if (i == 0 && finding.other) {
        entry["id"] = finding.other->id;
        entry["record_line"] = finding.other->line;
      }
      entry["line"] = r.line;
      entry["column"] = r.column;
      entry["byte_offset"] = r.byte_offset;
      entry["byte_length"] = r.byte_length;
      entry["message"] = r.message;
      related.push_back(std::move(entry));
    }
    out["related"] = std::move(related);
  }
  return out;
}

std::string record_line(const RecordResult& record) {
  nlohmann::ordered_json out;
  out["line"] = record.line;
  if (!record.error.empty()) {
    out["error"] = record.error;
  } else {
    out["id"] = record.id;
    for (const auto& [key, value] : record.kept.items()) {
      out[key] = value;
    }
    if (record.fixed_text) {
      out[record.text_field] = *record.fixed_text;
      out["fixes"] = record.fixes;
    }
    out["quality"] =
        record.quality ? nlohmann::ordered_json(*record.quality) : nlohmann::ordered_json();
    out["metrics"] = nlohmann::ordered_json(record.metrics);
    out["counts"] = counts_json(record);
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const auto& finding : record.findings) {
      findings.push_back(record_finding_json(finding));
    }
    out["findings"] = std::move(findings);
  }
  std::string line = out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  line += '\n';
  return line;
}

}  // namespace docqc::report
