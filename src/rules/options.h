// OptionReader: strict, located access to the keys of one YAML mapping (a rule, a config).
//
// Contract: every key a caller reads is marked used; finish() then throws ConfigError for the
// first key nobody read, so a typo never silently disables an option. Type errors throw
// ConfigError at the offending node, with `file:line:col` (1-based).
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rules/config_error.h"

namespace docqc::rules {

class OptionReader {
 public:
  OptionReader(YAML::Node mapping, std::string file);

  const std::string& file() const { return m_file; }
  bool has(const std::string& key) const;

  std::string required_string(const std::string& key);
  std::optional<std::string> optional_string(const std::string& key);
  bool boolean(const std::string& key, bool fallback);
  long integer(const std::string& key, long fallback, long min, long max);
  double number(const std::string& key, double fallback, double min, double max);
  std::vector<std::string> string_list(const std::string& key);
  // The raw node, for structured options; marks the key used. Null node when absent.
  YAML::Node node(const std::string& key);

  [[noreturn]] void fail(const YAML::Node& at, const std::string& message,
                         const std::string& key = {}) const;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;

  // Throws for the first key that was never read.
  void finish(const std::string& context) const;

  // A scalar as a string, or ConfigError at that node.
  std::string scalar(const YAML::Node& node, const std::string& key) const;

 private:
  YAML::Node m_mapping;
  std::string m_file;
  std::set<std::string> m_used;
};

}  // namespace docqc::rules
