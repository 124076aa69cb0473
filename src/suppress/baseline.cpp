#include "suppress/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "report/fingerprint.h"
#include "rules/config_error.h"

namespace docqc::suppress {

std::string normalize_path(const std::string& path) {
  std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
  while (normal.rfind("./", 0) == 0) {
    normal.erase(0, 2);
  }
  return normal;
}

Baseline Baseline::from_report(const report::Report& report) {
  Baseline baseline;
  for (const auto& file : report.files) {
    auto prints = report::fingerprints(file.findings);
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const auto& f = file.findings[i];
      Entry entry{normalize_path(file.path), f.rule, prints[i], f.line, f.message};
      baseline.m_keys.emplace(entry.file, entry.fingerprint);
      baseline.m_entries.push_back(std::move(entry));
    }
  }
  std::stable_sort(baseline.m_entries.begin(), baseline.m_entries.end(),
                   [](const Entry& a, const Entry& b) {
                     return std::tie(a.file, a.line, a.rule) < std::tie(b.file, b.line, b.rule);
                   });
  return baseline;
}

Baseline Baseline::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw rules::ConfigError(path.string(), 0, 0, "cannot read the baseline file");
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parse(content.str(), path.string());
}

Baseline Baseline::parse(const std::string& content, const std::string& file) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann reports a byte position; turn it into line and column.
    std::size_t byte = std::min(e.byte, content.size());
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(content.begin(), content.begin() + byte, '\n'));
    std::size_t line_start = content.rfind('\n', byte == 0 ? 0 : byte - 1);
    std::size_t column =
        line_start == std::string::npos || byte == 0 ? byte : byte - line_start - 1;
    throw rules::ConfigError(file, line, std::max<std::size_t>(column, 1),
                             "not valid JSON: " + std::string(e.what()));
  }
  if (!doc.is_object() || doc.value("version", 0) != 1 || !doc.contains("findings") ||
      !doc["findings"].is_array()) {
    throw rules::ConfigError(file, 1, 1,
                             "not a docqc baseline (expected {\"version\": 1, \"findings\": "
                             "[...]}); write one with --write-baseline");
  }
  Baseline baseline;
  for (const auto& item : doc["findings"]) {
    if (!item.is_object() || !item.contains("file") || !item.contains("fingerprint") ||
        !item["file"].is_string() || !item["fingerprint"].is_string()) {
      throw rules::ConfigError(file, 1, 1,
                               "a baseline entry needs string \"file\" and \"fingerprint\"");
    }
    Entry entry;
    entry.file = normalize_path(item["file"].get<std::string>());
    entry.fingerprint = item["fingerprint"].get<std::string>();
    entry.rule = item.value("rule", "");
    entry.line = item.value("line", std::size_t{0});
    entry.message = item.value("message", "");
    baseline.m_keys.emplace(entry.file, entry.fingerprint);
    baseline.m_entries.push_back(std::move(entry));
  }
  return baseline;
}

std::string Baseline::to_json() const {
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["tool"] = "docqc";
  doc["findings"] = nlohmann::ordered_json::array();
  for (const auto& e : m_entries) {
    nlohmann::ordered_json item;
    item["file"] = e.file;
    item["rule"] = e.rule;
    item["fingerprint"] = e.fingerprint;
    item["line"] = e.line;
    item["message"] = e.message;
    doc["findings"].push_back(std::move(item));
  }
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::size_t Baseline::filter(report::Report& report) const {
  std::size_t removed = 0;
  for (auto& file : report.files) {
    removed += filter(file);
  }
  return removed;
}

std::size_t Baseline::filter(report::FileReport& file) const {
  if (file.findings.empty()) {
    return 0;
  }
  std::size_t removed = 0;
  std::string path = normalize_path(file.path);
  auto prints = report::fingerprints(file.findings);
  std::vector<report::LocatedFinding> kept;
  kept.reserve(file.findings.size());
  for (std::size_t i = 0; i < file.findings.size(); ++i) {
    if (m_keys.count({path, prints[i]}) != 0) {
      ++removed;
    } else {
      kept.push_back(std::move(file.findings[i]));
    }
  }
  file.findings = std::move(kept);
  return removed;
}

}  // namespace docqc::suppress
