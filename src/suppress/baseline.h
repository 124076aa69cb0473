// Baseline: the findings a project has accepted for now, so that CI reports only new ones.
//
// Contract: `--write-baseline FILE` stores every finding of a report as {file, rule,
// fingerprint} (report/fingerprint.h) plus its line and message for people reading the
// file; line and message are never compared. `--baseline FILE` then removes from a report
// each finding whose (file, fingerprint) the baseline holds, so moving text around or
// editing other parts of a file does not bring baselined findings back. Paths are compared
// after lexical normalisation ("./a/../b.txt" is "b.txt"). The file is JSON:
//   {"version": 1, "tool": "docqc", "findings": [{"file", "rule", "fingerprint", "line",
//   "message"}]} sorted by file, line, rule; load() rejects anything else with a ConfigError.
#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "report/report.h"

namespace docqc::suppress {

class Baseline {
 public:
  static Baseline from_report(const report::Report& report);
  // Throws rules::ConfigError when the file cannot be read or is not a docqc baseline.
  static Baseline load(const std::filesystem::path& path);
  static Baseline parse(const std::string& content, const std::string& file);

  std::string to_json() const;
  // Removes the baselined findings from `report`; returns how many it removed.
  std::size_t filter(report::Report& report) const;
  std::size_t filter(report::FileReport& file) const;
  std::size_t size() const { return m_entries.size(); }

 private:
  struct Entry {
    std::string file;
    std::string rule;
    std::string fingerprint;
    std::size_t line = 0;
    std::string message;
  };
  std::vector<Entry> m_entries;
  std::set<std::pair<std::string, std::string>> m_keys;
};

std::string normalize_path(const std::string& path);

}  // namespace docqc::suppress
