// Loading rule files: YAML text -> validated Rule objects of the registered kinds.
//
// Contract: every problem is a ConfigError naming the YAML file, line and column (yaml-cpp
// syntax errors included); unknown keys, wrong types, unknown kinds, categories and
// severities, duplicate ids and regexes that RE2 rejects are all errors. Nothing is loaded
// from a file with an error. The embedded default packs load the same way as user files.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace docqc::rules {

using RuleList = std::vector<std::unique_ptr<Rule>>;

// Kind options a project's .docqc.yaml sets for some rules (config/config.h): each mapping
// is merged into the rule's own YAML before its kind reads it. A problem with an override is
// a ConfigError at the override, in the config file.
struct OptionOverrides {
  std::string file;  // the config file
  struct Entry {
    YAML::Node options;
    std::size_t line = 0;
    std::size_t column = 0;
  };
  std::map<std::string, Entry> by_rule;
};

// Parses one rule file. `file` names it in errors; `pack` defaults to its parent directory.
RuleList load_rules_from_text(std::string_view yaml, const std::string& file,
                              const std::string& pack = {},
                              const OptionOverrides* overrides = nullptr);
// A .yaml/.yml file, or every such file below a directory (sorted by path).
RuleList load_rules_from_path(const std::filesystem::path& path,
                              const OptionOverrides* overrides = nullptr);
// The packs compiled into the binary (rules/<pack>/*.yaml).
RuleList load_default_rules(const OptionOverrides* overrides = nullptr);

// Appends `more` to `rules`; a duplicate id is a ConfigError naming both places.
void merge_rules(RuleList& rules, RuleList more);

}  // namespace docqc::rules
