// OptionReader: strict, located access to the keys of one YAML mapping (a rule, a config).
//
// Contract: every key a caller reads is marked used; finish() then throws ConfigError for the
// keys nobody read (all of them, each at its own line and column, with a did-you-mean among
// the keys that were read), so a typo never silently disables an option. A missing required
// key next to an unread key that is one typo away from it is reported as that typo. Type
// errors throw ConfigError at the offending node, with `file:line:col` (1-based). specs()
// lists every key asked for with its type, range, default and value (rules/option_spec.h);
// the value only when `keep_values` (emitting it as YAML costs more than parsing it).
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rules/config_error.h"
#include "rules/option_spec.h"

namespace docqc::rules {

class OptionReader {
 public:
  OptionReader(YAML::Node mapping, std::string file, bool keep_values = true);

  const std::string& file() const { return m_file; }
  bool keeps_values() const { return m_keep_values; }
  bool has(const std::string& key) const;

  std::string required_string(const std::string& key);
  std::optional<std::string> optional_string(const std::string& key);
  bool boolean(const std::string& key, bool fallback);
  long integer(const std::string& key, long fallback, long min, long max);
  double number(const std::string& key, double fallback, double min, double max);
  std::vector<std::string> string_list(const std::string& key);
  // The raw node, for structured options; marks the key used. Null node when absent.
  // `type` says what the caller accepts there, for specs().
  YAML::Node node(const std::string& key, OptionType type = OptionType::any);

  [[noreturn]] void fail(const YAML::Node& at, const std::string& message,
                         const std::string& key = {}) const;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;

  // Records the values a key allows (an enumeration), for specs().
  void choices(const std::string& key, std::vector<std::string> values);

  // Throws for the keys that were never read.
  void finish(const std::string& context) const;

  // Every key asked for so far, in the order first asked.
  const std::vector<OptionSpec>& specs() const { return m_specs; }

  // A scalar as a string, or ConfigError at that node.
  std::string scalar(const YAML::Node& node, const std::string& key) const;

 private:
  void record(const std::string& key, OptionType type, bool required = false,
              std::optional<double> min = {}, std::optional<double> max = {},
              std::string fallback = {});

  YAML::Node m_mapping;
  std::string m_file;
  bool m_keep_values = true;
  std::set<std::string> m_used;
  std::vector<OptionSpec> m_specs;
};

}  // namespace docqc::rules
