#include "suppress/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <tuple>

#include "input/reader.h"
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
  std::string content;
  std::string error;
  input::ReadLimits limits;
  limits.max_bytes = input::k_max_config_size;
  if (!input::read_path(path.string(), limits, content, error)) {
    throw rules::ConfigError(path.string(), 0, 0, "cannot read the baseline file: " + error);
  }
  return parse(content, path.string());
}

namespace {

std::pair<std::size_t, std::size_t> line_column(const std::string& content, std::size_t byte) {
  byte = std::min(byte, content.size());
  std::size_t line =
      1 + static_cast<std::size_t>(std::count(content.begin(), content.begin() + byte, '\n'));
  std::size_t line_start = byte == 0 ? std::string::npos : content.rfind('\n', byte - 1);
  std::size_t column = line_start == std::string::npos ? byte + 1 : byte - line_start;
  return {line, std::max<std::size_t>(column, 1)};
}

// Where the i-th entry of "findings" starts: found by scanning the text (the JSON is known to
// be valid by then), skipping strings.
std::size_t entry_offset(const std::string& content, std::size_t index) {
  std::size_t findings = content.find("\"findings\"");
  if (findings == std::string::npos) {
    return 0;
  }
  std::size_t pos = content.find('[', findings);
  if (pos == std::string::npos) {
    return findings;
  }
  int depth = 0;
  std::size_t seen = 0;
  bool in_string = false;
  for (std::size_t i = pos + 1; i < content.size(); ++i) {
    char c = content[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      if (depth == 0 && seen++ == index) {
        return i;
      }
    } else if (c == '{' || c == '[') {
      if (depth == 0 && seen++ == index) {
        return i;
      }
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) {
        break;
      }
      --depth;
    } else if (depth == 0 && c != ',' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      if (seen++ == index) {
        return i;
      }
      while (i + 1 < content.size() && content[i + 1] != ',' && content[i + 1] != ']') {
        ++i;
      }
    }
  }
  return pos;
}

}  // namespace

Baseline Baseline::parse(const std::string& content, const std::string& file) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann reports a byte position (one past the error); turn it into line and column.
    auto [line, column] = line_column(content, e.byte == 0 ? 0 : e.byte - 1);
    throw rules::ConfigError(file, line, column, "not valid JSON: " + std::string(e.what()));
  } catch (const nlohmann::json::exception& e) {
    // A number too large for any type (out_of_range.406): point at it when it can be found.
    std::size_t at = 0;
    std::string what = e.what();
    auto quote = what.find('\'');
    if (quote != std::string::npos) {
      auto end = what.find('\'', quote + 1);
      std::size_t found = content.find(what.substr(quote + 1, end - quote - 1));
      at = found == std::string::npos ? 0 : found;
    }
    auto [line, column] = line_column(content, at);
    throw rules::ConfigError(file, line, column, "not a valid baseline: " + what);
  }
  if (!doc.is_object() || !doc.contains("version") || !doc["version"].is_number_integer() ||
      doc["version"].get<std::int64_t>() != 1 || !doc.contains("findings") ||
      !doc["findings"].is_array()) {
    throw rules::ConfigError(file, 1, 1,
                             "not a docqc baseline (expected {\"version\": 1, \"findings\": "
                             "[...]}); write one with --write-baseline");
  }
  Baseline baseline;
  std::size_t index = 0;
  for (const auto& item : doc["findings"]) {
    auto fail = [&](const std::string& message) {
      auto [line, column] = line_column(content, entry_offset(content, index));
      throw rules::ConfigError(file, line, column, message);
    };
    if (!item.is_object() || !item.contains("file") || !item.contains("fingerprint") ||
        !item["file"].is_string() || !item["fingerprint"].is_string()) {
      fail("a baseline entry needs string \"file\" and \"fingerprint\"");
    }
    Entry entry;
    entry.file = normalize_path(item["file"].get<std::string>());
    entry.fingerprint = item["fingerprint"].get<std::string>();
    if (item.contains("rule")) {
      if (!item["rule"].is_string()) {
        fail("\"rule\" must be a string");
      }
      entry.rule = item["rule"].get<std::string>();
    }
    if (item.contains("line")) {
      if (!item["line"].is_number_unsigned()) {
        fail("\"line\" must be a non-negative whole number");
      }
      entry.line = item["line"].get<std::size_t>();
    }
    if (item.contains("message")) {
      if (!item["message"].is_string()) {
        fail("\"message\" must be a string");
      }
      entry.message = item["message"].get<std::string>();
    }
    baseline.m_keys.emplace(entry.file, entry.fingerprint);
    baseline.m_entries.push_back(std::move(entry));
    ++index;
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
